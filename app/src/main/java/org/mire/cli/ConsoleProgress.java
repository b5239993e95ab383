package org.mire.cli;

import java.io.PrintWriter;
import org.mire.progress.ProgressMonitor;

/**
 * Progress of long commands on standard error: one line at most every few seconds (so a log file stays readable),
 * or none with {@code --quiet}; never cancelled (Ctrl-C ends the JVM; the commands that use it resume where they
 * stopped).
 */
final class ConsoleProgress implements ProgressMonitor {
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean quiet;
    private final long start = System.nanoTime();
    private long last = Long.MIN_VALUE;

    ConsoleProgress(PrintWriter err) {
        this(err, false);
    }

    ConsoleProgress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public synchronized void progress(double fraction, String message) {
        long now = System.nanoTime();
        if (quiet || (last != Long.MIN_VALUE && now - last < INTERVAL_NANOS && fraction < 1)) {
            return;
        }
        last = now;
        long seconds = (now - start) / 1_000_000_000L;
        String percent = fraction < 0 ? "" : String.format("%5.1f%% ", fraction * 100);
        err.printf("[%d:%02d:%02d] %s%s%n", seconds / 3600, seconds / 60 % 60, seconds % 60, percent, message);
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
