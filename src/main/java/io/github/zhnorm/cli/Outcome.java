package io.github.zhnorm.cli;

/** What happened to one input. */
enum Outcome {
    CONVERTED, UNCHANGED, WOULD_CHANGE, SKIPPED, FAILED
}
