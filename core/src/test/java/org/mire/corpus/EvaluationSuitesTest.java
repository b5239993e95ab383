package org.mire.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exclusion of the evaluation suites by name. */
class EvaluationSuitesTest {
    private static final Path DATASETS = Path.of(System.getProperty("mire.repo.root", "..")).toAbsolutePath()
            .normalize().resolveSibling("shared").resolve("datasets");

    @Test
    void suiteNamesInAnyFolderExcludeAnyLanguage() {
        EvaluationSuites suites = EvaluationSuites.suitesOnly();
        for (String source : new String[] {
                "opencl/pocl-3.1/examples/Rodinia/hotspot/hotspot_kernel.cl",
                "pkgs/bench-1.0/third_party/polybench-c-4.2/linear-algebra/gemm.c",
                "opencl/x-1/benchmarks/Parboil/sgemm.cl",
                "opencl/x-1/suites/shoc/src/opencl/level1/Triad.cl",
                "opencl/x-1/NPB3.3-OCL/BT/bt.cl",
                "opencl/x-1/AMDAPPSDK-3.0/samples/Reduction_Kernels.cl",
                "opencl/x-1/NVIDIA_GPU_Computing_SDK/OpenCL/src/oclVectorAdd/VectorAdd.cl"}) {
            assertNotNull(suites.match(source), source);
        }
        for (String source : new String[] {
                "pkgs/shocks-1.0/src/main.c", "pkgs/npbx-1/a.c", "opencl/darktable-4.2.1/data/kernels/basic.cl",
                "pkgs/zlib-1.2.13.dfsg/deflate.c"}) {
            assertNull(suites.match(source), source);
        }
    }

    @Test
    void programNamesAreNormalised() {
        assertEquals("blackscholes", EvaluationSuites.key("BlackScholes_Kernels"));
        assertEquals("vectoradd", EvaluationSuites.key("oclVectorAdd"));
        assertEquals("2dconvolution", EvaluationSuites.key("2DConvolution"));
        assertEquals("backprop", EvaluationSuites.programOf("rodinia-3.1-backprop-bpnn_adjust_weights_ocl"));
        assertEquals("BlackScholes", EvaluationSuites.programOf("amd-app-sdk-3.0-BlackScholes-blackScholes"));
        assertEquals("BT", EvaluationSuites.programOf("npb-3.3-BT-add"));
        assertEquals("gemm", EvaluationSuites.programOf("polybench-gpu-1.0-gemm-gemm"));
    }

    @Test
    void programNamesComeFromTheDatasetsTables(@TempDir Path dir) throws Exception {
        Path datasets = Files.createDirectories(dir.resolve("datasets/devmap"));
        Files.writeString(datasets.resolve("t.csv"), "benchmark,src\namd-app-sdk-3.0-BlackScholes-blackScholes,x\n"
                + "npb-3.3-BT-add,y\n");
        Files.writeString(datasets.resolve("tc.csv"), "kernel,cf\nmriQ,1\n");
        EvaluationSuites suites = EvaluationSuites.load(dir.resolve("datasets"));
        assertTrue(suites.programs().contains("blackscholes"));
        assertTrue(suites.programs().contains("mriq"));
        assertTrue(!suites.programs().contains("bt"), "two-letter NPB names match too much");
        assertNotNull(suites.match("opencl/app-1/kernels/BlackScholes_Kernels.cl"));
        assertNotNull(suites.match("opencl/app-1/oclBlackScholes/main.cl"), "by folder");
        assertNotNull(suites.match("extra/sample-ir/ll/mriq.O2.ll"), "IR files too");
        assertNull(suites.match("pkgs/finance-1/src/blackscholes.c"), "C and C++ files are not matched by program");
        assertNull(suites.match("opencl/app-1/kernels/black.cl"));
        assertNull(suites.match("opencl/blackscholes-1/k.cl"), "the package folder itself is not a program folder");
    }

    @Test
    void theRealDatasetsNameTheirPrograms() throws Exception {
        assumeTrue(Files.isDirectory(DATASETS), "no evaluation datasets at " + DATASETS);
        EvaluationSuites suites = EvaluationSuites.load(DATASETS);
        for (String program : new String[] {"hotspot", "backprop", "blackscholes", "matrixmul", "sgemm", "mriq",
                "floydwarshall", "2mm", "stencil2d"}) {
            assertTrue(suites.programs().contains(program), program + " in " + suites.programs());
        }
        assertNotNull(suites.match("opencl/foo-1/src/hotspot_kernel.cl"));
        assertTrue(suites.programs().size() < 80, "programs, not every kernel's full name: " + suites.programs());
    }
}
