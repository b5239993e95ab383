package org.mire.spark.encode;

import com.google.gson.Gson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.mire.MireException;
import org.mire.embed.Provenance;
import org.mire.encoder.MirEncoderMethod;
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

@Command(name = "encode", mixinStandardHelpOptions = true,
        description = {"Embed IR files with a trained encoder on a Spark cluster: one Parquet row per module or "
                + "function (id, file[, function], vector), as `mire encode` computes them; a file that cannot be "
                + "parsed becomes a row with its error (error, error_line, error_column). Provenance (model hash, "
                + "engine, device, seed) is in every part file's footer (mire.provenance). Rerunning into the same "
                + "--out encodes only the files not done yet.",
            "The workbench reads the output folder: `mire neighbours OUT`, `mire project OUT`, the embedding "
                + "explorer's Import."})
public final class EncodeJob implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "IR files (.ll .bc .mlir .c .cpp .cl), folders, globs (quote them) or @LIST files of "
                    + "inputs, on any Hadoop file system (file:, hdfs:, s3a:); a local corpus folder (manifest.csv) "
                    + "gives its usable entries.")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "FOLDER",
            description = "Output folder (any Hadoop file system): part-*.parquet and _mire-job.json.")
    String out;

    @Option(names = "--model", paramLabel = "DIR",
            description = "Model directory on the submitting machine; shipped to the executors with the job "
                    + "(default: models/ under the working folder).")
    Path model;

    @Option(names = "--level", defaultValue = "module", description = "module or function (default ${DEFAULT-VALUE}).")
    String level;

    @Option(names = "--batch", defaultValue = "32", description = "Items per encoder batch (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--device", defaultValue = "cpu",
            description = "cpu, gpu, gpu:N or auto, on each executor (default ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--opt", defaultValue = "O1", paramLabel = "LEVEL",
            description = "Optimisation level for C/C++/OpenCL inputs compiled with clang on the executors (default ${DEFAULT-VALUE}).")
    String optLevel;

    @Option(names = "--files-per-task", defaultValue = "32", paramLabel = "N",
            description = "Files per Spark task, i.e. per part file (default ${DEFAULT-VALUE}). Smaller tasks balance "
                    + "and recover faster; larger ones pay the per-task overhead less often.")
    int filesPerTask;

    @Option(names = "--limit", paramLabel = "N", description = "Encode only the first N files found (0: all).")
    int limit;

    @Override
    public Integer call() throws MireException {
        var err = spec.commandLine().getErr();
        boolean functions = switch (level.toLowerCase(Locale.ROOT)) {
            case "module" -> false;
            case "function" -> true;
            default -> throw new MireException("--level must be module or function, not " + level);
        };
        if (filesPerTask < 1 || batch < 1) {
            throw new MireException("--files-per-task and --batch must be at least 1");
        }
        Path modelDir = model != null ? model : Path.of("models");
        if (!Files.isDirectory(modelDir)) {
            throw new MireException(modelDir + ": no such model directory (--model)");
        }
        // Load the model once on the driver: a bad directory is one clear error here, not a failure of every task.
        String fingerprint;
        Provenance provenance;
        try (MirEncoderMethod method = ShippedModel.load(modelDir, "cpu", batch)) {
            fingerprint = method.fingerprint();
            provenance = method.provenance(functions ? "function" : "module");
        }
        SparkSession spark = JobSession.start("encode");
        try {
            Configuration conf = spark.sparkContext().hadoopConfiguration();
            List<IrFile> files = IrInputs.expand(inputs, conf);
            if (limit > 0 && files.size() > limit) {
                files = files.subList(0, limit);
            }
            if (files.isEmpty()) {
                throw new MireException("no IR files in " + inputs);
            }
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("job", "encode");
            settings.put("level", functions ? "function" : "module");
            settings.put("method", fingerprint);
            settings.put("opt", optLevel);
            JobOutput output = JobOutput.open(out, settings, conf);
            Set<String> done = output.doneFiles(spark, null, conf);
            List<IrFile> todo = new ArrayList<>();
            for (IrFile file : files) {
                if (!done.contains(file.name())) {
                    todo.add(file);
                }
            }
            err.println("mire-spark: encode " + files.size() + " files (" + (files.size() - todo.size())
                    + " already done in " + output.folder() + ") at " + settings.get("level") + " level with "
                    + modelDir + " on " + spark.sparkContext().master());
            if (todo.isEmpty()) {
                return MireSparkJobs.EXIT_OK;
            }
            ShippedModel shipped = ShippedModel.ship(spark.sparkContext(), modelDir.toAbsolutePath(), device, batch);
            // The provenance's device is each executor's: resolved there, recorded as requested here.
            Provenance recorded = new Provenance(provenance.method(), provenance.modelHash(), provenance.engine(),
                    device, provenance.seed(), provenance.level(), provenance.createdAt());
            EncodeTask task = new EncodeTask(shipped, functions, optLevel, HadoopSettings.of(conf), output,
                    new Gson().toJson(recorded));
            int tasks = (todo.size() + filesPerTask - 1) / filesPerTask;
            long started = System.nanoTime();
            List<EncodeTask.Summary> parts = JavaSparkContext.fromSparkContext(spark.sparkContext())
                    .parallelize(todo, tasks)
                    .mapPartitionsWithIndex(task::run, true)
                    .collect();
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, Object> summary = summarise(parts, seconds);
            output.finish(null, summary, conf);
            err.println(String.format(Locale.ROOT, "mire-spark: %d vectors from %d files (%d functions) in %.2f s "
                            + "over %d tasks: %.2f files/s, %.1f functions/s; %d files failed (rows with an error)",
                    (long) summary.get("vectors"), (long) summary.get("files"), (long) summary.get("functions"),
                    seconds, tasks, (long) summary.get("files") / seconds, (long) summary.get("functions") / seconds,
                    (long) summary.get("failed")));
            return MireSparkJobs.EXIT_OK;
        } finally {
            spark.stop();
        }
    }

    static Map<String, Object> summarise(List<EncodeTask.Summary> parts, double seconds) {
        long files = 0;
        long failed = 0;
        long vectors = 0;
        long functions = 0;
        double taskSeconds = 0;
        for (EncodeTask.Summary part : parts) {
            files += part.files();
            failed += part.failed();
            vectors += part.vectors();
            functions += part.functions();
            taskSeconds += part.seconds();
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", files);
        summary.put("failed", failed);
        summary.put("vectors", vectors);
        summary.put("functions", functions);
        summary.put("tasks", (long) parts.size());
        summary.put("seconds", seconds);
        summary.put("taskSeconds", taskSeconds);
        summary.put("finished", java.time.Instant.now().toString());
        return summary;
    }
}
