package org.mire.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.mire.progress.ProgressMonitor;
import org.mire.task.CvListener;
import org.mire.task.CvResult;
import org.mire.task.head.HeadSpec;

/** Progress of task commands on stderr: one line per fold (none with --quiet). */
final class TaskConsole implements ProgressMonitor, CvListener {
    private final PrintWriter err;
    private final boolean quiet;
    private final String prefix;
    private long lastProgress;

    TaskConsole(PrintWriter err, boolean quiet, String prefix) {
        this.err = err;
        this.quiet = quiet;
        this.prefix = prefix;
    }

    TaskConsole withPrefix(String other) {
        return new TaskConsole(err, quiet, other);
    }

    @Override
    public void progress(double fraction, String message) {
        long now = System.nanoTime();
        if (quiet || message.startsWith("fold") || now - lastProgress < 2_000_000_000L) {
            return;
        }
        lastProgress = now;
        err.println(String.format(Locale.ROOT, "mire: %s%3.0f%% %s", prefix, Math.max(0, fraction) * 100, message));
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    @Override
    public void headChosen(int fold, HeadSpec head, double innerScore) {
    }

    @Override
    public void foldFinished(CvResult.FoldResult result) {
        if (quiet) {
            return;
        }
        err.println(String.format(Locale.ROOT, "mire: %sfold %d: %d train, %d test, %s, test %.3f (%.1f s)", prefix,
                result.fold(), result.trainRows(), result.testRows(), result.choice(), result.testScore(),
                result.seconds()));
        err.flush();
    }
}
