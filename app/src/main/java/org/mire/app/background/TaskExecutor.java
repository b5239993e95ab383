package org.mire.app.background;

import java.util.function.Consumer;

/**
 * Runs {@link Work} off the UI thread and delivers its result or failure on the UI thread. The application uses
 * {@link FxTaskExecutor}; model tests use {@link DirectTaskExecutor}, which runs everything on the caller's thread.
 */
public interface TaskExecutor {

    /**
     * @param title     what the task list shows
     * @param work      the work, run on a worker thread
     * @param onSuccess called with the result on the UI thread (not after cancellation)
     * @param onFailure called with the failure on the UI thread (not after cancellation)
     */
    <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onFailure);
}
