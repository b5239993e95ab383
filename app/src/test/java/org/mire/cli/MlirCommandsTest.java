package org.mire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mire.cli.CliTestSupport.mire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.graph.ProgramGraph;
import org.mire.graph.io.NodeLinkJsonImporter;
import org.mire.tools.ExternalTool;

/** stats, graph and costdata on MLIR input. */
class MlirCommandsTest {
    @TempDir
    Path dir;

    private static Path sample(String name) {
        return Path.of(System.getProperty("mire.repo.root"), "sample-ir", "mlir", name);
    }

    @Test
    void statsReadsCustomAndGenericMlir() {
        CliTestSupport.Run run = mire("stats", sample("func_calls.mlir").toString(),
                sample("generic/func_calls.mlir").toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = run.out().lines().filter(l -> l.contains("func_calls.mlir")).toList();
        assertEquals(2, rows.size(), run.out());
        for (String row : rows) {
            String[] cells = row.trim().split("\\s+");
            assertEquals("5", cells[1], row);    // functions, declaration included
            assertEquals("32", cells[3], row);   // instructions: ops (no implicit ones here) + [external] etc.
        }
    }

    @Test
    void graphWritesMlirGraphAsNodeLinkJson() throws Exception {
        Path out = dir.resolve("softmax.json");
        CliTestSupport.Run run = mire("graph", sample("softmax.mlir").toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        ProgramGraph graph = NodeLinkJsonImporter.read(out);
        assertEquals(List.of("@softmax"), graph.functions());
        assertTrue(graph.nodes().stream().anyMatch(n -> n.text().equals("linalg.generic")));
    }

    @Test
    void unknownCustomOpIsAOneLineUserError() throws Exception {
        Path file = Files.writeString(dir.resolve("gpu.mlir"), "func.func @f() {\n  gpu.barrier\n  return\n}\n");
        CliTestSupport.Run run = mire("stats", file.toString());
        assertEquals(MireCommand.EXIT_USER_ERROR, run.exitCode());
        assertTrue(run.err().startsWith("mire: gpu.mlir:2:3: unknown operation 'gpu.barrier'"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void costdataGeneratesLabelledVariantsAndResumes() throws Exception {
        assumeTrue(ExternalTool.MLIR_OPT.isAvailable() && ExternalTool.MLIR_TRANSLATE.isAvailable()
                && ExternalTool.LLC.isAvailable() && ExternalTool.LLVM_MCA.isAvailable(), "LLVM/MLIR 16 tools missing");
        Path out = dir.resolve("cost");
        CliTestSupport.Run run = mire("costdata", "generate", "--out", out.toString(), "--count", "3", "--seed", "7");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(out.resolve("costdata.csv"));
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.getFirst().startsWith("file,cycles,ipc,uops,"), lines.getFirst());
        for (String row : lines.subList(1, lines.size())) {
            String[] cells = row.split(",");
            assertTrue(Files.exists(out.resolve(cells[0])), cells[0]);
            assertTrue(Long.parseLong(cells[1]) > 0, row);
        }
        CliTestSupport.Run again = mire("costdata", "generate", "--out", out.toString(), "--count", "4", "--seed", "7");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("3 reused"), again.out());
        List<String> more = Files.readAllLines(out.resolve("costdata.csv"));
        assertEquals(lines.subList(0, 4), more.subList(0, 4), "resuming keeps the rows and their order");
        assertEquals(5, more.size());
    }
}
