package org.mire.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.mire.MireException;
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

    /** The program graph of an IR file, or the graph in a ProGraML node-link JSON file. */
    ProgramGraph graph(Path file, String function) throws MireException {
        ProgramGraph graph;
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            graph = NodeLinkJsonImporter.read(file);
        } else {
            graph = load(file).graph();
        }
        if (function == null) {
            return graph;
        }
        if (graph.functionIndex(function) < 0) {
            throw new MireException(file + ": no function " + function + "; functions: "
                    + String.join(", ", graph.functions().stream().limit(20).toList())
                    + (graph.functions().size() > 20 ? ", ..." : ""));
        }
        return graph.functionGraph(function);
    }
}
