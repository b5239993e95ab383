package org.mire.task.head;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A multi-layer perceptron trained with DJL (PyTorch engine, CPU): {@code layers} hidden ReLU layers of
 * {@code width} units with dropout, Adam with weight decay, mini-batches, class-weighted cross-entropy (or squared
 * error for regression), and early stopping on a held-out 10% of the training rows that restores the best epoch's
 * weights. The trained weights are copied out into plain arrays, so prediction runs in Java.
 */
final class MlpHead {
    private MlpHead() {
    }

    /** Trains a classifier over {@code k} contiguous labels. */
    static FittedModel classifier(HeadSpec spec, double[][] x, int[] y, int k, FitContext context) {
        double[] classWeight = new double[k];
        Arrays.fill(classWeight, 1);
        if ("balanced".equals(spec.get("classweights"))) {
            int[] counts = new int[k];
            for (int label : y) {
                counts[label]++;
            }
            for (int c = 0; c < k; c++) {
                classWeight[c] = counts[c] == 0 ? 0 : (double) y.length / (k * counts[c]);
            }
        }
        double[] target = Arrays.stream(y).asDoubleStream().toArray();
        Weights weights = train(spec, x, target, k, classWeight, context);
        return new Classifier(weights);
    }

    static FittedModel regressor(HeadSpec spec, double[][] x, double[] y, FitContext context) {
        // Targets are standardised for training and scaled back when predicting.
        double mean = Arrays.stream(y).average().orElse(0);
        double sd = Math.sqrt(Arrays.stream(y).map(v -> (v - mean) * (v - mean)).average().orElse(1));
        double scale = sd > 1e-12 ? sd : 1;
        double[] z = Arrays.stream(y).map(v -> (v - mean) / scale).toArray();
        Weights weights = train(spec, x, z, 0, null, context);
        return new Regressor(weights, mean, scale);
    }

    /** Weights and biases of each linear layer, {@code w[l][out][in]}. */
    record Weights(float[][][] w, float[][] b) implements java.io.Serializable {
        double[] forward(double[] input) {
            double[] h = input;
            for (int l = 0; l < w.length; l++) {
                double[] next = new double[w[l].length];
                for (int o = 0; o < next.length; o++) {
                    double sum = b[l][o];
                    float[] row = w[l][o];
                    for (int i = 0; i < row.length; i++) {
                        sum += row[i] * h[i];
                    }
                    next[o] = l < w.length - 1 ? Math.max(0, sum) : sum;
                }
                h = next;
            }
            return h;
        }
    }

    record Classifier(Weights weights) implements FittedModel {
        @Override
        public double[][] probabilities(double[][] x) {
            double[][] result = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                double[] logits = weights.forward(x[i]);
                double max = Arrays.stream(logits).max().orElse(0);
                double sum = 0;
                double[] p = new double[logits.length];
                for (int c = 0; c < p.length; c++) {
                    p[c] = Math.exp(logits[c] - max);
                    sum += p[c];
                }
                for (int c = 0; c < p.length; c++) {
                    p[c] /= sum;
                }
                result[i] = p;
            }
            return result;
        }
    }

    record Regressor(Weights weights, double mean, double scale) implements FittedModel {
        @Override
        public double[] values(double[][] x) {
            double[] result = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                result[i] = weights.forward(x[i])[0] * scale + mean;
            }
            return result;
        }
    }

    /**
     * @param k           number of classes, or 0 for regression
     * @param classWeight per-class loss weight (classification), or null
     */
    private static Weights train(HeadSpec spec, double[][] x, double[] y, int k, double[] classWeight,
                                 FitContext context) {
        long seed = context.seedFor(spec);
        Random random = new Random(seed);
        int n = x.length;
        int p = x[0].length;
        int patience = spec.integer("patience");
        // Early-stopping rows: a random 10% (at least 1, and only with enough rows to spare).
        int[] order = shuffled(n, random);
        int validationCount = patience > 0 && n >= 20 ? Math.max(1, n / 10) : 0;
        int[] validation = Arrays.copyOfRange(order, 0, validationCount);
        int[] training = Arrays.copyOfRange(order, validationCount, n);

        Engine.getInstance().setRandomSeed((int) (seed & 0x7fffffff));
        int outputs = k == 0 ? 1 : k;
        SequentialBlock net = new SequentialBlock();
        for (int l = 0; l < spec.integer("layers"); l++) {
            net.add(Linear.builder().setUnits(spec.integer("width")).build());
            net.add(Activation::relu);
            if (spec.number("dropout") > 0) {
                net.add(Dropout.builder().optRate((float) spec.number("dropout")).build());
            }
        }
        net.add(Linear.builder().setUnits(outputs).build());

        Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) spec.number("lr")))
                .optWeightDecays((float) spec.number("wd")).build();
        try (Model model = Model.newInstance("mire-mlp")) {
            model.setBlock(net);
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss()).optOptimizer(adam)
                    .optInitializer(new XavierInitializer(), Parameter.Type.WEIGHT);
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(1, p));
                NDManager manager = trainer.getManager();
                int batch = Math.max(1, spec.integer("batch"));
                int epochs = spec.integer("epochs");
                double bestLoss = Double.POSITIVE_INFINITY;
                Weights best = null;
                int sinceBest = 0;
                for (int epoch = 1; epoch <= epochs; epoch++) {
                    context.monitor().checkCancelled();
                    int[] epochOrder = training.clone();
                    shuffle(epochOrder, random);
                    double lossSum = 0;
                    double weightSum = 0;
                    for (int start = 0; start < epochOrder.length; start += batch) {
                        int[] rows = Arrays.copyOfRange(epochOrder, start, Math.min(epochOrder.length, start + batch));
                        try (NDManager sub = manager.newSubManager()) {
                            NDArray[] xy = arrays(sub, x, y, classWeight, rows);
                            try (GradientCollector collector = trainer.newGradientCollector()) {
                                NDArray out = trainer.forward(new NDList(xy[0])).singletonOrThrow();
                                NDArray[] loss = loss(out, xy[1], xy[2], k);
                                collector.backward(loss[0].div(loss[1]));
                                lossSum += loss[0].getFloat();
                                weightSum += loss[1].getFloat();
                            }
                            trainer.step();
                        }
                    }
                    double trainLoss = lossSum / Math.max(1e-12, weightSum);
                    double validationLoss = Double.NaN;
                    if (validationCount > 0) {
                        try (NDManager sub = manager.newSubManager()) {
                            NDArray[] xy = arrays(sub, x, y, classWeight, validation);
                            NDArray out = trainer.evaluate(new NDList(xy[0])).singletonOrThrow();
                            NDArray[] loss = loss(out, xy[1], xy[2], k);
                            validationLoss = loss[0].getFloat() / Math.max(1e-12, loss[1].getFloat());
                        }
                    }
                    context.listener().epoch(epoch, trainLoss, validationLoss);
                    if (validationCount > 0) {
                        if (validationLoss < bestLoss - 1e-6) {
                            bestLoss = validationLoss;
                            best = copyWeights(net);
                            sinceBest = 0;
                        } else if (++sinceBest >= patience) {
                            break;
                        }
                    }
                }
                return best != null ? best : copyWeights(net);
            }
        }
    }

    /** x, y and per-row weights of the given rows as NDArrays. */
    private static NDArray[] arrays(NDManager manager, double[][] x, double[] y, double[] classWeight, int[] rows) {
        int p = x[0].length;
        float[] flat = new float[rows.length * p];
        float[] targets = new float[rows.length];
        float[] weights = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < p; j++) {
                flat[i * p + j] = (float) x[rows[i]][j];
            }
            targets[i] = (float) y[rows[i]];
            weights[i] = classWeight == null ? 1f : (float) classWeight[(int) y[rows[i]]];
        }
        return new NDArray[] {manager.create(flat, new Shape(rows.length, p)), manager.create(targets),
            manager.create(weights)};
    }

    /** Weighted loss sum and weight sum: cross-entropy for classes, squared error for values. */
    private static NDArray[] loss(NDArray out, NDArray target, NDArray weight, int k) {
        NDArray perRow;
        if (k == 0) {
            NDArray diff = out.reshape(-1).sub(target);
            perRow = diff.mul(diff);
        } else {
            NDArray logProbability = out.logSoftmax(1);
            NDArray oneHot = target.toType(DataType.INT64, false).oneHot(k).toType(DataType.FLOAT32, false);
            perRow = logProbability.mul(oneHot).sum(new int[] {1}).neg();
        }
        return new NDArray[] {perRow.mul(weight).sum(), weight.sum()};
    }

    private static Weights copyWeights(SequentialBlock net) {
        List<float[][]> w = new ArrayList<>();
        List<float[]> b = new ArrayList<>();
        for (Pair<String, Block> child : net.getChildren()) {
            if (child.getValue() instanceof Linear linear) {
                NDArray weight = linear.getParameters().get("weight").getArray();
                NDArray bias = linear.getParameters().get("bias").getArray();
                int out = (int) weight.getShape().get(0);
                int in = (int) weight.getShape().get(1);
                float[] flat = weight.toFloatArray();
                float[][] matrix = new float[out][];
                for (int o = 0; o < out; o++) {
                    matrix[o] = Arrays.copyOfRange(flat, o * in, (o + 1) * in);
                }
                w.add(matrix);
                b.add(bias.toFloatArray());
            }
        }
        return new Weights(w.toArray(float[][][]::new), b.toArray(float[][]::new));
    }

    private static int[] shuffled(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        shuffle(order, random);
        return order;
    }

    private static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
