package org.mire.app.background;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mire.app.FxToolkit;

class FxTaskExecutorTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.start();
    }

    @Test
    void whatWorkPublishedReachesTheUiBeforeItsResult() throws Exception {
        try (FxTaskExecutor executor = new FxTaskExecutor(1)) {
            List<Integer> received = new ArrayList<>();
            CompletableFuture<List<Integer>> atSuccess = new CompletableFuture<>();
            CompletableFuture<Boolean> onFxThread = new CompletableFuture<>();
            Platform.runLater(() -> {
                // a long interval: without the flush at the end, the last batch would come minutes later
                UiFeed<Integer> feed = executor.feed(60_000, batch -> {
                    onFxThread.complete(Platform.isFxApplicationThread());
                    received.addAll(batch);
                });
                executor.submit("publish", monitor -> {
                    for (int i = 0; i < 100; i++) {
                        feed.publish(i);
                    }
                    return "done";
                }, result -> atSuccess.complete(List.copyOf(received)), atSuccess::completeExceptionally);
            });
            List<Integer> seen = atSuccess.get(30, TimeUnit.SECONDS);
            assertEquals(100, seen.size(), "every update published before the end, before the result");
            assertEquals(0, seen.getFirst());
            assertEquals(99, seen.getLast());
            assertTrue(onFxThread.get(1, TimeUnit.SECONDS));
        }
    }

    @Test
    void progressReachesTheListenerOnTheUiThread() throws Exception {
        try (FxTaskExecutor executor = new FxTaskExecutor(1)) {
            CompletableFuture<String> message = new CompletableFuture<>();
            CompletableFuture<Object> done = new CompletableFuture<>();
            Platform.runLater(() -> executor.submit("progress", monitor -> {
                monitor.progress(0.5, "half way");
                // progress reaches the listener only while the work runs: wait until it has
                return message.get(30, TimeUnit.SECONDS);
            }, (fraction, text) -> {
                if ("half way".equals(text) && Platform.isFxApplicationThread()) {
                    message.complete(text + " " + fraction);
                }
            }, done::complete, done::completeExceptionally));
            done.get(30, TimeUnit.SECONDS);
            assertEquals("half way 0.5", message.get(1, TimeUnit.SECONDS));
        }
    }

    /**
     * Every report reaches the listener, not only the first, when nothing else observes the task (a panel without
     * the status bar's task view: the explorer's, Train's and Predict's status lines showed only their first line).
     */
    @Test
    void laterReportsReachTheListenerWithoutATaskView() throws Exception {
        try (FxTaskExecutor executor = new FxTaskExecutor(1)) {
            List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            CompletableFuture<Object> done = new CompletableFuture<>();
            Platform.runLater(() -> executor.submit("steps", monitor -> {
                for (int step = 1; step <= 3; step++) {
                    String expected = "step " + step;
                    monitor.progress(step / 4.0, expected);
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while (!seen.contains(expected)) { // each step is seen before the next is reported
                        if (System.nanoTime() > deadline) {
                            throw new AssertionError("never saw " + expected + ", saw " + seen);
                        }
                        Thread.sleep(5);
                    }
                }
                return "done";
            }, (fraction, text) -> seen.add(text), done::complete, done::completeExceptionally));
            done.get(60, TimeUnit.SECONDS);
            assertEquals(List.of("step 1", "step 2", "step 3"), seen.stream().distinct().toList());
        }
    }
}
