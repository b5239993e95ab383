package org.mire.task.finetune;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.encoder.Featuriser;
import org.mire.encoder.FineTuneOptions;
import org.mire.encoder.ModelDirectory;
import org.mire.encoder.NormalisedText;
import org.mire.encoder.TunableEncoder;
import org.mire.progress.ProgressMonitor;
import org.mire.task.CvListener;
import org.mire.task.CvResult;
import org.mire.task.EmbeddingChoice;
import org.mire.task.Objective;
import org.mire.task.Protocol;
import org.mire.task.TaskData;
import org.mire.task.TaskKind;
import org.mire.task.head.TrainedHead;
import org.mire.task.split.Fold;

/**
 * Cross-validation with the encoder fine-tuned inside every fold: for each outer split of the task's protocol, a
 * fresh copy of the base encoder and a fresh head are trained on that split's training rows only (early stopping,
 * when used, on groups held out of those rows), and the test rows are predicted by the fine-tuned encoder and its
 * head. The recipe is fixed in advance ({@link FineTuneOptions}); nothing is chosen on test rows. The result has the
 * type the frozen {@link org.mire.task.CrossValidation} gives, so reports and tables compare directly.
 */
public final class FineTunedCrossValidation {
    /**
     * How the folds' input variant is named: the encoder frozen under the same recipe, or fine-tuned (followed by
     * the point kept: the probe, i.e. the base encoder, or the end of an epoch).
     */
    public static final String FINE_TUNED = "fine-tuned";
    public static final String FROZEN = "frozen";

    private final Path model;
    private final FineTuneOptions options;
    private final Objective objective;

    /**
     * @param model     the model directory whose encoder each fold starts from
     * @param options   the recipe (its seed seeds every fold)
     * @param objective what each fold's test score reports (the protocol's metric; nothing is selected by it)
     */
    public FineTunedCrossValidation(Path model, FineTuneOptions options, Objective objective) {
        this.model = model;
        this.options = options;
        this.objective = objective;
    }

    /**
     * Featurises the task's files with the base model's vocabulary and embeds them with the base model (once for
     * all folds: the first stage of every fold trains its head on these vectors, the frozen evaluation's own).
     */
    public TaskItems items(TaskData data, ProgressMonitor monitor) throws MireException {
        ModelDirectory.Manifest manifest = ModelDirectory.read(model);
        Featuriser featuriser = new Featuriser(new NormalisedText(),
                ModelDirectory.readVocabulary(model.resolve(ModelDirectory.VOCABULARY)),
                manifest.architecture().nodeTokens());
        TaskItems items = TaskItems.of(data, featuriser, monitor);
        EmbeddingMethod method = EmbeddingChoice.resolve(EmbeddingChoice.encoderName(model));
        try {
            return items.withBaseEmbeddings(method, monitor);
        } finally {
            EmbeddingChoice.release(List.of(method));
        }
    }

    public CvResult run(TaskData data, Protocol protocol, ProgressMonitor monitor, CvListener listener)
            throws MireException {
        return run(data, items(data, monitor), protocol, monitor, listener);
    }

    public CvResult run(TaskData data, TaskItems items, Protocol protocol, ProgressMonitor monitor,
                        CvListener listener) throws MireException {
        List<Fold> splits = protocol.splits(data);
        int n = data.size();
        int[] foldOfRow = new int[n];
        Arrays.fill(foldOfRow, -1);
        double[] predicted = new double[n];
        Arrays.fill(predicted, Double.NaN);
        double[][] probabilities = data.kind() == TaskKind.CLASSIFICATION ? new double[n][] : null;
        List<CvResult.FoldResult> folds = new ArrayList<>();
        for (int s = 0; s < splits.size(); s++) {
            Fold split = splits.get(s);
            monitor.checkCancelled();
            listener.foldStarted(split.fold(), s, splits.size());
            long start = System.nanoTime();
            List<Double> trainLoss = new ArrayList<>();
            List<Double> validationLoss = new ArrayList<>();
            int fold = split.fold();
            TunableEncoder.EpochListener epochs = (epoch, train, validation) -> {
                trainLoss.add(train);
                if (!Double.isNaN(validation)) {
                    validationLoss.add(validation);
                }
                listener.epoch(fold, epoch, train, validation);
            };
            ProgressMonitor foldMonitor = part(monitor, s, splits.size(), " (fold " + (s + 1) + " of " + splits.size()
                    + ")");
            double[] foldPredicted = new double[split.test().length];
            TrainedHead head;
            String kept;
            try (FineTunedHead tuned = FineTunedHead.fit(model, data, items, split.train(), options, foldMonitor,
                    epochs)) {
                head = tuned.head();
                kept = options.frozen() ? FROZEN : tuned.result().bestEpoch() == 0 ? FINE_TUNED + " (probe kept)"
                        : FINE_TUNED + " (epoch " + tuned.result().bestEpoch() + " kept)";
                double[][] inputs = tuned.inputs(data, items, split.test(), foldMonitor);
                if (data.kind() == TaskKind.CLASSIFICATION) {
                    double[][] p = head.probabilities(inputs);
                    for (int i = 0; i < p.length; i++) {
                        foldPredicted[i] = TrainedHead.argmax(p[i]);
                        probabilities[split.test()[i]] = p[i];
                    }
                } else {
                    foldPredicted = head.predictValues(inputs);
                }
            }
            for (int i = 0; i < split.test().length; i++) {
                int row = split.test()[i];
                if (foldOfRow[row] >= 0) {
                    throw new MireException(protocol.describe() + ": row " + row + " is in two test folds");
                }
                foldOfRow[row] = split.fold();
                predicted[row] = foldPredicted[i];
            }
            CvResult.FoldResult result = new CvResult.FoldResult(split.fold(), split.train().length,
                    split.test().length, kept, head.spec(), Map.of(),
                    objective.score(data, split.test(), foldPredicted), trainLoss, validationLoss,
                    (System.nanoTime() - start) / 1e9);
            folds.add(result);
            listener.foldFinished(result);
        }
        monitor.progress(1.0, "done");
        return new CvResult(protocol.describe() + ", encoder " + (options.frozen() ? FROZEN : FINE_TUNED)
                + " per fold", foldOfRow, predicted, probabilities, folds);
    }

    /** Progress of part {@code index} of {@code parts}, mapped into the whole run's, its messages suffixed. */
    private static ProgressMonitor part(ProgressMonitor monitor, int index, int parts, String suffix) {
        return new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
                monitor.progress(fraction < 0 ? -1 : (index + Math.min(1, fraction)) / parts, message + suffix);
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
    }
}
