package org.mire.ir.llvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mire.tools.ExternalTool;

/**
 * Our parser against LLVM on real IR: every file parses, every function has as many instructions as LLVM counts
 * (opt-16 -S round trip), and every local's use carries the type we computed for its definition.
 */
class LlvmConformanceTest {

    @Test
    void sampleIrAgreesWithLlvm() throws Exception {
        List<Path> files = TestIr.sampleIr();
        assumeFalse(files.isEmpty(), "no sample-ir/ .ll files in this checkout");
        assumeTrue(ExternalTool.OPT.isAvailable(), "opt-16 (llvm-16) is not installed");
        List<LlvmConformance.Result> results = check(files);
        List<String> problems = problems(results);
        for (LlvmConformance.Result r : results) {
            if (r.reference() != LlvmConformance.Reference.LLVM_ROUND_TRIP) {
                problems.add(r.file() + ": clang-16 output that opt-16 rejects: " + r.referenceNote());
            }
        }
        System.out.println("sample-ir: " + summary(results));
        assertEquals(List.of(), problems, summary(results));
    }

    @Test
    void datasetKernelsAgreeWithLlvm() throws Exception {
        List<Path> files = TestIr.datasetKernels();
        assumeFalse(files.isEmpty(), "../shared/datasets is not present");
        assumeTrue(ExternalTool.OPT.isAvailable(), "opt-16 (llvm-16) is not installed");
        List<LlvmConformance.Result> results = check(files);
        // NCC's LLVM 5-era IR: opt-16 rejects what LLVM 16 dropped (e.g. byval without a type); those files are
        // compared with the instruction lines of their own text, printed by LLVM 5's AsmWriter.
        for (LlvmConformance.Result r : results) {
            if (r.parsed() && r.reference() == LlvmConformance.Reference.INPUT_TEXT) {
                System.out.println("reference = input text for " + r.file().getFileName() + ": " + r.referenceNote());
            }
        }
        System.out.println("dataset kernels: " + summary(results));
        assertEquals(List.of(), problems(results), summary(results));
    }

    @Test
    void handWrittenFeatureFilesAgreeWithLlvm() throws Exception {
        assumeTrue(ExternalTool.OPT.isAvailable(), "opt-16 (llvm-16) is not installed");
        Path dir = Path.of(LlvmConformanceTest.class.getResource("all-features.ll").toURI()).getParent();
        List<LlvmConformance.Result> results = check(TestIr.llFiles(dir));
        assertEquals(List.of(), problems(results));
        for (LlvmConformance.Result r : results) {
            boolean newerThanLlvm16 = r.file().getFileName().toString().startsWith("llvm22");
            assertEquals(newerThanLlvm16 ? LlvmConformance.Reference.INPUT_TEXT
                    : LlvmConformance.Reference.LLVM_ROUND_TRIP, r.reference(), r.file() + ": " + r.referenceNote());
        }
    }

    @Test
    void countsInstructionLinesOfPrintedIrWithoutTheParser() {
        String text = "define i32 @f(i32 %x) {\nentry:\n  switch i32 %x, label %d [\n    i32 0, label %d\n  ]\n\n"
                + "d:                                                ; preds = %entry\n"
                + "  %lp = landingpad { ptr, i32 }\n          cleanup\n          catch ptr null\n"
                + "  %\"a = b\" = add i32 %x, 1\n  tail call void @g()\n    #dbg_value(i32 %x, !1, !DIExpression(), !2)\n"
                + "  ret i32 %x\n}\n\ndefine void @\"h i\"(\n    i32 %a) {\n  ret void\n}\n";
        Map<String, Integer> counts = LlvmConformance.countInstructionLines(text);
        assertEquals(Map.of("@f", 5, "@\"h i\"", 1), counts);
    }

    private static List<LlvmConformance.Result> check(List<Path> files) throws Exception {
        List<LlvmConformance.Result> results = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> results.add(LlvmConformance.check(file))));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        assertFalse(results.isEmpty());
        return results;
    }

    private static List<String> problems(List<LlvmConformance.Result> results) {
        List<String> problems = new ArrayList<>();
        for (LlvmConformance.Result r : results) {
            if (!r.parsed()) {
                problems.add(r.parseError());
            } else if (!r.agrees()) {
                problems.add(r.file() + ": " + r.mismatches().subList(0, Math.min(5, r.mismatches().size())));
            }
        }
        return problems;
    }

    private static String summary(List<LlvmConformance.Result> results) {
        long functions = results.stream().mapToLong(LlvmConformance.Result::functions).sum();
        long instructions = results.stream().mapToLong(LlvmConformance.Result::instructions).sum();
        long agree = results.stream().filter(LlvmConformance.Result::agrees).count();
        return results.size() + " files, " + agree + " agree, " + functions + " functions, " + instructions
                + " instructions";
    }
}
