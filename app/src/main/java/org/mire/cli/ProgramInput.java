package org.mire.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mire.MireException;
import org.mire.graph.GraphScope;
import org.mire.graph.ProgramGraph;
import org.mire.graph.io.NodeLinkJsonImporter;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import picocli.CommandLine.Option;

/** Options shared by commands that read IR files (or ProGraML JSON graphs) and build their graphs. */
final class ProgramInput {
    @Option(names = "--opt", paramLabel = "LEVEL", defaultValue = "O1",
            description = "Optimisation level for C/C++/OpenCL inputs compiled with clang (O0..O3, Os, Oz; default ${DEFAULT-VALUE}).")
    String optLevel;

    IrProgram load(Path file) throws MireException {
        return IrLoader.load(file, new IrLoader.Options(optLevel, java.util.List.of()));
    }

    /** A program graph and the IR text its {@code irLine}s point into (null for a graph read from JSON). */
    record LoadedGraph(ProgramGraph graph, String irText) {
    }

    /** The program graph of an IR file, or the graph in a ProGraML node-link JSON file. */
    LoadedGraph graph(Path file) throws MireException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return new LoadedGraph(NodeLinkJsonImporter.read(file), null);
        }
        IrProgram program = load(file);
        return new LoadedGraph(program.graph(), program.text());
    }

    /** The graph, or one function's graph ({@link GraphScope#FUNCTION}) when {@code function} is given. */
    ProgramGraph graph(Path file, String function) throws MireException {
        ProgramGraph graph = graph(file).graph();
        return function == null ? graph : GraphScope.FUNCTION.cut(graph, requireFunction(file, graph, function));
    }

    /** The files as given, with each folder replaced by the IR files below it (sorted). */
    static List<Path> expandFolders(List<Path> inputs) throws MireException {
        List<Path> files = new java.util.ArrayList<>();
        for (Path input : inputs) {
            if (java.nio.file.Files.isDirectory(input)) {
                List<Path> found = org.mire.ir.IrFiles.find(input);
                if (found.isEmpty()) {
                    throw new MireException(input + ": no IR files (" + String.join(" ", org.mire.ir.IrFiles.globs())
                            + ") in this folder");
                }
                files.addAll(found);
            } else {
                files.add(input);
            }
        }
        return files;
    }

    /** The function's name as the graph spells it; an error listing the functions when there is none. */
    static String requireFunction(Path file, ProgramGraph graph, String function) throws MireException {
        int index = graph.functionIndex(function);
        if (index < 0) {
            List<String> defined = graph.definedFunctions();
            throw new MireException(file + ": no function " + function + "; functions: "
                    + String.join(", ", defined.stream().limit(20).toList()) + (defined.size() > 20 ? ", ..." : ""));
        }
        return graph.functions().get(index);
    }
}
