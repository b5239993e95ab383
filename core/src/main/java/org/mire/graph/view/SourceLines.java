package org.mire.graph.view;

import java.nio.file.Path;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mire.graph.Node;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.ir.SourceLocation;

/**
 * Which IR lines each line of the source program became, and back, from the debug locations the instructions carry
 * ({@code !dbg}, from clang's {@code -g} or {@code -gline-tables-only}): Compiler Explorer's source-to-assembly
 * colouring, for IR. Only locations in the source file itself count, not code inlined from its headers.
 */
public final class SourceLines {
    private final TreeMap<Integer, TreeSet<Integer>> irBySource = new TreeMap<>();
    private final TreeMap<Integer, TreeSet<Integer>> sourceByIr = new TreeMap<>();

    private SourceLines() {
    }

    /**
     * @param sourceFile the source file's name or path; a location matches when its file has the same file name
     *                   (clang records the path as it was given, absolute or relative)
     */
    public static SourceLines of(ProgramGraph graph, String sourceFile) {
        String name = fileName(sourceFile);
        SourceLines lines = new SourceLines();
        for (Node node : graph.nodes()) {
            SourceLocation location = node.sourceLocation();
            if (node.type() != NodeType.INSTRUCTION || location == null || location.line() <= 0 || node.irLine() <= 0
                    || location.file() == null || !fileName(location.file()).equals(name)) {
                continue;
            }
            lines.irBySource.computeIfAbsent(location.line(), k -> new TreeSet<>()).add(node.irLine());
            lines.sourceByIr.computeIfAbsent(node.irLine(), k -> new TreeSet<>()).add(location.line());
        }
        return lines;
    }

    private static String fileName(String file) {
        try {
            Path path = Path.of(file).getFileName();
            return path == null ? file : path.toString();
        } catch (java.nio.file.InvalidPathException e) {
            return file;
        }
    }

    /** Whether no instruction has a location in the source file (compiled without debug information). */
    public boolean isEmpty() {
        return irBySource.isEmpty();
    }

    /** The IR lines of the instructions that came from source lines first..last (1-based, inclusive), in order. */
    public int[] irLines(int first, int last) {
        return collect(irBySource, first, last);
    }

    /** The source lines the instructions on IR lines first..last came from, in order. */
    public int[] sourceLines(int first, int last) {
        return collect(sourceByIr, first, last);
    }

    /** The source lines that became some instruction, in order. */
    public int[] mappedSourceLines() {
        return irBySource.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] collect(TreeMap<Integer, TreeSet<Integer>> map, int first, int last) {
        TreeSet<Integer> found = new TreeSet<>();
        if (first <= last) {
            map.subMap(first, true, last, true).values().forEach(found::addAll);
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }
}
