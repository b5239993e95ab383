package org.mire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mire.cli.CliTestSupport.mire;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.tools.ExternalTool;

class BenchCommandTest {
    private static final Path MATMUL = Path.of(System.getProperty("mire.repo.root", "."), "sample-ir/ll/matmul.O2.ll");

    @Test
    void benchParseReportsThroughputOfParseAndGraph() {
        assumeTrue(Files.exists(MATMUL), "sample-ir/ll/matmul.O2.ll is missing");
        CliTestSupport.Run run = mire("bench", "parse", "--warmup", "1", "--repeat", "2", "--no-llvm-as",
                MATMUL.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("matmul.O2.ll: "), run.out());
        assertTrue(run.out().matches("(?s).*parse \\(ours\\) +wall median +[0-9.]+ ms.*MB/s.*"), run.out());
        assertTrue(run.out().contains("parse+graph (ours)"), run.out());
    }

    @Test
    void benchParseComparesWithLlvmAsWhenInstalled() {
        assumeTrue(Files.exists(MATMUL) && ExternalTool.LLVM_AS.isAvailable(), "needs llvm-as-16 and sample-ir");
        CliTestSupport.Run run = mire("bench", "parse", "--warmup", "0", "--repeat", "1", "--no-graph",
                MATMUL.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("llvm-as -o /dev/null"), run.out());
        assertTrue(run.out().contains("ratio llvm-as / ours (parse)"), run.out());
    }

    @Test
    void benchConformanceAgreesOnASampleAndFailsOnBadIr(@TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(MATMUL) && ExternalTool.OPT.isAvailable(), "needs opt-16 and sample-ir");
        CliTestSupport.Run ok = mire("bench", "conformance", MATMUL.toString());
        assertEquals(0, ok.exitCode(), ok.out() + ok.err());
        assertTrue(ok.out().contains("files 1, parsed 1 (100.00%), counts and types agree 1 (100.00%)"), ok.out());

        Files.writeString(dir.resolve("bad.ll"), "define void @f() {\n  ret void\n");
        CliTestSupport.Run failed = mire("bench", "conformance", dir.toString());
        assertEquals(1, failed.exitCode());
        assertTrue(failed.out().contains("PARSE-ERROR bad.ll:3:1: expected '}' closing the body of @f"),
                failed.out());
    }

    @Test
    void benchParseRejectsAMissingFileWithOneLine() {
        CliTestSupport.Run run = mire("bench", "parse", "--no-llvm-as", "no-such-file.ll");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("mire: no-such-file.ll: cannot read"), run.err());
    }
}
