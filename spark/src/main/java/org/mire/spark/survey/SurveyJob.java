package org.mire.spark.survey;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.mire.MireException;
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

@Command(name = "survey", mixinStandardHelpOptions = true,
        description = {"Statistics of an IR corpus on a Spark cluster. Per file (OUT/files/part-*.parquet): bytes, "
                + "language, functions, blocks, nodes per type, edges per flow, largest degrees (the numbers of "
                + "`mire stats`), normalised statements and their hash, the opcode histogram, or the error of a file "
                + "that cannot be parsed. Per corpus: OUT/corpus (totals and spreads), OUT/opcodes (histogram), "
                + "OUT/duplicates (files with equal normalised hashes) and OUT/summary.json.",
            "Rerunning into the same --out surveys only the files not done yet and recomputes the corpus tables."})
public final class SurveyJob implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "IR files, folders, globs (quote them) or @LIST files, on any Hadoop file system.")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "FOLDER", description = "Output folder.")
    String out;

    @Option(names = "--opt", defaultValue = "O1", paramLabel = "LEVEL",
            description = "Optimisation level for C/C++/OpenCL inputs (default ${DEFAULT-VALUE}).")
    String optLevel;

    @Option(names = "--files-per-task", defaultValue = "64", paramLabel = "N",
            description = "Files per Spark task (default ${DEFAULT-VALUE}).")
    int filesPerTask;

    @Option(names = "--top", defaultValue = "20", paramLabel = "N",
            description = "Opcodes and duplicate groups listed in summary.json (default ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() throws MireException {
        var err = spec.commandLine().getErr();
        if (filesPerTask < 1) {
            throw new MireException("--files-per-task must be at least 1");
        }
        SparkSession spark = JobSession.start("survey");
        try {
            Configuration conf = spark.sparkContext().hadoopConfiguration();
            List<IrFile> files = IrInputs.expand(inputs, conf);
            if (files.isEmpty()) {
                throw new MireException("no IR files in " + inputs);
            }
            JobOutput output = JobOutput.open(out, Map.of("job", "survey", "opt", optLevel), conf);
            Set<String> done = output.doneFiles(spark, SurveyTask.FILES, conf);
            List<IrFile> todo = files.stream().filter(f -> !done.contains(f.name())).toList();
            err.println("mire-spark: survey " + files.size() + " files (" + (files.size() - todo.size())
                    + " already done in " + output.folder() + ") on " + spark.sparkContext().master());
            long started = System.nanoTime();
            Map<String, Object> run = new LinkedHashMap<>();
            if (!todo.isEmpty()) {
                SurveyTask task = new SurveyTask(optLevel, HadoopSettings.of(conf), output);
                List<SurveyTask.Summary> parts = JavaSparkContext.fromSparkContext(spark.sparkContext())
                        .parallelize(todo, (todo.size() + filesPerTask - 1) / filesPerTask)
                        .mapPartitionsWithIndex(task::run, true).collect();
                run.put("files", parts.stream().mapToLong(SurveyTask.Summary::files).sum());
                run.put("failed", parts.stream().mapToLong(SurveyTask.Summary::failed).sum());
                run.put("tasks", parts.size());
                run.put("taskSeconds", parts.stream().mapToDouble(SurveyTask.Summary::seconds).sum());
            }
            Map<String, Object> summary = corpusTables(spark, output, conf);
            double seconds = (System.nanoTime() - started) / 1e9;
            run.put("seconds", seconds);
            run.put("finished", java.time.Instant.now().toString());
            output.finish(SurveyTask.FILES, run, conf);
            @SuppressWarnings("unchecked")
            Map<String, Object> corpus = (Map<String, Object>) summary.get("corpus");
            err.println(String.format(Locale.ROOT, "mire-spark: %s files (%s failed), %s functions, %s instructions; "
                            + "%s distinct normalised hashes, %s files duplicate an earlier one; %.1f s",
                    corpus.get("files"), corpus.get("failed"), corpus.get("functions"), corpus.get("instructions"),
                    corpus.get("distinct_hashes"), corpus.get("duplicate_files"), seconds));
            return MireSparkJobs.EXIT_OK;
        } finally {
            spark.stop();
        }
    }

    /** Recomputes the corpus tables from every per-file row (this run's and earlier runs'). */
    Map<String, Object> corpusTables(SparkSession spark, JobOutput output, Configuration conf) throws MireException {
        Path filesFolder = new Path(output.folder(), SurveyTask.FILES);
        List<String> parts = new ArrayList<>();
        try {
            FileSystem fs = filesFolder.getFileSystem(conf);
            for (FileStatus status : fs.globStatus(new Path(filesFolder, "part-*.parquet"))) {
                parts.add(status.getPath().toString());
            }
        } catch (IOException e) {
            throw new MireException(filesFolder + ": " + e.getMessage(), e);
        }
        // The per-file table is small next to the work that made it: read it once, and shuffle it into as many
        // partitions as it has parts rather than Spark's default 200.
        spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(Math.max(1, Math.min(200, parts.size()))));
        Dataset<Row> table = spark.read().parquet(parts.toArray(new String[0])).cache();
        table.createOrReplaceTempView("files");
        Dataset<Row> corpus = spark.sql("""
                SELECT count(*) AS files,
                       count_if(error IS NULL) AS parsed,
                       count_if(error IS NOT NULL) AS failed,
                       sum(bytes) AS bytes,
                       sum(functions) AS functions, sum(blocks) AS blocks, sum(statements) AS statements,
                       sum(instructions) AS instructions, sum(variables) AS variables, sum(constants) AS constants,
                       sum(nodes) AS nodes, sum(edges) AS edges,
                       sum(control_edges) AS control_edges, sum(data_edges) AS data_edges,
                       sum(call_edges) AS call_edges,
                       count(DISTINCT normalised_hash) AS distinct_hashes,
                       count(normalised_hash) - count(DISTINCT normalised_hash) AS duplicate_files,
                       percentile_approx(functions, 0.5) AS median_functions,
                       percentile_approx(functions, 0.9) AS p90_functions,
                       max(functions) AS max_functions,
                       percentile_approx(instructions, 0.5) AS median_instructions,
                       percentile_approx(instructions, 0.9) AS p90_instructions,
                       max(instructions) AS max_instructions
                FROM files""");
        Dataset<Row> opcodes = spark.sql("""
                SELECT opcode, sum(n) AS count, count(*) AS files
                FROM (SELECT explode(opcodes) AS (opcode, n) FROM files)
                GROUP BY opcode ORDER BY count DESC, opcode""");
        Dataset<Row> duplicates = spark.sql("""
                SELECT normalised_hash, count(*) AS copies, sort_array(collect_list(file)) AS files
                FROM files WHERE normalised_hash IS NOT NULL
                GROUP BY normalised_hash HAVING count(*) > 1
                ORDER BY copies DESC, normalised_hash""");
        corpus.coalesce(1).write().mode(SaveMode.Overwrite).parquet(new Path(output.folder(), "corpus").toString());
        opcodes.coalesce(1).write().mode(SaveMode.Overwrite).parquet(new Path(output.folder(), "opcodes").toString());
        duplicates.coalesce(1).write().mode(SaveMode.Overwrite)
                .parquet(new Path(output.folder(), "duplicates").toString());

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("corpus", rowMap(corpus.collectAsList().getFirst()));
        List<Map<String, Object>> topOpcodes = new ArrayList<>();
        for (Row row : opcodes.limit(top).collectAsList()) {
            topOpcodes.add(rowMap(row));
        }
        summary.put("opcodes", topOpcodes);
        summary.put("duplicate_groups", duplicates.count());
        List<Map<String, Object>> topDuplicates = new ArrayList<>();
        for (Row row : duplicates.limit(top).collectAsList()) {
            topDuplicates.add(rowMap(row));
        }
        summary.put("duplicates", topDuplicates);
        try {
            JobOutput.writeAtomically(new Path(output.folder()).getFileSystem(conf),
                    new Path(output.folder(), "summary.json"),
                    new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(summary));
        } catch (IOException e) {
            throw new MireException(output.folder() + "/summary.json: " + e.getMessage(), e);
        }
        table.unpersist();
        return summary;
    }

    private static Map<String, Object> rowMap(Row row) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String field : row.schema().fieldNames()) {
            Object value = row.getAs(field);
            if (value instanceof scala.collection.Seq<?> seq) {
                value = new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(seq));
            }
            map.put(field, value);
        }
        return map;
    }
}
