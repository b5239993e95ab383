package org.mire.app.background;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class LatestTaskTest {
    /** Holds submitted work until the test runs it, in any order. */
    private static final class HeldExecutor implements TaskExecutor {
        final List<Runnable> finishers = new ArrayList<>();
        final List<Boolean> cancelled = new ArrayList<>();

        @Override
        public <U> UiFeed<U> feed(long intervalMillis, Consumer<List<U>> consumer) {
            return update -> consumer.accept(List.of(update));
        }

        @Override
        public <T> TaskHandle submit(String title, Work<T> work, ProgressListener onProgress,
                                     Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            int index = cancelled.size();
            cancelled.add(false);
            finishers.add(() -> {
                try {
                    onSuccess.accept(work.run(org.mire.progress.ProgressMonitor.NONE));
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
            return new TaskHandle() {
                @Override
                public void cancel() {
                    cancelled.set(index, true);
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }
    }

    @Test
    void aNewerRequestCancelsTheOlderAndItsLateResultIsDropped() {
        HeldExecutor executor = new HeldExecutor();
        LatestTask latest = new LatestTask(executor);
        List<String> results = new ArrayList<>();
        latest.submit("one", monitor -> "one", results::add, failure -> results.add("failed"));
        latest.submit("two", monitor -> "two", results::add, failure -> results.add("failed"));
        assertTrue(executor.cancelled.get(0));
        executor.finishers.get(1).run();
        executor.finishers.get(0).run();
        assertEquals(List.of("two"), results);
    }

    @Test
    void aFailureOfTheNewestRequestIsReported() {
        HeldExecutor executor = new HeldExecutor();
        LatestTask latest = new LatestTask(executor);
        List<String> results = new ArrayList<>();
        latest.submit("bad", monitor -> {
            throw new IllegalStateException("no");
        }, r -> results.add("ok"), failure -> results.add(failure.getMessage()));
        executor.finishers.getFirst().run();
        assertEquals(List.of("no"), results);
    }
}
