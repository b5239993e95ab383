package org.mire.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.task.PredictionJob;
import org.mire.task.ReportJson;
import org.mire.task.SavedHead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mire predict --head DIR FILE...}: options, then the predict job ({@link PredictionJob}), then the report. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Apply a saved head to IR files (or to the rows of a CSV when the head needs extra features) "
                + "and print each prediction with its probability.")
final class PredictCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--head", required = true, paramLabel = "DIR", description = "A head saved by `mire train`.")
    Path headFolder;

    @Option(names = "--csv", paramLabel = "DATA.csv",
            description = "Rows to predict: a file column plus the head's feature columns (label, target and group "
                    + "columns are ignored).")
    Path csv;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "IR files (.ll, .bc, .c, .cl, ...).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", description = "Print the predictions as JSON.")
    boolean json;

    @Override
    public Integer call() throws MireException {
        PrintWriter out = spec.commandLine().getOut();
        if ((csv == null) == files.isEmpty()) {
            throw new MireException("give IR files or --csv (one of them)");
        }
        SavedHead head = SavedHead.load(headFolder);
        TaskConsole console = new TaskConsole(spec.commandLine().getErr(), json, "");
        List<PredictionJob.Prediction> predictions = csv != null ? PredictionJob.forCsv(head, csv, console)
                : PredictionJob.forFiles(head, files, console);
        JsonArray rows = new JsonArray();
        for (PredictionJob.Prediction prediction : predictions) {
            if (json) {
                JsonObject row = new JsonObject();
                row.addProperty("file", prediction.id());
                if (prediction.label() != null) {
                    row.addProperty("prediction", prediction.label());
                    row.addProperty("probability", prediction.probability());
                    JsonObject all = new JsonObject();
                    for (int c = 0; c < head.classes().size(); c++) {
                        all.addProperty(head.classes().get(c), prediction.probabilities()[c]);
                    }
                    row.add("probabilities", all);
                } else {
                    row.addProperty("prediction", prediction.value());
                }
                rows.add(row);
            } else if (prediction.label() != null) {
                out.printf(Locale.ROOT, "%s: %s (p = %.3f)%n", prediction.id(), prediction.label(),
                        prediction.probability());
            } else {
                out.printf(Locale.ROOT, "%s: %.6g%n", prediction.id(), prediction.value());
            }
        }
        if (json) {
            JsonObject report = new JsonObject();
            report.addProperty("head", headFolder.toString());
            report.addProperty("task", head.task());
            report.add("predictions", rows);
            out.println(ReportJson.GSON.toJson(report));
        }
        out.flush();
        return 0;
    }
}
