package org.mire.graph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.graph.Flow;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.ir.IrLoader;
import org.mire.ir.SourceLocation;

class NodeLinkJsonWriterTest {
    private static final Path SAMPLES = Path.of(System.getProperty("mire.repo.root", ".."), "sample-ir");

    /** Node texts that need every kind of escape, and characters of one to four UTF-8 bytes. */
    private static final List<String> AWKWARD_TEXTS = List.of(
            "store i8 34, ptr @\"quoted \\\"name\\\"\"", "c\"back\\5Cslash\\00\"", "tab\there\nnew\rline",
            "\b\f\u0000\u0001\u001f\u007f", "caf\u00e9 \u00a0 \u20ac \u4e2d\u6587", "\u2028line\u2029paragraph",
            "emoji \ud83d\ude80 \ud834\udd1e", "</script> & 'single' = <tag>", "");

    @Test
    void writesTheBytesGsonWroteForEverySampleModule(@TempDir Path dir) throws Exception {
        List<Path> modules;
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            modules = files.filter(f -> f.toString().endsWith(".ll") || f.toString().endsWith(".mlir"))
                    .sorted().toList();
        }
        assertTrue(modules.size() > 500, "sample modules found: " + modules.size());
        boolean escapedQuote = false;
        boolean escapedBackslash = false;
        for (Path module : modules) {
            ProgramGraph graph = IrLoader.load(module).graph();
            byte[] written = writeFile(graph, dir);
            assertBytesEqual(gson(graph), written, module);
            String text = new String(written, StandardCharsets.UTF_8);
            escapedQuote |= text.contains("\\\"");
            escapedBackslash |= text.contains("\\\\");
        }
        // the samples' own strings (c"...\0A\00", quoted names) exercise the escapes, not just the awkward graph
        assertTrue(escapedQuote && escapedBackslash, "quote " + escapedQuote + ", backslash " + escapedBackslash);
    }

    @Test
    void escapesAndEncodesLikeGson(@TempDir Path dir) throws Exception {
        ProgramGraph graph = awkwardGraph(AWKWARD_TEXTS.size(), "m\u00f6dule \"x\"");
        assertBytesEqual(gson(graph), writeFile(graph, dir), Path.of("awkward"));
        StringWriter chars = new StringWriter();
        GraphExporter.write(graph, GraphFormat.JSON, chars);
        assertEquals(new String(gson(graph), StandardCharsets.UTF_8), chars.toString(), "through a Writer");
    }

    @Test
    void unpairedSurrogatesBecomeQuestionMarksAsTheJdkEncoderWritesThem(@TempDir Path dir) throws Exception {
        ProgramGraph.Builder builder = new ProgramGraph.Builder("m");
        builder.addFunction("f\ud800");
        builder.addNode(NodeType.INSTRUCTION, "a\ud800b", "\udc00", 0, 0, 1, null);
        builder.addNode(NodeType.VARIABLE, "end\ud83d", null, 0, 0, 0, null);
        ProgramGraph graph = builder.build();
        byte[] written = writeFile(graph, dir);
        assertBytesEqual(gson(graph), written, Path.of("surrogates"));
        assertTrue(new String(written, StandardCharsets.UTF_8).contains("\"text\":\"a?b\""));
    }

    @Test
    void largeGraphRenderedInParallelChunksMatchesGson(@TempDir Path dir) throws Exception {
        // more nodes than the sequential limit and several chunks of each kind, with parallel edges for the keys
        ProgramGraph graph = awkwardGraph(100_000, "large");
        assertTrue(graph.edgeCount() > 3 * 32768);
        assertBytesEqual(gson(graph), writeFile(graph, dir), Path.of("large"));
    }

    @Test
    void emptyGraphsMatchGson(@TempDir Path dir) throws Exception {
        ProgramGraph empty = new ProgramGraph.Builder("empty").build();
        assertBytesEqual(gson(empty), writeFile(empty, dir), Path.of("empty"));
        ProgramGraph.Builder builder = new ProgramGraph.Builder("one");
        builder.addNode(NodeType.INSTRUCTION, "[external]", "[external]", -1, -1, 0, null);
        ProgramGraph noEdges = builder.build();
        assertBytesEqual(gson(noEdges), writeFile(noEdges, dir), Path.of("one"));
    }

    @Test
    void importerReadsTheAwkwardTextsBackEqual(@TempDir Path dir) throws Exception {
        ProgramGraph graph = awkwardGraph(AWKWARD_TEXTS.size(), "m\u00f6dule \"x\"");
        Path json = dir.resolve("g.json");
        GraphExporter.write(graph, GraphFormat.JSON, json);
        ProgramGraph read = NodeLinkJsonImporter.read(json);
        assertEquals(graph.nodes(), read.nodes());
        assertEquals(graph.edges(), read.edges());
        assertEquals(graph.functions(), read.functions());
    }

    @Test
    void networkxReadsTheAwkwardTextsBackEqual(@TempDir Path dir) throws Exception {
        ProgramGraph graph = awkwardGraph(AWKWARD_TEXTS.size(), "m\u00f6dule \"x\"");
        Path json = dir.resolve("g.json");
        GraphExporter.write(graph, GraphFormat.JSON, json);
        // code points, so that Python's own JSON writing plays no part in the comparison
        String output = NetworkxScript.run("import json, sys, networkx as nx\n"
                + "g = nx.node_link_graph(json.load(open(sys.argv[1], encoding='utf-8')))\n"
                + "print(g.number_of_nodes(), g.number_of_edges())\n"
                + "for i in range(g.number_of_nodes()):\n"
                + "    d = g.nodes[i]\n"
                + "    for s in (d['text'], d['features']['full_text'][0]):\n"
                + "        print(' '.join(str(ord(c)) for c in s))\n", json, dir);
        List<String> expected = new ArrayList<>();
        expected.add(graph.nodeCount() + " " + graph.edgeCount());
        for (int i = 0; i < graph.nodeCount(); i++) {
            for (String s : new String[] {graph.node(i).text(), graph.node(i).fullText()}) {
                expected.add(String.join(" ", s.codePoints().mapToObj(String::valueOf).toList()));
            }
        }
        assertEquals(expected, output.lines().toList());
    }

    /** Nodes with the awkward texts in turn, edges of every flow between neighbours, each pair twice or more. */
    private static ProgramGraph awkwardGraph(int nodes, String name) {
        ProgramGraph.Builder builder = new ProgramGraph.Builder(name);
        builder.addFunction("main");
        builder.addFunction("\"weird\"\\fn\u00e9");
        for (int i = 0; i < nodes; i++) {
            String text = AWKWARD_TEXTS.get(i % AWKWARD_TEXTS.size());
            NodeType type = NodeType.values()[i % 3];
            SourceLocation where = i % 4 == 0 ? null
                    : new SourceLocation(i % 4 == 1 ? null : "d\u00efr/\"f\".c", i, i % 7);
            builder.addNode(type, text, text + " #" + i, i % 3 - 1, i % 11 - 1, i % 6, where);
        }
        Flow[] flows = {Flow.CONTROL, Flow.DATA, Flow.CALL};
        for (int i = 0; i + 1 < nodes; i++) {
            builder.addEdge(i, i + 1, flows[i % 3], i % 4);
            builder.addEdge(i, i + 1, Flow.DATA, 1);
            if (i % 5 == 0) {
                builder.addEdge(i, i + 1, Flow.CONTROL, 0);
                builder.addEdge(i + 1, i, Flow.CALL, 0);
            }
        }
        return builder.build();
    }

    private static byte[] gson(ProgramGraph graph) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        GsonNodeLinkJson.write(graph, out);
        out.flush();
        return bytes.toByteArray();
    }

    private static byte[] writeFile(ProgramGraph graph, Path dir) throws Exception {
        Path file = dir.resolve("graph.json");
        GraphExporter.write(graph, GraphFormat.JSON, file);
        return Files.readAllBytes(file);
    }

    private static void assertBytesEqual(byte[] expected, byte[] actual, Path what) {
        int n = Math.min(expected.length, actual.length);
        for (int i = 0; i < n; i++) {
            if (expected[i] != actual[i]) {
                int from = Math.max(0, i - 60);
                throw new AssertionError(what + ": first difference at byte " + i + ": Gson wrote ..."
                        + new String(expected, from, Math.min(expected.length, i + 60) - from, StandardCharsets.UTF_8)
                        + "... and the writer ..."
                        + new String(actual, from, Math.min(actual.length, i + 60) - from, StandardCharsets.UTF_8));
            }
        }
        assertEquals(expected.length, actual.length, what + ": lengths");
    }
}
