package org.mire.task.head;

import java.util.Arrays;
import smile.classification.GradientTreeBoost;
import smile.classification.LogisticRegression;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.data.vector.ValueVector;
import smile.math.MathEx;
import smile.model.cart.Loss;
import smile.model.cart.SplitRule;
import smile.regression.LinearModel;
import smile.regression.RidgeRegression;

/** The Smile 6 heads: random forest, gradient tree boosting, logistic and ridge regression. */
final class SmileHeads {
    private static final String Y = "y";

    static {
        // Smile logs every tree at INFO; keep the console readable unless the user configured its level.
        if (System.getProperty("org.slf4j.simpleLogger.log.smile") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.smile", "warn");
        }
    }

    private SmileHeads() {
    }

    static String[] names(int p) {
        String[] names = new String[p];
        for (int j = 0; j < p; j++) {
            names[j] = "x" + j;
        }
        return names;
    }

    private static DataFrame frame(double[][] x) {
        return DataFrame.of(x, names(x[0].length));
    }

    /** Random forest / boosting classifiers over {@code k} contiguous labels 0..k-1 (all present). */
    static FittedModel classifier(HeadSpec spec, double[][] x, int[] y, int k, long seed) {
        return switch (spec.kind()) {
            case RANDOM_FOREST -> forest(spec, x, y, k, seed);
            case GRADIENT_BOOSTING -> {
                MathEx.setSeed(seed);
                GradientTreeBoost.Options options = new GradientTreeBoost.Options(spec.integer("trees"),
                        spec.integer("depth"), Math.max(2, spec.integer("leaves")), spec.integer("nodesize"),
                        spec.number("shrinkage"), spec.number("subsample"), null, null);
                DataFrame data = frame(x).add(ValueVector.of(Y, y));
                GradientTreeBoost boost = GradientTreeBoost.fit(Formula.lhs(Y), data, options);
                yield new TreeClassifier(boost, k, boost.schema());
            }
            case LOGISTIC_REGRESSION -> {
                MathEx.setSeed(seed);
                LogisticRegression model = LogisticRegression.fit(x, y, new LogisticRegression.Options(
                        spec.number("lambda"), 1e-5, spec.integer("iterations")));
                yield new LogisticClassifier(model, k);
            }
            default -> throw new IllegalArgumentException(spec.kind().id() + " is not a Smile classifier");
        };
    }

    static FittedModel regressor(HeadSpec spec, double[][] x, double[] y, long seed) {
        return switch (spec.kind()) {
            case RANDOM_FOREST -> {
                int p = x[0].length;
                int mtry = spec.integer("mtry") > 0 ? Math.min(p, spec.integer("mtry")) : Math.max(1, p / 3);
                int leaves = spec.integer("leaves") > 0 ? spec.integer("leaves") : x.length;
                int trees = spec.integer("trees");
                long[] seeds = new java.util.Random(seed).longs(trees).toArray();
                smile.regression.RandomForest.Options options = new smile.regression.RandomForest.Options(trees,
                        mtry, spec.integer("depth"), Math.max(2, leaves), Math.max(1, spec.integer("nodesize")), 1.0,
                        seeds, null);
                DataFrame data = frame(x).add(ValueVector.of(Y, y));
                smile.regression.RandomForest forest = smile.regression.RandomForest.fit(Formula.lhs(Y), data,
                        options);
                yield new TreeRegressor(forest, forest.schema());
            }
            case GRADIENT_BOOSTING -> {
                MathEx.setSeed(seed);
                smile.regression.GradientTreeBoost.Options options = new smile.regression.GradientTreeBoost.Options(
                        Loss.ls(), spec.integer("trees"), spec.integer("depth"), Math.max(2, spec.integer("leaves")),
                        spec.integer("nodesize"), spec.number("shrinkage"), spec.number("subsample"), null, null);
                DataFrame data = frame(x).add(ValueVector.of(Y, y));
                smile.regression.GradientTreeBoost boost = smile.regression.GradientTreeBoost.fit(Formula.lhs(Y),
                        data, options);
                yield new TreeRegressor(boost, boost.schema());
            }
            case RIDGE -> {
                DataFrame data = frame(x).add(ValueVector.of(Y, y));
                LinearModel model = RidgeRegression.fit(Formula.lhs(Y), data, spec.number("lambda"));
                yield new LinearRegressor(model);
            }
            default -> throw new IllegalArgumentException(spec.kind().id() + " is not a Smile regressor");
        };
    }

    /**
     * A random forest of Smile decision trees, grown as Smile's {@code RandomForest} grows them (per-class
     * bootstrap, Gini splits on mtry random inputs, class weights as per-class down-sampling) but without Smile's
     * out-of-bag bookkeeping, which fails when a multi-class forest's out-of-bag rows hold exactly two classes
     * (Smile 6.2.5 then applies binary-only metrics to labels other than 0 and 1).
     */
    private static FittedModel forest(HeadSpec spec, double[][] x, int[] y, int k, long seed) {
        int n = x.length;
        int p = x[0].length;
        int mtry = spec.integer("mtry") > 0 ? Math.min(p, spec.integer("mtry")) : Math.max(1, (int) Math.sqrt(p));
        int leaves = spec.integer("leaves") > 0 ? spec.integer("leaves") : n;
        int[] counts = new int[k];
        for (int label : y) {
            counts[label]++;
        }
        int[] weight = new int[k];
        java.util.Arrays.fill(weight, 1);
        if ("balanced".equals(spec.get("classweights"))) {
            // Smile down-samples class i by weight[i] per tree: weight the larger classes.
            int smallest = Arrays.stream(counts).filter(c -> c > 0).min().orElse(1);
            for (int c = 0; c < k; c++) {
                weight[c] = Math.max(1, (int) Math.round((double) counts[c] / smallest));
            }
        }
        int[][] members = new int[k][];
        for (int c = 0; c < k; c++) {
            final int label = c;
            members[c] = java.util.stream.IntStream.range(0, n).filter(i -> y[i] == label).toArray();
        }
        DataFrame frame = frame(x);
        smile.data.type.StructField response = new smile.data.type.StructField(Y, smile.data.type.DataTypes.IntType);
        int[][] order = smile.model.cart.CART.order(frame);
        int trees = spec.integer("trees");
        long[] seeds = new java.util.Random(seed).longs(trees).toArray();
        smile.classification.DecisionTree[] forest = java.util.stream.IntStream.range(0, trees).parallel()
                .mapToObj(t -> {
                    MathEx.setSeed(seeds[t]);
                    int[] samples = new int[n];
                    for (int c = 0; c < k; c++) {
                        int size = counts[c] / weight[c];
                        for (int j = 0; j < size; j++) {
                            samples[members[c][MathEx.randomInt(counts[c])]]++;
                        }
                    }
                    return new smile.classification.DecisionTree(frame, y, response, k, SplitRule.GINI,
                            spec.integer("depth"), Math.max(2, leaves), spec.integer("nodesize"), mtry, samples,
                            order);
                }).toArray(smile.classification.DecisionTree[]::new);
        return new ForestClassifier(forest, k, frame.schema());
    }

    /** Averages the trees' class posteriors. */
    record ForestClassifier(smile.classification.DecisionTree[] trees, int classes, StructType schema)
            implements FittedModel {
        @Override
        public double[][] probabilities(double[][] x) {
            double[][] result = new double[x.length][];
            double[] posterior = new double[classes];
            for (int i = 0; i < x.length; i++) {
                double[] sum = new double[classes];
                Tuple tuple = Tuple.of(schema, x[i]);
                for (smile.classification.DecisionTree tree : trees) {
                    tree.predict(tuple, posterior);
                    for (int c = 0; c < classes; c++) {
                        sum[c] += posterior[c] / trees.length;
                    }
                }
                result[i] = sum;
            }
            return result;
        }
    }

    /** A Smile tree ensemble; predicts on tuples of the training schema. */
    record TreeClassifier(GradientTreeBoost boost, int classes, StructType schema) implements FittedModel {
        @Override
        public double[][] probabilities(double[][] x) {
            double[][] result = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                double[] posterior = new double[classes];
                boost.predict(Tuple.of(schema, x[i]), posterior);
                result[i] = posterior;
            }
            return result;
        }
    }

    record LogisticClassifier(LogisticRegression model, int classes) implements FittedModel {
        @Override
        public double[][] probabilities(double[][] x) {
            double[][] result = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                double[] posterior = new double[classes];
                model.predict(x[i], posterior);
                result[i] = posterior;
            }
            return result;
        }
    }

    record TreeRegressor(smile.regression.DataFrameRegression model, StructType schema) implements FittedModel {
        @Override
        public double[] values(double[][] x) {
            double[] result = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                result[i] = model.predict(Tuple.of(schema, x[i]));
            }
            return result;
        }
    }

    record LinearRegressor(LinearModel model) implements FittedModel {
        @Override
        public double[] values(double[][] x) {
            double[] result = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                result[i] = model.predict(x[i]);
            }
            return result;
        }
    }
}
