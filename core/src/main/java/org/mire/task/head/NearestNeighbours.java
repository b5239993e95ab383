package org.mire.task.head;

import java.util.Arrays;
import java.util.Locale;

/**
 * k nearest neighbours on standardised inputs: the training rows themselves are the model. Cosine or Euclidean
 * distance; neighbours weigh equally or by 1 / (distance + ε). Ties in distance go to the earlier training row.
 */
public final class NearestNeighbours {
    private NearestNeighbours() {
    }

    /** The stored training rows and labels or targets. */
    record Model(double[][] rows, int[] labels, double[] targets, int classes, int k, boolean cosine,
                 boolean distanceWeights) implements FittedModel {
        @Override
        public double[][] probabilities(double[][] x) {
            double[][] result = new double[x.length][classes];
            for (int i = 0; i < x.length; i++) {
                Neighbour[] near = nearest(rows, x[i], k, cosine);
                double total = 0;
                for (Neighbour n : near) {
                    double w = weight(n, distanceWeights);
                    result[i][labels[n.row()]] += w;
                    total += w;
                }
                for (int c = 0; c < classes; c++) {
                    result[i][c] /= total;
                }
            }
            return result;
        }

        @Override
        public double[] values(double[][] x) {
            double[] result = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                Neighbour[] near = nearest(rows, x[i], k, cosine);
                double total = 0;
                for (Neighbour n : near) {
                    double w = weight(n, distanceWeights);
                    result[i] += w * targets[n.row()];
                    total += w;
                }
                result[i] /= total;
            }
            return result;
        }
    }

    /** A training row and its distance to the query. */
    public record Neighbour(int row, double distance) {
    }

    static FittedModel classifier(HeadSpec spec, double[][] x, int[] y, int classes) {
        return new Model(x, y, null, classes, spec.integer("k"), cosine(spec), distanceWeights(spec));
    }

    static FittedModel regressor(HeadSpec spec, double[][] x, double[] y) {
        return new Model(x, null, y, 0, spec.integer("k"), cosine(spec), distanceWeights(spec));
    }

    public static boolean cosine(HeadSpec spec) {
        String metric = spec.get("metric").toLowerCase(Locale.ROOT);
        if (!metric.equals("cosine") && !metric.equals("euclidean")) {
            throw new IllegalArgumentException("knn metric must be cosine or euclidean: " + metric);
        }
        return metric.equals("cosine");
    }

    public static boolean distanceWeights(HeadSpec spec) {
        String weights = spec.get("weights").toLowerCase(Locale.ROOT);
        if (!weights.equals("uniform") && !weights.equals("distance")) {
            throw new IllegalArgumentException("knn weights must be uniform or distance: " + weights);
        }
        return weights.equals("distance");
    }

    public static double weight(Neighbour neighbour, boolean byDistance) {
        return byDistance ? 1 / (neighbour.distance() + 1e-9) : 1;
    }

    /** The k rows nearest to {@code query} (all rows when k exceeds them), nearest first. */
    public static Neighbour[] nearest(double[][] rows, double[] query, int k, boolean cosine) {
        Neighbour[] all = new Neighbour[rows.length];
        for (int r = 0; r < rows.length; r++) {
            all[r] = new Neighbour(r, cosine ? cosineDistance(rows[r], query) : euclidean(rows[r], query));
        }
        Arrays.sort(all, (a, b) -> a.distance() != b.distance() ? Double.compare(a.distance(), b.distance())
                : Integer.compare(a.row(), b.row()));
        return Arrays.copyOf(all, Math.max(1, Math.min(k, all.length)));
    }

    static double euclidean(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
    }

    static double cosineDistance(double[] a, double[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 1 : 1 - dot / Math.sqrt(na * nb);
    }
}
