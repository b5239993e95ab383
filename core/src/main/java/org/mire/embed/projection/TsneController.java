package org.mire.embed.projection;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.mire.progress.ProgressMonitor;

/**
 * Steers a running t-SNE from another thread: progress and cancel through a {@link ProgressMonitor}, live
 * iterations through a snapshot listener, and pause/resume. The optimiser calls {@link #iteration} after each step;
 * that call blocks while paused.
 */
public final class TsneController {
    /** A copy of the embedding at one iteration. KL is NaN where the algorithm did not compute it. */
    public record Snapshot(int iteration, int iterations, double klDivergence, float[][] points) {
    }

    private final ProgressMonitor monitor;
    private final Consumer<Snapshot> listener;
    private final int snapshotEvery;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition resumed = lock.newCondition();
    private boolean paused;

    /**
     * @param snapshotEvery how often (iterations) the listener gets a copy of the points; 0 for never
     */
    public TsneController(ProgressMonitor monitor, Consumer<Snapshot> listener, int snapshotEvery) {
        this.monitor = monitor;
        this.listener = listener;
        this.snapshotEvery = snapshotEvery;
    }

    public static TsneController of(ProgressMonitor monitor) {
        return new TsneController(monitor, snapshot -> { }, 0);
    }

    public ProgressMonitor monitor() {
        return monitor;
    }

    public void pause() {
        lock.lock();
        try {
            paused = true;
        } finally {
            lock.unlock();
        }
    }

    public void resume() {
        lock.lock();
        try {
            paused = false;
            resumed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public boolean isPaused() {
        lock.lock();
        try {
            return paused;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the optimiser should copy its points for {@link #iteration} this time. */
    boolean wantsSnapshot(int iteration, int iterations) {
        return snapshotEvery > 0 && (iteration % snapshotEvery == 0 || iteration == iterations);
    }

    /**
     * Called by the optimiser after an iteration (1-based). Reports progress, hands over a snapshot when given,
     * waits while paused (polling cancel), and throws {@link org.mire.progress.CancelledException} when cancelled.
     */
    void iteration(int iteration, int iterations, double kl, float[][] points) {
        monitor.checkCancelled();
        if (points != null) {
            listener.accept(new Snapshot(iteration, iterations, kl, points));
        }
        if (iteration % 10 == 0 || iteration == iterations) {
            monitor.progress(iteration, iterations, "t-SNE iteration " + iteration + "/" + iterations
                    + (Double.isNaN(kl) ? "" : String.format(java.util.Locale.ROOT, ", KL %.4f", kl)));
        }
        lock.lock();
        try {
            while (paused) {
                monitor.checkCancelled();
                try {
                    resumed.await(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new org.mire.progress.CancelledException();
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
