package org.mire.task.finetune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mire.encoder.FineTuneOptions;
import org.mire.progress.ProgressMonitor;
import org.mire.task.CoarseningFormulation;
import org.mire.task.SharedData;
import org.mire.task.ThreadCoarseningBenchmark;
import org.mire.task.dataset.DatasetLocations;
import org.mire.task.dataset.ThreadCoarseningDataset;
import org.mire.task.dataset.ThreadCoarseningDataset.Gpu;

/** The published benchmarks wired to fine-tuning (with the tiny model: the wiring, not the numbers). */
class FineTunedBenchmarksTest {

    @Test
    void threadCoarseningFineTunesPerKernelFoldAndReportsLikeTheFrozenRun() throws Exception {
        Path folder = SharedData.folder(DatasetLocations.THREAD_COARSENING);
        ThreadCoarseningDataset dataset = ThreadCoarseningDataset.load(folder);
        FineTuneOptions options = FineTuneFixtures.QUICK.withProbeEpochs(3).withEpochs(1);
        ThreadCoarseningBenchmark.Report report = FineTunedBenchmarks.threadCoarsening(dataset,
                FineTuneFixtures.tinyModel(), options, List.of(Gpu.TAHITI), ProgressMonitor.NONE, Map.of());
        assertEquals(CoarseningFormulation.PER_GPU, report.formulation());
        assertTrue(report.embedding().contains("fine-tuned per fold"), report.embedding());
        ThreadCoarseningBenchmark.GpuReport gpu = report.gpus().get(0);
        assertEquals(Gpu.TAHITI, gpu.gpu());
        assertEquals(17, gpu.cv().folds().size(), "leave-one-kernel-out");
        for (var fold : gpu.cv().folds()) {
            assertEquals(16, fold.trainRows());
            assertEquals(1, fold.testRows());
            assertTrue(fold.validationLoss().isEmpty(), "16 kernels: nothing held out");
        }
        assertEquals(17, gpu.predictedFactor().length);
        assertTrue(gpu.speedup().mean() > 0 && gpu.speedup().mean() <= gpu.speedup().oracleMean() + 1e-9);
    }
}
