package org.mire.spark.encode;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.apache.spark.TaskContext;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.embed.ParquetEmbeddings;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import org.mire.progress.ProgressMonitor;
import org.mire.spark.input.IrFile;
import org.mire.spark.input.IrLoading;
import org.mire.spark.output.HadoopSettings;
import org.mire.spark.output.JobOutput;
import org.mire.spark.output.PartWriter;

/**
 * What one Spark task of the encode job does with its share of the files: load each with core, embed it with the
 * executor's model (module or function level, as {@code mire encode}), and write one part file — a row per vector,
 * and a row with the error for each file that could not be parsed.
 */
public record EncodeTask(ShippedModel model, boolean functions, String optLevel, HadoopSettings hadoop,
                         JobOutput output, String provenanceJson) implements Serializable {

    /** Programs whose module vectors are computed together (module level). */
    private static final int MODULE_GROUP = 32;

    /** What a task reports back to the driver. */
    public record Summary(int task, long files, long failed, long vectors, long functions, double seconds)
            implements Serializable {
    }

    public static MessageType schema(boolean functions) {
        var message = Types.buildMessage()
                .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("id")
                .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("file");
        if (functions) {
            message = message.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                    .named("function");
        }
        return message
                .optionalList().requiredElement(PrimitiveTypeName.FLOAT).named("vector")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("error")
                .optional(PrimitiveTypeName.INT32).named("error_line")
                .optional(PrimitiveTypeName.INT32).named("error_column")
                .named("mire_embedding");
    }

    public Iterator<Summary> run(int index, Iterator<IrFile> files) {
        long started = System.nanoTime();
        Configuration conf = hadoop.configuration();
        TaskContext context = TaskContext.get();
        long attempt = context == null ? 0 : context.taskAttemptId();
        long[] counts = new long[4]; // files, failed, vectors, functions
        try {
            EmbeddingMethod method = model.method();
            Map<String, String> footer = Map.of(
                    ParquetEmbeddings.FORMAT_KEY, "1",
                    ParquetEmbeddings.PROVENANCE_KEY, provenanceJson,
                    "mire.fingerprint", method.fingerprint());
            try (PartWriter part = new PartWriter(output.temporary(null, index, attempt), output.part(null, index),
                    schema(functions), footer, conf)) {
                List<IrFile> group = new ArrayList<>();
                List<IrProgram> programs = new ArrayList<>();
                while (files.hasNext()) {
                    IrFile file = files.next();
                    counts[0]++;
                    IrLoading.Loaded loaded = IrLoading.load(file, conf, new IrLoader.Options(optLevel, List.of()));
                    if (!loaded.ok()) {
                        counts[1]++;
                        writeError(part, file, loaded.failure());
                        continue;
                    }
                    counts[3] += loaded.program().functionNames().size();
                    if (functions) {
                        writeFunctions(part, file, loaded.program(), method, counts);
                    } else {
                        group.add(file);
                        programs.add(loaded.program());
                        if (programs.size() >= MODULE_GROUP) {
                            writeModules(part, group, programs, method, counts);
                        }
                    }
                }
                writeModules(part, group, programs, method, counts);
                part.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("encode task " + index + ": " + e.getMessage(), e);
        } catch (MireException e) {
            // the model or the engine, not one file: every task would fail the same way, so the job should stop
            throw new IllegalStateException("encode task " + index + ": " + e.getMessage(), e);
        }
        return List.of(new Summary(index, counts[0], counts[1], counts[2], counts[3],
                (System.nanoTime() - started) / 1e9)).iterator();
    }

    private void writeFunctions(PartWriter part, IrFile file, IrProgram program, EmbeddingMethod method,
                                long[] counts) throws IOException {
        List<String> names = program.functionNames();
        List<float[]> vectors;
        try {
            synchronized (method) {
                vectors = method.embedFunctions(program);
            }
        } catch (MireException e) {
            // featurising this program failed (core names the file): its row says so, the others go on
            counts[1]++;
            writeError(part, file, new IrLoading.Failure(IrLoading.named(e.getMessage(), file), null, null));
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            Group row = part.newRow();
            row.add("id", file.name() + "#" + names.get(i));
            row.add("file", file.name());
            row.add("function", names.get(i));
            addVector(row, vectors.get(i));
            part.write(row);
            counts[2]++;
        }
    }

    private void writeModules(PartWriter part, List<IrFile> group, List<IrProgram> programs, EmbeddingMethod method,
                              long[] counts) throws IOException {
        if (programs.isEmpty()) {
            return;
        }
        List<float[]> vectors;
        try {
            synchronized (method) {
                vectors = method.embedModules(programs, ProgressMonitor.NONE);
            }
        } catch (MireException e) {
            if (programs.size() == 1) {
                counts[1]++;
                writeError(part, group.getFirst(),
                        new IrLoading.Failure(IrLoading.named(e.getMessage(), group.getFirst()), null, null));
                group.clear();
                programs.clear();
                return;
            }
            // one program of the group cannot be featurised: encode them one by one to find which
            List<IrFile> files = List.copyOf(group);
            List<IrProgram> each = List.copyOf(programs);
            group.clear();
            programs.clear();
            for (int i = 0; i < files.size(); i++) {
                group.add(files.get(i));
                programs.add(each.get(i));
                writeModules(part, group, programs, method, counts);
            }
            return;
        }
        for (int i = 0; i < programs.size(); i++) {
            Group row = part.newRow();
            row.add("id", group.get(i).name());
            row.add("file", group.get(i).name());
            addVector(row, vectors.get(i));
            part.write(row);
            counts[2]++;
        }
        group.clear();
        programs.clear();
    }

    private static void addVector(Group row, float[] vector) {
        Group list = row.addGroup("vector");
        for (float v : vector) {
            list.addGroup("list").add("element", v);
        }
    }

    private void writeError(PartWriter part, IrFile file, IrLoading.Failure failure) throws IOException {
        Group row = part.newRow();
        row.add("id", file.name());
        row.add("file", file.name());
        row.add("error", failure.message());
        if (failure.line() != null) {
            row.add("error_line", failure.line());
            row.add("error_column", failure.column());
        }
        part.write(row);
    }
}
