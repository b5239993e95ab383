package org.mire.embed.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.mire.embed.Distance;
import org.mire.embed.EmbeddingQuality;
import org.mire.embed.Neighbours;
import org.mire.progress.CancelledException;
import org.mire.progress.ProgressMonitor;

class ProjectionsTest {

    private static float[][] clusters(int n, int[] labels) {
        return TsneBenchmark.mixture(n, 20, 4, 11, labels);
    }

    @Test
    void pcaRecoversTheKnownPrincipalAxesAndVariance() throws Exception {
        // points along (3, 4)/5 with variance 25·var(t), plus a smaller orthogonal spread along (−4, 3)/5
        int n = 400;
        float[][] data = new float[n][2];
        double sumT2 = 0;
        double sumS2 = 0;
        for (int i = 0; i < n; i++) {
            double t = (i - (n - 1) / 2.0) / 10;                  // mean 0
            double s = ((i * 7919) % 13 - 6) / 10.0;              // mean 0, uncorrelated with t
            data[i][0] = (float) (t * 0.6 - s * 0.8);
            data[i][1] = (float) (t * 0.8 + s * 0.6);
            sumT2 += t * t;
            sumS2 += s * s;
        }
        Projection pca = Pca.project(data, 2);
        double expectedFirst = sumT2 / (sumT2 + sumS2);
        assertEquals(expectedFirst, pca.explainedVariance()[0], 2e-3);
        assertEquals(1 - expectedFirst, pca.explainedVariance()[1], 2e-3);
        // the first coordinate is t (up to sign, fixed so the largest |t| is positive)
        for (int i = 0; i < n; i += 37) {
            double t = (i - (n - 1) / 2.0) / 10;
            assertEquals(Math.abs(t), Math.abs(pca.points()[i][0]), 0.02, "row " + i);
        }
        assertEquals(Math.signum(pca.points()[n - 1][0]), Math.signum(-pca.points()[0][0]));
    }

    @Test
    void pcaAgreesWithSmilesSvdOfTheData() throws Exception {
        // the covariance route must give the components an SVD of the centred data gives (Smile's PCA.fit)
        float[][] data = TsneBenchmark.mixture(3000, 40, 5, 11, null);
        Projection pca = Pca.project(data, 10);
        smile.feature.extraction.PCA reference = smile.feature.extraction.PCA.fit(SmileBridge.toDouble(data));
        double[][] expected = reference.getProjection(10).apply(SmileBridge.toDouble(data));
        for (int c = 0; c < 10; c++) {
            assertEquals(reference.varianceProportion().get(c), pca.explainedVariance()[c], 1e-12, "component " + c);
            // same axis up to sign
            double sign = Math.signum(expected[0][c]) * Math.signum(pca.points()[0][c]);
            for (int i = 0; i < data.length; i += 97) {
                assertEquals(expected[i][c], sign * pca.points()[i][c], 1e-4, "row " + i + " component " + c);
            }
        }
    }

    @Test
    void barnesHutTsneIsDeterministicUnderASeedAndSeparatesClusters() throws Exception {
        int[] labels = new int[600];
        float[][] data = clusters(600, labels);
        ProjectionParameters.Tsne parameters = ProjectionParameters.Tsne.defaults().withIterations(400);
        Projection first = Projections.project(data, parameters, TsneController.of(ProgressMonitor.NONE));
        Projection again = Projections.project(data, parameters, TsneController.of(ProgressMonitor.NONE));
        for (int i = 0; i < data.length; i++) {
            assertArrayEquals(first.points()[i], again.points()[i], "row " + i);
        }
        Projection otherSeed = Projections.project(data, parameters.withSeed(7), TsneController.of(ProgressMonitor.NONE));
        assertFalse(java.util.Arrays.equals(first.points()[0], otherSeed.points()[0]));
        assertTrue(first.klDivergence() > 0 && first.klDivergence() < 3, "KL " + first.klDivergence());

        List<String> names = new ArrayList<>();
        for (int label : labels) {
            names.add("c" + label);
        }
        Neighbours.Graph graph = Neighbours.all(first.points(), 5, Distance.EUCLIDEAN, ProgressMonitor.NONE);
        assertTrue(EmbeddingQuality.knnAccuracy(graph, names, 5) > 0.97, "clusters stay apart in 2-D");
        double trust = EmbeddingQuality.trustworthiness(data, first.points(), 10, Distance.EUCLIDEAN, 0, 1,
                ProgressMonitor.NONE);
        assertTrue(trust > 0.9, "trustworthiness " + trust);
    }

    @Test
    void interpolatedRepulsionCarriesTheEarlyIterationsAndSeparatesClusters() throws Exception {
        // enough points for the FFT grid to pay (n ≥ 128² / 8): the exaggerated iterations run on the grid alone
        int n = 3000;
        int[] labels = new int[n];
        float[][] data = clusters(n, labels);
        TsneAffinities p = TsneAffinities.of(data, 30, ProgressMonitor.NONE);
        double[] y = BarnesHutTsne.initialise(data, 42);
        int interpolated = BarnesHutTsne.optimise(p, y, ProjectionParameters.Tsne.defaults().withIterations(
                ProjectionParameters.Tsne.EARLY_EXAGGERATION_ITERATIONS), TsneController.of(ProgressMonitor.NONE),
                new double[1]);
        assertEquals(ProjectionParameters.Tsne.EARLY_EXAGGERATION_ITERATIONS, interpolated);
        float[][] points = new float[n][2];
        for (int i = 0; i < n; i++) {
            points[i][0] = (float) y[2 * i];
            points[i][1] = (float) y[2 * i + 1];
        }
        List<String> names = new ArrayList<>();
        for (int label : labels) {
            names.add("c" + label);
        }
        Neighbours.Graph graph = Neighbours.all(points, 5, Distance.EUCLIDEAN, ProgressMonitor.NONE);
        assertTrue(EmbeddingQuality.knnAccuracy(graph, names, 5) > 0.97, "clusters stay apart in 2-D");
        double trust = EmbeddingQuality.trustworthiness(data, points, 10, Distance.EUCLIDEAN, 1000, 1,
                ProgressMonitor.NONE);
        assertTrue(trust > 0.9, "trustworthiness " + trust);
    }

    @Test
    void barnesHutKlIsCloseToSmileExactOnTheSameData() throws Exception {
        float[][] data = clusters(500, null);
        ProjectionParameters.Tsne parameters = ProjectionParameters.Tsne.defaults();
        Projection fast = Projections.project(data, parameters, TsneController.of(ProgressMonitor.NONE));
        Projection exact = Projections.project(data, parameters.withAlgorithm(ProjectionParameters.TsneAlgorithm.EXACT)
                .withIterations(1000), TsneController.of(ProgressMonitor.NONE));
        double klFast = TsneQuality.klExact(data, fast.points(), 30, ProgressMonitor.NONE);
        double klExact = TsneQuality.klExact(data, exact.points(), 30, ProgressMonitor.NONE);
        assertTrue(klFast <= klExact * 1.05, "Barnes-Hut KL " + klFast + " vs Smile " + klExact);
    }

    @Test
    void tsneStreamsSnapshotsPausesResumesAndCancels() throws Exception {
        float[][] data = clusters(300, null);
        List<TsneController.Snapshot> snapshots = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicBoolean cancel = new AtomicBoolean();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        TsneController controller = new TsneController(monitor, snapshots::add, 25);
        controller.pause();
        CompletableFuture<Projection> run = CompletableFuture.supplyAsync(() -> {
            try {
                return Projections.project(data, ProjectionParameters.Tsne.defaults().withIterations(300), controller);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        Thread.sleep(300);
        assertTrue(snapshots.size() <= 1, "paused after the first iteration, got " + snapshots.size());
        controller.resume();
        Projection done = run.get(60, TimeUnit.SECONDS);
        assertEquals(List.of(25, 50, 75, 100), snapshots.stream().limit(4).map(TsneController.Snapshot::iteration).toList());
        assertEquals(300, snapshots.getLast().iteration());
        assertArrayEquals(done.points()[3], snapshots.getLast().points()[3]);

        cancel.set(true);
        assertThrows(CancelledException.class, () -> Projections.project(data, ProjectionParameters.Tsne.defaults(),
                new TsneController(monitor, s -> { }, 0)));
    }

    @Test
    void umapAndExactTsneProjectToThreeDimensions() throws Exception {
        float[][] data = clusters(300, null);
        Projection umap = Projections.project(data, new ProjectionParameters.Umap(3, 10, 0.1, 50, 3),
                TsneController.of(ProgressMonitor.NONE));
        assertEquals(3, umap.dimensions());
        Projection tsne = Projections.project(data, ProjectionParameters.Tsne.defaults()
                .withAlgorithm(ProjectionParameters.TsneAlgorithm.EXACT).withDimensions(3).withIterations(300),
                TsneController.of(ProgressMonitor.NONE));
        assertEquals(3, tsne.dimensions());
        assertThrows(IllegalArgumentException.class, () -> ProjectionParameters.Tsne.defaults().withDimensions(3));
    }
}
