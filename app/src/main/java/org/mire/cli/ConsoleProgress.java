package org.mire.cli;

import java.io.PrintWriter;
import org.mire.progress.ProgressMonitor;

/** Progress on stderr, at most one line a second (or none with --quiet); never cancelled. */
final class ConsoleProgress implements ProgressMonitor {
    private final PrintWriter err;
    private final boolean quiet;
    private long last;
    private String lastMessage = "";

    ConsoleProgress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public synchronized void progress(double fraction, String message) {
        long now = System.nanoTime();
        if (quiet || (now - last < 1_000_000_000L && message.equals(lastMessage)) || now - last < 250_000_000L) {
            return;
        }
        last = now;
        lastMessage = message;
        err.println(fraction < 0 ? "mire: " + message : String.format(java.util.Locale.ROOT, "mire: %3.0f%% %s",
                fraction * 100, message));
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
