package org.mire.app.embeddings;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.StringProperty;
import org.mire.progress.ProgressMonitor;

/** A {@link ProgressMonitor} that shows progress in FX properties (throttled) and is cancelled by {@link #cancel}. */
final class FxProgress implements ProgressMonitor {
    private final DoubleProperty fraction;
    private final StringProperty message;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile long last;

    FxProgress(DoubleProperty fraction, StringProperty message) {
        this.fraction = fraction;
        this.message = message;
    }

    @Override
    public void progress(double value, String text) {
        long now = System.nanoTime();
        if (now - last < 50_000_000L && value < 1) {
            return;
        }
        last = now;
        Platform.runLater(() -> {
            fraction.set(value);
            message.set(text);
        });
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    void cancel() {
        cancelled.set(true);
    }
}
