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
import org.mire.embed.EmbeddingMethod;
import org.mire.task.EmbeddingChoice;
import org.mire.task.InputMatrix;
import org.mire.task.ReportJson;
import org.mire.task.SavedHead;
import org.mire.task.TaskData;
import org.mire.task.TaskKind;
import org.mire.task.dataset.TableDataset;
import org.mire.task.head.TrainedHead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mire predict --head DIR FILE...}: apply a saved head to IR files. */
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
        SavedHead head = SavedHead.load(headFolder);
        EmbeddingMethod method = EmbeddingChoice.forHead(head);
        head.requireEmbedding(method);
        if ((csv == null) == files.isEmpty()) {
            throw new MireException("give IR files or --csv (one of them)");
        }
        TaskData data;
        if (csv != null) {
            data = TableDataset.loadInputs(csv);
            if (!data.featureNames().equals(head.featureNames())) {
                throw new MireException(csv + ": feature columns " + data.featureNames() + " differ from the head's "
                        + head.featureNames());
            }
        } else {
            if (!head.featureNames().isEmpty()) {
                throw new MireException("this head also needs the features " + String.join(", ", head.featureNames())
                        + "; pass them with --csv");
            }
            List<String> ids = files.stream().map(Path::toString).toList();
            data = new TaskData("predict", TaskKind.REGRESSION, ids, files, ids, List.of(),
                    new double[files.size()][0], List.of(), null, new double[files.size()]);
        }
        double[][] inputs;
        try {
            inputs = InputMatrix.build(data, method, new TaskConsole(spec.commandLine().getErr(), json, ""));
        } finally {
            EmbeddingChoice.release(java.util.Collections.singletonList(method));
        }
        TrainedHead trained = head.head();
        JsonArray rows = new JsonArray();
        if (head.kind() == TaskKind.CLASSIFICATION) {
            double[][] probabilities = trained.probabilities(inputs);
            for (int i = 0; i < data.size(); i++) {
                int best = TrainedHead.argmax(probabilities[i]);
                String label = head.classes().get(best);
                if (json) {
                    JsonObject row = new JsonObject();
                    row.addProperty("file", data.ids().get(i));
                    row.addProperty("prediction", label);
                    row.addProperty("probability", probabilities[i][best]);
                    JsonObject all = new JsonObject();
                    for (int c = 0; c < head.classes().size(); c++) {
                        all.addProperty(head.classes().get(c), probabilities[i][c]);
                    }
                    row.add("probabilities", all);
                    rows.add(row);
                } else {
                    out.printf(Locale.ROOT, "%s: %s (p = %.3f)%n", data.ids().get(i), label, probabilities[i][best]);
                }
            }
        } else {
            double[] values = trained.predictValues(inputs);
            for (int i = 0; i < data.size(); i++) {
                if (json) {
                    JsonObject row = new JsonObject();
                    row.addProperty("file", data.ids().get(i));
                    row.addProperty("prediction", values[i]);
                    rows.add(row);
                } else {
                    out.printf(Locale.ROOT, "%s: %.6g%n", data.ids().get(i), values[i]);
                }
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
