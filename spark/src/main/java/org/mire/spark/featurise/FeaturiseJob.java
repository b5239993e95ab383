package org.mire.spark.featurise;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.mire.MireException;
import org.mire.corpus.Corpus;
import org.mire.corpus.CorpusEntry;
import org.mire.corpus.Split;
import org.mire.encoder.ModelDirectory;
import org.mire.encoder.shard.ShardExport;
import org.mire.encoder.shard.TrainingShard;
import org.mire.spark.JobSession;
import org.mire.spark.MireSparkJobs;
import org.mire.spark.input.IrFile;
import org.mire.spark.input.IrInputs;
import org.mire.spark.output.HadoopSettings;
import org.mire.spark.output.JobOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "featurise", aliases = "featurize", mixinStandardHelpOptions = true,
        description = {"Featurise a corpus into the training shards of `mire corpus export` on a Spark cluster: the "
                + "same core exporter runs in every task on whole sources (all optimisation levels of a source stay "
                + "in one shard), with the same limits and checks. OUT gets shard-*.npz, vocab.txt and "
                + "manifest.json (every shard's SHA-256 and counts), ready for `python3 -m mire_training`.",
            "Rerunning into the same --out featurises only the sources not done yet."})
public final class FeaturiseJob implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "A local corpus folder (manifest.csv; the --split entries), or .ll/.bc files, folders, "
                    + "globs or @LIST files on any Hadoop file system.")
    List<String> inputs;

    @Option(names = "--vocab", required = true, paramLabel = "FILE",
            description = "The vocabulary (vocab.txt) on the submitting machine; shipped with the job.")
    java.nio.file.Path vocab;

    @Option(names = "--out", required = true, paramLabel = "FOLDER", description = "Folder for the shards.")
    String out;

    @Option(names = "--split", defaultValue = "train", description = "Corpus split: train or validation (default ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--max-nodes", defaultValue = "2500",
            description = "Leave out functions with larger graphs (default ${DEFAULT-VALUE}; 0: none).")
    int maxNodes;

    @Option(names = "--max-function-tokens", defaultValue = "1024",
            description = "Tokens kept per function (default ${DEFAULT-VALUE}; 0: all).")
    int maxFunctionTokens;

    @Option(names = "--shard-mib", defaultValue = "48", description = "Most MiB per shard, at most 60 (default ${DEFAULT-VALUE}).")
    double shardMib;

    @Option(names = "--node-tokens", defaultValue = "4", description = "Token ids per node text, the model's nodeTokens (default ${DEFAULT-VALUE}).")
    int nodeTokens;

    @Option(names = "--seed", defaultValue = "42", description = "Order of the sources (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sources-per-task", defaultValue = "64", paramLabel = "N",
            description = "Sources (with all their levels) per Spark task (default ${DEFAULT-VALUE}).")
    int sourcesPerTask;

    @Override
    public Integer call() throws MireException {
        var err = spec.commandLine().getErr();
        Split chosen = Split.parse(split);
        if (sourcesPerTask < 1) {
            throw new MireException("--sources-per-task must be at least 1");
        }
        FeaturiseTask.Limits limits = new FeaturiseTask.Limits(maxNodes, maxFunctionTokens, shardMib, seed, nodeTokens);
        try {
            limits.options();
        } catch (IllegalArgumentException e) {
            throw new MireException(e.getMessage());
        }
        List<String> vocabulary = ModelDirectory.readVocabulary(vocab);
        String vocabSha = ModelDirectory.sha256(vocab);
        SparkSession spark = JobSession.start("featurise");
        try {
            Configuration conf = spark.sparkContext().hadoopConfiguration();
            List<SourceFiles> sources = sources(conf, chosen);
            if (sources.isEmpty()) {
                throw new MireException(inputs + ": no IR files to export");
            }
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("job", "featurise");
            settings.put("vocabSha256", vocabSha);
            settings.put("maxNodes", Integer.toString(maxNodes));
            settings.put("maxFunctionTokens", Integer.toString(maxFunctionTokens));
            settings.put("shardMib", Double.toString(shardMib));
            settings.put("nodeTokens", Integer.toString(nodeTokens));
            settings.put("seed", Long.toString(seed));
            settings.put("split", chosen.key());
            JobOutput output = JobOutput.open(out, settings, conf);
            List<JsonObject> records = records(output, conf);
            Set<String> done = new HashSet<>();
            for (JsonObject record : records) {
                record.getAsJsonArray("files").forEach(f -> done.add(f.getAsString()));
            }
            List<SourceFiles> todo = sources.stream()
                    .filter(s -> !done.contains(s.levels().getFirst().file().name())).toList();
            int files = sources.stream().mapToInt(s -> s.levels().size()).sum();
            err.println("mire-spark: featurise " + files + " files of " + sources.size() + " sources ("
                    + (sources.size() - todo.size()) + " sources already done in " + output.folder() + ") on "
                    + spark.sparkContext().master());
            long started = System.nanoTime();
            Map<String, Object> run = new LinkedHashMap<>();
            if (!todo.isEmpty()) {
                spark.sparkContext().addFile(vocab.toAbsolutePath().toUri().toString());
                FeaturiseTask task = new FeaturiseTask(vocab.getFileName().toString(), limits,
                        HadoopSettings.of(conf), output);
                int tasks = (todo.size() + sourcesPerTask - 1) / sourcesPerTask;
                List<FeaturiseTask.Summary> parts = JavaSparkContext.fromSparkContext(spark.sparkContext())
                        .parallelize(todo, tasks).mapPartitionsWithIndex(task::run, true).collect();
                run.put("tasks", parts.size());
                run.put("files", parts.stream().mapToLong(FeaturiseTask.Summary::files).sum());
                records = records(output, conf);
            }
            JsonObject manifest = manifest(records, vocabSha, vocabulary.size(), limits, output, conf);
            double seconds = (System.nanoTime() - started) / 1e9;
            run.put("seconds", seconds);
            run.put("finished", java.time.Instant.now().toString());
            output.finish(null, run, conf);
            JsonObject summary = manifest.getAsJsonObject("summary");
            err.println(String.format(Locale.ROOT, "mire-spark: %d shards, %.1f MiB: %d functions of %d sources (%d "
                            + "files); left out %d over %d nodes, %d repeated levels; %d files unreadable; %.1f s",
                    summary.get("shards").getAsInt(), summary.get("bytes").getAsLong() / 1048576.0,
                    summary.get("functions").getAsLong(), summary.get("sources").getAsLong(),
                    summary.get("files").getAsLong(), summary.get("leftOutLarge").getAsLong(), maxNodes,
                    summary.get("leftOutDuplicate").getAsLong(), summary.get("failedFiles").getAsLong(), seconds));
            return MireSparkJobs.EXIT_OK;
        } finally {
            spark.stop();
        }
    }

    /** The inputs as sources, each with its levels, in the exporter's seeded random order. */
    private List<SourceFiles> sources(Configuration conf, Split chosen) throws MireException {
        Map<String, List<SourceFiles.Level>> bySource = new LinkedHashMap<>();
        for (String input : inputs) {
            java.nio.file.Path local = localFolder(input);
            if (local != null && Files.isRegularFile(local.resolve("manifest.csv"))) {
                for (CorpusEntry entry : Corpus.open(local).entries(chosen)) {
                    // staged as SOURCE.On.ll, the exporter gets the corpus's own source and level from the name
                    String staged = entry.opt() != null && entry.opt().matches("O[0-3]")
                            ? entry.source() + "." + entry.opt() + ".ll" : entry.file();
                    add(bySource, new IrFile(entry.path().toUri().toString(), entry.file()), staged);
                }
            } else {
                for (IrFile file : IrInputs.expand(List.of(input), conf)) {
                    String name = file.name().toLowerCase(Locale.ROOT);
                    if (name.endsWith(".ll") || name.endsWith(".bc")) {
                        add(bySource, file, file.name());
                    }
                }
            }
        }
        List<SourceFiles> sources = new ArrayList<>();
        bySource.forEach((source, levels) -> sources.add(new SourceFiles(source, List.copyOf(levels))));
        Collections.shuffle(sources, new Random(seed));
        return sources;
    }

    private static void add(Map<String, List<SourceFiles.Level>> bySource, IrFile file, String staged) {
        bySource.computeIfAbsent(SourceFiles.sourceOf(staged), k -> new ArrayList<>())
                .add(new SourceFiles.Level(file, staged));
    }

    private static java.nio.file.Path localFolder(String input) {
        try {
            java.net.URI uri = new java.net.URI(input);
            if (uri.getScheme() != null && !"file".equals(uri.getScheme())) {
                return null;
            }
            java.nio.file.Path path = uri.getScheme() == null ? java.nio.file.Path.of(input) : java.nio.file.Path.of(uri);
            return Files.isDirectory(path) ? path : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The records of finished tasks; removes shards that no record lists (a task that died half-way). */
    static List<JsonObject> records(JobOutput output, Configuration conf) throws MireException {
        Path folder = new Path(output.folder());
        try {
            FileSystem fs = folder.getFileSystem(conf);
            List<JsonObject> records = new ArrayList<>();
            Set<String> listed = new HashSet<>();
            Path tasks = new Path(folder, FeaturiseTask.TASKS);
            if (fs.exists(tasks)) {
                for (FileStatus status : fs.listStatus(tasks, p -> p.getName().endsWith(".json"))) {
                    try (InputStream in = fs.open(status.getPath())) {
                        JsonObject record = JsonParser.parseString(new String(in.readAllBytes(),
                                StandardCharsets.UTF_8)).getAsJsonObject();
                        records.add(record);
                        record.getAsJsonArray("shards").forEach(s -> listed.add(s.getAsJsonObject().get("file")
                                .getAsString()));
                    }
                }
            }
            FileStatus[] shards = fs.globStatus(new Path(folder, "shard-*.npz"));
            for (FileStatus shard : shards == null ? new FileStatus[0] : shards) {
                if (!listed.contains(shard.getPath().getName())) {
                    fs.delete(shard.getPath(), false);
                }
            }
            records.sort((a, b) -> (a.get("run").getAsString() + a.get("task").getAsInt())
                    .compareTo(b.get("run").getAsString() + b.get("task").getAsInt()));
            return records;
        } catch (IOException | RuntimeException e) {
            throw new MireException(folder + ": cannot read the task records: " + e.getMessage(), e);
        }
    }

    /** manifest.json as {@code mire corpus export} writes it, over every task's shards; vocab.txt beside it. */
    private JsonObject manifest(List<JsonObject> records, String vocabSha, int vocabularySize,
                                FeaturiseTask.Limits limits, JobOutput output, Configuration conf)
            throws MireException {
        Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
        Map<String, Long> totals = new LinkedHashMap<>();
        TreeMap<String, JsonObject> shards = new TreeMap<>();
        List<String> skipped = new ArrayList<>();
        for (JsonObject record : records) {
            for (Map.Entry<String, JsonElement> field : record.getAsJsonObject("summary").entrySet()) {
                if (!field.getKey().equals("shards")) {
                    totals.merge(field.getKey(), field.getValue().getAsLong(), Long::sum);
                }
            }
            record.getAsJsonArray("shards").forEach(s -> shards.put(s.getAsJsonObject().get("file").getAsString(),
                    s.getAsJsonObject()));
            record.getAsJsonArray("skipped").forEach(s -> skipped.add(s.getAsString()));
        }
        JsonObject summary = new JsonObject();
        summary.addProperty("shards", shards.size());
        totals.forEach(summary::addProperty);
        for (String key : List.of("bytes", "sources", "files", "functions", "leftOutLarge", "leftOutDuplicate",
                "failedFiles", "tokens", "nodes", "edges")) {
            if (!summary.has(key)) {
                summary.addProperty(key, 0);
            }
        }
        JsonObject manifest = new JsonObject();
        manifest.addProperty("format", TrainingShard.FORMAT);
        manifest.addProperty("vocabSha256", vocabSha);
        manifest.addProperty("vocabularySize", vocabularySize);
        manifest.add("inputs", gson.toJsonTree(inputs));
        manifest.add("options", gson.toJsonTree(limits.options()));
        manifest.add("summary", summary);
        JsonArray list = new JsonArray();
        shards.values().forEach(list::add);
        manifest.add("shards", list);
        manifest.add("skipped", gson.toJsonTree(skipped));
        try {
            Path folder = new Path(output.folder());
            FileSystem fs = folder.getFileSystem(conf);
            fs.copyFromLocalFile(false, true, new Path(vocab.toAbsolutePath().toUri()), new Path(folder, "vocab.txt"));
            JobOutput.writeAtomically(fs, new Path(folder, ShardExport.MANIFEST), gson.toJson(manifest));
        } catch (IOException e) {
            throw new MireException(output.folder() + ": cannot write the manifest: " + e.getMessage(), e);
        }
        return manifest;
    }
}
