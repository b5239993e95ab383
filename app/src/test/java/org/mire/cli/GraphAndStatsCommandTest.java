package org.mire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mire.cli.CliTestSupport.mire;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.graph.ProgramGraph;
import org.mire.graph.io.GraphExporter;
import org.mire.graph.io.GraphFormat;
import org.mire.graph.io.NodeLinkJsonImporter;
import org.mire.ir.SourceLocation;
import org.mire.graph.Flow;
import org.mire.graph.NodeType;

class GraphAndStatsCommandTest {
    @TempDir
    Path dir;
    private Path graphJson;

    @BeforeEach
    void writeGraph() throws Exception {
        ProgramGraph.Builder builder = new ProgramGraph.Builder("tiny.ll");
        int fn = builder.addFunction("@f");
        int block = builder.newBlock();
        int root = builder.addNode(NodeType.INSTRUCTION, ProgramGraph.EXTERNAL, ProgramGraph.EXTERNAL, -1, -1, 0, null);
        int add = builder.addNode(NodeType.INSTRUCTION, "add", "%1 = add i32 %0, 1", fn, block, 2, new SourceLocation("t.c", 1, 1));
        int ret = builder.addNode(NodeType.INSTRUCTION, "ret", "ret i32 %1", fn, block, 3, null);
        int value = builder.addNode(NodeType.VARIABLE, "i32", "i32 %1", fn, block, 2, null);
        int one = builder.addNode(NodeType.CONSTANT, "i32", "i32 1", -1, -1, 0, null);
        builder.addEdge(add, ret, Flow.CONTROL, 0);
        builder.addEdge(add, value, Flow.DATA, 0);
        builder.addEdge(value, ret, Flow.DATA, 0);
        builder.addEdge(one, add, Flow.DATA, 1);
        builder.addEdge(root, add, Flow.CALL, 0);
        builder.addEdge(ret, root, Flow.CALL, 0);
        StringWriter json = new StringWriter();
        GraphExporter.write(builder.build(), GraphFormat.JSON, json);
        graphJson = Files.writeString(dir.resolve("tiny.json"), json.toString());
    }

    @Test
    void graphConvertsNodeLinkJsonToEveryFormat() throws Exception {
        for (String format : List.of("json", "graphml", "gexf", "dot")) {
            Path out = dir.resolve("out." + format);
            CliTestSupport.Run run = mire("graph", graphJson.toString(), "-o", out.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(Files.size(out) > 100, format);
        }
        ProgramGraph back = NodeLinkJsonImporter.read(dir.resolve("out.json"));
        assertEquals(5, back.nodeCount());
        assertEquals(6, back.edgeCount());
    }

    @Test
    void graphWritesToStandardOutputAndSelectsAFunction() {
        CliTestSupport.Run run = mire("graph", graphJson.toString(), "--format", "dot", "--function", "f");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("digraph main {"));
        assertTrue(!run.out().contains("external"), "the function graph leaves the root out");
    }

    @Test
    void unknownFunctionAndFormatAreUserErrors() {
        CliTestSupport.Run noFunction = mire("graph", graphJson.toString(), "--function", "nope");
        assertEquals(1, noFunction.exitCode());
        assertTrue(noFunction.err().startsWith("mire: ") && noFunction.err().contains("no function nope; functions: @f"),
                noFunction.err());
        CliTestSupport.Run badFormat = mire("graph", graphJson.toString(), "--format", "png");
        assertEquals(1, badFormat.exitCode());
        assertTrue(badFormat.err().contains("unknown format 'png'"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, mire("graph").exitCode());
        assertEquals(2, mire("stats").exitCode());
        assertEquals(2, mire("no-such-command").exitCode());
        assertEquals(2, mire("graph", "x.ll", "--no-such-option").exitCode());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : MireCommand.commandLine().getSubcommands().keySet()) {
            CliTestSupport.Run run = mire(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().contains("Usage: mire " + command), command + ": " + run.out());
        }
        CliTestSupport.Run version = mire("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("mire "));
    }

    @Test
    void statsPrintsATableAndJsonAndReportsBadFiles() {
        CliTestSupport.Run table = mire("stats", graphJson.toString());
        assertEquals(0, table.exitCode(), table.err());
        String[] lines = table.out().strip().split("\\R");
        assertEquals(2, lines.length);
        assertTrue(lines[1].matches(".*tiny\\.json\\s+1\\s+1\\s+3\\s+1\\s+1\\s+1\\s+3\\s+2\\s+2\\s+2"), lines[1]);

        CliTestSupport.Run json = mire("stats", "--json", graphJson.toString(), dir.resolve("missing.ll").toString());
        assertEquals(1, json.exitCode());
        assertTrue(json.out().contains("\"instruction\": 3"), json.out());
        assertTrue(json.err().contains("missing.ll: no such file"), json.err());
    }

    @Test
    void statsOverManyFilesAndAFolderKeepsTheOrderAndGoesOnAfterABadFile() throws Exception {
        Path folder = dir.resolve("many");
        Files.createDirectories(folder);
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String name = String.format("m%02d.ll", i);
            Files.writeString(folder.resolve(name), i == 5 ? "define i32 @f( {\n" : """
                    define i32 @f%d(i32 %%x) {
                      %%y = add i32 %%x, %d
                      ret i32 %%y
                    }
                    """.formatted(i, i));
            names.add(name);
        }
        CliTestSupport.Run table = mire("stats", "--jobs", "3", folder.toString());
        assertEquals(1, table.exitCode());
        String[] lines = table.out().strip().split("\\R");
        assertEquals(12, lines.length, table.out()); // header + 11 good files
        int row = 1;
        for (int i = 0; i < 12; i++) {
            if (i != 5) {
                assertTrue(lines[row++].startsWith(folder.resolve(names.get(i)).toString()), table.out());
            }
        }
        assertTrue(table.err().contains("m05.ll:2:1: expected a type"), table.err());

        CliTestSupport.Run json = mire("stats", "--json", folder.resolve("m00.ll").toString(),
                folder.resolve("m05.ll").toString(), folder.resolve("m01.ll").toString());
        assertEquals(1, json.exitCode());
        com.google.gson.JsonArray rows = com.google.gson.JsonParser.parseString(json.out()).getAsJsonArray();
        assertEquals(2, rows.size());
        assertTrue(rows.get(1).getAsJsonObject().get("file").getAsString().endsWith("m01.ll"));
    }

    @Test
    void graphWritesOneFilePerInputIntoAFolder() throws Exception {
        Path a = dir.resolve("a.ll");
        Path b = dir.resolve("sub/b.ll");
        Files.createDirectories(b.getParent());
        Files.writeString(a, "define void @a() {\n  ret void\n}\n");
        Files.writeString(b, "define void @b() {\n  ret void\n}\n");
        Path bad = dir.resolve("bad.ll");
        Files.writeString(bad, "define void @c( {\n");
        Path out = dir.resolve("graphs");
        CliTestSupport.Run run = mire("graph", a.toString(), bad.toString(), b.toString(), "-o", out.toString(),
                "--format", "dot");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(Files.readString(out.resolve("a.dot")).startsWith("digraph"));
        assertTrue(Files.readString(out.resolve("b.dot")).startsWith("digraph"));
        assertTrue(run.err().contains("bad.ll:2:1: expected a type"), run.err());

        CliTestSupport.Run noFolder = mire("graph", a.toString(), b.toString());
        assertEquals(1, noFolder.exitCode());
        assertTrue(noFolder.err().contains("need -o FOLDER"), noFolder.err());
        Path sameName = dir.resolve("other/a.ll");
        Files.createDirectories(sameName.getParent());
        Files.copy(a, sameName);
        CliTestSupport.Run clash = mire("graph", a.toString(), sameName.toString(), "-o", out.toString());
        assertEquals(1, clash.exitCode());
        assertTrue(clash.err().contains("would both be written to"), clash.err());
    }
}
