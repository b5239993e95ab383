package org.mire.app.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mire.MireException;
import org.mire.encoder.FineTuneOptions;
import org.mire.task.CvResult;
import org.mire.task.TrainingJob;
import org.mire.task.dataset.DatasetLocations;
import org.mire.task.dataset.DevMapDataset;
import org.mire.task.dataset.DevMapPlatform;
import org.mire.task.dataset.ThreadCoarseningDataset.Gpu;
import org.mire.task.metric.ClassificationReport;
import org.mire.workspace.TrainingRun;

/** The Train panel's logic without JavaFX threads: turning the model's choices into a request, results into rows. */
final class TrainInteractor {
    private TrainInteractor() {
    }

    /** The request the model's current choices describe. */
    static TrainingJob.Request request(TrainModel model) throws MireException {
        TrainModel.DatasetChoice choice = model.dataset.get();
        TrainingJob.Source source;
        if (choice == TrainModel.DatasetChoice.CSV) {
            Path csv = model.csvFile.get();
            if (csv == null) {
                throw new MireException("choose a CSV file first");
            }
            String target = model.target.get() == null || model.target.get().isBlank() ? null : model.target.get();
            source = new TrainingJob.CsvSource(csv, target);
        } else if (choice.isDevMap()) {
            Path folder = folder(model, DatasetLocations.DEVMAP);
            source = new TrainingJob.DevMapSource(folder, choice == TrainModel.DatasetChoice.DEVMAP_AMD
                    ? DevMapPlatform.AMD : DevMapPlatform.NVIDIA, DevMapDataset.FeatureSet.AUX);
        } else {
            Path folder = folder(model, DatasetLocations.THREAD_COARSENING);
            Gpu gpu = Gpu.of(choice.name().substring("COARSENING_".length()));
            source = new TrainingJob.CoarseningSource(folder, gpu);
        }
        TrainingJob.Request request = new TrainingJob.Request(source, model.embedding.get(), model.heads.get(),
                model.protocol.get(), model.seed.get());
        return request.withFineTune(model.fineTune.get() ? FineTuneOptions.defaults() : null);
    }

    private static Path folder(TrainModel model, String name) throws MireException {
        Path chosen = model.dataFolder.get();
        if (chosen != null && chosen.getFileName() != null && !chosen.getFileName().toString().equals(name)
                && java.nio.file.Files.isDirectory(chosen.resolve(name))) {
            chosen = chosen.resolve(name); // the datasets folder rather than the data set's own
        }
        return DatasetLocations.resolve(chosen, name);
    }

    /** The model's choices as a workspace records them. */
    static TrainingRun.Request describe(TrainModel model) {
        return new TrainingRun.Request(model.dataset.get().name(), model.dataFolder.get(), model.csvFile.get(),
                model.target.get(), model.embedding.get(), model.heads.get(), model.protocol.get(), model.seed.get(),
                model.fineTune.get());
    }

    /**
     * Puts a recorded run's choices back into the model, so Train runs it again as it was (a data set a later
     * version no longer has, and choices the record lacks, leave the form's).
     */
    static void apply(TrainingRun.Request request, TrainModel model) {
        for (TrainModel.DatasetChoice choice : TrainModel.DatasetChoice.values()) {
            if (choice.name().equals(request.dataset())) {
                model.dataset.set(choice);
            }
        }
        model.dataFolder.set(request.dataFolder());
        model.csvFile.set(request.csv());
        model.target.set(request.target() == null ? "" : request.target());
        if (request.embedding() != null) {
            model.embedding.set(request.embedding());
        }
        if (request.heads() != null) {
            model.heads.set(request.heads());
        }
        if (request.protocol() != null) {
            model.protocol.set(request.protocol());
        }
        model.seed.set(request.seed());
        model.fineTune.set(request.fineTune());
    }

    static TrainingRun.Fold foldRow(CvResult.FoldResult fold, boolean percent) {
        return new TrainingRun.Fold(fold.fold(), fold.trainRows(), fold.testRows(), fold.choice(),
                percent ? String.format(Locale.ROOT, "%.1f%%", 100 * fold.testScore())
                        : String.format(Locale.ROOT, "%.4g", fold.testScore()),
                String.format(Locale.ROOT, "%.1f", fold.seconds()));
    }

    /** Bars of the published results and ours: speedups where the task has them. */
    static List<TrainingRun.Bar> bars(TrainingJob.Result result) {
        List<TrainingRun.Bar> bars = new ArrayList<>();
        if (result.speedup() == null) {
            return bars;
        }
        for (TrainingJob.Reference reference : result.published()) {
            if (!reference.method().equals("oracle")) {
                bars.add(new TrainingRun.Bar(reference.method(), reference.value(), false));
            }
        }
        bars.add(new TrainingRun.Bar("ours (" + result.embeddingLabel() + ")", result.speedup().mean(), true));
        result.published().stream().filter(r -> r.method().equals("oracle")).findFirst()
                .ifPresent(r -> bars.add(new TrainingRun.Bar("oracle", r.value(), false)));
        return bars;
    }

    /** The plain-text summary: accuracy / F1 or regression errors, then speedup, as the CLI prints them. */
    static String summary(TrainingJob.Result result) {
        StringBuilder text = new StringBuilder(result.data().name()).append(": ").append(result.data().size())
                .append(" rows, ").append(result.cv() == null ? "not evaluated (protocol none)" : result.cv().protocol())
                .append('\n');
        ClassificationReport c = result.classification();
        if (c != null) {
            text.append(String.format(Locale.ROOT, "accuracy: %.1f%%  macro F1: %.3f%n", 100 * c.accuracy(),
                    c.macroF1()));
        }
        if (result.regression() != null) {
            var r = result.regression();
            text.append(String.format(Locale.ROOT, "MAE: %.4g  MAPE: %.1f%%  R²: %.3f  Spearman: %.3f%n", r.mae(),
                    100 * r.mape(), r.r2(), r.spearman()));
        }
        if (result.speedup() != null) {
            var s = result.speedup();
            text.append(String.format(Locale.ROOT, "speedup: %.2f (geomean %.2f); oracle %.2f (geomean %.2f)%n",
                    s.mean(), s.geomean(), s.oracleMean(), s.oracleGeomean()));
        }
        return text.toString().strip();
    }
}
