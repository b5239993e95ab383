package org.mire.task.split;

/**
 * numpy's legacy {@code RandomState(seed)}: the MT19937 generator with {@code init_genrand} seeding, and
 * {@code shuffle} as numpy implements it (Fisher–Yates from the end, bounded draws by masked rejection). With it
 * our stratified k-fold reproduces scikit-learn's {@code StratifiedKFold(shuffle=True, random_state=seed)} exactly.
 */
public final class NumpyRandom {
    private static final int N = 624;
    private static final int M = 397;
    private final int[] mt = new int[N];
    private int index = N;

    public NumpyRandom(long seed) {
        if (seed < 0 || seed > 0xffffffffL) {
            throw new IllegalArgumentException("seed must be in 0..2^32-1: " + seed);
        }
        mt[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
    }

    /** The next 32-bit output, as an unsigned value. */
    public long nextUint32() {
        if (index >= N) {
            twist();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    private void twist() {
        for (int i = 0; i < N; i++) {
            int y = (mt[i] & 0x80000000) | (mt[(i + 1) % N] & 0x7fffffff);
            int next = mt[(i + M) % N] ^ (y >>> 1);
            if ((y & 1) != 0) {
                next ^= 0x9908b0df;
            }
            mt[i] = next;
        }
        index = 0;
    }

    /** A uniform integer in [0, max], by numpy's {@code random_interval}. */
    public long interval(long max) {
        if (max == 0) {
            return 0;
        }
        if (max > 0xffffffffL) {
            throw new IllegalArgumentException("interval too large: " + max);
        }
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        long value;
        do {
            value = nextUint32() & mask;
        } while (value > max);
        return value;
    }

    /** Shuffles in place as {@code RandomState.shuffle} does for a 1-d array. */
    public void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = (int) interval(i);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
