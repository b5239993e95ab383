package org.mire.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.graph.ControlFlowGraph;
import org.mire.graph.GraphScope;
import org.mire.graph.ProgramGraph;
import org.mire.graph.io.ControlFlowGraphExporter;
import org.mire.graph.io.GraphExporter;
import org.mire.graph.io.GraphFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mire graph}: the program graph (whole, one function, or a function with its callees, cut by
 * {@link GraphScope} as the graph explorer cuts it) or a function's control-flow graph, in the explorer's export
 * formats.
 */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = {"Write the ProGraML program graph of an IR file (.ll, .bc, .c, .cpp, .cl, .mlir) or convert a "
                + "ProGraML node-link .json graph; or write one function's control-flow graph (--cfg).",
                "Formats: json (ProGraML node-link, loadable with networkx.node_link_graph), graphml, gexf, dot."})
final class GraphCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The input file.")
    Path file;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "json, graphml, gexf or dot (default: from the -o extension, else json).")
    String format;

    @Option(names = "--function", paramLabel = "NAME", description = "The function of --scope and --cfg (name with "
            + "or without @).")
    String function;

    @Option(names = "--scope", paramLabel = "SCOPE", description = "module, function (its nodes and the constants "
            + "they use) or callees (the function and those it calls) — the graph explorer's scopes (default: "
            + "function with --function, else module).")
    String scope;

    @Option(names = "--cfg", description = "Write the control-flow graph of --function instead: its basic blocks and "
            + "the branches between them (true/false/unconditional), as the explorer's control-flow view shows it.")
    boolean cfg;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: standard output).")
    Path output;

    @Mixin
    ProgramInput input;

    @Override
    public Integer call() throws MireException, IOException {
        GraphFormat graphFormat = resolveFormat();
        GraphScope graphScope = resolveScope();
        if ((cfg || graphScope != GraphScope.MODULE) && function == null) {
            throw new MireException(cfg ? "--cfg needs --function" : "--scope " + graphScope.key()
                    + " needs --function");
        }
        ProgramInput.LoadedGraph loaded = input.graph(file);
        String name = function == null ? null : ProgramInput.requireFunction(file, loaded.graph(), function);
        if (cfg) {
            ControlFlowGraph flow = ControlFlowGraph.of(loaded.graph(), name, loaded.irText());
            if (output == null) {
                ControlFlowGraphExporter.write(flow, graphFormat, spec.commandLine().getOut());
                spec.commandLine().getOut().println();
            } else {
                ControlFlowGraphExporter.write(flow, graphFormat, output);
                spec.commandLine().getErr().println("wrote " + output + " (" + flow.blocks().size() + " blocks, "
                        + flow.edges().size() + " edges)");
            }
            return MireCommand.EXIT_OK;
        }
        ProgramGraph graph = graphScope.cut(loaded.graph(), name);
        if (output == null) {
            GraphExporter.write(graph, graphFormat, spec.commandLine().getOut());
            spec.commandLine().getOut().println();
            spec.commandLine().getOut().flush();
        } else {
            GraphExporter.write(graph, graphFormat, output);
            spec.commandLine().getErr().println("wrote " + output + " (" + graph.nodeCount() + " nodes, "
                    + graph.edgeCount() + " edges)");
        }
        return MireCommand.EXIT_OK;
    }

    private GraphScope resolveScope() throws MireException {
        if (scope == null) {
            return function == null ? GraphScope.MODULE : GraphScope.FUNCTION;
        }
        GraphScope resolved = GraphScope.ofKey(scope);
        if (resolved == null) {
            throw new MireException("unknown scope '" + scope + "'; use module, function or callees");
        }
        return resolved;
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
            String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            GraphFormat fromExtension = dot < 0 ? null : GraphFormat.fromName(name.substring(dot + 1));
            if (fromExtension != null) {
                return fromExtension;
            }
        }
        return GraphFormat.JSON;
    }
}
