package org.mire.ir.llvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mire.graph.Edge;
import org.mire.graph.Node;
import org.mire.graph.ProgramGraph;
import org.mire.ir.IrParseException;

/** The graph built per function on several threads is the graph built on one, and the one built before. */
class LlvmGraphBuilderParallelTest {
    /** The regular expression that defined {@link LlvmGraphBuilder#fullText} before it was scanned by hand. */
    private static final Pattern METADATA_ATTACHMENTS =
            Pattern.compile("(,\\s*![-a-zA-Z$._0-9]+\\s+(!\\d+|!\\{[^}]*}|distinct\\s+!\\{[^}]*}))+\\s*$");

    private static LlvmModule parse(Path file) throws IOException, IrParseException {
        return LlvmParser.parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    private static void assertSameGraph(ProgramGraph expected, ProgramGraph actual, String what) {
        assertEquals(expected.name(), actual.name(), what);
        assertEquals(expected.functions(), actual.functions(), what);
        assertEquals(expected.blockCount(), actual.blockCount(), what);
        assertEquals(expected.nodes(), actual.nodes(), what);
        assertEquals(expected.edges(), actual.edges(), what);
    }

    @Test
    void severalThreadsBuildTheGraphOfOneThreadOnEverySample() throws Exception {
        List<Path> files = TestIr.sampleIr();
        assertFalse(files.isEmpty(), "sample-ir/ has no .ll files");
        for (Path file : files) {
            LlvmModule module = parse(file);
            ProgramGraph sequential = LlvmGraphBuilder.build(module, 1);
            assertSameGraph(sequential, LlvmGraphBuilder.build(module, 4), file.toString());
        }
    }

    @Test
    void repeatedParallelBuildsOfALargeModuleAreIdentical() throws Exception {
        LlvmModule module = parse(TestIr.repoRoot().resolve("sample-ir/large/minilang.O2.ll"));
        ProgramGraph sequential = LlvmGraphBuilder.build(module, 1);
        for (int run = 0; run < 5; run++) {
            assertSameGraph(sequential, LlvmGraphBuilder.build(module, 3), "run " + run);
        }
    }

    /**
     * Digests of the graphs that the one-graph-at-a-time builder (before per-function fragments) produced for these
     * files: every node and edge, in order.
     */
    @Test
    void graphsAreTheOnesBuiltBeforeFragments() throws Exception {
        String[][] expected = {
            {"sample-ir/large/minilang.O0.ll", "c186311ae800fd59"},
            {"sample-ir/large/minilang.O1.ll", "d77d8bcd0f55fff1"},
            {"sample-ir/large/minilang.O2.ll", "0acd85ac1667f348"},
            {"sample-ir/large/minilang.O3.ll", "e8aa0092550a4f65"},
            {"sample-ir/ll/bfs.O1.g.ll", "69d1e3b64fbdcae6"},
        };
        for (String[] file : expected) {
            LlvmModule module = parse(TestIr.repoRoot().resolve(file[0]));
            assertEquals(file[1], digest(LlvmGraphBuilder.build(module, 1)), file[0] + ", one thread");
            assertEquals(file[1], digest(LlvmGraphBuilder.build(module, 4)), file[0] + ", four threads");
        }
    }

    private static String digest(ProgramGraph graph) throws NoSuchAlgorithmException {
        StringBuilder text = new StringBuilder();
        text.append(graph.name()).append(graph.functions()).append(graph.blockCount());
        for (Node node : graph.nodes()) {
            text.append(node).append('\n');
        }
        for (Edge edge : graph.edges()) {
            text.append(edge).append('\n');
        }
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash).substring(0, 16);
    }

    @Test
    void aFailureInAHelperThreadReachesTheCaller() {
        List<Function> functions = new ArrayList<>();
        for (int f = 0; f < 8; f++) {
            BasicBlock block = f == 5 ? new BasicBlock("entry", 2, List.of()) // no terminator: cannot be built
                    : new BasicBlock("entry", 2, List.of(new Instruction(Opcode.RET, null, "void", List.of(),
                            List.of(), List.of(), null, null, "  ret void", 3)));
            functions.add(new Function("@f" + f, "void", List.of(), false, false, List.of(block),
                    "define void @f" + f + "()", 1, null));
        }
        LlvmModule module = new LlvmModule("broken.ll", "", null, null, null, List.of(), functions, List.of(),
                java.util.Map.of(), java.util.Map.of());
        RuntimeException sequential = assertThrows(RuntimeException.class, () -> LlvmGraphBuilder.build(module, 1));
        RuntimeException parallel = assertThrows(RuntimeException.class, () -> LlvmGraphBuilder.build(module, 4));
        assertEquals(sequential.getClass(), parallel.getClass());
    }

    @Test
    void fullTextIsTheRegularExpressionsResultOnEveryInstructionOfTheSamples() throws Exception {
        int checked = 0;
        for (Path file : TestIr.sampleIr()) {
            for (Function function : parse(file).functions()) {
                for (BasicBlock block : function.blocks()) {
                    for (Instruction instruction : block.instructions()) {
                        assertFullTextAsRegex(instruction.text());
                        checked++;
                    }
                }
            }
        }
        assertFalse(checked < 10_000, "only " + checked + " instructions in sample-ir/");
        for (String text : List.of("store i32 0, ptr %p, !tbaa !5 ", "call void @f(metadata !3), !dbg !7",
                "br label %l, !llvm.loop !{!1, !2}", "br label %l, !llvm.loop distinct !{!1}",
                "br label %l, !llvm.loop distinct!{!1}", "x, !a !1, !b !{}", "x, !a !1 , !b !2", "x,!a !1",
                "x, !a!1", "x, ! !1", "x, !a !", "x, !a !{", "x, !a !1x", "x, !a !1, !b !{!2}}", "x, !a\t!12\r\n",
                "x, !a distinct", "x, !a !{!1}, !b distinct !{!2}", "x, !a !{!1}, y, !b !2", "!", ", !a !1")) {
            assertFullTextAsRegex(text);
        }
    }

    private static void assertFullTextAsRegex(String text) {
        String stripped = text.strip();
        String expected = stripped.indexOf('!') < 0 ? stripped
                : METADATA_ATTACHMENTS.matcher(stripped).replaceFirst("");
        assertEquals(expected, LlvmGraphBuilder.fullText(text), text);
    }
}
