package org.mire.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.graph.ControlFlowGraph;
import org.mire.graph.GraphScope;
import org.mire.graph.ProgramGraph;
import org.mire.graph.io.ControlFlowGraphExporter;
import org.mire.graph.io.GraphExporter;
import org.mire.graph.io.GraphFormat;
import org.mire.io.FileBatch;
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
                "Formats: json (ProGraML node-link, loadable with networkx.node_link_graph), graphml, gexf, dot.",
                "Several files (or a folder) with -o FOLDER: one graph file per input (FOLDER/NAME.FORMAT), read in "
                    + "parallel (--jobs) in one process; a file that fails is reported on stderr and the others go on "
                    + "(exit code 1 if any failed). Over many files this is many times faster than one `mire graph` "
                    + "per file."})
final class GraphCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The input file; or several files or folders "
            + "(with -o FOLDER).")
    List<Path> files;

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

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: standard output); "
            + "with several inputs, the folder for their graphs (created when missing).")
    Path output;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "0",
            description = "With several inputs: files read at the same time (default: one per processor).")
    int jobs;

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
        List<Path> inputs = ProgramInput.expandFolders(files);
        if (inputs.size() > 1 || (output != null && Files.isDirectory(output))) {
            return writeEach(inputs, graphFormat, graphScope);
        }
        Path file = inputs.getFirst();
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

    /** One graph file per input in the output folder, read in parallel; failures are reported per file. */
    private int writeEach(List<Path> inputs, GraphFormat graphFormat, GraphScope graphScope) throws MireException {
        if (output == null) {
            throw new MireException(inputs.size() + " inputs need -o FOLDER (one graph file per input)");
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new MireException(output + ": not a folder; with several inputs -o names the folder for their graphs");
        }
        Map<Path, Path> targets = new LinkedHashMap<>();
        Map<Path, Path> claimed = new HashMap<>();
        for (Path file : inputs) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            Path target = output.resolve((dot > 0 ? name.substring(0, dot) : name) + "." + graphFormat.extension());
            Path other = claimed.putIfAbsent(target, file);
            if (other != null) {
                throw new MireException(other + " and " + file + " would both be written to " + target
                        + "; give them separately or rename one");
            }
            targets.put(file, target);
        }
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new MireException(output + ": cannot create the folder: " + e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        int threads = jobs > 0 ? jobs : FileBatch.defaultThreads();
        int failures = FileBatch.run(inputs, threads, file -> {
            ProgramInput.LoadedGraph loaded = input.graph(file);
            String name = function == null ? null : ProgramInput.requireFunction(file, loaded.graph(), function);
            Path target = targets.get(file);
            if (cfg) {
                ControlFlowGraph flow = ControlFlowGraph.of(loaded.graph(), name, loaded.irText());
                ControlFlowGraphExporter.write(flow, graphFormat, target);
                return target + " (" + flow.blocks().size() + " blocks, " + flow.edges().size() + " edges)";
            }
            ProgramGraph graph = graphScope.cut(loaded.graph(), name);
            GraphExporter.write(graph, graphFormat, target);
            return target + " (" + graph.nodeCount() + " nodes, " + graph.edgeCount() + " edges)";
        }, new FileBatch.Sink<>() {
            @Override
            public void result(Path file, String written) {
                err.println("wrote " + written);
                err.flush();
            }

            @Override
            public void failure(Path file, MireException error) {
                err.println("mire: " + error.getMessage());
                err.flush();
            }
        });
        return failures == 0 ? MireCommand.EXIT_OK : MireCommand.EXIT_USER_ERROR;
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
