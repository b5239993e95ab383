package org.mire.app.background;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.mire.progress.ProgressMonitor;

/**
 * Runs tasks at once on the calling thread, progress and feeds included: deterministic tests of controllers without
 * an FX toolkit or waiting.
 */
public final class DirectTaskExecutor implements TaskExecutor {
    private int submitted;

    @Override
    public <T> TaskHandle submit(String title, Work<T> work, ProgressListener onProgress,
                                 Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        submitted++;
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
                onProgress.progress(fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        T result;
        try {
            result = work.run(monitor);
        } catch (Throwable t) {
            onFailure.accept(t);
            return TaskHandle.DONE;
        }
        onSuccess.accept(result);
        return TaskHandle.DONE;
    }

    @Override
    public <U> UiFeed<U> feed(long intervalMillis, Consumer<List<U>> consumer) {
        return update -> consumer.accept(List.of(update));
    }

    /** How many tasks were submitted, for tests of debouncing. */
    public int submitted() {
        return submitted;
    }
}
