package org.mire.costdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mire.MireException;
import org.mire.ir.mlir.MlirParser;

class CostDataTest {

    @Test
    void sameSeedSameOrderAndAnyPrefixCoversEveryKernel() {
        List<KernelVariant> a = KernelSpace.ordered(1);
        assertEquals(a, KernelSpace.ordered(1));
        assertNotEquals(a.subList(0, 50), KernelSpace.ordered(2).subList(0, 50));
        assertEquals(a.size(), new HashSet<>(a.stream().map(KernelVariant::id).toList()).size(), "ids are unique");
        assertEquals(new HashSet<>(KernelSpace.KERNELS),
                new HashSet<>(a.subList(0, KernelSpace.KERNELS.size()).stream().map(KernelVariant::kernel).toList()));
        assertTrue(a.size() > 10_000, "design space: " + a.size());
    }

    @Test
    void everyKernelTemplateIsMlirOurParserReads() throws Exception {
        for (String kernel : KernelSpace.KERNELS) {
            for (String dtype : KernelSpace.DTYPES) {
                KernelVariant v = new KernelVariant(kernel, dtype, KernelSpace.shapes(kernel).getFirst(),
                        KernelSpace.orders(kernel).getFirst(), 0, 0, 1);
                assertEquals(List.of("@kernel"), MlirParser.parse(KernelSpace.mlir(v), v.id()).definedFunctionNames());
            }
        }
    }

    @Test
    void transformPassesFollowTheVariant() {
        KernelVariant v = new KernelVariant("matmul", "f32", List.of(16, 16, 16), List.of(2, 0, 1), 8, 4, 2);
        assertEquals(List.of("--convert-linalg-to-affine-loops", "--test-loop-permutation=permutation-map=2,0,1",
                "--affine-loop-tile=tile-size=8", "--affine-super-vectorize=virtual-vector-size=4",
                "--affine-loop-unroll=unroll-factor=2", "--canonicalize"), KernelSpace.transformPasses(v));
        assertEquals("matmul_f32_16x16x16_o201_t8_v4_u2", v.id());
    }

    @Test
    void labelsComeFromMcaSummaryAndAsmComments() throws Exception {
        String mca = """
                Iterations:        100
                Instructions:      14100
                Total Cycles:      6014
                Total uOps:        17800

                Dispatch Width:    6
                uOps Per Cycle:    2.96
                IPC:               2.34
                Block RThroughput: 29.7

                Register File statistics:
                Total number of mappings created:    13500
                Max number of mappings used:         146
                """;
        String asm = "\tmovq\t%rdx, -48(%rbp)   # 8-byte Spill\n\taddq\t$64, -48(%rbp)  # 8-byte Folded Spill\n"
                + "\tmovq\t-48(%rbp), %rax   # 8-byte Reload\n\tvaddps\t%ymm0, %ymm1, %ymm2\n";
        CostLabels labels = CostLabels.of(mca, asm, "x");
        assertEquals(new CostLabels(6014, 2.34, 17800, 2.96, 29.7, 146, 13500, 141, 2, 1), labels);
        MireException e = assertThrows(MireException.class, () -> CostLabels.of("Iterations: 1\n", asm, "v1"));
        assertTrue(e.getMessage().startsWith("v1: llvm-mca report has no"), e.getMessage());
    }

    @Test
    void missingToolNamesTheDebianPackage() {
        String key = "mire.tool.llvm-mca";
        String old = System.getProperty(key);
        System.setProperty(key, "/nonexistent/llvm-mca-16");
        try {
            MireException e = assertThrows(MireException.class, CostDataGenerator::requireTools);
            assertTrue(e.getMessage().contains("llvm-mca-16") && e.getMessage().contains("apt-get install")
                    && e.getMessage().contains("llvm-16"), e.getMessage());
        } finally {
            if (old == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, old);
            }
        }
    }
}
