package org.mire.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mire.MireException;

class FileBatchTest {
    private static List<Path> files(int n) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(Path.of("f" + i + ".ll"));
        }
        return files;
    }

    private static int number(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf('.')));
    }

    /** Records what the sink saw, and on which thread. */
    private static final class Recorder implements FileBatch.Sink<Integer> {
        final List<String> seen = new ArrayList<>();
        final Thread caller = Thread.currentThread();
        boolean otherThread;

        @Override
        public void result(Path file, Integer result) {
            otherThread |= Thread.currentThread() != caller;
            seen.add(file + "=" + result);
        }

        @Override
        public void failure(Path file, MireException error) {
            otherThread |= Thread.currentThread() != caller;
            seen.add(file + "!" + error.getMessage());
        }
    }

    @Test
    void resultsComeInTheOrderOfTheFilesOnTheCallingThreadAndFailuresDoNotStopTheRest() throws Exception {
        Recorder recorder = new Recorder();
        int failures = FileBatch.run(files(40), 3, file -> {
            int n = number(file);
            java.util.concurrent.locks.LockSupport.parkNanos(((n * 7) % 5) * 1_000_000L); // finish out of order
            if (n % 10 == 3) {
                throw new MireException(file + ": bad");
            }
            if (n == 17) {
                throw new IllegalStateException("a bug");
            }
            return n * n;
        }, recorder);
        assertEquals(5, failures);
        assertEquals(40, recorder.seen.size());
        for (int i = 0; i < 40; i++) {
            String line = recorder.seen.get(i);
            assertTrue(line.startsWith("f" + i + ".ll"), line);
            if (i % 10 == 3) {
                assertEquals("f" + i + ".ll!f" + i + ".ll: bad", line);
            } else if (i == 17) {
                assertEquals("f17.ll!f17.ll: internal error: java.lang.IllegalStateException: a bug", line);
            } else {
                assertEquals("f" + i + ".ll=" + i * i, line);
            }
        }
        assertTrue(!recorder.otherThread, "the sink must run on the calling thread");
    }

    @Test
    void atMostTwiceAsManyFilesAsThreadsAreInFlight() throws Exception {
        AtomicInteger started = new AtomicInteger();
        List<Integer> aheadOfSink = new ArrayList<>();
        FileBatch.run(files(30), 2, file -> {
            started.incrementAndGet();
            return number(file);
        }, new FileBatch.Sink<Integer>() {
            @Override
            public void result(Path file, Integer result) {
                aheadOfSink.add(started.get() - result);
            }

            @Override
            public void failure(Path file, MireException error) {
            }
        });
        for (int ahead : aheadOfSink) {
            assertTrue(ahead <= 4, "started " + ahead + " files ahead of the sink");
        }
    }

    @Test
    void aFailingSinkStopsTheBatch() {
        MireException e = assertThrows(MireException.class, () -> FileBatch.run(files(10), 2, FileBatchTest::number,
                new FileBatch.Sink<Integer>() {
                    @Override
                    public void result(Path file, Integer result) throws MireException {
                        if (result == 4) {
                            throw new MireException("disk full");
                        }
                    }

                    @Override
                    public void failure(Path file, MireException error) {
                    }
                }));
        assertEquals("disk full", e.getMessage());
    }

    @Test
    void oneThreadRunsOnTheCallingThread() throws Exception {
        Thread caller = Thread.currentThread();
        List<Boolean> onCaller = new ArrayList<>();
        FileBatch.run(files(3), 1, file -> {
            onCaller.add(Thread.currentThread() == caller);
            return 0;
        }, new Recorder());
        assertEquals(List.of(true, true, true), onCaller);
    }
}
