package io.github.zhnorm.cli;

import io.github.zhnorm.files.InputFile;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One convert run: processes the inputs (in parallel when asked), reports each result in input order, keeps the
 * counts, shows progress on a terminal, and prints the summary.
 */
final class Run {
    private final PrintWriter out;
    private final java.io.OutputStream rawOut;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean verbose;
    private final Destination destination;
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private int reported;
    private Progress progress;

    Run(PrintWriter out, java.io.OutputStream rawOut, PrintWriter err, boolean quiet, boolean verbose,
        Destination destination) {
        this.out = out;
        this.rawOut = rawOut;
        this.err = err;
        this.quiet = quiet;
        this.verbose = verbose;
        this.destination = destination;
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
    }

    void process(List<InputFile> inputs, FileProcessor processor, int jobs) {
        progress = quiet ? null : Progress.startIfTerminal(err, inputs.size());
        try {
            if (jobs == 1 || inputs.size() < 2) {
                for (InputFile in : inputs) {
                    report(processor.process(in));
                }
                return;
            }
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, inputs.size()), r -> {
                Thread t = new Thread(r, "zhnorm-convert");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<FileResult>> futures = new ArrayList<>();
                for (InputFile in : inputs) {
                    futures.add(pool.submit(() -> processor.process(in)));
                }
                for (int i = 0; i < futures.size(); i++) {
                    report(await(futures.get(i), inputs.get(i)));
                }
            } finally {
                pool.shutdownNow();
            }
        } finally {
            if (progress != null) {
                progress.stop();
            }
        }
    }

    private static FileResult await(Future<FileResult> f, InputFile in) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            return FileResult.failed(in, in.display() + ": internal error: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FileResult.failed(in, in.display() + ": interrupted");
        }
    }

    synchronized void report(FileResult r) {
        counts.merge(r.outcome(), 1, Integer::sum);
        reported++;
        if (progress != null) {
            progress.advance(r.bytes());
            progress.clearLine();
        }
        if (r.stdout() != null) {
            out.write(r.stdout());
            out.flush();
        }
        if (r.stdoutBytes() != null) {
            out.flush();
            try {
                rawOut.write(r.stdoutBytes());
                rawOut.flush();
            } catch (java.io.IOException e) {
                err.println("zhnorm: cannot write to stdout: " + e.getMessage());
            }
        }
        if (r.message() != null && (r.outcome() != Outcome.SKIPPED || !quiet)) {
            err.println("zhnorm: " + r.message());
        } else if (verbose && r.input().path() != null) {
            err.println("zhnorm: " + r.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + ": " + r.input().display());
        }
        err.flush();
    }

    /** Counts a failure outside file processing (e.g. a rename) and reports it. */
    synchronized void fail(String message) {
        counts.merge(Outcome.FAILED, 1, Integer::sum);
        err.println("zhnorm: " + message);
        err.flush();
    }

    synchronized void note(String message) {
        if (verbose) {
            err.println("zhnorm: " + message);
            err.flush();
        }
    }

    /** Prints the summary and returns the exit code. */
    int finish() {
        int failed = counts.get(Outcome.FAILED);
        int wouldChange = counts.get(Outcome.WOULD_CHANGE);
        boolean trivial = reported <= 1 && failed == 0 && counts.get(Outcome.SKIPPED) == 0
                && destination == Destination.STDOUT;
        if (!quiet && !trivial) {
            StringBuilder s = new StringBuilder("zhnorm: ");
            if (destination == Destination.CHECK || destination == Destination.DIFF) {
                s.append(wouldChange).append(" would change, ");
            } else {
                s.append(counts.get(Outcome.CONVERTED)).append(" converted, ");
            }
            s.append(counts.get(Outcome.UNCHANGED)).append(" unchanged, ")
                    .append(counts.get(Outcome.SKIPPED)).append(" skipped, ")
                    .append(failed).append(" failed");
            err.println(s);
            err.flush();
        }
        if (failed > 0) {
            return Main.EXIT_INPUT_FAILED;
        }
        if (destination == Destination.CHECK && wouldChange > 0) {
            return 1;
        }
        return 0;
    }
}
