package org.mire.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.graph.ProgramGraph;
import org.mire.graph.io.GraphExporter;
import org.mire.graph.io.GraphFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "graph", mixinStandardHelpOptions = true,
        description = {"Write the ProGraML program graph of an IR file (.ll, .bc, .c, .cpp, .cl, .mlir) or convert a "
                + "ProGraML node-link .json graph.",
                "Formats: json (ProGraML node-link, loadable with networkx.node_link_graph), graphml, gexf, dot."})
final class GraphCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The input file.")
    Path file;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "json, graphml, gexf or dot (default: from the -o extension, else json).")
    String format;

    @Option(names = "--function", paramLabel = "NAME", description = "Only this function's graph (name with or without @).")
    String function;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: standard output).")
    Path output;

    @Mixin
    ProgramInput input;

    @Override
    public Integer call() throws MireException, IOException {
        GraphFormat graphFormat = resolveFormat();
        ProgramGraph graph = input.graph(file, function);
        if (output == null) {
            java.io.PrintWriter out = spec.commandLine().getOut();
            GraphExporter.write(graph, graphFormat, out);
            out.println();
            out.flush();
        } else {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                GraphExporter.write(graph, graphFormat, out);
            }
            spec.commandLine().getErr().println("wrote " + output + " (" + graph.nodeCount() + " nodes, " + graph.edgeCount() + " edges)");
        }
        return MireCommand.EXIT_OK;
    }

    private GraphFormat resolveFormat() throws MireException {
        if (format != null) {
            GraphFormat resolved = GraphFormat.fromName(format);
            if (resolved == null) {
                throw new MireException("unknown format '" + format + "'; use json, graphml, gexf or dot");
            }
            return resolved;
        }
        if (output != null) {
            String name = output.getFileName().toString();
            int dot = name.lastIndexOf('.');
            GraphFormat fromExtension = dot < 0 ? null : GraphFormat.fromName(name.substring(dot + 1));
            if (fromExtension != null) {
                return fromExtension;
            }
        }
        return GraphFormat.JSON;
    }
}
