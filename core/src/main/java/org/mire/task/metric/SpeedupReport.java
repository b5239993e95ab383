package org.mire.task.metric;

/**
 * Speedups of predicted decisions over a baseline decision, next to the oracle's, as the DevMap and
 * thread-coarsening papers report them.
 *
 * @param count           number of rows
 * @param mean            arithmetic mean of baseline runtime / predicted runtime (what the papers give)
 * @param geomean         geometric mean of the same
 * @param oracleMean      arithmetic mean of baseline runtime / oracle runtime
 * @param oracleGeomean   geometric mean of the same
 * @param oracleFractionMean    arithmetic mean over rows of oracle runtime / predicted runtime ("% of oracle")
 * @param oracleFractionGeomean geometric mean over rows of oracle runtime / predicted runtime
 */
public record SpeedupReport(int count, double mean, double geomean, double oracleMean, double oracleGeomean,
                            double oracleFractionMean, double oracleFractionGeomean) {

    /**
     * @param baseline  per row, the runtime of the baseline decision (static device; coarsening factor 1)
     * @param predicted per row, the runtime of the predicted decision
     * @param oracle    per row, the best runtime
     */
    public static SpeedupReport of(double[] baseline, double[] predicted, double[] oracle) {
        int n = baseline.length;
        if (predicted.length != n || oracle.length != n) {
            throw new IllegalArgumentException("runtime arrays of different lengths");
        }
        double[] speedup = new double[n];
        double[] oracleSpeedup = new double[n];
        double[] fraction = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(baseline[i] > 0 && predicted[i] > 0 && oracle[i] > 0)) {
                throw new IllegalArgumentException("row " + i + ": runtimes must be positive");
            }
            speedup[i] = baseline[i] / predicted[i];
            oracleSpeedup[i] = baseline[i] / oracle[i];
            fraction[i] = oracle[i] / predicted[i];
        }
        return new SpeedupReport(n, mean(speedup), geomean(speedup), mean(oracleSpeedup), geomean(oracleSpeedup),
                mean(fraction), geomean(fraction));
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }

    static double geomean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += Math.log(v);
        }
        return values.length == 0 ? Double.NaN : Math.exp(sum / values.length);
    }
}
