package io.github.zhnorm.cli;

import io.github.zhnorm.files.InputFile;

/**
 * The result of processing one input: its outcome, a message for stderr (or null), and text for stdout (the
 * converted text, a diff, check lines or explanations; or null). {@code stdoutBytes} carries converted text in an
 * output encoding other than UTF-8, written to stdout as bytes.
 */
record FileResult(InputFile input, Outcome outcome, String message, String stdout, long bytes, byte[] stdoutBytes) {
    FileResult(InputFile input, Outcome outcome, String message, String stdout, long bytes) {
        this(input, outcome, message, stdout, bytes, null);
    }

    static FileResult failed(InputFile input, String message) {
        return new FileResult(input, Outcome.FAILED, message, null, 0);
    }

    static FileResult skipped(InputFile input, String message) {
        return new FileResult(input, Outcome.SKIPPED, message, null, 0);
    }
}
