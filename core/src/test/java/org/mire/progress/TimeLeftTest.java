package org.mire.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimeLeftTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void extrapolatesTheRateSoFar() {
        AtomicLong now = new AtomicLong(0);
        TimeLeft left = new TimeLeft(now::get);
        now.set(60 * SECOND);
        assertEquals(180, left.seconds(0.25), 1e-9, "a quarter in a minute: three minutes to go");
        assertEquals("about 3 min left", left.describe(0.25));
        now.set(80 * SECOND);
        assertEquals("about 20 s left", left.describe(0.8));
    }

    @Test
    void saysNothingWhileItIsTooEarlyOrIndeterminate() {
        AtomicLong now = new AtomicLong(0);
        TimeLeft left = new TimeLeft(now::get);
        now.set(2 * SECOND);
        assertEquals("", left.describe(0.5), "under three seconds");
        now.set(100 * SECOND);
        assertEquals("", left.describe(0.01), "under 2%");
        assertEquals("", left.describe(-1), "indeterminate");
        assertEquals("", left.describe(1), "done");
        left.restart();
        assertTrue(Double.isNaN(left.seconds(0.5)));
    }

    @Test
    void roundsAsAPersonWouldSayIt() {
        assertEquals("8 s", TimeLeft.format(7.6));
        assertEquals("45 s", TimeLeft.format(44));
        assertEquals("12 min", TimeLeft.format(12 * 60 + 10));
        assertEquals("1 h 20 min", TimeLeft.format(80 * 60));
    }
}
