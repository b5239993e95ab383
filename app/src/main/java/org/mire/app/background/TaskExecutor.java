package org.mire.app.background;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs {@link Work} off the UI thread and brings everything back onto it: the result or failure, the work's progress,
 * and intermediate results workers publish through a {@link UiFeed}. Controllers never touch the UI thread
 * themselves (no {@code Platform.runLater}; {@code ArchitectureTest} checks it), so a controller driven by
 * {@link DirectTaskExecutor} runs its whole job synchronously in a test. The application uses
 * {@link FxTaskExecutor}.
 */
public interface TaskExecutor {

    /**
     * @param title      what the task list shows
     * @param work       the work, run on a worker thread
     * @param onProgress the work's progress, on the UI thread, throttled (the newest report wins)
     * @param onSuccess  called with the result on the UI thread (not after cancellation)
     * @param onFailure  called with the failure on the UI thread (not after cancellation)
     */
    <T> TaskHandle submit(String title, Work<T> work, ProgressListener onProgress, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onFailure);

    /** Work whose progress only the task list shows. */
    default <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        return submit(title, work, ProgressListener.NONE, onSuccess, onFailure);
    }

    /**
     * A channel from workers to the UI: what workers {@linkplain UiFeed#publish publish} reaches {@code consumer}
     * on the UI thread, in order and in batches, at most once per {@code intervalMillis}. Publishing never blocks.
     * What a task published before it ended reaches the UI before the task's own success or failure callback.
     */
    <U> UiFeed<U> feed(long intervalMillis, Consumer<List<U>> consumer);

    /** A feed delivering at most 20 batches a second. */
    default <U> UiFeed<U> feed(Consumer<List<U>> consumer) {
        return feed(50, consumer);
    }
}
