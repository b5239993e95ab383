package org.mire.embed;

/** How two vectors are compared in the original space. */
public enum Distance {
    /** 1 − cos(a, b), in [0, 2]; a zero vector is at distance 1 from everything. */
    COSINE,
    /** The L2 norm of a − b. */
    EUCLIDEAN;

    public double between(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        if (this == COSINE) {
            return na == 0 || nb == 0 ? 1 : 1 - dot / Math.sqrt(na * nb);
        }
        return Math.sqrt(Math.max(0, na + nb - 2 * dot));
    }

    public static Distance parse(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "cosine", "cos" -> COSINE;
            case "euclidean", "l2" -> EUCLIDEAN;
            default -> throw new IllegalArgumentException("unknown distance '" + name + "': use cosine or euclidean");
        };
    }
}
