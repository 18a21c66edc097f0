package io.github.zhnorm.files;

import java.io.IOException;

/** Input bytes that are not valid in the expected encoding; carries the byte offset of the first bad sequence. */
public final class MalformedInputException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long byteOffset;

    public MalformedInputException(String source, String encoding, long byteOffset) {
        super(source + ": not valid " + encoding + " at byte offset " + byteOffset);
        this.byteOffset = byteOffset;
    }

    public long byteOffset() {
        return byteOffset;
    }
}
