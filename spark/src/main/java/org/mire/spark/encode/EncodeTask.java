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
import org.mire.embed.ParquetEmbeddings;
import org.mire.encoder.EncoderInput;
import org.mire.encoder.Featuriser;
import org.mire.encoder.MirEncoderMethod;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import org.mire.progress.ProgressMonitor;
import org.mire.spark.input.IrFile;
import org.mire.spark.input.IrLoading;
import org.mire.spark.output.HadoopSettings;
import org.mire.spark.output.JobOutput;
import org.mire.spark.output.PartWriter;

/**
 * What one Spark task of the encode job does with its share of the files: load each with core, featurise it and
 * encode the inputs in groups with the executor's model — the calls {@code mire encode} makes, at module or function
 * level — and write one part file: a row per vector, and a row with the error for each file that could not be parsed.
 */
public record EncodeTask(ShippedModel model, boolean functions, String optLevel, HadoopSettings hadoop,
                         JobOutput output, String provenanceJson) implements Serializable {

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

    /** A row waiting for its vector: the featurised input and what the row records. */
    private record Pending(EncoderInput input, String id, String file, String function) {
    }

    public Iterator<Summary> run(int index, Iterator<IrFile> files) {
        long started = System.nanoTime();
        Configuration conf = hadoop.configuration();
        TaskContext context = TaskContext.get();
        long attempt = context == null ? 0 : context.taskAttemptId();
        long[] counts = new long[4]; // files, failed, vectors, functions
        try {
            MirEncoderMethod method = model.method();
            Map<String, String> footer = Map.of(
                    ParquetEmbeddings.FORMAT_KEY, "1",
                    ParquetEmbeddings.PROVENANCE_KEY, provenanceJson,
                    "mire.fingerprint", method.fingerprint());
            try (PartWriter part = new PartWriter(output.temporary(null, index, attempt), output.part(null, index),
                    schema(functions), footer, conf)) {
                // As `mire encode`: files featurised one by one, encoded in groups so that batches fill up.
                List<Pending> pending = new ArrayList<>();
                while (files.hasNext()) {
                    IrFile file = files.next();
                    counts[0]++;
                    IrLoading.Loaded loaded = IrLoading.load(file, conf, new IrLoader.Options(optLevel, List.of()));
                    if (!loaded.ok()) {
                        counts[1]++;
                        writeError(part, file, loaded.failure());
                        continue;
                    }
                    IrProgram program = loaded.program();
                    try {
                        featurise(method, file, program, pending);
                    } catch (MireException | RuntimeException | StackOverflowError e) {
                        // this program cannot be featurised (core names the file): its row says so
                        counts[1]++;
                        writeError(part, file, new IrLoading.Failure(IrLoading.named(String.valueOf(e.getMessage()),
                                file), null, null));
                        continue;
                    }
                    counts[3] += program.functionNames().size();
                    if (pending.size() >= 8 * model.batch()) {
                        encode(method, pending, part, counts);
                    }
                }
                encode(method, pending, part, counts);
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

    private void featurise(MirEncoderMethod method, IrFile file, IrProgram program, List<Pending> pending)
            throws MireException {
        Featuriser featuriser = method.featuriser();
        // the featuriser is shared by the executor's tasks and is not thread-safe
        synchronized (featuriser) {
            if (functions) {
                List<String> names = program.functionNames();
                List<EncoderInput> inputs = featuriser.functions(program);
                for (int i = 0; i < names.size(); i++) {
                    pending.add(new Pending(inputs.get(i), file.name() + "#" + names.get(i), file.name(), names.get(i)));
                }
            } else {
                pending.add(new Pending(featuriser.module(program), file.name(), file.name(), null));
            }
        }
    }

    private void encode(MirEncoderMethod method, List<Pending> pending, PartWriter part, long[] counts)
            throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        List<EncoderInput> inputs = new ArrayList<>(pending.size());
        pending.forEach(p -> inputs.add(p.input()));
        float[][] vectors;
        synchronized (method.encoder()) {
            vectors = method.encoder().encode(inputs, model.batch(), ProgressMonitor.NONE);
        }
        for (int i = 0; i < vectors.length; i++) {
            Pending p = pending.get(i);
            Group row = part.newRow();
            row.add("id", p.id());
            row.add("file", p.file());
            if (functions) {
                row.add("function", p.function());
            }
            addVector(row, vectors[i]);
            part.write(row);
            counts[2]++;
        }
        pending.clear();
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
