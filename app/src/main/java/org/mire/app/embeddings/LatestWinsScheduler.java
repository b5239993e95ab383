package org.mire.app.embeddings;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mire.progress.CancelledException;
import org.mire.progress.ProgressMonitor;

/**
 * Debounced background recomputation where the latest request wins: a request waits {@code delay} for newer ones,
 * starting it cancels the one still running (through its {@link ProgressMonitor}), and only the newest request's
 * result or error is delivered, on the given executor (the FX thread in the app, the calling thread in tests).
 */
public final class LatestWinsScheduler implements AutoCloseable {
    /** Work that can be cancelled through its monitor. */
    @FunctionalInterface
    public interface Job<T> {
        T run(ProgressMonitor monitor) throws Exception;
    }

    private final ScheduledExecutorService timer;
    private final ExecutorService worker;
    private final java.util.concurrent.Executor deliver;
    private final long delayMillis;
    private final AtomicLong generation = new AtomicLong();
    private volatile AtomicBoolean running = new AtomicBoolean();
    private ScheduledFuture<?> pending;

    public LatestWinsScheduler(String name, long delayMillis, java.util.concurrent.Executor deliver) {
        this.delayMillis = delayMillis;
        this.deliver = deliver;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, name + "-timer"));
        this.worker = Executors.newSingleThreadExecutor(r -> daemon(r, name));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * Requests a computation. {@code progress} receives (fraction, message) from the job's monitor while it is the
     * latest; {@code onResult}/{@code onError} get the outcome if no newer request came in meanwhile.
     */
    public synchronized <T> void submit(Job<T> job, ProgressMonitor progress, Consumer<T> onResult,
                                        Consumer<Exception> onError) {
        long id = generation.incrementAndGet();
        running.set(true); // ask the running job (if any) to stop
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(() -> worker.execute(() -> execute(id, job, progress, onResult, onError)),
                delayMillis, TimeUnit.MILLISECONDS);
    }

    private <T> void execute(long id, Job<T> job, ProgressMonitor progress, Consumer<T> onResult,
                             Consumer<Exception> onError) {
        if (id != generation.get()) {
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        synchronized (this) {
            running = cancelled;
        }
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
                if (id == generation.get()) {
                    progress.progress(fraction, message);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get() || id != generation.get() || progress.isCancelled();
            }
        };
        try {
            T result = job.run(monitor);
            deliver.execute(() -> {
                if (id == generation.get()) {
                    onResult.accept(result);
                }
            });
        } catch (CancelledException e) {
            // superseded or cancelled: nothing to deliver
        } catch (Exception e) {
            deliver.execute(() -> {
                if (id == generation.get()) {
                    onError.accept(e);
                }
            });
        }
    }

    /** Cancels the pending and the running request without starting another. */
    public synchronized void cancel() {
        generation.incrementAndGet();
        running.set(true);
        if (pending != null) {
            pending.cancel(false);
        }
    }

    @Override
    public void close() {
        cancel();
        timer.shutdownNow();
        worker.shutdownNow();
    }
}
