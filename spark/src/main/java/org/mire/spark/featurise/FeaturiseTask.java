package org.mire.spark.featurise;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkFiles;
import org.apache.spark.TaskContext;
import org.mire.MireException;
import org.mire.encoder.shard.ShardExport;
import org.mire.progress.ProgressMonitor;
import org.mire.spark.input.IrFile;
import org.mire.spark.output.HadoopSettings;
import org.mire.spark.output.JobOutput;

/**
 * One task of the featurise job: the sources of its partition (every optimisation level of a source together) go
 * through core's {@link ShardExport} — the code of {@code mire corpus export}, with its format, limits and checks —
 * into local shards, which are then copied into the output as {@code shard-RUN-TASK-K.npz}. The task's record
 * {@code _tasks/RUN-TASK.json} (its files, shards with SHA-256 and counts, skipped files) is written last: a task
 * without one has not finished, and its shards are removed.
 */
public record FeaturiseTask(String vocabName, Limits limits, HadoopSettings hadoop, JobOutput output)
        implements Serializable {

    /** The options of {@code mire corpus export} that apply per task (core's Options record is not serializable). */
    public record Limits(int maxNodes, int maxFunctionTokens, double shardMib, long seed, int nodeTokens)
            implements Serializable {
        ShardExport.Options options() {
            // the split applies to corpus folders, which the driver has already resolved into files
            return new ShardExport.Options(maxNodes, maxFunctionTokens, shardMib, 0, org.mire.corpus.Split.TRAIN,
                    seed, 1, nodeTokens);
        }
    }

    public static final String TASKS = "_tasks";

    /** What the task reports to the driver. */
    public record Summary(int task, long files, String record) implements Serializable {
    }

    public Iterator<Summary> run(int index, Iterator<SourceFiles> sources) {
        Configuration conf = hadoop.configuration();
        TaskContext context = TaskContext.get();
        long attempt = context == null ? 0 : context.taskAttemptId();
        java.nio.file.Path work = null;
        try {
            work = Files.createTempDirectory("mire-featurise");
            java.nio.file.Path staging = Files.createDirectories(work.resolve("ir"));
            List<String> names = new ArrayList<>();
            while (sources.hasNext()) {
                for (SourceFiles.Level level : sources.next().levels()) {
                    stage(level.file(), level.staged(), staging, conf);
                    names.add(level.file().name());
                }
            }
            if (names.isEmpty()) {
                return List.<Summary>of().iterator();
            }
            java.nio.file.Path shards = work.resolve("shards");
            List<String> skipped = new ArrayList<>();
            ShardExport.Summary summary = ShardExport.run(List.of(staging), java.nio.file.Path.of(SparkFiles.get(vocabName)),
                    shards, limits.options(), ProgressMonitor.NONE, line -> {
                        if (line.startsWith("skipped ")) {
                            skipped.add(line.substring("skipped ".length()));
                        }
                    });
            JsonObject manifest = JsonParser.parseString(Files.readString(shards.resolve(ShardExport.MANIFEST)))
                    .getAsJsonObject();
            FileSystem fs = new Path(output.folder()).getFileSystem(conf);
            JsonArray written = new JsonArray();
            for (JsonElement element : manifest.getAsJsonArray("shards")) {
                JsonObject shard = element.getAsJsonObject().deepCopy();
                String local = shard.get("file").getAsString();
                String name = String.format(Locale.ROOT, "shard-%s-%05d-%s", output.run(), index,
                        local.substring("shard-".length()));
                Path temporary = output.temporary(null, index, attempt);
                fs.copyFromLocalFile(false, true, new Path(shards.resolve(local).toUri()), temporary);
                JobOutput.commit(temporary, new Path(output.folder(), name), conf);
                shard.addProperty("file", name);
                written.add(shard);
            }
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("task", index);
            record.put("run", output.run());
            record.put("files", names);
            record.put("summary", summary);
            record.put("skipped", skipped);
            JsonObject json = new Gson().toJsonTree(record).getAsJsonObject();
            json.add("shards", written);
            String text = new Gson().toJson(json);
            JobOutput.writeAtomically(fs, new Path(new Path(output.folder(), TASKS),
                    String.format(Locale.ROOT, "%s-%05d.json", output.run(), index)), text);
            return List.of(new Summary(index, names.size(), text)).iterator();
        } catch (IOException e) {
            throw new UncheckedIOException("featurise task " + index + ": " + e.getMessage(), e);
        } catch (MireException e) {
            // the vocabulary or the local disk, not one file (ShardExport skips files it cannot read)
            throw new IllegalStateException("featurise task " + index + ": " + e.getMessage(), e);
        } finally {
            if (work != null) {
                try (var files = Files.walk(work)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // a leftover temporary folder is harmless
                }
            }
        }
    }

    /** Puts an input where ShardExport finds it under the name that carries its source and level. */
    private static void stage(IrFile file, String staged, java.nio.file.Path staging, Configuration conf)
            throws IOException {
        java.nio.file.Path target = staging.resolve(staged).normalize();
        if (!target.startsWith(staging)) {
            throw new IOException(staged + ": name leaves the staging folder");
        }
        Files.createDirectories(target.getParent());
        URI uri = URI.create(file.uri());
        if ("file".equals(uri.getScheme())) {
            Files.createSymbolicLink(target, java.nio.file.Path.of(uri));
        } else {
            Path remote = new Path(uri);
            try (InputStream in = remote.getFileSystem(conf).open(remote)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
