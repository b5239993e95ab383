package org.mire.embed;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.mire.progress.ProgressMonitor;

/**
 * Quality measures of an embedding method on a labelled corpus and of a projection of it: silhouette by label and
 * leave-one-out k-NN label accuracy in the original space, and trustworthiness of a low-dimensional projection
 * (Venna & Kaski: are the projection's neighbours also neighbours in the original space?).
 */
public final class EmbeddingQuality {
    private EmbeddingQuality() {
    }

    /** Quality of one method on one labelled set (and optionally one projection); NaN where not computed. */
    public record Report(String method, int rows, String labelColumn, double silhouette, int k, double knnAccuracy,
                         double trustworthiness) {
    }

    /** Query rows sampled for silhouette and trustworthiness on large sets unless a caller says otherwise. */
    public static final int DEFAULT_SAMPLE = 5000;

    /**
     * The scoring job, for {@code mire quality} and the embedding explorer's Metrics alike: silhouette and
     * leave-one-out k-NN accuracy by {@code labelColumn} (when given), trustworthiness T(k) of {@code points} (when
     * given and k &lt; n/2); NaN where not computed.
     *
     * @throws MireException when the label column does not exist or the points do not match the rows
     */
    public static Report score(EmbeddingSet set, String labelColumn, Distance distance, int k, float[][] points,
                               int sample, ProgressMonitor monitor) throws org.mire.MireException {
        int kk = Math.min(k, set.size() - 1);
        double silhouette = Double.NaN;
        double accuracy = Double.NaN;
        if (labelColumn != null) {
            List<String> labels = set.metadata().get(labelColumn);
            if (labels == null) {
                throw new org.mire.MireException("no metadata column '" + labelColumn + "' (have: "
                        + String.join(", ", set.columnNames()) + ")");
            }
            if (kk > 0) {
                silhouette = silhouette(set.vectors(), labels, distance, sample, 1);
                monitor.checkCancelled();
                accuracy = knnAccuracy(Neighbours.all(set.vectors(), kk, distance, monitor), labels, kk);
            }
        }
        double trust = Double.NaN;
        if (points != null) {
            if (points.length != set.size()) {
                throw new org.mire.MireException(points.length + " projected points for " + set.size() + " vectors");
            }
            if (kk > 0 && kk < set.size() / 2) {
                trust = trustworthiness(set.vectors(), points, kk, distance, sample, 1, monitor);
            }
        }
        return new Report(set.provenance().method(), set.size(), labelColumn, silhouette, kk, accuracy, trust);
    }

    /**
     * Mean silhouette over the rows whose label is non-empty, in [−1, 1]. Rows whose label is the only member of
     * its class score 0 (Rousseeuw's convention). Uses at most {@code sample} query rows (all when n ≤ sample), each
     * compared with every labelled row, so it stays affordable for 100,000 rows.
     */
    public static double silhouette(float[][] data, List<String> labels, Distance distance, int sample, long seed) {
        int n = data.length;
        Map<String, Integer> classIds = new HashMap<>();
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            String value = labels.get(i);
            label[i] = value == null || value.isBlank() ? -1 : classIds.computeIfAbsent(value, v -> classIds.size());
        }
        int classes = classIds.size();
        if (classes < 2) {
            return Double.NaN;
        }
        int[] classSize = new int[classes];
        for (int l : label) {
            if (l >= 0) {
                classSize[l]++;
            }
        }
        int[] queries = sampleRows(n, sample, seed, i -> label[i] >= 0);
        double total = IntStream.range(0, queries.length).parallel().mapToDouble(q -> {
            int i = queries[q];
            double[] sums = new double[classes];
            for (int j = 0; j < n; j++) {
                if (j != i && label[j] >= 0) {
                    sums[label[j]] += distance.between(data[i], data[j]);
                }
            }
            int own = label[i];
            if (classSize[own] <= 1) {
                return 0;
            }
            double a = sums[own] / (classSize[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                if (c != own && classSize[c] > 0) {
                    b = Math.min(b, sums[c] / classSize[c]);
                }
            }
            double denominator = Math.max(a, b);
            return denominator == 0 ? 0 : (b - a) / denominator;
        }).sum();
        return total / queries.length;
    }

    /**
     * Leave-one-out k-NN label accuracy: each labelled row is predicted by the majority label of its k nearest
     * labelled-or-not neighbours (ties go to the label of the nearest tied neighbour); unlabelled neighbours do not
     * vote.
     */
    public static double knnAccuracy(Neighbours.Graph graph, List<String> labels, int k) {
        int n = graph.indices().length;
        if (k > graph.k()) {
            throw new IllegalArgumentException("graph has " + graph.k() + " neighbours per row, asked for " + k);
        }
        int correct = 0;
        int counted = 0;
        for (int i = 0; i < n; i++) {
            String truth = labels.get(i);
            if (truth == null || truth.isBlank()) {
                continue;
            }
            Map<String, Integer> votes = new HashMap<>();
            String best = null;
            int bestVotes = 0;
            for (int s = 0; s < k; s++) {
                String vote = labels.get(graph.indices()[i][s]);
                if (vote == null || vote.isBlank()) {
                    continue;
                }
                int count = votes.merge(vote, 1, Integer::sum);
                if (count > bestVotes) {
                    bestVotes = count;
                    best = vote;
                }
            }
            // A label that reaches the top count first came from nearer neighbours, which breaks ties toward them.
            counted++;
            if (truth.equals(best)) {
                correct++;
            }
        }
        return counted == 0 ? Double.NaN : (double) correct / counted;
    }

    /**
     * Trustworthiness T(k) of {@code projected} w.r.t. {@code original}, in [0, 1] (1: every projected neighbour is
     * an original neighbour). Exact over at most {@code sample} query rows (all rows when n ≤ sample): each query
     * ranks all rows in the original space.
     */
    public static double trustworthiness(float[][] original, float[][] projected, int k, Distance distance,
                                         int sample, long seed, ProgressMonitor monitor) {
        int n = original.length;
        if (k >= n / 2) {
            throw new IllegalArgumentException("trustworthiness needs k < n/2 (k = " + k + ", n = " + n + ")");
        }
        int[] queries = sampleRows(n, sample, seed, i -> true);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        double penalty = IntStream.range(0, queries.length).parallel().mapToDouble(q -> {
            monitor.checkCancelled();
            int i = queries[q];
            // rank of every row around i in the original space (1 = nearest)
            double[] originalDistance = new double[n];
            for (int j = 0; j < n; j++) {
                originalDistance[j] = j == i ? Double.NEGATIVE_INFINITY : distance.between(original[i], original[j]);
            }
            List<Neighbours.Neighbour> projectedNeighbours = Neighbours.nearest(projected, projected[i], k,
                    Distance.EUCLIDEAN, i);
            double sum = 0;
            for (Neighbours.Neighbour nb : projectedNeighbours) {
                double d = originalDistance[nb.index()];
                int rank = 1;
                for (int j = 0; j < n; j++) {
                    if (j != i && (originalDistance[j] < d || (originalDistance[j] == d && j < nb.index()))) {
                        rank++;
                    }
                }
                // only projected neighbours that are not among the k original ones are penalised
                sum += Math.max(0, rank - k);
            }
            int finished = done.incrementAndGet();
            if (finished % 64 == 0) {
                monitor.progress(finished, queries.length, "trustworthiness");
            }
            return sum;
        }).sum();
        double m = queries.length;
        return 1 - 2.0 / (m * k * (2.0 * n - 3.0 * k - 1)) * penalty;
    }

    static int[] sampleRows(int n, int sample, long seed, java.util.function.IntPredicate keep) {
        int[] eligible = IntStream.range(0, n).filter(keep).toArray();
        if (sample <= 0 || eligible.length <= sample) {
            return eligible;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < sample; i++) {
            int j = i + random.nextInt(eligible.length - i);
            int t = eligible[i];
            eligible[i] = eligible[j];
            eligible[j] = t;
        }
        int[] chosen = Arrays.copyOf(eligible, sample);
        Arrays.sort(chosen);
        return chosen;
    }
}
