package org.mire.task.head;

import java.io.Serializable;
import java.util.Arrays;
import org.mire.task.TaskKind;

/**
 * A fitted head: the standardiser fitted on its training rows, the model, and (for classifiers) the map from the
 * labels present in training to the task's labels, so that probabilities always have one column per task class.
 *
 * @param spec         the head and hyper-parameters it was fitted with
 * @param kind         classification or regression
 * @param classCount   number of task classes (0 for regression)
 * @param trainedLabels the task labels the model saw, in model-column order (classification); a task class absent
 *                     from training gets probability 0
 * @param constantLabel when training had a single class, that label (the model is then null), else -1
 * @param standardizer fitted on the training rows
 * @param model        the fitted model
 */
public record TrainedHead(HeadSpec spec, TaskKind kind, int classCount, int[] trainedLabels, int constantLabel,
                          Standardizer standardizer, FittedModel model) implements Serializable {

    /** Fits a classifier; rows are raw (unstandardised) inputs and labels are in 0..classCount-1. */
    public static TrainedHead fitClassifier(HeadSpec spec, double[][] x, int[] y, int classCount, FitContext context) {
        checkRows(x, y.length);
        if (!spec.kind().supports(TaskKind.CLASSIFICATION)) {
            throw new IllegalArgumentException(spec.kind().id() + " cannot classify");
        }
        int[] present = Arrays.stream(y).distinct().sorted().toArray();
        Standardizer standardizer = Standardizer.fit(x);
        if (present.length == 1) {
            return new TrainedHead(spec, TaskKind.CLASSIFICATION, classCount, present, present[0], standardizer, null);
        }
        int[] local = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            local[i] = Arrays.binarySearch(present, y[i]);
        }
        double[][] z = standardizer.apply(x);
        long seed = context.seedFor(spec);
        FittedModel model = switch (spec.kind()) {
            case MLP -> MlpHead.classifier(spec, z, local, present.length, context);
            case NEAREST_NEIGHBOURS -> NearestNeighbours.classifier(spec, z, local, present.length);
            default -> SmileHeads.classifier(spec, z, local, present.length, seed);
        };
        return new TrainedHead(spec, TaskKind.CLASSIFICATION, classCount, present, -1, standardizer, model);
    }

    /** Fits a regressor on raw inputs. */
    public static TrainedHead fitRegressor(HeadSpec spec, double[][] x, double[] y, FitContext context) {
        checkRows(x, y.length);
        if (!spec.kind().supports(TaskKind.REGRESSION)) {
            throw new IllegalArgumentException(spec.kind().id() + " cannot regress");
        }
        Standardizer standardizer = Standardizer.fit(x);
        double[][] z = standardizer.apply(x);
        FittedModel model = switch (spec.kind()) {
            case MLP -> MlpHead.regressor(spec, z, y, context);
            case NEAREST_NEIGHBOURS -> NearestNeighbours.regressor(spec, z, y);
            default -> SmileHeads.regressor(spec, z, y, context.seedFor(spec));
        };
        return new TrainedHead(spec, TaskKind.REGRESSION, 0, new int[0], -1, standardizer, model);
    }

    private static void checkRows(double[][] x, int labels) {
        if (x.length == 0) {
            throw new IllegalArgumentException("no training rows");
        }
        if (x.length != labels) {
            throw new IllegalArgumentException(x.length + " rows but " + labels + " labels");
        }
    }

    public int inputDimension() {
        return standardizer.inputDimension();
    }

    /** One probability per task class for each row. */
    public double[][] probabilities(double[][] x) {
        double[][] result = new double[x.length][classCount];
        if (constantLabel >= 0) {
            for (double[] row : result) {
                row[constantLabel] = 1;
            }
            return result;
        }
        double[][] local = model.probabilities(standardizer.apply(x));
        for (int i = 0; i < x.length; i++) {
            for (int c = 0; c < trainedLabels.length; c++) {
                result[i][trainedLabels[c]] = local[i][c];
            }
        }
        return result;
    }

    /** The most probable class of each row (lowest label on ties). */
    public int[] predictClasses(double[][] x) {
        return Arrays.stream(probabilities(x)).mapToInt(TrainedHead::argmax).toArray();
    }

    public double[] predictValues(double[][] x) {
        return model.values(standardizer.apply(x));
    }

    public static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
