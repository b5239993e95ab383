package org.mire.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.progress.ProgressMonitor;
import org.mire.task.dataset.ThreadCoarseningDataset;
import org.mire.task.dataset.ThreadCoarseningDataset.Gpu;
import org.mire.task.head.HeadSpec;
import org.mire.task.metric.SpeedupReport;

/**
 * The thread-coarsening benchmark: per GPU, leave-one-kernel-out over the 17 kernels, the head predicting the
 * coarsening factor from the kernel's embedding. Hyper-parameters are chosen by leave-one-out inside the 16
 * training kernels, maximising the mean speedup there. Speedup is over factor 1, with unrecorded factors clamped to
 * the largest recorded one.
 */
public final class ThreadCoarseningBenchmark {

    /**
     * @param gpu             the GPU
     * @param speedup         speedup over factor 1, with the oracle's
     * @param accuracy        fraction of kernels whose oracle factor was predicted
     * @param predictedFactor per kernel (data set order), the predicted factor before clamping
     * @param cv              per-kernel predictions and per-fold details
     */
    public record GpuReport(Gpu gpu, SpeedupReport speedup, double accuracy, int[] predictedFactor, CvResult cv) {
    }

    public record Report(String embedding, CoarseningFormulation formulation, List<HeadSpec> heads, long seed,
                         List<GpuReport> gpus) {
    }

    private ThreadCoarseningBenchmark() {
    }

    public static Report run(ThreadCoarseningDataset dataset, EmbeddingMethod method, List<HeadSpec> heads,
                             List<Gpu> gpus, long seed, ProgressMonitor monitor, Map<Gpu, CvListener> listeners)
            throws MireException {
        return run(dataset, List.of(method), CoarseningFormulation.PER_GPU, heads, gpus, seed, monitor, listeners,
                CvListener.NONE);
    }

    /**
     * Runs with one or more embeddings (with several, nested leave-one-out chooses among them per fold) and the
     * given formulation.
     *
     * @param listeners per-GPU listeners (per-GPU formulation)
     * @param joint     listener of the cross-GPU formulations, whose folds cover all GPUs at once
     */
    public static Report run(ThreadCoarseningDataset dataset, List<EmbeddingMethod> methods,
                             CoarseningFormulation formulation, List<HeadSpec> heads, List<Gpu> gpus, long seed,
                             ProgressMonitor monitor, Map<Gpu, CvListener> listeners, CvListener joint)
            throws MireException {
        TaskData first = dataset.taskData(gpus.get(0));
        Map<String, double[][]> variants = new java.util.LinkedHashMap<>();
        for (EmbeddingMethod method : methods) {
            variants.put(methods.size() == 1 ? "" : EmbeddingChoice.nameOf(method),
                    InputMatrix.build(first, method, monitor));
        }
        String embedding = String.join(" | ", methods.stream().map(EmbeddingChoice::nameOf).toList());
        EmbeddingChoice.release(methods);
        return evaluate(dataset, variants, embedding, formulation, heads, gpus, seed, monitor, listeners, joint);
    }

    /** Evaluates precomputed inputs: per variant, one row per kernel in data set order. */
    public static Report evaluate(ThreadCoarseningDataset dataset, Map<String, double[][]> variants, String embedding,
                                  CoarseningFormulation formulation, List<HeadSpec> heads, List<Gpu> gpus, long seed,
                                  ProgressMonitor monitor, Map<Gpu, CvListener> listeners, CvListener joint)
            throws MireException {
        List<GpuReport> reports = new ArrayList<>();
        if (formulation == CoarseningFormulation.PER_GPU) {
            for (Gpu gpu : gpus) {
                reports.add(evaluate(dataset, gpu, dataset.taskData(gpu), variants, heads, seed, monitor,
                        listeners.getOrDefault(gpu, CvListener.NONE)));
            }
            return new Report(embedding, formulation, heads, seed, reports);
        }
        if (formulation == CoarseningFormulation.NEIGHBOURS) {
            for (Gpu gpu : gpus) {
                TaskData data = dataset.taskData(gpu);
                CoarseningFormulation.Outcome outcome = CoarseningFormulation.evaluateNeighbours(dataset, gpu,
                        variants, heads, monitor, listeners.getOrDefault(gpu, CvListener.NONE));
                reports.add(report(dataset, gpu, data, outcome.predicted()[0], outcome.folds(), formulation));
            }
            return new Report(embedding, formulation, heads, seed, reports);
        }
        CoarseningFormulation.Outcome outcome = CoarseningFormulation.evaluate(formulation, dataset, gpus, variants,
                heads, seed, monitor, joint);
        for (int g = 0; g < gpus.size(); g++) {
            Gpu gpu = gpus.get(g);
            reports.add(report(dataset, gpu, dataset.taskData(gpu), outcome.predicted()[g], outcome.folds(),
                    formulation));
        }
        return new Report(embedding, formulation, heads, seed, reports);
    }

    private static GpuReport report(ThreadCoarseningDataset dataset, Gpu gpu, TaskData data, int[] labels,
                                    List<CvResult.FoldResult> folds, CoarseningFormulation formulation) {
        int[] factors = new int[labels.length];
        int correct = 0;
        double[] predicted = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            factors[i] = ThreadCoarseningDataset.FACTORS[labels[i]];
            predicted[i] = labels[i];
            correct += labels[i] == data.labels()[i] ? 1 : 0;
        }
        int[] foldOfRow = java.util.stream.IntStream.range(0, labels.length).toArray();
        CvResult cv = new CvResult("leave-one-kernel-out, " + formulation.id(), foldOfRow, predicted, null, folds);
        return new GpuReport(gpu, dataset.speedup(gpu, factors), (double) correct / labels.length, factors, cv);
    }

    /** The objective of selection: mean speedup of the predicted factors of the scored kernels. */
    public static Objective speedupObjective(ThreadCoarseningDataset dataset, Gpu gpu) {
        return new Objective() {
            @Override
            public double score(TaskData data, int[] rows, double[] predicted) {
                double sum = 0;
                for (int i = 0; i < rows.length; i++) {
                    ThreadCoarseningDataset.Kernel kernel = dataset.kernels().get(rows[i]);
                    sum += kernel.speedup(gpu, ThreadCoarseningDataset.FACTORS[(int) predicted[i]]);
                }
                return rows.length == 0 ? 0 : sum / rows.length;
            }

            @Override
            public String name() {
                return "mean speedup";
            }
        };
    }

    public static GpuReport evaluate(ThreadCoarseningDataset dataset, Gpu gpu, TaskData data,
                                     Map<String, double[][]> variants, List<HeadSpec> heads, long seed,
                                     ProgressMonitor monitor, CvListener listener) throws MireException {
        CrossValidation cv = new CrossValidation(heads, speedupObjective(dataset, gpu), seed);
        CvResult result = cv.run(data, variants, new Protocol.LeaveOneGroupOutProtocol(), monitor, listener);
        return report(dataset, gpu, data, result);
    }

    /** The per-GPU report of a leave-one-kernel-out run's predicted factor classes (frozen or fine-tuned). */
    public static GpuReport report(ThreadCoarseningDataset dataset, Gpu gpu, TaskData data, CvResult result) {
        int[] factors = new int[data.size()];
        int correct = 0;
        for (int i = 0; i < data.size(); i++) {
            factors[i] = ThreadCoarseningDataset.FACTORS[(int) result.predicted()[i]];
            correct += (int) result.predicted()[i] == data.labels()[i] ? 1 : 0;
        }
        return new GpuReport(gpu, dataset.speedup(gpu, factors), (double) correct / data.size(), factors, result);
    }
}
