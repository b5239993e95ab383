package org.mire.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;
import org.mire.progress.ProgressMonitor;
import org.mire.tools.ExternalTool;

/** The corpus builder on a tiny tree of C files; needs clang (skipped without it). */
class CorpusBuilderTest {
    private static final String GOOD = """
            int square(int x) { return x * x; }
            int sum(const int *a, int n) {
              int s = 0;
              for (int i = 0; i < n; i++) s += a[i] * 3;
              return s;
            }
            """;
    /** The same code with other names: a duplicate at every opt level. */
    private static final String COPY = GOOD.replace("square", "sq").replace("sum", "total");
    /** Identical at O2 and O3, so its O3 row is a duplicate. */
    private static final String TRIVIAL = "int twice(int x) { return x + x; }\n";
    private static final String BAD = "int broken(int x) { return x + ; }\n";
    private static final String ONLY_DATA = "int table[4] = {1, 2, 3, 4};\n";

    @TempDir
    Path dir;
    private Path src;
    private Path out;
    private Path noDatasets;

    @BeforeEach
    void writeTree() throws Exception {
        assumeTrue(ExternalTool.CLANG.isAvailable(), "clang is not installed");
        src = dir.resolve("src");
        Path pkg = Files.createDirectories(src.resolve("pkg"));
        Files.writeString(pkg.resolve("good.c"), GOOD);
        Files.writeString(pkg.resolve("z_copy.c"), COPY);
        Files.writeString(pkg.resolve("trivial.c"), TRIVIAL);
        Files.writeString(pkg.resolve("bad.c"), BAD);
        Files.writeString(pkg.resolve("data.c"), ONLY_DATA);
        Files.writeString(pkg.resolve("notes.txt"), "not a source");
        Files.createDirectories(pkg.resolve(".pc/patch"));
        Files.writeString(pkg.resolve(".pc/patch/good.c"), GOOD);
        out = dir.resolve("corpus");
        noDatasets = Files.createDirectories(dir.resolve("no-datasets"));
    }

    private CorpusBuilder.Options options(Path... from) {
        return CorpusBuilder.Options.of(List.of(from), out).withOptLevels(List.of("O0", "O2", "O3")).withJobs(2)
                .withDatasets(noDatasets);
    }

    private static Map<String, CorpusEntry> byKey(Corpus corpus) {
        return corpus.entries().stream().collect(Collectors.toMap(e -> e.source() + " " + e.opt(), Function.identity()));
    }

    @Test
    void recordsEveryUnitWithItsStatus() throws Exception {
        CorpusSummary summary = CorpusBuilder.build(options(src), ProgressMonitor.NONE);
        Corpus corpus = Corpus.open(out);
        Map<String, CorpusEntry> rows = byKey(corpus);
        assertEquals(15, corpus.entries().size(), "5 sources x 3 levels; notes.txt and .pc/ are ignored");
        for (String opt : List.of("O0", "O2", "O3")) {
            assertEquals(CorpusEntry.Status.COMPILE_ERROR, rows.get("src/pkg/bad.c " + opt).status());
            assertEquals(CorpusEntry.Status.EMPTY, rows.get("src/pkg/data.c " + opt).status());
            assertEquals(CorpusEntry.Status.DUPLICATE, rows.get("src/pkg/z_copy.c " + opt).status(),
                    "renamed functions do not make a new module");
        }
        CorpusEntry good = rows.get("src/pkg/good.c O0");
        assertEquals(CorpusEntry.Status.OK, good.status());
        assertEquals(2, good.functions());
        assertTrue(good.instructions() > 10);
        assertEquals("ir/src/pkg/good.c.O0.ll", good.file());
        assertTrue(Files.isRegularFile(good.path()));
        assertEquals(64, good.hash().length());
        assertEquals(CorpusEntry.Status.OK, rows.get("src/pkg/trivial.c O2").status());
        assertEquals(CorpusEntry.Status.DUPLICATE, rows.get("src/pkg/trivial.c O3").status());
        assertNull(rows.get("src/pkg/trivial.c O3").path(), "a duplicate keeps no IR file");
        assertFalse(Files.exists(out.resolve("ir/src/pkg/trivial.c.O3.ll")));
        assertEquals(rows.get("src/pkg/good.c O0").hash(), rows.get("src/pkg/z_copy.c O0").hash());

        assertEquals(corpus.usableEntries().size(), summary.files());
        assertTrue(summary.functions() >= 5);
        assertEquals(3L, summary.statuses().get("compile-error"));
        assertTrue(summary.packages().containsKey("pkg"));
        String log = Files.readString(out.resolve(CorpusBuilder.BUILD_LOG));
        assertTrue(log.contains("compile-error\tsrc/pkg/bad.c\tO0\texit 1: "), log);
        assertTrue(log.contains("duplicate\tsrc/pkg/z_copy.c\tO0\tsame normalised statements as ir/src/pkg/good.c.O0.ll"), log);
        assertTrue(Files.isRegularFile(out.resolve(CorpusSummary.FILE_NAME)));
        assertEquals(summary.files(), CorpusSummary.read(out).files());
    }

    @Test
    void allOptLevelsOfASourceShareItsSplit() throws Exception {
        String[] operators = {"+", "-", "*", "^", "|", "&"};
        for (int i = 0; i < 30; i++) {
            // A different chain of operations in each file, so that no two normalise alike.
            String body = "a " + operators[i % 6] + " b " + operators[i / 6 % 6] + " (a " + operators[(i + 1) % 6] + " c)";
            Files.writeString(src.resolve("pkg/f" + i + ".c"), "int f(int a, int b, int c) { return " + body + "; }\n");
        }
        CorpusBuilder.build(options(src).withOptLevels(List.of("O0", "O1")), ProgressMonitor.NONE);
        Corpus corpus = Corpus.open(out);
        Map<String, Set<Split>> splits = corpus.usableEntries().stream().collect(Collectors.groupingBy(
                CorpusEntry::source, Collectors.mapping(CorpusEntry::split, Collectors.toSet())));
        assertTrue(splits.size() >= 30);
        for (Map.Entry<String, Set<Split>> e : splits.entrySet()) {
            assertEquals(Set.of(Split.ofSource(e.getKey())), e.getValue(), e.getKey());
        }
        assertEquals(corpus.usableEntries().size(),
                corpus.entries(Split.TRAIN).size() + corpus.entries(Split.VALIDATION).size());
    }

    @Test
    void rerunResumesAndOnlyAddsNewSources() throws Exception {
        CorpusBuilder.build(options(src), ProgressMonitor.NONE);
        String first = Files.readString(out.resolve("manifest.csv"));
        CorpusBuilder.build(options(src), ProgressMonitor.NONE);
        assertEquals(first, Files.readString(out.resolve("manifest.csv")), "nothing left to do");

        Files.writeString(src.resolve("pkg/added.c"), "double half(double x) { return x / 2.0; }\n");
        CorpusBuilder.build(options(src), ProgressMonitor.NONE);
        String second = Files.readString(out.resolve("manifest.csv"));
        assertTrue(second.startsWith(first), "earlier rows stay as they were");
        List<CorpusEntry> added = Corpus.open(out).entries().stream()
                .filter(e -> e.source().equals("src/pkg/added.c")).toList();
        assertEquals(3, added.size());
        assertEquals(18, Corpus.open(out).entries().size());
    }

    @Test
    void pruneDropsRowsOfSourcesThatAreGone() throws Exception {
        CorpusBuilder.build(options(src), ProgressMonitor.NONE);
        Path goodIr = byKey(Corpus.open(out)).get("src/pkg/good.c O0").path();
        Files.delete(src.resolve("pkg/good.c"));
        CorpusBuilder.build(options(src), ProgressMonitor.NONE);
        assertEquals(15, Corpus.open(out).entries().size(), "without --prune rows stay");
        CorpusBuilder.build(options(src).withPrune(true), ProgressMonitor.NONE);
        Map<String, CorpusEntry> rows = byKey(Corpus.open(out));
        assertEquals(12, rows.size());
        assertFalse(rows.containsKey("src/pkg/good.c O0"));
        assertFalse(Files.exists(goodIr));
        assertEquals(CorpusEntry.Status.OK, rows.get("src/pkg/z_copy.c O0").status(),
                "the copy of a pruned source is done again and now counts");
    }

    @Test
    void configureOutputIsOnTheIncludePathWithHaveConfigH() throws Exception {
        // The package is reached through a symbolic link, as the recipe's pkgs/ folder does.
        Path real = Files.createDirectories(dir.resolve("unpacked/configured-1.0"));
        Files.createSymbolicLink(src.resolve("configured"), real);
        Path lib = Files.createDirectories(src.resolve("configured/lib"));
        Files.writeString(lib.resolve("my_config.h.in"), "#undef SCALE\n");
        Files.writeString(lib.resolve("my_config.h"), "#define SCALE 3\n");
        Files.writeString(lib.resolve("setup.h"), "#ifdef HAVE_CONFIG_H\n#include \"my_config.h\"\n#endif\n"
                + "#ifndef SCALE\n#error not configured\n#endif\n");
        Files.writeString(Files.createDirectories(src.resolve("configured/tools")).resolve("tool.c"),
                "#include <setup.h>\n#include \"private/helper.h\"\nint scaled(int x) { return HELP(x) * SCALE; }\n");
        // A header in a folder of its own, as builds put on the include path (flac's src/libFLAC/include/private).
        Files.writeString(Files.createDirectories(src.resolve("configured/src/core/include/private")).resolve("helper.h"),
                "#define HELP(x) ((x) + 1)\n#include <time.h>\ntime_t now(void);\n");
        // A replacement of a system header for another platform must not shadow the real one.
        Files.writeString(Files.createDirectories(src.resolve("configured/compat/baremetal")).resolve("time.h"),
                "#error this platform has no time.h\n");
        CorpusBuilder.build(options(src), ProgressMonitor.NONE);
        assertEquals(CorpusEntry.Status.OK, byKey(Corpus.open(out)).get("src/configured/tools/tool.c O0").status(),
                Files.readString(out.resolve(CorpusBuilder.BUILD_LOG)));
    }

    @Test
    void retryRedoesRowsOfTheGivenStatus() throws Exception {
        CorpusBuilder.build(options(src), ProgressMonitor.NONE);
        Files.writeString(src.resolve("pkg/bad.c"), "int fixed(int x) { return x + 1; }\n");
        CorpusBuilder.build(options(src).withRetry(Set.of(CorpusEntry.Status.COMPILE_ERROR)), ProgressMonitor.NONE);
        Map<String, CorpusEntry> rows = byKey(Corpus.open(out));
        assertEquals(15, rows.size());
        assertEquals(CorpusEntry.Status.OK, rows.get("src/pkg/bad.c O0").status());
    }

    @Test
    void irInputsAreTakenAsGivenAndUnparsableOnesKept() throws Exception {
        Path irDir = Files.createDirectories(dir.resolve("ir-inputs"));
        Files.writeString(irDir.resolve("broken.ll"), "define i32 @f( {\n  this is not IR\n");
        Files.writeString(irDir.resolve("script.bc"), "print 1+2\n");
        CorpusBuilder.build(options(irDir), ProgressMonitor.NONE);
        assertEquals(1, Corpus.open(out).entries().size(), "a .bc file that is not bitcode is no input");
        CorpusEntry broken = Corpus.open(out).entries().getFirst();
        assertEquals("given", broken.opt());
        assertEquals(CorpusEntry.Status.PARSE_ERROR, broken.status());
        assertNotNull(broken.path(), "the IR that our parser rejected is kept for the bug report");
        assertTrue(Files.isRegularFile(broken.path()));
        assertTrue(Files.readString(out.resolve(CorpusBuilder.BUILD_LOG)).contains("parse-error\tir-inputs/broken.ll\tgiven\t"));
    }

    @Test
    void refusesSourcesInsideTheDatasetsFolder() throws Exception {
        Path datasets = Files.createDirectories(dir.resolve("datasets"));
        Path kernels = Files.createDirectories(datasets.resolve("devmap/kernels_src"));
        Files.writeString(kernels.resolve("k.c"), GOOD);
        MireException inside = assertThrows(MireException.class, () -> CorpusBuilder.build(
                options(kernels).withDatasets(datasets), ProgressMonitor.NONE));
        assertTrue(inside.getMessage().contains("refusing"), inside.getMessage());
        MireException around = assertThrows(MireException.class, () -> CorpusBuilder.build(
                options(dir).withDatasets(datasets), ProgressMonitor.NONE));
        assertTrue(around.getMessage().contains("refusing"), around.getMessage());
        Files.createSymbolicLink(src.resolve("linked"), datasets);
        MireException linked = assertThrows(MireException.class, () -> CorpusBuilder.build(
                options(src).withDatasets(datasets), ProgressMonitor.NONE));
        assertTrue(linked.getMessage().contains("evaluation datasets"), linked.getMessage());
    }

    @Test
    void dropsFilesThatMatchEvaluationKernels() throws Exception {
        Path datasets = Files.createDirectories(dir.resolve("datasets"));
        // An evaluation kernel's IR: good.c at O0 under other names, as a kernels_ir file.
        Path kernelSource = Files.writeString(dir.resolve("kernel.c"), COPY);
        Path kernelIr = Files.createDirectories(datasets.resolve("devmap/kernels_ir")).resolve("kernel.ll");
        ExternalTool.CLANG.run("kernel.c", List.of("-S", "-emit-llvm", "-w", "-O0", "-o", kernelIr.toString(),
                kernelSource.toString()), 60);
        // An OpenCL kernel given only as a src column of a CSV, and the same kernel among the sources.
        String kernel = "__kernel void A(__global float* a, __global float* b, const int c) {\n"
                + "  int d = get_global_id(0);\n  if (d < c) {\n    a[d] = a[d] * b[d] + 2.5f * b[d];\n  }\n}\n";
        Files.writeString(datasets.resolve("devmap/table.csv"), "benchmark,src\nk1,\"" + kernel.replace("\"", "\"\"")
                + "\"\n");
        Files.writeString(src.resolve("pkg/kernel.cl"), kernel);

        CorpusSummary summary = CorpusBuilder.build(options(src).withDatasets(datasets), ProgressMonitor.NONE);
        Map<String, CorpusEntry> rows = byKey(Corpus.open(out));
        assertEquals(CorpusEntry.Status.EXCLUDED, rows.get("src/pkg/good.c O0").status());
        assertNull(rows.get("src/pkg/good.c O0").path(), "an excluded file keeps no IR");
        assertEquals(CorpusEntry.Status.OK, rows.get("src/pkg/good.c O2").status());
        for (String opt : List.of("O0", "O2", "O3")) {
            assertEquals(CorpusEntry.Status.EXCLUDED, rows.get("src/pkg/kernel.cl " + opt).status(), opt);
        }
        // good.c -O0, its renamed copy z_copy.c -O0, and kernel.cl at three levels.
        assertEquals(5, summary.evaluation().excluded());
        assertEquals(Map.of("hash", 5L), summary.evaluation().excludedBy());
        assertEquals(1, summary.evaluation().kernelIrFiles());
        assertEquals(1, summary.evaluation().kernelSources());
        String log = Files.readString(out.resolve(CorpusBuilder.BUILD_LOG));
        assertTrue(log.contains("excluded\tsrc/pkg/good.c\tO0\tsame normalised statements as evaluation kernel "
                + "devmap/kernels_ir/kernel.ll"), log);
        assertTrue(Files.readString(out.resolve(CorpusBuilder.EXCLUDED)).contains("src/pkg/good.c,O0,hash,"));
        assertTrue(Files.isRegularFile(out.resolve(EvaluationKernels.CACHE_FILE)));

        // A second build reads the kernels from the cache and finds the same.
        Files.writeString(src.resolve("pkg/kernel2.cl"), kernel.replace("int d", "int dd").replace("[d]", "[dd]")
                .replace("(d <", "(dd <"));
        CorpusBuilder.build(options(src).withDatasets(datasets), ProgressMonitor.NONE);
        assertEquals(CorpusEntry.Status.EXCLUDED, byKey(Corpus.open(out)).get("src/pkg/kernel2.cl O2").status());
    }

    /** An OpenCL kernel long enough for the near-duplicate check (8 statements or more at every level). */
    private static final String LONG_KERNEL = """
            __kernel void A(__global float* a, __global const float* b, __global const float* c, const int n) {
              int i = get_global_id(0);
              int j = get_global_id(1);
              float acc = 0.0f;
              for (int k = 0; k < n; k++) {
                acc += b[j * n + k] * c[k * n + i];
                if (acc > 100.0f) {
                  acc = acc * 0.5f - c[k];
                }
              }
              a[j * n + i] = acc + b[i] * 3.0f - c[j] / 7.0f;
            }
            """;

    @Test
    void excludesNearDuplicatesAndSuitesByName() throws Exception {
        Path datasets = Files.createDirectories(dir.resolve("datasets"));
        Files.writeString(Files.createDirectories(datasets.resolve("devmap")).resolve("table.csv"),
                "benchmark,src\nrodinia-3.1-hotspot-hotspot,\"" + LONG_KERNEL + "\"\n");
        // An edited copy: one more operation, other names.
        Files.writeString(src.resolve("pkg/tweaked.cl"), LONG_KERNEL.replace("acc", "sum")
                .replace("- c[j] / 7.0f", "- c[j] / 7.0f + 1.0f"));
        // Named after an evaluation program, and in a folder named after a suite.
        Files.writeString(src.resolve("pkg/hotspot_kernel.cl"), "__kernel void k(__global int* a) { a[0] = 1; }\n");
        Files.writeString(Files.createDirectories(src.resolve("pkg/third_party/rodinia_3.1")).resolve("util.c"), GOOD);
        CorpusSummary summary = CorpusBuilder.build(options(src).withDatasets(datasets), ProgressMonitor.NONE);
        Map<String, CorpusEntry> rows = byKey(Corpus.open(out));
        for (String opt : List.of("O0", "O2", "O3")) {
            assertEquals(CorpusEntry.Status.EXCLUDED, rows.get("src/pkg/tweaked.cl " + opt).status(), opt);
            assertEquals(CorpusEntry.Status.EXCLUDED, rows.get("src/pkg/hotspot_kernel.cl " + opt).status(), opt);
            assertEquals(CorpusEntry.Status.EXCLUDED, rows.get("src/pkg/third_party/rodinia_3.1/util.c " + opt)
                    .status(), opt);
        }
        assertEquals(CorpusEntry.Status.OK, rows.get("src/pkg/good.c O0").status());
        assertEquals(3L, summary.evaluation().excludedBy().get("near-duplicate"));
        assertEquals(6L, summary.evaluation().excludedBy().get("name"));
        String log = Files.readString(out.resolve(CorpusBuilder.BUILD_LOG));
        assertTrue(log.contains("excluded\tsrc/pkg/tweaked.cl\tO0\tnear-duplicate (Jaccard 0."), log);
        assertTrue(log.contains("excluded\tsrc/pkg/hotspot_kernel.cl\tO0\tfile 'hotspot_kernel.cl' is named after"),
                log);
        assertTrue(log.contains("names an evaluation suite"), log);
        assertTrue(summary.languages().containsKey("c"));
    }

    @Test
    void compileRulesGiveMacrosAndLeaveFilesOut() throws Exception {
        Path kernels = Files.createDirectories(src.resolve("kernels-1.0"));
        Files.writeString(kernels.resolve("scaled.cl"), "__kernel void s(__global float* a) { a[get_global_id(0)]"
                + " *= SCALE * prelude_factor(); }\n");
        Files.writeString(kernels.resolve("inc_helpers.cl"), "#error only ever included\n");
        Path recipe = Files.createDirectories(dir.resolve("recipe"));
        Files.writeString(recipe.resolve("prelude.h"), "float prelude_factor(void) { return 2.0f; }\n");
        Files.writeString(recipe.resolve("flags.tsv"), "kernels-*\tinc_*.cl\tskip\n"
                + "kernels-*\t*.cl\t-cl-std=CL2.0 -DSCALE=3.0f -include {recipe}/prelude.h\n");
        CorpusSummary summary = CorpusBuilder.build(options(src).withFlags(recipe.resolve("flags.tsv")),
                ProgressMonitor.NONE);
        Map<String, CorpusEntry> rows = byKey(Corpus.open(out));
        assertEquals(CorpusEntry.Status.OK, rows.get("src/kernels-1.0/scaled.cl O0").status(),
                Files.readString(out.resolve(CorpusBuilder.BUILD_LOG)));
        assertFalse(rows.containsKey("src/kernels-1.0/inc_helpers.cl O0"), "skipped files are no inputs");
        assertTrue(Files.readString(rows.get("src/kernels-1.0/scaled.cl O0").path()).contains("prelude_factor"));
        assertTrue(summary.languages().get("opencl").files() >= 2, summary.languages().toString());
        assertTrue(summary.flags().endsWith("flags.tsv"));
    }

    private void writeRealCode(int from, int to) throws Exception {
        for (int i = from; i < to; i++) {
            Files.writeString(src.resolve("pkg/more" + i + ".c"), GOOD.replace("3", Integer.toString(i + 5))
                    .replace("x * x", "x * x + " + i) + "int g" + i + "(int y) { return y << " + i + "; }\n");
        }
    }

    @Test
    void shareCapsLeaveSourcesOutAndBringThemBack() throws Exception {
        Path smith = Files.createDirectories(dir.resolve("csmith"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(smith.resolve("p" + i + ".c"), "long f" + i + "(long a, long b) { long s = 0;"
                    + " for (long k = 0; k < a; k++) s += (k * " + (i + 3) + ") ^ (b >> " + i + "); return s; }\n");
        }
        writeRealCode(0, 4);
        CorpusSummary summary = CorpusBuilder.build(options(src, smith).withShareCaps(
                List.of(ShareCap.parse("csmith=0.3"))), ProgressMonitor.NONE);
        CorpusSummary.Cap cap = summary.caps().getFirst();
        assertTrue(cap.share() <= 0.3, "share " + cap.share());
        assertTrue(cap.sourcesCapped() > 0 && cap.sourcesKept() > 0, cap.toString());
        long capped = Corpus.open(out).entries().stream().filter(e -> e.status() == CorpusEntry.Status.CAPPED).count();
        assertEquals(cap.rowsCapped(), capped);
        assertEquals(capped, summary.statuses().get("capped"));

        // More real code: some csmith sources come back, without compiling them again.
        writeRealCode(4, 16);
        CorpusSummary grown = CorpusBuilder.build(options(src, smith).withShareCaps(
                List.of(ShareCap.parse("csmith=0.3"))), ProgressMonitor.NONE);
        assertTrue(grown.caps().getFirst().sourcesKept() > cap.sourcesKept(), grown.caps().toString());
        assertTrue(grown.caps().getFirst().share() <= 0.3);
    }

    @Test
    void mlirFilesEnterAsGivenIrWithTheirOpsCounted() throws Exception {
        Path repo = Path.of(System.getProperty("mire.repo.root", "..")).toAbsolutePath().normalize();
        Path mlir = Files.createDirectories(dir.resolve("mlir"));
        Files.copy(repo.resolve("sample-ir/mlir/affine_matmul.mlir"), mlir.resolve("affine_matmul.mlir"));
        Files.copy(repo.resolve("sample-ir/mlir/variants/affine_matmul.tiled8.mlir"),
                mlir.resolve("affine_matmul.tiled8.mlir"));
        Files.writeString(mlir.resolve("renamed.mlir"), Files.readString(mlir.resolve("affine_matmul.mlir"))
                .replace("%", "%v_"));
        CorpusSummary summary = CorpusBuilder.build(options(mlir), ProgressMonitor.NONE);
        Map<String, CorpusEntry> rows = byKey(Corpus.open(out));
        CorpusEntry matmul = rows.get("mlir/affine_matmul.mlir given");
        assertEquals(CorpusEntry.Status.OK, matmul.status());
        assertEquals("ir/mlir/affine_matmul.mlir", matmul.file());
        assertEquals(1, matmul.functions());
        assertTrue(matmul.instructions() >= 8, "ops of the loop nest: " + matmul.instructions());
        assertEquals(CorpusEntry.Status.OK, rows.get("mlir/affine_matmul.tiled8.mlir given").status());
        assertEquals(CorpusEntry.Status.DUPLICATE, rows.get("mlir/renamed.mlir given").status(),
                "value names do not make a new program");
        assertEquals("llvm-1,mlir-1", summary.normalisation());

        // The vocabulary of the split that holds the MLIR files has their op tokens.
        Split split = matmul.split();
        CorpusVocabulary.Result vocabulary = CorpusVocabulary.build(Corpus.open(out), split, 1, 8000, 2,
                ProgressMonitor.NONE);
        assertTrue(vocabulary.vocabulary().contains("affine.for"), vocabulary.vocabulary().tokens().toString());
    }
}
