package org.mire.progress;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Estimates how long work has left from how far it got: the time so far times (1 − f) / f, said only once the work
 * is far enough (2% and 3 seconds) for the rate to mean something. Long jobs (encoding a corpus, training) show it
 * next to their overall count.
 */
public final class TimeLeft {
    private static final double MIN_FRACTION = 0.02;
    private static final long MIN_NANOS = 3_000_000_000L;

    private final LongSupplier clock;
    private long start;

    /** Starts the clock now. */
    public TimeLeft() {
        this(System::nanoTime);
    }

    TimeLeft(LongSupplier nanos) {
        this.clock = nanos;
        this.start = nanos.getAsLong();
    }

    /** Starts again (the same panel, a new job). */
    public void restart() {
        start = clock.getAsLong();
    }

    /** Seconds left at {@code fraction} done, or NaN while it is too early to say (or the work is indeterminate). */
    public double seconds(double fraction) {
        long elapsed = clock.getAsLong() - start;
        if (!(fraction >= MIN_FRACTION) || fraction >= 1 || elapsed < MIN_NANOS) {
            return Double.NaN;
        }
        return elapsed / 1e9 * (1 - fraction) / fraction;
    }

    /** "about 4 min left", "about 40 s left", or "" while it is too early to say. */
    public String describe(double fraction) {
        double seconds = seconds(fraction);
        return Double.isNaN(seconds) ? "" : "about " + format(seconds) + " left";
    }

    /** 8 s, 40 s, 3 min, 1 h 20 min: rounded as a person would say it. */
    static String format(double seconds) {
        if (seconds < 10) {
            return Math.max(1, Math.round(seconds)) + " s";
        }
        if (seconds < 60) {
            return Math.round(seconds / 5) * 5 + " s";
        }
        long minutes = Math.round(seconds / 60);
        if (minutes < 60) {
            return minutes + " min";
        }
        return String.format(Locale.ROOT, "%d h %d min", minutes / 60, minutes % 60);
    }
}
