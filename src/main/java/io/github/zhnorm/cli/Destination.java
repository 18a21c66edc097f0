package io.github.zhnorm.cli;

/** Where converted text goes. */
enum Destination {
    /** Converted text to stdout. */
    STDOUT,
    /** One output file ({@code -o FILE}). */
    FILE,
    /** A mirror of the input tree ({@code -o DIR}). */
    DIRECTORY,
    /** Each file replaced atomically ({@code --in-place}). */
    IN_PLACE,
    /** Nothing written: report files that would change ({@code --check}). */
    CHECK,
    /** Nothing written: a unified diff ({@code --diff}). */
    DIFF
}
