package org.mire.cli;

import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.task.EmbeddingChoice;
import org.mire.task.HeadGrids;
import org.mire.task.ReportJson;
import org.mire.task.TaskData;
import org.mire.task.TrainingJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mire train DATA.csv --out HEAD}: options, then the train job ({@link TrainingJob}, the Train panel's too),
 * then the report.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a task head on a CSV of file,label|target[,features...]: cross-validate, then fit on all "
                + "rows and save the head (weights, config, metrics, the embedding model's hash).")
final class TrainCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA.csv",
            description = "Columns: file (IR path relative to the CSV), label or target[_NAME] (one or more), "
                    + "optional group, then numeric features.")
    Path csv;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder to save the head in.")
    Path out;

    @Option(names = "--target", paramLabel = "NAME", description = "Which target column to predict when there are several.")
    String target;

    @Option(names = "--embedding", paramLabel = "NAME",
            description = "mirencoder[:DIR], none, opcode-histogram, ir2vec-style[:DIM], ir2vec-symbolic[:DIM], "
                    + "op-histogram, a+b (concatenated), or alternatives separated by ',' to choose from (default: "
                    + "opcode-histogram; mirencoder with --fine-tune).")
    String embedding;

    @Mixin
    FineTuneMixin fineTune = new FineTuneMixin();

    @Option(names = "--head", defaultValue = HeadGrids.AUTO, paramLabel = "SPEC",
            description = "auto, a head (mlp, rf, gbt, logreg, ridge with :key=value,...) or several separated by ';' "
                    + "(default: ${DEFAULT-VALUE}).")
    String head;

    @Option(names = "--protocol", defaultValue = "stratified:5", paramLabel = "P",
            description = "stratified[:k], grouped[:k] (by the group column), loo, split[:fraction], or none to skip "
                    + "the evaluation (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of folds and fits (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    ReportOptions report;

    @Override
    public Integer call() throws MireException {
        PrintWriter stdout = spec.commandLine().getOut();
        TaskConsole console = report.console(spec);
        boolean fineTuning = fineTune.enabled();
        if (fineTuning && !head.strip().equalsIgnoreCase(HeadGrids.AUTO)) {
            throw new MireException("--head chooses heads on frozen embeddings; with --fine-tune the head is the "
                    + "recipe's (--hidden, --lr)");
        }
        String embeddingName = embedding != null ? embedding
                : fineTuning ? EmbeddingChoice.ENCODER : "opcode-histogram";
        TrainingJob.Result result = TrainingJob.run(new TrainingJob.Request(new TrainingJob.CsvSource(csv, target),
                embeddingName, head, protocol, seed, fineTuning ? fineTune.options(seed) : null), console, console);
        TrainingJob.FinalHead finalHead = result.saveFinal(out, console);
        TaskData data = result.data();
        String savedEmbedding = finalHead.saved().embedding() == null ? "none"
                : finalHead.saved().embedding().method();
        String headName = finalHead.choice().name();
        if (report.json) {
            JsonObject report = new JsonObject();
            report.addProperty("task", data.name());
            report.addProperty("rows", data.size());
            report.addProperty("embedding", savedEmbedding);
            report.addProperty("head", headName);
            report.add("selection", ReportJson.GSON.toJsonTree(finalHead.selectionScores()));
            report.addProperty("saved", out.toString());
            if (result.evaluated()) {
                report.addProperty("protocol", result.protocol().describe());
                report.add("evaluation", result.classification() != null
                        ? ReportJson.classification(result.classification())
                        : ReportJson.regression(result.regression()));
                report.add("folds", ReportJson.folds(result.cv()));
            }
            stdout.println(ReportJson.GSON.toJson(report));
        } else {
            stdout.printf(Locale.ROOT, "%s: %d rows, embedding %s, %s%n", data.name(), data.size(),
                    savedEmbedding, data.kind().name().toLowerCase(Locale.ROOT));
            if (fineTuning) {
                stdout.println("fine-tuned per fold: " + result.request().fineTune().withSeed(seed).describe());
            }
            if (result.evaluated()) {
                stdout.println("protocol: " + result.protocol().describe());
                if (result.classification() != null) {
                    var c = result.classification();
                    for (int k = 0; k < c.classes().size(); k++) {
                        stdout.printf(Locale.ROOT, "%s: precision %.3f, recall %.3f, F1 %.3f%n", c.classes().get(k),
                                c.precision()[k], c.recall()[k], c.f1()[k]);
                    }
                    stdout.printf(Locale.ROOT, "accuracy: %.1f%%%n", 100 * c.accuracy());
                } else {
                    var r = result.regression();
                    stdout.printf(Locale.ROOT, "MAE: %.4g%nMAPE: %.1f%%%nR2: %.3f%nSpearman: %.3f%n", r.mae(),
                            100 * r.mape(), r.r2(), r.spearman());
                }
            }
            stdout.println("head: " + headName + (fineTuning ? " with the encoder fine-tuned on all "
                    + data.size() + " rows" : " (fitted on all " + data.size() + " rows)"));
            stdout.println("saved: " + out);
        }
        stdout.flush();
        return 0;
    }
}
