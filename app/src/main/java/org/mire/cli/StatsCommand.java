package org.mire.cli;

import com.google.gson.GsonBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.graph.Flow;
import org.mire.graph.GraphStatistics;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print program-graph statistics of IR files: functions, blocks, nodes per type, edges per flow, "
                + "largest degrees.")
final class StatsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "IR files (.ll, .bc, .c, .cpp, .cl, .mlir) or node-link .json graphs.")
    List<Path> files;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--function", paramLabel = "NAME", description = "Statistics of this function's graph only.")
    String function;

    @Mixin
    ProgramInput input;

    @Override
    public Integer call() {
        List<GraphStatistics> statistics = new ArrayList<>();
        List<Path> statisticFiles = new ArrayList<>();
        int failures = 0;
        for (Path file : files) {
            try {
                ProgramGraph graph = input.graph(file, function);
                statistics.add(GraphStatistics.of(graph));
                statisticFiles.add(file);
            } catch (MireException e) {
                spec.commandLine().getErr().println("mire: " + e.getMessage());
                failures++;
            }
        }
        if (json) {
            printJson(statisticFiles, statistics);
        } else {
            printTable(statisticFiles, statistics);
        }
        return failures == 0 ? MireCommand.EXIT_OK : MireCommand.EXIT_USER_ERROR;
    }

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private void printJson(List<Path> files, List<GraphStatistics> statistics) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < statistics.size(); i++) {
            GraphStatistics s = statistics.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", files.get(i).toString());
            row.put("functions", s.functions());
            row.put("blocks", s.blocks());
            row.put("nodes", s.nodes());
            row.put("edges", s.edges());
            Map<String, Integer> nodes = new LinkedHashMap<>();
            s.nodesByType().forEach((type, count) -> nodes.put(type.key(), count));
            row.put("nodes_by_type", nodes);
            Map<String, Integer> edges = new LinkedHashMap<>();
            s.edgesByFlow().forEach((flow, count) -> edges.put(flow.key(), count));
            row.put("edges_by_flow", edges);
            row.put("max_in_degree", s.maxInDegree());
            row.put("max_out_degree", s.maxOutDegree());
            rows.add(row);
        }
        out().println(new GsonBuilder().setPrettyPrinting().create().toJson(rows));
    }

    private void printTable(List<Path> files, List<GraphStatistics> statistics) {
        String[] header = {"file", "functions", "blocks", "instructions", "variables", "constants", "control",
            "data", "call", "max in", "max out"};
        List<String[]> rows = new ArrayList<>();
        rows.add(header);
        for (int i = 0; i < statistics.size(); i++) {
            GraphStatistics s = statistics.get(i);
            rows.add(new String[] {
                files.get(i).toString(),
                String.valueOf(s.functions()),
                String.valueOf(s.blocks()),
                String.valueOf(s.nodesByType().get(NodeType.INSTRUCTION)),
                String.valueOf(s.nodesByType().get(NodeType.VARIABLE)),
                String.valueOf(s.nodesByType().get(NodeType.CONSTANT)),
                String.valueOf(s.edgesByFlow().get(Flow.CONTROL)),
                String.valueOf(s.edgesByFlow().get(Flow.DATA)),
                String.valueOf(s.edgesByFlow().get(Flow.CALL)),
                String.valueOf(s.maxInDegree()),
                String.valueOf(s.maxOutDegree()),
            });
        }
        int[] widths = new int[header.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                if (c == 0) {
                    line.append(String.format("%-" + widths[c] + "s", row[c]));
                } else {
                    line.append("  ").append(String.format("%" + widths[c] + "s", row[c]));
                }
            }
            out().println(line.toString().stripTrailing());
        }
    }
}
