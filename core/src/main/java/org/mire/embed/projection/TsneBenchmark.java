package org.mire.embed.projection;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.mire.MireException;
import org.mire.embed.Distance;
import org.mire.embed.EmbeddingQuality;
import org.mire.progress.ProgressMonitor;

/**
 * Times our Barnes-Hut t-SNE against Smile's exact t-SNE on the same data in the same run, and scores both the same
 * way: KL(P‖Q) with the exact dense P (n ≤ {@code exactKlLimit}) or the sparse k-NN P, and trustworthiness T(10)
 * over a sample of points.
 */
public final class TsneBenchmark {

    /** One measured run. KL columns are NaN where not computed. */
    public record Row(int n, int dimensions, String algorithm, double seconds, double cpuSeconds, double klReported,
                      double klExact, double klSparse, double trustworthiness) {
    }

    private TsneBenchmark() {
    }

    /**
     * A Gaussian mixture that looks like an embedding set: {@code clusters} clusters of unequal size in
     * {@code dimensions} dimensions, each spread along its own few random directions, plus isotropic noise.
     */
    public static float[][] mixture(int n, int dimensions, int clusters, long seed, int[] labelsOut) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] centres = new double[clusters][dimensions];
        double[][][] axes = new double[clusters][3][dimensions];
        double[] weights = new double[clusters];
        double total = 0;
        for (int c = 0; c < clusters; c++) {
            for (int d = 0; d < dimensions; d++) {
                centres[c][d] = gaussian(random) * 2.5;
                for (int a = 0; a < 3; a++) {
                    axes[c][a][d] = gaussian(random) * 0.35;
                }
            }
            weights[c] = 0.5 + random.nextDouble();
            total += weights[c];
        }
        float[][] data = new float[n][dimensions];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble() * total;
            int c = 0;
            while (c < clusters - 1 && u > weights[c]) {
                u -= weights[c];
                c++;
            }
            if (labelsOut != null) {
                labelsOut[i] = c;
            }
            double[] coefficients = {gaussian(random), gaussian(random), gaussian(random)};
            for (int d = 0; d < dimensions; d++) {
                double v = centres[c][d] + gaussian(random) * 0.3;
                for (int a = 0; a < 3; a++) {
                    v += coefficients[a] * axes[c][a][d];
                }
                data[i][d] = (float) v;
            }
        }
        return data;
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    /**
     * Runs the given algorithms at each size and prints a Markdown table row per run as it finishes.
     *
     * @param exactLimit   largest n for which Smile's exact t-SNE runs
     * @param exactKlLimit largest n for which KL with the dense P is computed
     */
    public static List<Row> run(int[] sizes, int dimensions, int exactLimit, int exactKlLimit, int trustSample,
                                ProjectionParameters.Tsne parameters, PrintWriter out) throws MireException {
        List<Row> rows = new ArrayList<>();
        out.println("| n | dims | algorithm | wall (s) | CPU (s) | load | KL reported | KL (dense P) | KL (sparse P) | T(10) |");
        out.println("|---|---|---|---|---|---|---|---|---|---|");
        out.flush();
        for (int n : sizes) {
            float[][] data = mixture(n, dimensions, 12, 7, null);
            TsneAffinities sparse = TsneAffinities.of(data, parameters.perplexity(), ProgressMonitor.NONE);
            List<ProjectionParameters.TsneAlgorithm> algorithms = new ArrayList<>();
            algorithms.add(ProjectionParameters.TsneAlgorithm.BARNES_HUT);
            if (n <= exactLimit) {
                algorithms.add(ProjectionParameters.TsneAlgorithm.EXACT);
            }
            for (ProjectionParameters.TsneAlgorithm algorithm : algorithms) {
                ProjectionParameters.Tsne p = parameters.withAlgorithm(algorithm);
                if (algorithm == ProjectionParameters.TsneAlgorithm.EXACT) {
                    // Smile's default iteration count, so the reference is Smile as users run it.
                    p = p.withIterations(1000);
                }
                System.gc();
                double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                long cpuStart = processCpuNanos();
                long start = System.nanoTime();
                Projection projection = Projections.project(data, p, TsneController.of(ProgressMonitor.NONE));
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (processCpuNanos() - cpuStart) / 1e9;
                double klExact = n <= exactKlLimit
                        ? TsneQuality.klExact(data, projection.points(), parameters.perplexity(), ProgressMonitor.NONE)
                        : Double.NaN;
                double klSparse = TsneQuality.klSparse(sparse, projection.points());
                double trust = EmbeddingQuality.trustworthiness(data, projection.points(), 10, Distance.EUCLIDEAN,
                        trustSample, 1, ProgressMonitor.NONE);
                Row row = new Row(n, dimensions, algorithm == ProjectionParameters.TsneAlgorithm.EXACT
                        ? "Smile exact (1000 it.)"
                        : "Barnes-Hut θ=" + p.theta() + ", FFT grid early (" + p.iterations() + " it.)",
                        seconds, cpu, projection.klDivergence(), klExact, klSparse, trust);
                rows.add(row);
                out.println(String.format(Locale.ROOT, "| %d | %d | %s | %.1f | %.1f | %.1f | %s | %s | %.4f | %.4f |",
                        n, dimensions, row.algorithm(), seconds, cpu, load, format(row.klReported()), format(klExact),
                        klSparse, trust));
                out.flush();
            }
        }
        return rows;
    }

    /** CPU time of this process (all threads, BLAS included), or 0 where the JVM cannot tell. */
    static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.4f", value);
    }
}
