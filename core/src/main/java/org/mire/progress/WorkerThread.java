package org.mire.progress;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A daemon thread for background work that knows its stack size, so that deeply recursive work (ELK's layered
 * layout) can run on it directly instead of starting a thread of its own.
 */
public final class WorkerThread extends Thread {
    /** What deeply recursive work needs: 32 MB (the default 1 MB overflows in ELK at about 5,000 nodes). */
    public static final long LARGE_STACK_BYTES = 32L << 20;

    private final long stackBytes;

    public WorkerThread(Runnable work, String name, long stackBytes) {
        super(null, work, name, stackBytes);
        this.stackBytes = stackBytes;
        setDaemon(true);
    }

    public long stackBytes() {
        return stackBytes;
    }

    /** Whether the calling thread is a worker with at least {@code bytes} of stack. */
    public static boolean currentHasStack(long bytes) {
        return Thread.currentThread() instanceof WorkerThread worker && worker.stackBytes >= bytes;
    }

    /** Worker threads named {@code prefix-1}, {@code prefix-2}, ... with a large stack and below-normal priority. */
    public static ThreadFactory factory(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            WorkerThread thread = new WorkerThread(work, prefix + "-" + count.incrementAndGet(), LARGE_STACK_BYTES);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        };
    }
}
