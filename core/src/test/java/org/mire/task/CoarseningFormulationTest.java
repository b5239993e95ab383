package org.mire.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mire.progress.ProgressMonitor;
import org.mire.task.dataset.ThreadCoarseningDataset;
import org.mire.task.dataset.ThreadCoarseningDataset.Gpu;
import org.mire.task.head.HeadSpec;

/**
 * Two clusters of kernels with opposite speedup curves: cluster A gains 2× at factor 4 and nothing elsewhere,
 * cluster B loses 2× at every factor above 1. Knowing the cluster gives the oracle (mean speedup 1.5); the best
 * constant factor (4) gives 1.25.
 */
class CoarseningFormulationTest {

    static ThreadCoarseningDataset clusters() {
        List<ThreadCoarseningDataset.Kernel> kernels = new ArrayList<>();
        int[] factors = {1, 2, 4, 8, 16};
        for (int i = 0; i < 16; i++) {
            boolean a = i % 2 == 0;
            double[] runtimes = new double[factors.length];
            for (int f = 0; f < factors.length; f++) {
                runtimes[f] = a ? (factors[f] == 4 ? 50 : 100) : (factors[f] == 1 ? 100 : 200);
            }
            Map<Gpu, double[]> perGpu = new EnumMap<>(Gpu.class);
            for (Gpu gpu : Gpu.values()) {
                perGpu.put(gpu, runtimes.clone());
            }
            kernels.add(new ThreadCoarseningDataset.Kernel("k" + i, Path.of("k" + i + ".ll"), "", factors,
                    new double[factors.length][7], perGpu));
        }
        return new ThreadCoarseningDataset(Path.of("."), kernels);
    }

    static double[][] clusterInputs() {
        Random random = new Random(1);
        double[][] inputs = new double[16][];
        for (int i = 0; i < 16; i++) {
            boolean a = i % 2 == 0;
            inputs[i] = new double[] {(a ? 1 : -1) + random.nextGaussian() * 0.05,
                (a ? -1 : 1) + random.nextGaussian() * 0.05, random.nextGaussian() * 0.05};
        }
        return inputs;
    }

    @Test
    void neighboursRecoverTheClustersAndNestedSelectionAvoidsTheConstantPolicy() throws Exception {
        ThreadCoarseningDataset dataset = clusters();
        Map<String, double[][]> variants = Map.of("", clusterInputs());
        CoarseningFormulation.Outcome near = CoarseningFormulation.evaluateNeighbours(dataset, Gpu.FERMI, variants,
                HeadSpec.parseList("knn:k=3"), ProgressMonitor.NONE, CvListener.NONE);
        assertEquals(1.5, dataset.speedup(Gpu.FERMI, factors(near.predicted()[0])).mean(), 1e-12);
        CoarseningFormulation.Outcome all = CoarseningFormulation.evaluateNeighbours(dataset, Gpu.FERMI, variants,
                HeadSpec.parseList("knn:k=15"), ProgressMonitor.NONE, CvListener.NONE);
        assertEquals(1.25, dataset.speedup(Gpu.FERMI, factors(all.predicted()[0])).mean(), 1e-12);
        CoarseningFormulation.Outcome nested = CoarseningFormulation.evaluateNeighbours(dataset, Gpu.FERMI, variants,
                HeadSpec.parseList("knn:k=15;knn:k=3"), ProgressMonitor.NONE, CvListener.NONE);
        assertEquals(1.5, dataset.speedup(Gpu.FERMI, factors(nested.predicted()[0])).mean(), 1e-12);
        assertEquals("knn:k=3", nested.folds().get(0).head().toString());
    }

    @Test
    void jointClassifierOverAllGpusLearnsTheClusters() throws Exception {
        ThreadCoarseningDataset dataset = clusters();
        ThreadCoarseningBenchmark.Report report = ThreadCoarseningBenchmark.evaluate(dataset,
                Map.of("", clusterInputs()), "synthetic", CoarseningFormulation.JOINT, HeadSpec.parseList("rf:trees=30"),
                List.of(Gpu.values()), 1, ProgressMonitor.NONE, Map.of(), CvListener.NONE);
        for (ThreadCoarseningBenchmark.GpuReport gpu : report.gpus()) {
            assertEquals(1.5, gpu.speedup().mean(), 1e-12, gpu.gpu().name());
        }
    }

    private static int[] factors(int[] labels) {
        return java.util.Arrays.stream(labels).map(l -> ThreadCoarseningDataset.FACTORS[l]).toArray();
    }
}
