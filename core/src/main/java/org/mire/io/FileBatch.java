package org.mire.io;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mire.MireException;
import org.mire.progress.WorkerThread;

/**
 * Runs one job per file on several threads and hands the results back in the order of the files, on the calling
 * thread, as soon as each is ready: what {@code mire stats}, {@code mire graph} and similar commands need to go
 * through thousands of files in one process, printing as they go. A file that fails is reported and the others go
 * on. At most twice as many files as threads are in flight, so memory stays bounded whatever the number of files.
 */
public final class FileBatch {
    /** The job for one file. */
    @FunctionalInterface
    public interface Job<T> {
        T run(Path file) throws MireException;
    }

    /** Receives each file's result or failure, in the order of the files, on the thread that called {@code run}. */
    public interface Sink<T> {
        void result(Path file, T result) throws MireException;

        void failure(Path file, MireException error);
    }

    private FileBatch() {
    }

    /** The number of threads to use by default: one per processor the JVM may use. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs {@code job} on every file with {@code threads} threads (one file, or one thread, runs on the calling
     * thread).
     *
     * @return the number of files that failed
     * @throws MireException when the sink itself fails (e.g. the output cannot be written): the batch stops
     */
    public static <T> int run(List<Path> files, int threads, Job<T> job, Sink<T> sink) throws MireException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        int failures = 0;
        if (files.size() <= 1 || threads == 1) {
            for (Path file : files) {
                T result;
                try {
                    result = runOne(job, file);
                } catch (MireException e) {
                    sink.failure(file, e);
                    failures++;
                    continue;
                }
                sink.result(file, result);
            }
            return failures;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()),
                WorkerThread.factory("mire-file"));
        try {
            ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();
            int next = 0;
            for (int done = 0; done < files.size(); done++) {
                while (next < files.size() && inFlight.size() < 2 * threads) {
                    Path file = files.get(next++);
                    inFlight.add(pool.submit(() -> runOne(job, file)));
                }
                Path file = files.get(done);
                T result;
                try {
                    result = await(inFlight.poll());
                } catch (MireException e) {
                    sink.failure(file, e);
                    failures++;
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new MireException("interrupted after " + done + " of " + files.size() + " files", e);
                }
                sink.result(file, result);
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T runOne(Job<T> job, Path file) throws MireException {
        try {
            return job.run(file);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug on one file must not stop the others; it is still reported, naming the file.
            throw new MireException(file + ": internal error: " + e, e);
        }
    }

    /** The file's result; a failure of the file as a MireException; an interruption stops the whole batch. */
    private static <T> T await(Future<T> future) throws MireException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MireException mire) {
                throw mire;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new MireException("internal error: " + e.getCause(), e.getCause());
        }
    }
}
