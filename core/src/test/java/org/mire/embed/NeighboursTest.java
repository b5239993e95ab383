package org.mire.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mire.progress.ProgressMonitor;

class NeighboursTest {

    private static float[][] random(int n, int dim, long seed) {
        Random random = new Random(seed);
        float[][] data = new float[n][dim];
        for (float[] row : data) {
            for (int d = 0; d < dim; d++) {
                row[d] = (float) random.nextGaussian();
            }
        }
        return data;
    }

    @Test
    void allPointsSearchMatchesBruteForceForBothDistances() throws Exception {
        // n spans several blocks of the blocked search
        float[][] data = random(4500, 24, 3);
        data[17] = new float[24]; // a zero vector: cosine distance 1 to everything
        for (Distance distance : Distance.values()) {
            Neighbours.Graph graph = Neighbours.all(data, 7, distance, ProgressMonitor.NONE);
            for (int i : new int[] {0, 17, 999, 2048, 4095, 4096, 4499}) {
                int row = i;
                Integer[] order = IntStream.range(0, data.length).filter(j -> j != row).boxed().toArray(Integer[]::new);
                Arrays.sort(order, Comparator.comparingDouble(j -> distance.between(data[row], data[j])));
                for (int s = 0; s < 7; s++) {
                    double expected = distance.between(data[row], data[order[s]]);
                    assertEquals(expected, graph.distances()[row][s], 1e-4, distance + " row " + row + " rank " + s);
                }
                if (row != 17 || distance == Distance.EUCLIDEAN) {
                    assertEquals(order[0], graph.indices()[row][0], distance + " nearest of " + row);
                }
            }
        }
    }

    @Test
    void equallyNearNeighboursComeInIdOrderAcrossBlocks() throws Exception {
        // a centre and 1,300 copies of one point: the copies are equally near the centre and each other, whichever
        // block they sit in
        float[][] data = new float[1301][];
        data[0] = new float[] {0, 0, 0};
        for (int i = 1; i < data.length; i++) {
            data[i] = new float[] {1, 0, 0};
        }
        Neighbours.Graph graph = Neighbours.all(data, 5, Distance.EUCLIDEAN, ProgressMonitor.NONE);
        assertEquals(List.of(1, 2, 3, 4, 5), Arrays.stream(graph.indices()[0]).boxed().toList());
        assertEquals(List.of(1, 2, 3, 4, 5), Arrays.stream(graph.indices()[1300]).boxed().toList());
        assertEquals(0f, graph.distances()[1300][4]);
    }

    @Test
    void overlappingSearchesLeaveOpenBlasWithItsThreadCount() throws Exception {
        // the second search starts after the first has set one BLAS thread and ends after the first has finished:
        // restoring per search would leave the second one's "saved" count of 1 behind
        int before = smile.linalg.blas.cblas_h.openblas_get_num_threads();
        float[][] small = random(3000, 16, 5);
        float[][] large = random(9000, 16, 6);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> Neighbours.all(small, 5, Distance.EUCLIDEAN, ProgressMonitor.NONE));
            Thread.sleep(20);
            var second = pool.submit(() -> Neighbours.all(large, 5, Distance.EUCLIDEAN, ProgressMonitor.NONE));
            assertEquals(3000, first.get().indices().length);
            assertEquals(9000, second.get().indices().length);
        } finally {
            pool.shutdown();
        }
        assertEquals(0, Neighbours.OneBlasThread.searches());
        assertEquals(before, smile.linalg.blas.cblas_h.openblas_get_num_threads());
    }

    @Test
    void orderedBitsSortFloatsLikeFloatCompare() {
        float[] values = {-2.5f, -0f, 0f, 1e-30f, 3f, -1e-30f, Float.MAX_VALUE, -Float.MAX_VALUE};
        long[] keys = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            keys[i] = Neighbours.floatToOrderedBits(values[i]);
            assertEquals(Float.floatToIntBits(values[i]), Neighbours.orderedBitsToFloat((int) keys[i]));
        }
        Arrays.sort(keys);
        float[] sorted = values.clone();
        Arrays.sort(sorted); // Float.compare order
        for (int i = 0; i < sorted.length; i++) {
            assertEquals(Float.floatToIntBits(sorted[i]), Neighbours.orderedBitsToFloat((int) keys[i]));
        }
    }

    @Test
    void singleQueryReturnsNearestFirstAndSkipsItself() {
        float[][] data = {{0, 0}, {1, 0}, {0, 3}, {-2, 0}};
        List<Neighbours.Neighbour> result = Neighbours.nearest(data, data[0], 2, Distance.EUCLIDEAN, 0);
        assertEquals(List.of(new Neighbours.Neighbour(1, 1.0), new Neighbours.Neighbour(3, 2.0)), result);
        List<Neighbours.Neighbour> cosine = Neighbours.nearest(data, new float[] {1, 0.1f}, 1, Distance.COSINE, -1);
        assertEquals(1, cosine.getFirst().index());
    }
}
