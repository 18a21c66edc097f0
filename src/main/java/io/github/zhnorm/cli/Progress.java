package io.github.zhnorm.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line progress display on stderr (files, bytes, rate, ETA), shown only when stderr is a terminal and the
 * run lasts longer than a second. Redrawn by a daemon thread.
 */
final class Progress {
    private static final long DELAY_MS = 1000;
    private static final long PERIOD_MS = 200;

    private final PrintWriter err;
    private final int total;
    private final long started = System.nanoTime();
    private final Thread thread;
    private int done;
    private long bytes;
    private boolean shown;
    private volatile boolean stopped;

    private Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
        this.thread = new Thread(this::loop, "zhnorm-progress");
        thread.setDaemon(true);
    }

    static Progress startIfTerminal(PrintWriter err, int total) {
        if (total < 2 || !stderrIsTerminal()) {
            return null;
        }
        Progress p = new Progress(err, total);
        p.thread.start();
        return p;
    }

    /** Linux: fd 2 is a terminal when it points to /dev/pts/N or /dev/ttyN. */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }

    synchronized void advance(long fileBytes) {
        done++;
        bytes += fileBytes;
    }

    synchronized void clearLine() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }

    private void loop() {
        try {
            Thread.sleep(DELAY_MS);
            while (!stopped) {
                draw();
                Thread.sleep(PERIOD_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void draw() {
        if (stopped) {
            return;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = bytes / 1e6 / Math.max(seconds, 1e-3);
        String eta = done == 0 ? "?" : String.format(Locale.ROOT, "%.0fs", seconds / done * (total - done));
        err.print(String.format(Locale.ROOT, "\r\033[Kzhnorm: %d/%d files, %.1f MB, %.1f MB/s, ETA %s", done, total,
                bytes / 1e6, rate, eta));
        err.flush();
        shown = true;
    }

    void stop() {
        stopped = true;
        thread.interrupt();
        clearLine();
    }
}
