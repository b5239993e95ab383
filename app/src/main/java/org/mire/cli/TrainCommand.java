package org.mire.cli;

import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.encoder.FineTuneOptions;
import org.mire.task.CrossValidation;
import org.mire.task.CvResult;
import org.mire.task.EmbeddingChoice;
import org.mire.task.HeadGrids;
import org.mire.task.InputMatrix;
import org.mire.task.Objective;
import org.mire.task.Protocol;
import org.mire.task.ReportJson;
import org.mire.task.SavedHead;
import org.mire.task.TaskData;
import org.mire.task.TaskEvaluation;
import org.mire.task.TaskKind;
import org.mire.task.dataset.TableDataset;
import org.mire.task.finetune.FineTunedBenchmarks;
import org.mire.task.finetune.FineTunedCrossValidation;
import org.mire.task.finetune.FineTunedHead;
import org.mire.task.finetune.TaskItems;
import org.mire.task.head.FitContext;
import org.mire.task.head.HeadSpec;
import org.mire.task.head.TrainedHead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mire train DATA.csv --out HEAD}: evaluate a head on a CSV task by cross-validation and save it. */
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
                    + "op-histogram (default: opcode-histogram; mirencoder with --fine-tune).")
    String embedding;

    @picocli.CommandLine.Mixin
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

    @Option(names = "--json", description = "Print the evaluation as JSON.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws MireException {
        PrintWriter stdout = spec.commandLine().getOut();
        TaskConsole console = new TaskConsole(spec.commandLine().getErr(), quiet, "");
        TaskData data = TableDataset.load(csv, target);
        if (fineTune.enabled()) {
            return fineTuned(stdout, console, data);
        }
        EmbeddingMethod method = EmbeddingChoice.resolve(embedding == null ? "opcode-histogram" : embedding);
        List<HeadSpec> heads = HeadGrids.resolve(head, data.kind() == TaskKind.CLASSIFICATION
                ? HeadGrids.CLASSIFICATION : HeadGrids.REGRESSION);
        double[][] inputs;
        try {
            inputs = InputMatrix.build(data, method, console);
        } finally {
            EmbeddingChoice.release(java.util.Collections.singletonList(method));
        }
        CrossValidation cv = new CrossValidation(heads, Objective.defaultFor(data.kind()), seed);
        TaskEvaluation evaluation = null;
        Protocol chosenProtocol = null;
        if (!protocol.equalsIgnoreCase("none")) {
            chosenProtocol = Protocol.parse(protocol, seed);
            CvResult result = cv.run(data, inputs, chosenProtocol, console, console);
            evaluation = TaskEvaluation.of(data, result);
        }
        Map<String, Double> selection = new LinkedHashMap<>();
        HeadSpec finalHead = cv.select(data, inputs, chosenProtocol == null ? Protocol.parse("stratified:5", seed)
                : chosenProtocol.inner(), console, selection);
        TrainedHead trained = CrossValidation.fitAll(finalHead, data, inputs, new FitContext(seed, console,
                org.mire.task.head.TrainingListener.NONE));
        Map<String, Double> metrics = evaluation == null ? Map.of() : evaluation.metrics();
        SavedHead saved = SavedHead.of(data, method, trained, metrics);
        saved.save(out);
        if (json) {
            JsonObject report = new JsonObject();
            report.addProperty("task", data.name());
            report.addProperty("rows", data.size());
            report.addProperty("embedding", method == null ? "none" : method.id());
            report.addProperty("head", finalHead.toString());
            report.add("selection", ReportJson.GSON.toJsonTree(selection));
            report.addProperty("saved", out.toString());
            if (evaluation != null) {
                report.addProperty("protocol", chosenProtocol.describe());
                report.add("evaluation", evaluation.classification() != null
                        ? ReportJson.classification(evaluation.classification())
                        : ReportJson.regression(evaluation.regression()));
                report.add("folds", ReportJson.folds(evaluation.cv()));
            }
            stdout.println(ReportJson.GSON.toJson(report));
        } else {
            stdout.printf(Locale.ROOT, "%s: %d rows, embedding %s, %s%n", data.name(), data.size(),
                    method == null ? "none" : method.id(), data.kind().name().toLowerCase(Locale.ROOT));
            if (evaluation != null) {
                stdout.println("protocol: " + chosenProtocol.describe());
                printEvaluation(stdout, evaluation);
            }
            stdout.println("head: " + finalHead + " (fitted on all " + data.size() + " rows)");
            stdout.println("saved: " + out);
        }
        stdout.flush();
        return 0;
    }

    /**
     * {@code --fine-tune}: cross-validates the fine-tuning recipe (the encoder fine-tuned inside every fold), then
     * fine-tunes on all rows and saves the encoder inside the head's folder.
     */
    private int fineTuned(PrintWriter stdout, TaskConsole console, TaskData data) throws MireException {
        if (!head.strip().equalsIgnoreCase(HeadGrids.AUTO)) {
            throw new MireException("--head chooses heads on frozen embeddings; with --fine-tune the head is the "
                    + "recipe's (--hidden, --lr)");
        }
        Path model = EmbeddingChoice.encoderModel(embedding == null ? EmbeddingChoice.ENCODER : embedding);
        FineTuneOptions options = fineTune.options(seed);
        FineTunedCrossValidation cv = new FineTunedCrossValidation(model, options,
                Objective.defaultFor(data.kind()));
        TaskItems items = cv.items(data, console);
        TaskEvaluation evaluation = null;
        Protocol chosenProtocol = null;
        if (!protocol.equalsIgnoreCase("none")) {
            chosenProtocol = Protocol.parse(protocol, seed);
            evaluation = TaskEvaluation.of(data, cv.run(data, items, chosenProtocol, console, console));
        }
        SavedHead saved = FineTunedHead.trainAndSave(model, data, items, options,
                evaluation == null ? Map.of() : evaluation.metrics(), out, console);
        String encoder = saved.embedding().method();
        if (json) {
            JsonObject report = new JsonObject();
            report.addProperty("task", data.name());
            report.addProperty("rows", data.size());
            report.addProperty("embedding", FineTunedBenchmarks.embeddingName(model, options));
            report.addProperty("head", saved.spec().toString());
            report.addProperty("encoder", encoder);
            report.addProperty("saved", out.toString());
            if (evaluation != null) {
                report.addProperty("protocol", evaluation.cv().protocol());
                report.add("evaluation", evaluation.classification() != null
                        ? ReportJson.classification(evaluation.classification())
                        : ReportJson.regression(evaluation.regression()));
                report.add("folds", ReportJson.folds(evaluation.cv()));
            }
            stdout.println(ReportJson.GSON.toJson(report));
        } else {
            stdout.printf(Locale.ROOT, "%s: %d rows, %s, %s%n", data.name(), data.size(),
                    FineTunedBenchmarks.embeddingName(model, options), data.kind().name().toLowerCase(Locale.ROOT));
            if (evaluation != null) {
                stdout.println("protocol: " + evaluation.cv().protocol());
                printEvaluation(stdout, evaluation);
            }
            stdout.println("head: " + saved.spec() + " with the encoder fine-tuned on all " + data.size() + " rows");
            stdout.println("encoder: " + encoder);
            stdout.println("saved: " + out);
        }
        stdout.flush();
        return 0;
    }

    private static void printEvaluation(PrintWriter stdout, TaskEvaluation evaluation) {
        if (evaluation.classification() != null) {
            var c = evaluation.classification();
            for (int k = 0; k < c.classes().size(); k++) {
                stdout.printf(Locale.ROOT, "%s: precision %.3f, recall %.3f, F1 %.3f%n", c.classes().get(k),
                        c.precision()[k], c.recall()[k], c.f1()[k]);
            }
            stdout.printf(Locale.ROOT, "accuracy: %.1f%%%n", 100 * c.accuracy());
        } else {
            var r = evaluation.regression();
            stdout.printf(Locale.ROOT, "MAE: %.4g%nMAPE: %.1f%%%nR2: %.3f%nSpearman: %.3f%n", r.mae(),
                    100 * r.mape(), r.r2(), r.spearman());
        }
    }
}
