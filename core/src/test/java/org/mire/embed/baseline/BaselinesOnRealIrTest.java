package org.mire.embed.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mire.embed.EmbeddingMethod;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;

class BaselinesOnRealIrTest {

    static Path sampleIr(String name) {
        return Path.of(System.getProperty("mire.repo.root", ".")).resolve("sample-ir/ll").resolve(name);
    }

    @Test
    void debugInfoDoesNotChangeTheVectors() throws Exception {
        for (String program : List.of("fft", "dijkstra", "matmul_tiled")) {
            Path plain = sampleIr(program + ".O1.ll");
            Path debug = sampleIr(program + ".O1.g.ll");
            Assumptions.assumeTrue(Files.isRegularFile(plain) && Files.isRegularFile(debug), "sample-ir missing");
            for (EmbeddingMethod method : List.of(new OpcodeHistogram(), new Ir2VecStyle())) {
                assertArrayEquals(method.embedModule(IrLoader.load(plain)), method.embedModule(IrLoader.load(debug)),
                        1e-3f, program + " " + method.id());
            }
        }
    }

    @Test
    void optimisationLevelsGiveDifferentVectorsAndOnePerFunction() throws Exception {
        IrProgram o0 = IrLoader.load(sampleIr("fft.O0.ll"));
        IrProgram o3 = IrLoader.load(sampleIr("fft.O3.ll"));
        for (EmbeddingMethod method : List.of(new OpcodeHistogram(), new Ir2VecStyle(), new Ir2VecStyle(75, false))) {
            float[] a = method.embedModule(o0);
            float[] b = method.embedModule(o3);
            assertEquals(method.dimension(), a.length);
            assertFalse(java.util.Arrays.equals(a, b), method.id());
            for (float x : a) {
                assertTrue(Float.isFinite(x), method.id());
            }
            assertEquals(o0.functionNames().size(), method.embedFunctions(o0).size());
        }
    }

    @Test
    void everyEvaluationKernelEmbedsToFiniteVectors() throws Exception {
        Path shared = Path.of(System.getProperty("mire.repo.root", ".")).toAbsolutePath().normalize()
                .resolveSibling("shared").resolve("datasets");
        Assumptions.assumeTrue(Files.isDirectory(shared), "no shared data sets");
        List<Path> files;
        try (Stream<Path> devmap = Files.list(shared.resolve("devmap/kernels_ir"));
             Stream<Path> coarsening = Files.list(shared.resolve("thread_coarsening/kernels_ir"))) {
            files = Stream.concat(devmap, coarsening).filter(p -> p.toString().endsWith(".ll")).sorted().toList();
        }
        assertEquals(686, files.size());
        OpcodeHistogram histogram = new OpcodeHistogram();
        Ir2VecStyle ir2vec = new Ir2VecStyle();
        for (Path file : files) {
            IrProgram program = IrLoader.load(file);
            for (float x : histogram.embedModule(program)) {
                assertTrue(Float.isFinite(x), file.toString());
            }
            float[] vector = ir2vec.embedModule(program);
            double norm = 0;
            for (float x : vector) {
                assertTrue(Float.isFinite(x), file.toString());
                norm += x * x;
            }
            assertTrue(norm > 0, file.toString());
        }
    }
}
