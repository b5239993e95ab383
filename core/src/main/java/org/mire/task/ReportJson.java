package org.mire.task;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.mire.task.dataset.DevMapPlatform;
import org.mire.task.dataset.ThreadCoarseningDataset.Gpu;
import org.mire.task.metric.ClassificationReport;
import org.mire.task.metric.RegressionReport;
import org.mire.task.metric.SpeedupReport;

/** Benchmark and evaluation reports as JSON (what {@code --json} prints). */
public final class ReportJson {
    public static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
            .create();

    private ReportJson() {
    }

    public static JsonObject speedup(SpeedupReport report) {
        JsonObject json = new JsonObject();
        json.addProperty("mean", report.mean());
        json.addProperty("geomean", report.geomean());
        json.addProperty("oracleMean", report.oracleMean());
        json.addProperty("oracleGeomean", report.oracleGeomean());
        json.addProperty("fractionOfOracleMean", report.oracleFractionMean());
        json.addProperty("fractionOfOracleGeomean", report.oracleFractionGeomean());
        return json;
    }

    public static JsonObject classification(ClassificationReport report) {
        JsonObject json = new JsonObject();
        json.addProperty("accuracy", report.accuracy());
        json.addProperty("macroF1", report.macroF1());
        JsonObject perClass = new JsonObject();
        for (int c = 0; c < report.classes().size(); c++) {
            JsonObject scores = new JsonObject();
            scores.addProperty("precision", report.precision()[c]);
            scores.addProperty("recall", report.recall()[c]);
            scores.addProperty("f1", report.f1()[c]);
            perClass.add(report.classes().get(c), scores);
        }
        json.add("perClass", perClass);
        json.add("classes", GSON.toJsonTree(report.classes()));
        json.add("confusion", GSON.toJsonTree(report.confusion()));
        return json;
    }

    public static JsonObject regression(RegressionReport report) {
        JsonObject json = new JsonObject();
        json.addProperty("mae", report.mae());
        json.addProperty("mape", report.mape());
        json.addProperty("r2", report.r2());
        json.addProperty("spearman", report.spearman());
        return json;
    }

    public static JsonArray folds(CvResult result) {
        JsonArray folds = new JsonArray();
        for (CvResult.FoldResult fold : result.folds()) {
            JsonObject json = new JsonObject();
            json.addProperty("fold", fold.fold());
            json.addProperty("trainRows", fold.trainRows());
            json.addProperty("testRows", fold.testRows());
            if (!fold.inputs().isEmpty()) {
                json.addProperty("embedding", fold.inputs());
            }
            json.addProperty("head", fold.head().toString());
            json.add("innerScores", GSON.toJsonTree(fold.innerScores()));
            json.addProperty("testScore", fold.testScore());
            json.addProperty("epochs", fold.trainLoss().size());
            if (!fold.trainLoss().isEmpty()) {
                json.add("trainLoss", GSON.toJsonTree(fold.trainLoss()));
            }
            if (!fold.validationLoss().isEmpty()) {
                json.add("validationLoss", GSON.toJsonTree(fold.validationLoss()));
            }
            json.addProperty("seconds", fold.seconds());
            folds.add(json);
        }
        return folds;
    }

    /** The DevMap report with one entry per row (index, kernel, input, oracle, prediction, fold, speedup). */
    public static JsonObject devMap(DevMapBenchmark.Report report, org.mire.task.dataset.DevMapDataset dataset) {
        JsonObject json = devMap(report, dataset.platform(), dataset.size());
        JsonArray rows = new JsonArray();
        for (int i = 0; i < dataset.size(); i++) {
            var row = dataset.rows().get(i);
            var predicted = org.mire.task.dataset.DevMapDataset.Device.values()[(int) report.cv().predicted()[i]];
            JsonObject entry = new JsonObject();
            entry.addProperty("row", row.index());
            entry.addProperty("benchmark", row.benchmark());
            entry.addProperty("dataset", row.dataset());
            entry.addProperty("oracle", row.oracle().name());
            entry.addProperty("predicted", predicted.name());
            entry.addProperty("fold", report.cv().foldOfRow()[i]);
            entry.addProperty("speedup", row.runtime(dataset.platform().staticDevice()) / row.runtime(predicted));
            entry.addProperty("oracleSpeedup", row.runtime(dataset.platform().staticDevice())
                    / row.runtime(row.oracle()));
            rows.add(entry);
        }
        json.add("predictions", rows);
        return json;
    }

    public static JsonObject devMap(DevMapBenchmark.Report report, DevMapPlatform platform, int rows) {
        JsonObject json = new JsonObject();
        json.addProperty("task", "devmap");
        json.addProperty("platform", platform.id());
        json.addProperty("rows", rows);
        json.addProperty("embedding", report.embedding());
        json.addProperty("features", report.config().features().name().toLowerCase());
        json.addProperty("protocol", report.protocol());
        json.add("heads", GSON.toJsonTree(report.config().heads().stream().map(Object::toString).toList()));
        json.addProperty("seed", report.config().seed());
        json.addProperty("accuracy", report.classification().accuracy());
        json.add("speedup", speedup(report.speedup()));
        json.add("classification", classification(report.classification()));
        json.add("folds", folds(report.cv()));
        JsonArray published = new JsonArray();
        for (PublishedResults.DevMap method : PublishedResults.DEVMAP) {
            JsonObject entry = new JsonObject();
            entry.addProperty("method", method.method());
            entry.addProperty("accuracy", method.accuracy(platform));
            entry.addProperty("speedup", method.speedup(platform));
            if (!method.protocol().isEmpty()) {
                entry.addProperty("protocol", method.protocol());
            }
            published.add(entry);
        }
        json.add("published", published);
        return json;
    }

    public static JsonObject threadCoarsening(ThreadCoarseningBenchmark.Report report, String[] kernels) {
        JsonObject json = new JsonObject();
        json.addProperty("task", "threadcoarsening");
        json.addProperty("embedding", report.embedding());
        json.addProperty("protocol", "leave-one-kernel-out");
        json.addProperty("formulation", report.formulation().id());
        json.add("heads", GSON.toJsonTree(report.heads().stream().map(Object::toString).toList()));
        json.addProperty("seed", report.seed());
        JsonObject gpus = new JsonObject();
        double sum = 0;
        double logSum = 0;
        for (ThreadCoarseningBenchmark.GpuReport gpu : report.gpus()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("gpu", gpu.gpu().displayName());
            entry.add("speedup", speedup(gpu.speedup()));
            entry.addProperty("accuracy", gpu.accuracy());
            JsonObject predicted = new JsonObject();
            for (int i = 0; i < kernels.length; i++) {
                predicted.addProperty(kernels[i], gpu.predictedFactor()[i]);
            }
            entry.add("predictedFactor", predicted);
            entry.add("folds", folds(gpu.cv()));
            JsonObject published = new JsonObject();
            for (PublishedResults.Coarsening method : PublishedResults.THREAD_COARSENING) {
                published.addProperty(method.method(), method.speedup(gpu.gpu()));
            }
            entry.add("published", published);
            gpus.add(gpu.gpu().id(), entry);
            sum += gpu.speedup().mean();
            logSum += Math.log(gpu.speedup().geomean());
        }
        json.add("gpus", gpus);
        int n = report.gpus().size();
        JsonObject overall = new JsonObject();
        overall.addProperty("meanOverGpus", n == 0 ? Double.NaN : sum / n);
        overall.addProperty("geomeanOverGpus", n == 0 ? Double.NaN : Math.exp(logSum / n));
        json.add("speedup", overall);
        return json;
    }
}
