package org.mire.cli;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.graph.Flow;
import org.mire.graph.GraphStatistics;
import org.mire.graph.NodeType;
import org.mire.io.FileBatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Print program-graph statistics of IR files: functions, blocks, nodes per type, edges per flow, "
                + "largest degrees.",
            "Give all files to one command (or a folder): they are read in parallel (--jobs) in one process, each "
                + "row printed as soon as it is ready, in the order given; a file that fails is reported on stderr "
                + "and the others go on (exit code 1 if any failed). Over many files this is many times faster "
                + "than one `mire stats` per file (docs/benchmarks.md)."})
final class StatsCommand implements Callable<Integer> {
    private static final String[] HEADER = {"file", "functions", "blocks", "instructions", "variables", "constants",
        "control", "data", "call", "max in", "max out"};

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "IR files (.ll, .bc, .c, .cpp, .cl, .mlir), "
            + "node-link .json graphs, or folders (their IR files, sorted).")
    List<Path> files;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--function", paramLabel = "NAME", description = "Statistics of this function's graph only.")
    String function;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files read at the same time (default: one "
            + "per processor).", defaultValue = "0")
    int jobs;

    @Mixin
    ProgramInput input;

    @Override
    public Integer call() throws MireException, IOException {
        List<Path> inputs = ProgramInput.expandFolders(files);
        int threads = jobs > 0 ? jobs : FileBatch.defaultThreads();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Output output = json ? new JsonRows(out) : new TableRows(out, inputs);
        int failures = FileBatch.run(inputs, threads, file -> GraphStatistics.of(input.graph(file, function)),
                new FileBatch.Sink<>() {
                    @Override
                    public void result(Path file, GraphStatistics statistics) throws MireException {
                        output.row(file, statistics);
                    }

                    @Override
                    public void failure(Path file, MireException error) {
                        out.flush();
                        err.println("mire: " + error.getMessage());
                        err.flush();
                    }
                });
        output.finish();
        return failures == 0 ? MireCommand.EXIT_OK : MireCommand.EXIT_USER_ERROR;
    }

    /** Rows printed as they come. */
    private interface Output {
        void row(Path file, GraphStatistics statistics) throws MireException;

        void finish() throws IOException;
    }

    /** A JSON array of one object per file, written row by row (the same text Gson's pretty printer gives). */
    private static final class JsonRows implements Output {
        private final PrintWriter out;
        private final JsonWriter writer;

        JsonRows(PrintWriter out) throws IOException {
            this.out = out;
            this.writer = new JsonWriter(out);
            writer.setIndent("  ");
            writer.beginArray();
        }

        @Override
        public void row(Path file, GraphStatistics s) throws MireException {
            try {
                writer.beginObject();
                writer.name("file").value(file.toString());
                writer.name("functions").value(s.functions());
                writer.name("blocks").value(s.blocks());
                writer.name("nodes").value(s.nodes());
                writer.name("edges").value(s.edges());
                writer.name("nodes_by_type").beginObject();
                for (Map.Entry<NodeType, Integer> entry : s.nodesByType().entrySet()) {
                    writer.name(entry.getKey().key()).value(entry.getValue());
                }
                writer.endObject();
                writer.name("edges_by_flow").beginObject();
                for (Map.Entry<Flow, Integer> entry : s.edgesByFlow().entrySet()) {
                    writer.name(entry.getKey().key()).value(entry.getValue());
                }
                writer.endObject();
                writer.name("max_in_degree").value(s.maxInDegree());
                writer.name("max_out_degree").value(s.maxOutDegree());
                writer.endObject();
                writer.flush();
            } catch (IOException e) {
                throw new MireException("cannot write the statistics: " + e.getMessage(), e);
            }
        }

        @Override
        public void finish() throws IOException {
            writer.endArray();
            writer.flush();
            out.println();
            out.flush();
        }
    }

    /** A table whose file column is as wide as the longest input name, so that rows can be printed as they come. */
    private static final class TableRows implements Output {
        private final PrintWriter out;
        private final int[] widths = new int[HEADER.length];

        TableRows(PrintWriter out, List<Path> files) {
            this.out = out;
            for (int c = 0; c < HEADER.length; c++) {
                widths[c] = HEADER[c].length();
            }
            for (Path file : files) {
                widths[0] = Math.max(widths[0], file.toString().length());
            }
            for (int c = 1; c < HEADER.length; c++) {
                widths[c] = Math.max(widths[c], 6);
            }
            print(HEADER);
        }

        @Override
        public void row(Path file, GraphStatistics s) {
            print(new String[] {
                file.toString(),
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

        private void print(String[] row) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                if (c == 0) {
                    line.append(row[c]).append(" ".repeat(Math.max(0, widths[c] - row[c].length())));
                } else {
                    line.append("  ").append(" ".repeat(Math.max(0, widths[c] - row[c].length()))).append(row[c]);
                }
            }
            out.println(line.toString().stripTrailing());
            out.flush();
        }

        @Override
        public void finish() {
            out.flush();
        }
    }
}
