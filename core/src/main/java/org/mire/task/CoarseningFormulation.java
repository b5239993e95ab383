package org.mire.task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mire.MireException;
import org.mire.progress.ProgressMonitor;
import org.mire.task.dataset.ThreadCoarseningDataset;
import org.mire.task.dataset.ThreadCoarseningDataset.Gpu;
import org.mire.task.dataset.ThreadCoarseningDataset.Kernel;
import org.mire.task.head.FitContext;
import org.mire.task.head.HeadSpec;
import org.mire.task.head.TrainedHead;
import org.mire.task.head.TrainingListener;

/**
 * How a thread-coarsening head is trained. Every formulation is evaluated leave-one-kernel-out: the held-out
 * kernel's runtimes on every GPU stay out of training and out of hyper-parameter selection.
 * <ul>
 * <li>{@link #PER_GPU}: the published formulation — one classifier per GPU, 16 training kernels, label = the
 *     oracle factor.</li>
 * <li>{@link #JOINT}: one classifier for all GPUs; a row per (kernel, GPU) with the GPU one-hot next to the
 *     embedding: 64 training rows instead of 16.</li>
 * <li>{@link #RANK}: one regressor for all GPUs of log(runtime at factor 1 / runtime at factor f) from the
 *     embedding, the GPU one-hot and log2 f (a row per recorded (kernel, GPU, factor)); the predicted factor is the
 *     argmax over 1…32. It learns from whole speedup curves, not only from their best point.</li>
 * <li>{@link #NEIGHBOURS}: per GPU, the factor with the best mean speedup over the k training kernels nearest in
 *     embedding space ({@code knn} heads: k, metric, weights). It optimises speedup directly, and with k = all
 *     training kernels it is the best constant factor of the training kernels.</li>
 * </ul>
 */
public enum CoarseningFormulation {
    PER_GPU, JOINT, RANK, NEIGHBOURS;

    public static CoarseningFormulation of(String text) throws MireException {
        return switch (text.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "per-gpu", "pergpu" -> PER_GPU;
            case "joint" -> JOINT;
            case "rank" -> RANK;
            case "neighbours", "neighbors", "knn" -> NEIGHBOURS;
            default -> throw new MireException("unknown formulation '" + text
                    + "'; use per-gpu, joint, rank or neighbours");
        };
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Leave-one-kernel-out for the cross-GPU formulations, with nested leave-one-out selection over the candidate
     * (embedding variant, head) pairs, maximising the mean speedup over the inner kernels on all chosen GPUs.
     *
     * @param variants per embedding variant, one input row per kernel (data set order)
     * @return per GPU (in {@code gpus} order), the predicted factor index of each kernel, and the per-fold results
     */
    static Outcome evaluate(CoarseningFormulation formulation, ThreadCoarseningDataset dataset, List<Gpu> gpus,
                            Map<String, double[][]> variants, List<HeadSpec> heads, long seed,
                            ProgressMonitor monitor, CvListener listener) throws MireException {
        if (formulation == PER_GPU || formulation == NEIGHBOURS) {
            throw new IllegalArgumentException(formulation.id() + " runs per GPU");
        }
        TaskKind needed = formulation == JOINT ? TaskKind.CLASSIFICATION : TaskKind.REGRESSION;
        for (HeadSpec head : heads) {
            if (!head.kind().supports(needed)) {
                throw new MireException("head " + head + " cannot be used for the " + formulation.id()
                        + " formulation (it needs " + needed.name().toLowerCase(Locale.ROOT) + ")");
            }
        }
        int kernels = dataset.kernels().size();
        int[][] predicted = new int[gpus.size()][kernels];
        List<CvResult.FoldResult> folds = new ArrayList<>();
        List<String> variantNames = new ArrayList<>(variants.keySet());
        for (int k = 0; k < kernels; k++) {
            monitor.checkCancelled();
            monitor.progress(k, kernels, "kernel " + (k + 1) + " of " + kernels);
            listener.foldStarted(k, k, kernels);
            long start = System.nanoTime();
            final int heldOut = k;
            int[] training = java.util.stream.IntStream.range(0, kernels).filter(i -> i != heldOut).toArray();
            String chosenVariant = variantNames.get(0);
            HeadSpec chosen = heads.get(0);
            Map<String, Double> innerScores = new LinkedHashMap<>();
            if (variants.size() * heads.size() > 1) {
                double best = Double.NEGATIVE_INFINITY;
                for (String variant : variantNames) {
                    for (HeadSpec head : heads) {
                        double score = innerScore(formulation, dataset, gpus, variants.get(variant), head, training,
                                seed, monitor);
                        innerScores.put(CrossValidation.candidateName(variant, head), score);
                        if (score > best) {
                            best = score;
                            chosenVariant = variant;
                            chosen = head;
                        }
                    }
                }
                listener.headChosen(k, chosen, best);
            }
            int[] factors = fitAndPredict(formulation, dataset, gpus, variants.get(chosenVariant), chosen, training,
                    heldOut, seed);
            double speedupSum = 0;
            for (int g = 0; g < gpus.size(); g++) {
                predicted[g][k] = Arrays.binarySearch(ThreadCoarseningDataset.FACTORS, factors[g]);
                speedupSum += dataset.kernels().get(k).speedup(gpus.get(g), factors[g]);
            }
            CvResult.FoldResult result = new CvResult.FoldResult(k, training.length, 1, chosenVariant, chosen,
                    innerScores, speedupSum / gpus.size(), List.of(), List.of(), (System.nanoTime() - start) / 1e9);
            folds.add(result);
            listener.foldFinished(result);
        }
        return new Outcome(predicted, folds);
    }

    /**
     * Leave-one-kernel-out on one GPU with the neighbours formulation, choosing among the candidate
     * (variant, knn head) pairs by leave-one-out inside the training kernels.
     *
     * @return the predicted factor index of each kernel and the folds
     */
    static Outcome evaluateNeighbours(ThreadCoarseningDataset dataset, Gpu gpu, Map<String, double[][]> variants,
                                      List<HeadSpec> heads, ProgressMonitor monitor, CvListener listener)
            throws MireException {
        for (HeadSpec head : heads) {
            if (head.kind() != org.mire.task.head.HeadKind.NEAREST_NEIGHBOURS) {
                throw new MireException("the neighbours formulation takes knn heads, not " + head);
            }
        }
        int kernels = dataset.kernels().size();
        int[] predicted = new int[kernels];
        List<CvResult.FoldResult> folds = new ArrayList<>();
        List<String> variantNames = new ArrayList<>(variants.keySet());
        for (int k = 0; k < kernels; k++) {
            monitor.checkCancelled();
            monitor.progress(k, kernels, gpu.id() + ": kernel " + (k + 1) + " of " + kernels);
            listener.foldStarted(k, k, kernels);
            long start = System.nanoTime();
            final int heldOut = k;
            int[] training = java.util.stream.IntStream.range(0, kernels).filter(i -> i != heldOut).toArray();
            String chosenVariant = variantNames.get(0);
            HeadSpec chosen = heads.get(0);
            Map<String, Double> innerScores = new LinkedHashMap<>();
            if (variants.size() * heads.size() > 1) {
                double best = Double.NEGATIVE_INFINITY;
                for (String variant : variantNames) {
                    for (HeadSpec head : heads) {
                        double sum = 0;
                        for (int inner : training) {
                            int[] rest = Arrays.stream(training).filter(i -> i != inner).toArray();
                            int factor = neighboursFactor(dataset, gpu, variants.get(variant), head, rest, inner);
                            sum += dataset.kernels().get(inner).speedup(gpu, factor);
                        }
                        double score = sum / training.length;
                        innerScores.put(CrossValidation.candidateName(variant, head), score);
                        if (score > best) {
                            best = score;
                            chosenVariant = variant;
                            chosen = head;
                        }
                    }
                }
                listener.headChosen(k, chosen, best);
            }
            int factor = neighboursFactor(dataset, gpu, variants.get(chosenVariant), chosen, training, heldOut);
            predicted[k] = Arrays.binarySearch(ThreadCoarseningDataset.FACTORS, factor);
            CvResult.FoldResult result = new CvResult.FoldResult(k, training.length, 1, chosenVariant, chosen,
                    innerScores, dataset.kernels().get(k).speedup(gpu, factor), List.of(), List.of(),
                    (System.nanoTime() - start) / 1e9);
            folds.add(result);
            listener.foldFinished(result);
        }
        return new Outcome(new int[][] {predicted}, folds);
    }

    /**
     * The factor with the best (weighted) mean speedup over the training kernels nearest to {@code target}, inputs
     * standardised on the training kernels.
     */
    static int neighboursFactor(ThreadCoarseningDataset dataset, Gpu gpu, double[][] inputs, HeadSpec head,
                                int[] training, int target) {
        double[][] trainingRows = new double[training.length][];
        for (int i = 0; i < training.length; i++) {
            trainingRows[i] = inputs[training[i]];
        }
        org.mire.task.head.Standardizer standardizer = org.mire.task.head.Standardizer.fit(trainingRows);
        double[][] z = standardizer.apply(trainingRows);
        double[] query = standardizer.apply(new double[][] {inputs[target]})[0];
        boolean byDistance = org.mire.task.head.NearestNeighbours.distanceWeights(head);
        var near = org.mire.task.head.NearestNeighbours.nearest(z, query, head.integer("k"),
                org.mire.task.head.NearestNeighbours.cosine(head));
        int[] factors = ThreadCoarseningDataset.FACTORS;
        double[] gain = new double[factors.length];
        for (var neighbour : near) {
            Kernel kernel = dataset.kernels().get(training[neighbour.row()]);
            double w = org.mire.task.head.NearestNeighbours.weight(neighbour, byDistance);
            for (int f = 0; f < factors.length; f++) {
                gain[f] += w * kernel.speedup(gpu, factors[f]);
            }
        }
        int best = 0;
        for (int f = 1; f < factors.length; f++) {
            if (gain[f] > gain[best] + 1e-12) {
                best = f;
            }
        }
        return factors[best];
    }

    /** Per GPU the predicted factor index of each kernel, and the folds (one per held-out kernel). */
    record Outcome(int[][] predicted, List<CvResult.FoldResult> folds) {
    }

    /** Mean speedup over the inner held-out kernels and all GPUs, leave-one-out within {@code training}. */
    private static double innerScore(CoarseningFormulation formulation, ThreadCoarseningDataset dataset,
                                     List<Gpu> gpus, double[][] inputs, HeadSpec head, int[] training, long seed,
                                     ProgressMonitor monitor) throws MireException {
        double sum = 0;
        int count = 0;
        for (int heldOut : training) {
            monitor.checkCancelled();
            int[] inner = Arrays.stream(training).filter(i -> i != heldOut).toArray();
            int[] factors = fitAndPredict(formulation, dataset, gpus, inputs, head, inner, heldOut, seed);
            for (int g = 0; g < gpus.size(); g++) {
                sum += dataset.kernels().get(heldOut).speedup(gpus.get(g), factors[g]);
                count++;
            }
        }
        return sum / count;
    }

    /** Fits on the training kernels and returns the predicted factor of {@code target} on each GPU. */
    static int[] fitAndPredict(CoarseningFormulation formulation, ThreadCoarseningDataset dataset, List<Gpu> gpus,
                               double[][] inputs, HeadSpec head, int[] training, int target, long seed) {
        FitContext context = new FitContext(seed, ProgressMonitor.NONE, TrainingListener.NONE);
        int[] factors = new int[gpus.size()];
        if (formulation == JOINT) {
            List<double[]> x = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            for (int kernel : training) {
                for (int g = 0; g < gpus.size(); g++) {
                    x.add(row(inputs[kernel], gpus, g, Double.NaN));
                    y.add(Arrays.binarySearch(ThreadCoarseningDataset.FACTORS,
                            dataset.kernels().get(kernel).oracle(gpus.get(g))));
                }
            }
            TrainedHead fitted = TrainedHead.fitClassifier(head, x.toArray(double[][]::new),
                    y.stream().mapToInt(Integer::intValue).toArray(), ThreadCoarseningDataset.FACTORS.length, context);
            for (int g = 0; g < gpus.size(); g++) {
                int label = fitted.predictClasses(new double[][] {row(inputs[target], gpus, g, Double.NaN)})[0];
                factors[g] = ThreadCoarseningDataset.FACTORS[label];
            }
            return factors;
        }
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int kernel : training) {
            Kernel k = dataset.kernels().get(kernel);
            for (int g = 0; g < gpus.size(); g++) {
                Gpu gpu = gpus.get(g);
                for (int factor : k.factors()) {
                    double runtime = k.runtime(gpu, factor);
                    if (!Double.isNaN(runtime)) {
                        x.add(row(inputs[kernel], gpus, g, log2(factor)));
                        y.add(Math.log(k.runtime(gpu, 1) / runtime));
                    }
                }
            }
        }
        TrainedHead fitted = TrainedHead.fitRegressor(head, x.toArray(double[][]::new),
                y.stream().mapToDouble(Double::doubleValue).toArray(), context);
        for (int g = 0; g < gpus.size(); g++) {
            double[][] candidates = new double[ThreadCoarseningDataset.FACTORS.length][];
            for (int f = 0; f < candidates.length; f++) {
                candidates[f] = row(inputs[target], gpus, g, log2(ThreadCoarseningDataset.FACTORS[f]));
            }
            double[] gain = fitted.predictValues(candidates);
            int best = 0;
            for (int f = 1; f < gain.length; f++) {
                if (gain[f] > gain[best] + 1e-12) {
                    best = f;
                }
            }
            factors[g] = ThreadCoarseningDataset.FACTORS[best];
        }
        return factors;
    }

    private static double[] row(double[] embedding, List<Gpu> gpus, int gpu, double log2Factor) {
        int extra = gpus.size() + (Double.isNaN(log2Factor) ? 0 : 1);
        double[] row = Arrays.copyOf(embedding, embedding.length + extra);
        row[embedding.length + gpu] = 1;
        if (!Double.isNaN(log2Factor)) {
            row[row.length - 1] = log2Factor;
        }
        return row;
    }

    private static double log2(int factor) {
        return Math.log(factor) / Math.log(2);
    }
}
