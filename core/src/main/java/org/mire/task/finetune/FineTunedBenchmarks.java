package org.mire.task.finetune;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mire.MireException;
import org.mire.encoder.FineTuneOptions;
import org.mire.progress.ProgressMonitor;
import org.mire.task.CoarseningFormulation;
import org.mire.task.CvListener;
import org.mire.task.CvResult;
import org.mire.task.DevMapBenchmark;
import org.mire.task.EmbeddingChoice;
import org.mire.task.Objective;
import org.mire.task.Protocol;
import org.mire.task.TaskData;
import org.mire.task.ThreadCoarseningBenchmark;
import org.mire.task.dataset.DevMapDataset;
import org.mire.task.dataset.ThreadCoarseningDataset;
import org.mire.task.dataset.ThreadCoarseningDataset.Gpu;

/**
 * The published benchmarks with the encoder fine-tuned inside every outer fold ({@link FineTunedCrossValidation}),
 * reported through the same report types as the frozen evaluation: DevMap with its recorded stratified folds or
 * the grouped-by-kernel split, thread coarsening leave-one-kernel-out per GPU (the published per-GPU classifier of
 * the oracle factor).
 */
public final class FineTunedBenchmarks {
    private FineTunedBenchmarks() {
    }

    /** How reports name the embedding: the model as {@code --embedding} names it, and the recipe. */
    public static String embeddingName(Path model, FineTuneOptions options) {
        String how = options.frozen() ? FineTunedCrossValidation.FROZEN : FineTunedCrossValidation.FINE_TUNED;
        return EmbeddingChoice.encoderName(model) + " " + how + " per fold (" + options.describe() + ")";
    }

    /** DevMap of one platform, the encoder fine-tuned per outer fold. */
    public static DevMapBenchmark.Report devMap(DevMapDataset dataset, Path model, FineTuneOptions options,
                                                DevMapDataset.FeatureSet features, DevMapBenchmark.Folds folds,
                                                ProgressMonitor monitor, CvListener listener) throws MireException {
        TaskData data = dataset.taskData(features);
        DevMapBenchmark.Config config = new DevMapBenchmark.Config(features, folds,
                List.of(FineTunedHead.spec(options)), options.seed());
        Protocol protocol = DevMapBenchmark.protocol(dataset, config);
        CvResult cv = new FineTunedCrossValidation(model, options, Objective.ACCURACY).run(data, protocol, monitor,
                listener);
        return DevMapBenchmark.report(dataset, data, embeddingName(model, options), protocol, config, cv);
    }

    /** Thread coarsening on the given GPUs, leave-one-kernel-out, the encoder fine-tuned per fold and GPU. */
    public static ThreadCoarseningBenchmark.Report threadCoarsening(ThreadCoarseningDataset dataset, Path model,
                                                                    FineTuneOptions options, List<Gpu> gpus,
                                                                    ProgressMonitor monitor,
                                                                    Map<Gpu, CvListener> listeners)
            throws MireException {
        TaskData first = dataset.taskData(gpus.get(0));
        FineTunedCrossValidation reader = new FineTunedCrossValidation(model, options, Objective.ACCURACY);
        TaskItems items = reader.items(first, monitor);
        List<ThreadCoarseningBenchmark.GpuReport> reports = new ArrayList<>();
        for (Gpu gpu : gpus) {
            TaskData data = dataset.taskData(gpu);
            if (!data.files().equals(first.files())) {
                throw new IllegalStateException("thread coarsening rows differ between GPUs");
            }
            FineTunedCrossValidation cv = new FineTunedCrossValidation(model, options,
                    ThreadCoarseningBenchmark.speedupObjective(dataset, gpu));
            CvResult result = cv.run(data, items, new Protocol.LeaveOneGroupOutProtocol(), monitor,
                    listeners.getOrDefault(gpu, CvListener.NONE));
            reports.add(ThreadCoarseningBenchmark.report(dataset, gpu, data, result));
        }
        return new ThreadCoarseningBenchmark.Report(embeddingName(model, options), CoarseningFormulation.PER_GPU,
                List.of(FineTunedHead.spec(options)), options.seed(), reports);
    }
}
