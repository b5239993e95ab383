package org.mire.app.embeddings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.mire.progress.ProgressMonitor;

class LatestWinsSchedulerTest {

    @Test
    void onlyTheNewestRequestDeliversAndTheRunningOneIsCancelled() throws Exception {
        List<Integer> delivered = new CopyOnWriteArrayList<>();
        AtomicBoolean firstSawCancel = new AtomicBoolean();
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        try (LatestWinsScheduler scheduler = new LatestWinsScheduler("test", 20, Runnable::run)) {
            scheduler.submit(monitor -> {
                firstRunning.countDown();
                for (int i = 0; i < 500; i++) {
                    if (monitor.isCancelled()) {
                        firstSawCancel.set(true);
                        monitor.checkCancelled();
                    }
                    Thread.sleep(10);
                }
                return 1;
            }, ProgressMonitor.NONE, delivered::add, e -> { });
            assertTrue(firstRunning.await(5, TimeUnit.SECONDS));
            // two quick requests: the first of them is superseded during its debounce and never runs
            scheduler.submit(monitor -> 2, ProgressMonitor.NONE, delivered::add, e -> { });
            scheduler.submit(monitor -> 3, ProgressMonitor.NONE, v -> {
                delivered.add(v);
                done.countDown();
            }, e -> { });
            assertTrue(done.await(10, TimeUnit.SECONDS));
        }
        assertTrue(firstSawCancel.get(), "the running job was asked to stop");
        assertEquals(List.of(3), delivered);
    }

    @Test
    void errorsOfTheLatestRequestAreDelivered() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        List<String> messages = new CopyOnWriteArrayList<>();
        try (LatestWinsScheduler scheduler = new LatestWinsScheduler("test", 1, Runnable::run)) {
            scheduler.submit(monitor -> {
                throw new org.mire.MireException("bad.tsv:3: expected 2 fields, found 1");
            }, ProgressMonitor.NONE, v -> { }, e -> {
                messages.add(e.getMessage());
                failed.countDown();
            });
            assertTrue(failed.await(5, TimeUnit.SECONDS));
        }
        assertEquals(List.of("bad.tsv:3: expected 2 fields, found 1"), messages);
    }
}
