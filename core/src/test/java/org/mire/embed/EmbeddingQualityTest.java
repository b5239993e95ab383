package org.mire.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mire.progress.ProgressMonitor;

class EmbeddingQualityTest {

    @Test
    void silhouetteMatchesAHandComputedExample() {
        // class A at 0 and 1, class B at 4 and 6 (1-D, Euclidean)
        float[][] data = {{0}, {1}, {4}, {6}};
        List<String> labels = List.of("A", "A", "B", "B");
        // s(0): a=1, b=5 → 0.8; s(1): a=1, b=4 → 0.75; s(2): a=2, b=3.5 → 3/7; s(3): a=2, b=5.5 → 7/11
        double expected = (0.8 + 0.75 + 1.5 / 3.5 + 3.5 / 5.5) / 4;
        assertEquals(expected, EmbeddingQuality.silhouette(data, labels, Distance.EUCLIDEAN, 0, 1), 1e-9);
    }

    @Test
    void knnAccuracyVotesWithNearestTieBreak() throws Exception {
        float[][] data = {{0}, {0.1f}, {0.2f}, {5}, {5.1f}, {0.35f}};
        List<String> labels = List.of("A", "A", "A", "B", "B", "B");
        Neighbours.Graph graph = Neighbours.all(data, 2, Distance.EUCLIDEAN, ProgressMonitor.NONE);
        // rows 0-4 are predicted right (row 2: a 1-1 tie goes to the nearer A); row 5 (a B among As) is wrong
        assertEquals(5.0 / 6, EmbeddingQuality.knnAccuracy(graph, labels, 2), 1e-12);
    }

    @Test
    void trustworthinessIsOneForAFaithfulProjectionAndLowerForAShuffledOne() {
        Random random = new Random(5);
        int n = 300;
        float[][] original = new float[n][3];
        float[][] faithful = new float[n][2];
        for (int i = 0; i < n; i++) {
            original[i][0] = (float) random.nextGaussian();
            original[i][1] = (float) random.nextGaussian();
            faithful[i][0] = original[i][0];
            faithful[i][1] = original[i][1];
        }
        float[][] shuffled = new float[n][];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        for (int i = 0; i < n; i++) {
            shuffled[i] = faithful[order.get(i)];
        }
        double good = EmbeddingQuality.trustworthiness(original, faithful, 5, Distance.EUCLIDEAN, 0, 1,
                ProgressMonitor.NONE);
        double bad = EmbeddingQuality.trustworthiness(original, shuffled, 5, Distance.EUCLIDEAN, 0, 1,
                ProgressMonitor.NONE);
        assertEquals(1.0, good, 1e-12);
        assertTrue(bad < 0.6, "a random projection is about 0.5 trustworthy, got " + bad);
        double sampled = EmbeddingQuality.trustworthiness(original, shuffled, 5, Distance.EUCLIDEAN, 100, 1,
                ProgressMonitor.NONE);
        assertEquals(bad, sampled, 0.08);
    }

    @Test
    void scoreIsTheThreeMeasuresTogetherAndNamesAMissingColumn() throws Exception {
        Random random = new Random(9);
        int n = 120;
        float[][] vectors = new float[n][4];
        List<String> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < 4; d++) {
                vectors[i][d] = (float) ((i % 2 == 0 ? 3 : -3) * (d == 0 ? 1 : 0) + random.nextGaussian());
            }
            ids.add("r" + i);
            labels.add(i % 2 == 0 ? "GPU" : "CPU");
        }
        EmbeddingSet set = new EmbeddingSet(ids, vectors, java.util.Map.of("label", labels),
                new Provenance("test", "none", "none", "none", 0, "module", "2026-12-01T00:00:00Z"));
        float[][] points = new float[n][];
        for (int i = 0; i < n; i++) {
            points[i] = new float[] {vectors[i][0], vectors[i][1]};
        }
        EmbeddingQuality.Report report = EmbeddingQuality.score(set, "label", Distance.EUCLIDEAN, 5, points,
                EmbeddingQuality.DEFAULT_SAMPLE, ProgressMonitor.NONE);
        assertEquals(EmbeddingQuality.silhouette(vectors, labels, Distance.EUCLIDEAN, EmbeddingQuality.DEFAULT_SAMPLE,
                1), report.silhouette(), 1e-12);
        assertEquals(EmbeddingQuality.knnAccuracy(Neighbours.all(vectors, 5, Distance.EUCLIDEAN,
                ProgressMonitor.NONE), labels, 5), report.knnAccuracy(), 1e-12);
        assertEquals(EmbeddingQuality.trustworthiness(vectors, points, 5, Distance.EUCLIDEAN,
                EmbeddingQuality.DEFAULT_SAMPLE, 1, ProgressMonitor.NONE), report.trustworthiness(), 1e-12);
        assertTrue(report.knnAccuracy() > 0.9, "two separated clusters");
        EmbeddingQuality.Report unlabelled = EmbeddingQuality.score(set, null, Distance.EUCLIDEAN, 5, null, 100,
                ProgressMonitor.NONE);
        assertTrue(Double.isNaN(unlabelled.silhouette()) && Double.isNaN(unlabelled.trustworthiness()));
        org.mire.MireException missing = org.junit.jupiter.api.Assertions.assertThrows(org.mire.MireException.class,
                () -> EmbeddingQuality.score(set, "oracle", Distance.EUCLIDEAN, 5, null, 100, ProgressMonitor.NONE));
        assertTrue(missing.getMessage().contains("no metadata column 'oracle'"), missing.getMessage());
    }
}
