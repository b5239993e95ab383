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

    public record Report(String embedding, List<HeadSpec> heads, long seed, List<GpuReport> gpus) {
    }

    private ThreadCoarseningBenchmark() {
    }

    public static Report run(ThreadCoarseningDataset dataset, EmbeddingMethod method, List<HeadSpec> heads,
                             List<Gpu> gpus, long seed, ProgressMonitor monitor, Map<Gpu, CvListener> listeners)
            throws MireException {
        double[][] inputs = null;
        List<GpuReport> reports = new ArrayList<>();
        for (Gpu gpu : gpus) {
            TaskData data = dataset.taskData(gpu);
            if (inputs == null) {
                inputs = InputMatrix.build(data, method, monitor);
            }
            reports.add(evaluate(dataset, gpu, data, inputs, heads, seed, monitor,
                    listeners.getOrDefault(gpu, CvListener.NONE)));
        }
        return new Report(method == null ? "none" : method.id(), heads, seed, reports);
    }

    /** The objective of selection: mean speedup of the predicted factors of the scored kernels. */
    static Objective speedupObjective(ThreadCoarseningDataset dataset, Gpu gpu) {
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

    public static GpuReport evaluate(ThreadCoarseningDataset dataset, Gpu gpu, TaskData data, double[][] inputs,
                                     List<HeadSpec> heads, long seed, ProgressMonitor monitor, CvListener listener)
            throws MireException {
        CrossValidation cv = new CrossValidation(heads, speedupObjective(dataset, gpu), seed);
        CvResult result = cv.run(data, inputs, new Protocol.LeaveOneGroupOutProtocol(), monitor, listener);
        int[] factors = new int[data.size()];
        int correct = 0;
        for (int i = 0; i < data.size(); i++) {
            factors[i] = ThreadCoarseningDataset.FACTORS[(int) result.predicted()[i]];
            correct += (int) result.predicted()[i] == data.labels()[i] ? 1 : 0;
        }
        return new GpuReport(gpu, dataset.speedup(gpu, factors), (double) correct / data.size(), factors, result);
    }
}
