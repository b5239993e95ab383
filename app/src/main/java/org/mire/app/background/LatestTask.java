package org.mire.app.background;

import java.util.function.Consumer;

/**
 * A slot for work whose newest request wins: submitting cancels the previous task, and a result that arrives after
 * a newer request was made is dropped. Used for layouts, which the user can re-request faster than they finish.
 */
public final class LatestTask {
    private final TaskExecutor executor;
    private TaskHandle current = TaskHandle.DONE;
    private long generation;

    public LatestTask(TaskExecutor executor) {
        this.executor = executor;
    }

    public <T> void submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                           Consumer<? super Throwable> onFailure) {
        submit(title, work, ProgressListener.NONE, onSuccess, onFailure);
    }

    /** As {@link TaskExecutor#submit}; progress of an older request stops reaching {@code onProgress}. */
    public <T> void submit(String title, Work<T> work, ProgressListener onProgress, Consumer<? super T> onSuccess,
                           Consumer<? super Throwable> onFailure) {
        current.cancel();
        long mine = ++generation;
        current = executor.submit(title, work, (fraction, message) -> {
            if (mine == generation) {
                onProgress.progress(fraction, message);
            }
        }, result -> {
            if (mine == generation) {
                onSuccess.accept(result);
            }
        }, failure -> {
            if (mine == generation) {
                onFailure.accept(failure);
            }
        });
    }

    /** Cancels the running task, if any; its result will be dropped. */
    public void cancel() {
        generation++;
        current.cancel();
    }

    public boolean isRunning() {
        return !current.isDone();
    }
}
