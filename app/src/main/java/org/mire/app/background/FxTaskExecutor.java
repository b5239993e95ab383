package org.mire.app.background;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.mire.progress.CancelledException;
import org.mire.progress.ProgressMonitor;
import org.mire.progress.WorkerThread;

/**
 * Runs work as JavaFX {@link Task}s on {@link WorkerThread}s with a large stack (ELK layouts recurse deeply), and
 * lists the running tasks for the task view in the status bar. Progress from core's {@link ProgressMonitor} becomes the
 * task's progress (JavaFX coalesces it onto the FX thread) and is passed on from there to the submitter's
 * {@link ProgressListener}; a cancelled task makes {@code isCancelled()} true so that the work stops at its next
 * check. Feeds collect what workers publish and hand it to the FX thread in batches; whatever they hold when a task
 * ends is delivered before the task's result.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService pool;
    private final ScheduledExecutorService feedTimer;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    /** The feeds handed out; weakly held, a feed lives as long as its owner keeps it. */
    private final Set<Feed<?>> feeds = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    public FxTaskExecutor(int threads) {
        pool = Executors.newFixedThreadPool(threads, WorkerThread.factory("mire-worker"));
        feedTimer = Executors.newSingleThreadScheduledExecutor(work -> new WorkerThread(work, "mire-feeds", 0));
    }

    /** Tasks queued or running; the status bar shows them. Changes on the FX thread only. */
    public ObservableList<Task<?>> running() {
        return running;
    }

    @Override
    public <T> TaskHandle submit(String title, Work<T> work, ProgressListener onProgress,
                                 Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        MonitoredTask<T> task = new MonitoredTask<>(title, work);
        if (onProgress != ProgressListener.NONE) {
            // JavaFX delivers progress and message separately; pass on the last report the work made, as one pair.
            // Change (not invalidation) listeners: an invalidated property nobody reads fires no second time, so
            // without a task view observing the task only its first report would get through.
            javafx.beans.value.ChangeListener<Object> report = (obs, old, now) -> {
                MonitoredTask.Report last = task.lastReport;
                if (task.isRunning() && last != null) {
                    onProgress.progress(last.fraction(), last.message());
                }
            };
            task.progressProperty().addListener(report);
            task.messageProperty().addListener(report);
        }
        task.setOnSucceeded(e -> {
            running.remove(task);
            flushFeeds();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.remove(task);
            flushFeeds();
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
    public <U> UiFeed<U> feed(long intervalMillis, Consumer<List<U>> consumer) {
        Feed<U> feed = new Feed<>(intervalMillis, consumer);
        feeds.add(feed);
        return feed;
    }

    /**
     * Delivers what feeds still hold (FX thread): called before a task's result or failure, so that what the work
     * published before it ended (its last fold, its last point of a curve) is shown before the result.
     */
    private void flushFeeds() {
        List<Feed<?>> all;
        synchronized (feeds) {
            all = new ArrayList<>(feeds);
        }
        all.forEach(Feed::deliver);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        feedTimer.shutdownNow();
    }

    /** Queues updates; one delivery is pending at a time, no sooner than the interval after the last one. */
    private final class Feed<U> implements UiFeed<U> {
        private final long intervalNanos;
        private final Consumer<List<U>> consumer;
        private final ConcurrentLinkedQueue<U> queue = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean pending = new AtomicBoolean();
        private volatile long lastDelivery = System.nanoTime() - Long.MAX_VALUE / 2;

        Feed(long intervalMillis, Consumer<List<U>> consumer) {
            this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
            this.consumer = consumer;
        }

        @Override
        public void publish(U update) {
            queue.add(update);
            if (pending.compareAndSet(false, true)) {
                long wait = Math.max(0, lastDelivery + intervalNanos - System.nanoTime());
                if (wait == 0 || feedTimer.isShutdown()) {
                    Platform.runLater(this::deliver);
                } else {
                    feedTimer.schedule(() -> Platform.runLater(this::deliver), wait, TimeUnit.NANOSECONDS);
                }
            }
        }

        private void deliver() {
            lastDelivery = System.nanoTime();
            pending.set(false); // before draining: what is published from now on schedules the next delivery
            List<U> batch = new ArrayList<>();
            for (U update = queue.poll(); update != null; update = queue.poll()) {
                batch.add(update);
            }
            if (!batch.isEmpty()) {
                consumer.accept(batch);
            }
        }
    }

    /** A JavaFX task around {@link Work}, adapting its progress monitor. */
    static final class MonitoredTask<T> extends Task<T> {
        /** One progress report of the work. */
        record Report(double fraction, String message) {
        }

        private final Work<T> work;
        /** The work's last report, read on the FX thread when JavaFX delivers the progress or the message. */
        volatile Report lastReport;

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
                    Report previous = lastReport;
                    lastReport = new Report(fraction < 0 ? -1 : Math.min(1, fraction),
                            message != null ? message : previous == null ? null : previous.message());
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
