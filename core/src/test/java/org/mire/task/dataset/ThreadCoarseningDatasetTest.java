package org.mire.task.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;
import org.mire.task.SharedData;
import org.mire.task.dataset.ThreadCoarseningDataset.Gpu;
import org.mire.task.metric.SpeedupReport;

class ThreadCoarseningDatasetTest {
    private static final String HEADER = "kernel,cf,PCA1,PCA2,PCA3,PCA4,PCA5,PCA6,PCA7,runtime_Fermi,runtime_Kepler,"
            + "runtime_Cypress,runtime_Tahiti,src,seq\n";

    @TempDir
    Path dir;

    private static String row(String kernel, int cf, String fermi, double others) {
        return kernel + "," + cf + ",1,2,3,4,5,6,7," + fermi + "," + others + "," + others + "," + others
                + ",\"__kernel void A() {\n}\",[1]\n";
    }

    /** Kernel k: Fermi runtimes 100, 50, 40, 80 for factors 1, 2, 4, 8 and NaN at 16. */
    private Path write(String oracles) throws Exception {
        String rows = row("k", 1, "100", 10) + row("k", 2, "50", 20) + row("k", 4, "40", 30) + row("k", 8, "80", 40)
                + row("k", 16, "nan", 50) + row("j", 1, "10", 10) + row("j", 2, "20", 5);
        Files.writeString(dir.resolve("pact-2014-runtimes.csv"), HEADER + rows);
        Files.writeString(dir.resolve("pact-2014-oracles.csv"), oracles);
        Files.createDirectories(dir.resolve("kernels_ir"));
        Files.writeString(dir.resolve("kernels_ir/k.ll"), "; k\n");
        Files.writeString(dir.resolve("kernels_ir/j.ll"), "; j\n");
        return dir;
    }

    private static final String ORACLES = "kernel,cf_Fermi,runtime_Fermi,cf_Kepler,runtime_Kepler\n"
            + "k,4.0,40.0,1.0,10.0\nj,1.0,10.0,2.0,5.0\n";

    @Test
    void clampsUnrecordedFactorsToTheLargestRecordedOne() throws Exception {
        ThreadCoarseningDataset data = ThreadCoarseningDataset.load(write(ORACLES));
        ThreadCoarseningDataset.Kernel k = data.kernel("k");
        assertEquals(8, k.clamp(Gpu.FERMI, 16));
        assertEquals(8, k.clamp(Gpu.FERMI, 32));
        assertEquals(16, k.clamp(Gpu.KEPLER, 32));
        assertEquals(4, k.oracle(Gpu.FERMI));
        assertEquals(100.0 / 80, k.speedup(Gpu.FERMI, 32), 1e-12);
    }

    @Test
    void speedupOverFactorOneMatchesHandComputedRows() throws Exception {
        ThreadCoarseningDataset data = ThreadCoarseningDataset.load(write(ORACLES));
        // k predicted 2: 100/50 = 2 (oracle 100/40 = 2.5, fraction 40/50 = 0.8); j predicted 2: 10/20 = 0.5
        // (oracle 1, fraction 0.5).
        SpeedupReport report = data.speedup(Gpu.FERMI, new int[] {2, 2});
        assertEquals(1.25, report.mean(), 1e-12);
        assertEquals(1.0, report.geomean(), 1e-12);
        assertEquals(1.75, report.oracleMean(), 1e-12);
        assertEquals(0.65, report.oracleFractionMean(), 1e-12);
        assertEquals(Math.sqrt(0.4), report.oracleFractionGeomean(), 1e-12);
    }

    @Test
    void rejectsAnOracleFileThatDisagreesWithTheRuntimes() throws Exception {
        Path folder = write(ORACLES.replace("k,4.0", "k,2.0"));
        MireException e = assertThrows(MireException.class, () -> ThreadCoarseningDataset.load(folder));
        assertTrue(e.getMessage().contains("oracle factor of k on Fermi is 2 but the runtimes give 4"), e.getMessage());
    }

    @Test
    void rejectsANaNBaselineRuntime() throws Exception {
        Path folder = write(ORACLES);
        String text = Files.readString(folder.resolve("pact-2014-runtimes.csv")).replace("j,1,1,2,3,4,5,6,7,10,",
                "j,1,1,2,3,4,5,6,7,nan,");
        Files.writeString(folder.resolve("pact-2014-runtimes.csv"), text);
        MireException e = assertThrows(MireException.class, () -> ThreadCoarseningDataset.load(folder));
        assertTrue(e.getMessage().contains("at factor 1 is NaN"), e.getMessage());
    }

    @Test
    void rejectsAMissingIrFile() throws Exception {
        Path folder = write(ORACLES);
        Files.delete(folder.resolve("kernels_ir/j.ll"));
        MireException e = assertThrows(MireException.class, () -> ThreadCoarseningDataset.load(folder));
        assertTrue(e.getMessage().contains("j.ll: missing IR file of kernel j"), e.getMessage());
    }

    @Test
    void sharedDataHasTheDocumentedOracleSpeedups() throws Exception {
        ThreadCoarseningDataset data = ThreadCoarseningDataset.load(SharedData.folder(
                DatasetLocations.THREAD_COARSENING));
        assertEquals(17, data.kernels().size());
        Map<Gpu, double[]> expected = Map.of(Gpu.FERMI, new double[] {1.34, 1.24}, Gpu.KEPLER,
                new double[] {1.18, 1.16}, Gpu.CYPRESS, new double[] {1.50, 1.41}, Gpu.TAHITI,
                new double[] {1.40, 1.31});
        for (Gpu gpu : Gpu.values()) {
            int[] ones = new int[17];
            java.util.Arrays.fill(ones, 1);
            SpeedupReport report = data.speedup(gpu, ones);
            assertEquals(1.0, report.mean(), 1e-12);
            assertEquals(expected.get(gpu)[0], report.oracleMean(), 0.005, gpu.name());
            assertEquals(expected.get(gpu)[1], report.oracleGeomean(), 0.005, gpu.name());
        }
        assertEquals(8, data.kernel("nbody").clamp(Gpu.FERMI, 16));
    }
}
