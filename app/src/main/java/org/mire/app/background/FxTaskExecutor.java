package org.mire.app.background;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.mire.progress.CancelledException;
import org.mire.progress.ProgressMonitor;

/**
 * Runs work as JavaFX {@link Task}s on daemon worker threads with a large stack (ELK layouts recurse deeply), and
 * lists the running tasks for the task view in the status bar. Progress from core's {@link ProgressMonitor} is
 * forwarded to the task (throttled by JavaFX itself), and a cancelled task makes {@code isCancelled()} true so that
 * the work stops at its next check.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final long STACK_BYTES = 32L << 20;

    private final ExecutorService pool;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();

    public FxTaskExecutor(int threads) {
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(null, runnable, "mire-worker-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
    }

    /** Tasks queued or running; the status bar shows them. Changes on the FX thread only. */
    public ObservableList<Task<?>> running() {
        return running;
    }

    @Override
    public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                                 Consumer<? super Throwable> onFailure) {
        MonitoredTask<T> task = new MonitoredTask<>(title, work);
        task.setOnSucceeded(e -> {
            running.remove(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.remove(task);
            if (!(task.getException() instanceof CancelledException)) {
                onFailure.accept(task.getException());
            }
        });
        task.setOnCancelled(e -> running.remove(task));
        if (Platform.isFxApplicationThread()) {
            running.add(task);
        } else {
            Platform.runLater(() -> {
                if (task.getState() != Worker.State.SUCCEEDED && task.getState() != Worker.State.FAILED
                        && task.getState() != Worker.State.CANCELLED) {
                    running.add(task);
                }
            });
        }
        pool.execute(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                task.cancel(false);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** A JavaFX task around {@link Work}, adapting its progress monitor. */
    static final class MonitoredTask<T> extends Task<T> {
        private final Work<T> work;

        MonitoredTask(String title, Work<T> work) {
            this.work = work;
            updateTitle(title);
            updateMessage("Waiting…");
        }

        @Override
        protected T call() throws Exception {
            ProgressMonitor monitor = new ProgressMonitor() {
                @Override
                public void progress(double fraction, String message) {
                    if (fraction < 0) {
                        updateProgress(-1, 1);
                    } else {
                        updateProgress(Math.min(1, fraction), 1);
                    }
                    if (message != null) {
                        updateMessage(message);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return MonitoredTask.this.isCancelled();
                }
            };
            updateMessage("Working…");
            return work.run(monitor);
        }
    }
}
