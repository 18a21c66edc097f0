package io.github.zhnorm.files;

import java.nio.file.Path;

/**
 * A file to process. {@code root} is the directory argument it was found under (null for a file named
 * directly), {@code relative} its path below that root (its file name for a file named directly). A null
 * {@code path} is standard input.
 */
public record InputFile(Path path, Path root, Path relative) {
    /** Standard input. */
    public static InputFile stdin() {
        return new InputFile(null, null, Path.of("stdin"));
    }

    /** How the file is named in messages: as the user wrote the path. */
    public String display() {
        return path == null ? "<stdin>" : path.toString();
    }
}
