package org.mire.graph.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mire.graph.Node;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import org.mire.tools.ExternalTool;

/** Source lines ↔ IR lines of a real C program compiled with line tables. */
class SourceLinesTest {
    private static final Path KMEANS = Path.of(System.getProperty("mire.repo.root", ".."), "sample-ir", "c",
            "kmeans.c").toAbsolutePath().normalize();

    @BeforeAll
    static void clang() {
        Assumptions.assumeTrue(ExternalTool.CLANG.isAvailable(), "clang is not installed");
    }

    @Test
    void eachSourceLineMapsToTheIrLinesOfItsInstructionsAndBack() throws Exception {
        IrProgram program = IrLoader.load(KMEANS, IrLoader.Options.withLineTables("O0"));
        ProgramGraph graph = program.graph();
        SourceLines lines = SourceLines.of(graph, KMEANS.toString());
        assertFalse(lines.isEmpty());
        List<String> source = Files.readAllLines(KMEANS);
        List<String> ir = program.text().lines().toList();
        int[] mapped = lines.mappedSourceLines();
        assertTrue(mapped.length > 20, "most statements become instructions: " + mapped.length);
        for (int line : mapped) {
            assertTrue(line <= source.size(), "only lines of kmeans.c itself, not its headers: " + line);
            int[] irLines = lines.irLines(line, line);
            assertTrue(irLines.length > 0);
            for (int irLine : irLines) {
                assertTrue(ir.get(irLine - 1).contains("!dbg"), ir.get(irLine - 1));
                assertTrue(Arrays.stream(lines.sourceLines(irLine, irLine)).anyMatch(l -> l == line),
                        "IR line " + irLine + " maps back to source line " + line);
            }
        }
        // "return changed;" becomes a load of changed and the ret.
        int returnLine = source.indexOf("    return changed;") + 1;
        int[] returned = lines.irLines(returnLine, returnLine);
        assertTrue(Arrays.stream(returned).anyMatch(l -> ir.get(l - 1).strip().startsWith("ret i32")),
                "line " + returnLine + ": " + Arrays.toString(returned));
        // A range is the union of its lines.
        int first = mapped[0];
        int second = mapped[1];
        int[] both = lines.irLines(first, second);
        assertEquals(lines.irLines(first, first).length + lines.irLines(second, second).length
                - common(lines.irLines(first, first), lines.irLines(second, second)), both.length);
    }

    @Test
    void withoutLineTablesNothingMapsAndTheInstructionsAreTheSame() throws Exception {
        IrProgram plain = IrLoader.load(KMEANS, new IrLoader.Options("O1", List.of()));
        IrProgram tables = IrLoader.load(KMEANS, IrLoader.Options.withLineTables("O1"));
        assertTrue(SourceLines.of(plain.graph(), KMEANS.toString()).isEmpty());
        assertArrayEquals(opcodes(plain.graph()), opcodes(tables.graph()),
                "line tables add locations, not instructions");
    }

    @Test
    void anOpenClKernelMapsToo() throws Exception {
        Path kernel = KMEANS.getParent().resolveSibling("opencl").resolve("saxpy_vec4.cl");
        IrProgram program = IrLoader.load(kernel, IrLoader.Options.withLineTables("O1"));
        SourceLines lines = SourceLines.of(program.graph(), kernel.toString());
        assertFalse(lines.isEmpty(), "the kernel's instructions carry its lines");
        int lineCount = Files.readAllLines(kernel).size();
        for (int line : lines.mappedSourceLines()) {
            assertTrue(line <= lineCount, "not a line of OpenCL's default header: " + line);
        }
    }

    private static String[] opcodes(ProgramGraph graph) {
        return graph.nodes().stream().filter(n -> n.type() == NodeType.INSTRUCTION).map(Node::text)
                .toArray(String[]::new);
    }

    private static int common(int[] a, int[] b) {
        return (int) Arrays.stream(a).filter(x -> Arrays.stream(b).anyMatch(y -> y == x)).count();
    }
}
