package org.mire.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.csv.CsvRecords;
import org.mire.ir.llvm.LlvmParser;
import org.mire.progress.ProgressMonitor;
import org.mire.text.NormalisedProgram;
import org.mire.text.StatementNormaliser;
import org.mire.tools.ExternalTool;

/**
 * The evaluation-kernel checks on real DevMap kernels ({@code ../shared/datasets}; skipped without them or without
 * clang): edited copies of a kernel are caught as near-duplicates where the hash misses them, and unrelated kernels
 * are not.
 */
class EvaluationKernelsTest {
    private static final Path DATASETS = Path.of(System.getProperty("mire.repo.root", "..")).toAbsolutePath()
            .normalize().resolveSibling("shared").resolve("datasets");
    /** benchmark → OpenCL source, from the DevMap table. */
    private static final Map<String, String> SOURCES = new LinkedHashMap<>();

    @TempDir
    static Path dir;
    private static EvaluationKernels hotspotAndGemm;
    private static SourceCompiler compiler;

    @BeforeAll
    static void loadTwoKernels() throws Exception {
        Path table = DATASETS.resolve("devmap/cgo17-amd.csv");
        assumeTrue(Files.isRegularFile(table), "no evaluation datasets at " + DATASETS);
        assumeTrue(ExternalTool.CLANG.isAvailable(), "clang is not installed");
        List<CsvRecords.Record> rows = CsvRecords.read(table);
        int benchmark = rows.getFirst().fields().indexOf("benchmark");
        int src = rows.getFirst().fields().indexOf("src");
        for (CsvRecords.Record row : rows.subList(1, rows.size())) {
            SOURCES.putIfAbsent(row.fields().get(benchmark), row.fields().get(src));
        }
        // A datasets folder holding just two of the kernels, so that loading compiles two sources, not 256.
        Path datasets = Files.createDirectories(dir.resolve("datasets/devmap"));
        StringBuilder csv = new StringBuilder(CsvRecords.line(List.of("benchmark", "src")));
        for (String name : List.of("rodinia-3.1-hotspot-hotspot", "polybench-gpu-1.0-gemm-gemm")) {
            csv.append(CsvRecords.line(List.of(name, SOURCES.get(name))));
        }
        Files.writeString(datasets.resolve("two.csv"), csv);
        compiler = new SourceCompiler(ExternalTool.CLANG.require(), List.of(), 60);
        hotspotAndGemm = EvaluationKernels.load(dir.resolve("datasets"), compiler, null, ProgressMonitor.NONE);
    }

    private static NormalisedProgram compile(String name, String source, String opt) throws Exception {
        Path cl = dir.resolve(name + ".cl");
        Path ll = dir.resolve(name + "." + opt + ".ll");
        Files.writeString(cl, source);
        SourceCompiler.Outcome outcome = compiler.compileOpenClKernel(cl, "CL1.2", opt, ll);
        assertEquals(CorpusEntry.Status.OK, outcome.status(), outcome.message());
        return StatementNormaliser.normalise(LlvmParser.parse(Files.readString(ll), ll.toString()));
    }

    @Test
    void theKernelItselfMatchesByHash() throws Exception {
        assertEquals(2, hotspotAndGemm.kernelSources());
        assertTrue(hotspotAndGemm.nearDuplicateFunctions() >= 2);
        EvaluationKernels.Match match = hotspotAndGemm.match(
                compile("gemm", SOURCES.get("polybench-gpu-1.0-gemm-gemm"), "O2"));
        assertNotNull(match);
        assertEquals(EvaluationKernels.Match.HASH, match.rule());
    }

    @Test
    void anEditedCopyIsANearDuplicate() throws Exception {
        // One more operation in the inner loop, and renamed variables: no hash matches any more.
        String edited = SOURCES.get("polybench-gpu-1.0-gemm-gemm")
                .replace("c[j * g + i] += d * a[j * h + k] * b[k * g + i];",
                        "c[j * g + i] += d * a[j * h + k] * b[k * g + i] + 0.5f;")
                .replace("int k;", "int kk;").replace("(k = 0; k < h; k++)", "(kk = 0; kk < h; kk++)")
                .replace("a[j * h + k] * b[k * g + i]", "a[j * h + kk] * b[kk * g + i]");
        assertTrue(!edited.equals(SOURCES.get("polybench-gpu-1.0-gemm-gemm")));
        for (String opt : List.of("O0", "O1", "O2", "O3")) {
            EvaluationKernels.Match match = hotspotAndGemm.match(compile("gemm-edited", edited, opt));
            assertNotNull(match, opt);
            assertEquals(EvaluationKernels.Match.NEAR_DUPLICATE, match.rule(), opt + ": " + match.describe());
            assertTrue(match.kernel().contains("two.csv"), match.kernel());
            assertTrue(match.similarity() >= EvaluationKernels.NEAR_DUPLICATE_SIMILARITY && match.similarity() < 1);
        }
        // A larger kernel with a line added in the middle.
        String hotspot = SOURCES.get("rodinia-3.1-hotspot-hotspot").replace("barrier(1);",
                "barrier(1);\n  s = s * 0.5f;");
        for (String opt : List.of("O0", "O2")) {
            EvaluationKernels.Match match = hotspotAndGemm.match(compile("hotspot-edited", hotspot, opt));
            assertNotNull(match, opt);
            assertEquals(EvaluationKernels.Match.NEAR_DUPLICATE, match.rule(), opt + ": " + match.describe());
        }
    }

    @Test
    void otherKernelsAreNotNearDuplicates() throws Exception {
        int compared = 0;
        for (Map.Entry<String, String> kernel : SOURCES.entrySet()) {
            String name = kernel.getKey();
            if (!name.startsWith("shoc-") && !name.startsWith("amd-app-sdk-")) {
                continue;
            }
            for (String opt : List.of("O0", "O2")) {
                Path cl = dir.resolve("other.cl");
                Path ll = dir.resolve("other.ll");
                Files.writeString(cl, kernel.getValue());
                if (compiler.compileOpenClKernel(cl, "CL1.2", opt, ll).status() != CorpusEntry.Status.OK) {
                    continue;
                }
                NormalisedProgram program = StatementNormaliser.normalise(LlvmParser.parse(Files.readString(ll), name));
                assertNull(hotspotAndGemm.match(program), name + " -" + opt);
                compared++;
            }
        }
        assertTrue(compared >= 40, "compared " + compared);
    }
}
