package io.github.zhnorm.files;

import java.io.IOException;

/** Input that is not text at all (NUL bytes, mostly undecodable); it is left alone rather than converted. */
public final class BinaryInputException extends IOException {
    private static final long serialVersionUID = 1L;

    public BinaryInputException(String source, String reason) {
        super(source + ": binary file, not converted (" + reason + ")");
    }
}
