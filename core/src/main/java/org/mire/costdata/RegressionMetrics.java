package org.mire.costdata;

import java.util.Arrays;

/** Regression errors: MAE, MAPE (over non-zero targets) and Spearman rank correlation. */
public record RegressionMetrics(int n, double mae, double mape, double spearman) {

    public static RegressionMetrics of(double[] actual, double[] predicted) {
        if (actual.length != predicted.length || actual.length == 0) {
            throw new IllegalArgumentException("need equal, non-empty arrays");
        }
        double absolute = 0;
        double relative = 0;
        int nonZero = 0;
        for (int i = 0; i < actual.length; i++) {
            double e = Math.abs(actual[i] - predicted[i]);
            absolute += e;
            if (actual[i] != 0) {
                relative += e / Math.abs(actual[i]);
                nonZero++;
            }
        }
        return new RegressionMetrics(actual.length, absolute / actual.length,
                nonZero == 0 ? Double.NaN : 100 * relative / nonZero, spearman(actual, predicted));
    }

    /** Pearson correlation of the ranks (ties get their mean rank); NaN when either side is constant. */
    static double spearman(double[] a, double[] b) {
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double ma = Arrays.stream(ra).average().orElse(0);
        double mb = Arrays.stream(rb).average().orElse(0);
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < ra.length; i++) {
            cov += (ra[i] - ma) * (rb[i] - mb);
            va += (ra[i] - ma) * (ra[i] - ma);
            vb += (rb[i] - mb) * (rb[i] - mb);
        }
        return va == 0 || vb == 0 ? Double.NaN : cov / Math.sqrt(va * vb);
    }

    static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(values[x], values[y]));
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }
}
