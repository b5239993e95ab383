package org.mire.spark.output;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.mire.MireException;
import org.mire.embed.ParquetEmbeddings;

/**
 * A job's output folder on any Hadoop file system, laid out so that reruns are idempotent and resumable:
 * <ul>
 *   <li>{@code _mire-job.json}: what the folder holds (job, level, model fingerprint, ...) and one entry per run;
 *       a rerun with different settings is refused instead of mixing two kinds of rows;</li>
 *   <li>{@code part-RUN-NNNNN.parquet}: the rows of one task. A task writes {@code _temporary/…-ATTEMPT.parquet}
 *       and renames it into place when complete, so a part is either whole or absent, and a retried task
 *       (an executor died, a speculative copy) replaces it with the same rows rather than adding a second copy;</li>
 *   <li>a file is done when a part holds a row for it (a vector, or its error); a rerun processes only the rest.</li>
 * </ul>
 */
public final class JobOutput implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    public static final String JOB_FILE = ParquetEmbeddings.JOB_FILE;
    public static final String TEMPORARY = "_temporary";

    private final String folder;
    private final String run;

    private JobOutput(String folder, String run) {
        this.folder = folder;
        this.run = run;
    }

    /**
     * Opens (creating) an output folder for a job with these settings: the settings that decide what the rows mean
     * must equal those of earlier runs into the same folder.
     */
    public static JobOutput open(String folder, Map<String, String> settings, Configuration conf) throws MireException {
        Path root = new Path(folder);
        try {
            FileSystem fs = root.getFileSystem(conf);
            String qualified = fs.makeQualified(root).toString();
            Path jobFile = new Path(root, JOB_FILE);
            JsonObject job;
            if (fs.exists(jobFile)) {
                try (InputStream in = fs.open(jobFile)) {
                    job = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
                } catch (RuntimeException e) {
                    throw new MireException(jobFile + ": unreadable: " + e.getMessage(), e);
                }
                Map<String, String> earlier = GSON.fromJson(job.get("settings"), settingsType());
                if (!Objects.equals(earlier, settings)) {
                    throw new MireException(qualified + " holds the output of a run with other settings "
                            + difference(earlier, settings) + "; give another --out, or delete the folder to start over");
                }
            } else {
                if (fs.exists(root) && fs.listStatus(root).length > 0) {
                    throw new MireException(qualified + " exists and is not the output of a mire Spark job (no "
                            + JOB_FILE + "); give an empty or new folder");
                }
                fs.mkdirs(root);
                job = new JsonObject();
                job.addProperty("format", 1);
                job.add("settings", GSON.toJsonTree(settings));
                job.add("runs", new com.google.gson.JsonArray());
                writeAtomically(fs, jobFile, GSON.toJson(job));
            }
            String run = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
                    .format(Instant.now().atOffset(ZoneOffset.UTC))
                    + String.format(Locale.ROOT, "%04x", ThreadLocalRandom.current().nextInt(1 << 16));
            return new JobOutput(qualified, run);
        } catch (IOException e) {
            throw new MireException(folder + ": " + e.getMessage(), e);
        }
    }

    private static java.lang.reflect.Type settingsType() {
        return new com.google.gson.reflect.TypeToken<java.util.LinkedHashMap<String, String>>() { }.getType();
    }

    private static String difference(Map<String, String> earlier, Map<String, String> now) {
        StringBuilder text = new StringBuilder();
        Set<String> keys = new java.util.TreeSet<>(earlier == null ? Set.of() : earlier.keySet());
        keys.addAll(now.keySet());
        for (String key : keys) {
            String a = earlier == null ? null : earlier.get(key);
            String b = now.get(key);
            if (!Objects.equals(a, b)) {
                text.append(text.isEmpty() ? "(" : ", ").append(key).append(": ").append(a).append(" then, ")
                        .append(b).append(" now");
            }
        }
        return text.append(')').toString();
    }

    public String folder() {
        return folder;
    }

    public String run() {
        return run;
    }

    /** The part file of task {@code index} of this run. */
    public Path part(String subfolder, int index) {
        return new Path(base(subfolder), String.format(Locale.ROOT, "part-%s-%05d.parquet", run, index));
    }

    /** Where a task attempt writes its part before committing it. */
    public Path temporary(String subfolder, int index, long attempt) {
        return new Path(new Path(base(subfolder), TEMPORARY),
                String.format(Locale.ROOT, "part-%s-%05d-%d.parquet", run, index, attempt));
    }

    private Path base(String subfolder) {
        return subfolder == null ? new Path(folder) : new Path(folder, subfolder);
    }

    /** Moves a complete part into place, replacing what an earlier attempt of the same task may have left. */
    public static void commit(Path temporary, Path part, Configuration conf) throws IOException {
        FileSystem fs = part.getFileSystem(conf);
        fs.delete(part, false);
        if (!fs.rename(temporary, part)) {
            throw new IOException("cannot rename " + temporary + " to " + part);
        }
    }

    /** The {@code file} values of every row already written under {@code subfolder} (null: the folder itself). */
    public Set<String> doneFiles(SparkSession spark, String subfolder, Configuration conf) throws MireException {
        Path parts = base(subfolder);
        List<String> files = new java.util.ArrayList<>();
        try {
            FileSystem fs = parts.getFileSystem(conf);
            FileStatus[] found = fs.exists(parts) ? fs.globStatus(new Path(parts, "part-*.parquet")) : null;
            if (found == null || found.length == 0) {
                return Set.of();
            }
            for (FileStatus file : found) {
                files.add(file.getPath().toString());
            }
        } catch (IOException e) {
            throw new MireException(parts + ": " + e.getMessage(), e);
        }
        Set<String> done = new HashSet<>();
        List<Row> rows = spark.read().parquet(files.toArray(new String[0])).select("file").distinct().collectAsList();
        for (Row row : rows) {
            done.add(row.getString(0));
        }
        return done;
    }

    /** Records a finished run in {@code _mire-job.json} and removes the attempts' leftovers. */
    public void finish(String subfolder, Map<String, Object> summary, Configuration conf) throws MireException {
        Path root = new Path(folder);
        Path jobFile = new Path(root, JOB_FILE);
        try {
            FileSystem fs = root.getFileSystem(conf);
            JsonObject job;
            try (InputStream in = fs.open(jobFile)) {
                job = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
            }
            JsonObject entry = GSON.toJsonTree(summary).getAsJsonObject();
            entry.addProperty("run", run);
            job.getAsJsonArray("runs").add(entry);
            writeAtomically(fs, jobFile, GSON.toJson(job));
            fs.delete(new Path(base(subfolder), TEMPORARY), true);
        } catch (IOException | RuntimeException e) {
            throw new MireException(jobFile + ": cannot record the run: " + e.getMessage(), e);
        }
    }

    public static void writeAtomically(FileSystem fs, Path file, String text) throws IOException {
        Path temporary = new Path(file.getParent(), "." + file.getName() + ".tmp");
        try (OutputStream out = fs.create(temporary, true)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        fs.delete(file, false);
        if (!fs.rename(temporary, file)) {
            throw new IOException("cannot rename " + temporary + " to " + file);
        }
    }
}
