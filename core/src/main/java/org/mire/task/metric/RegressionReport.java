package org.mire.task.metric;

import java.util.Arrays;

/**
 * Errors of numeric predictions.
 *
 * @param count    number of rows
 * @param mae      mean absolute error
 * @param mape     mean absolute percentage error over the rows whose target is not 0, as a fraction (0.1 = 10%)
 * @param r2       coefficient of determination, 1 - SS_res / SS_tot (NaN when the targets are constant)
 * @param spearman Spearman rank correlation of predictions and targets (ties get average ranks)
 */
public record RegressionReport(int count, double mae, double mape, double r2, double spearman) {

    public static RegressionReport of(double[] actual, double[] predicted) {
        int n = actual.length;
        if (predicted.length != n) {
            throw new IllegalArgumentException(n + " targets but " + predicted.length + " predictions");
        }
        double absSum = 0;
        double pctSum = 0;
        int pctCount = 0;
        double mean = 0;
        for (double a : actual) {
            mean += a;
        }
        mean /= Math.max(1, n);
        double ssRes = 0;
        double ssTot = 0;
        for (int i = 0; i < n; i++) {
            double error = predicted[i] - actual[i];
            absSum += Math.abs(error);
            if (actual[i] != 0) {
                pctSum += Math.abs(error / actual[i]);
                pctCount++;
            }
            ssRes += error * error;
            ssTot += (actual[i] - mean) * (actual[i] - mean);
        }
        double r2 = ssTot == 0 ? Double.NaN : 1 - ssRes / ssTot;
        return new RegressionReport(n, n == 0 ? Double.NaN : absSum / n,
                pctCount == 0 ? Double.NaN : pctSum / pctCount, r2, pearson(ranks(actual), ranks(predicted)));
    }

    /** Ranks starting at 1, ties sharing their average rank. */
    static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
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

    static double pearson(double[] a, double[] b) {
        int n = a.length;
        if (n < 2) {
            return Double.NaN;
        }
        double ma = SpeedupReport.mean(a);
        double mb = SpeedupReport.mean(b);
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < n; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        return va == 0 || vb == 0 ? Double.NaN : cov / Math.sqrt(va * vb);
    }
}
