package org.mire.spark.survey;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.apache.spark.TaskContext;
import org.mire.MireException;
import org.mire.graph.Flow;
import org.mire.graph.NodeType;
import org.mire.ir.IrLoader;
import org.mire.spark.input.IrFile;
import org.mire.spark.input.IrLoading;
import org.mire.spark.output.HadoopSettings;
import org.mire.spark.output.JobOutput;
import org.mire.spark.output.PartWriter;

/** One task of the survey: a row of statistics per file (or its error) into one part file under {@code files/}. */
public record SurveyTask(String optLevel, HadoopSettings hadoop, JobOutput output) implements Serializable {
    public static final String FILES = "files";

    public record Summary(int task, long files, long failed, double seconds) implements Serializable {
    }

    /** Count columns, in schema order: name → how to get it from the statistics. */
    static final List<String> COUNTS = List.of("functions", "blocks", "nodes", "edges", "instructions", "variables",
            "constants", "types", "control_edges", "data_edges", "call_edges", "type_edges", "max_in_degree",
            "max_out_degree", "statements");

    static int count(String column, FileStatistics s) {
        return switch (column) {
            case "functions" -> s.graph().functions();
            case "blocks" -> s.graph().blocks();
            case "nodes" -> s.graph().nodes();
            case "edges" -> s.graph().edges();
            case "instructions" -> s.nodes(NodeType.INSTRUCTION);
            case "variables" -> s.nodes(NodeType.VARIABLE);
            case "constants" -> s.nodes(NodeType.CONSTANT);
            case "types" -> s.nodes(NodeType.TYPE);
            case "control_edges" -> s.edges(Flow.CONTROL);
            case "data_edges" -> s.edges(Flow.DATA);
            case "call_edges" -> s.edges(Flow.CALL);
            case "type_edges" -> s.edges(Flow.TYPE);
            case "max_in_degree" -> s.graph().maxInDegree();
            case "max_out_degree" -> s.graph().maxOutDegree();
            case "statements" -> s.statements();
            default -> throw new IllegalArgumentException(column);
        };
    }

    public static MessageType schema() {
        var message = Types.buildMessage()
                .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("file")
                .required(PrimitiveTypeName.INT64).named("bytes")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("language");
        for (String column : COUNTS) {
            message = message.optional(PrimitiveTypeName.INT32).named(column);
        }
        return message
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("normalised_hash")
                .optionalMap().key(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                .requiredValue(PrimitiveTypeName.INT32).named("opcodes")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("error")
                .optional(PrimitiveTypeName.INT32).named("error_line")
                .optional(PrimitiveTypeName.INT32).named("error_column")
                .named("mire_survey_file");
    }

    public Iterator<Summary> run(int index, Iterator<IrFile> files) {
        long started = System.nanoTime();
        Configuration conf = hadoop.configuration();
        TaskContext context = TaskContext.get();
        long attempt = context == null ? 0 : context.taskAttemptId();
        long count = 0;
        long failed = 0;
        try (PartWriter part = new PartWriter(output.temporary(FILES, index, attempt), output.part(FILES, index),
                schema(), Map.of("mire.format", "1", "mire.job", "survey"), conf)) {
            while (files.hasNext()) {
                IrFile file = files.next();
                count++;
                Group row = part.newRow();
                row.add("file", file.name());
                Path path = new Path(java.net.URI.create(file.uri()));
                row.add("bytes", path.getFileSystem(conf).getFileStatus(path).getLen());
                IrLoading.Loaded loaded = IrLoading.load(file, conf, new IrLoader.Options(optLevel, List.of()));
                IrLoading.Failure failure = loaded.failure();
                if (loaded.ok()) {
                    try {
                        FileStatistics statistics = FileStatistics.of(loaded.program());
                        row.add("language", statistics.language());
                        for (String column : COUNTS) {
                            row.add(column, count(column, statistics));
                        }
                        row.add("normalised_hash", statistics.normalisedHash());
                        Group opcodes = row.addGroup("opcodes");
                        statistics.opcodes().forEach((opcode, n) ->
                                opcodes.addGroup("key_value").append("key", opcode).append("value", n));
                    } catch (MireException | RuntimeException | StackOverflowError e) {
                        failure = new IrLoading.Failure(IrLoading.named(String.valueOf(e.getMessage()), file),
                                null, null);
                        row = part.newRow();
                        row.add("file", file.name());
                        row.add("bytes", path.getFileSystem(conf).getFileStatus(path).getLen());
                    }
                }
                if (failure != null) {
                    failed++;
                    row.add("error", failure.message());
                    if (failure.line() != null) {
                        row.add("error_line", failure.line());
                        row.add("error_column", failure.column());
                    }
                }
                part.write(row);
            }
            part.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("survey task " + index + ": " + e.getMessage(), e);
        }
        return List.of(new Summary(index, count, failed, (System.nanoTime() - started) / 1e9)).iterator();
    }
}
