package org.mire.task.head;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.mire.MireException;
import org.mire.task.TaskKind;

/**
 * The head families and their default hyper-parameters. Every family takes {@code seed}.
 * <ul>
 * <li>{@code mlp}: DJL multi-layer perceptron — layers (hidden), width, dropout, lr (Adam), wd (weight decay),
 *     epochs (maximum), batch, patience (early stopping on a 10% validation part of the training rows; 0 = off),
 *     classweights ({@code balanced} or {@code none}).</li>
 * <li>{@code rf}: Smile random forest — trees, mtry (0: √p for classes, p/3 for targets), depth, leaves (max leaf
 *     nodes, 0: unlimited), nodesize, classweights.</li>
 * <li>{@code gbt}: Smile gradient tree boosting — trees, depth, leaves (per tree), nodesize, shrinkage,
 *     subsample.</li>
 * <li>{@code logreg}: Smile logistic regression (classification) — lambda (L2), iterations.</li>
 * <li>{@code ridge}: Smile ridge regression (regression) — lambda.</li>
 * <li>{@code knn}: k nearest training rows on standardised inputs — k, metric ({@code cosine} or
 *     {@code euclidean}), weights ({@code uniform} or {@code distance}); class shares or the mean target. For
 *     thread coarsening's {@code neighbours} formulation it averages the neighbours' speedup curves.</li>
 * </ul>
 */
public enum HeadKind {
    MLP("mlp", true, true, params("layers", "2", "width", "64", "dropout", "0.2", "lr", "0.001", "wd", "0.0001",
            "epochs", "200", "batch", "32", "patience", "20", "classweights", "balanced", "seed", "1")),
    RANDOM_FOREST("rf", true, true, params("trees", "300", "mtry", "0", "depth", "20", "leaves", "0",
            "nodesize", "1", "classweights", "none", "seed", "1")),
    GRADIENT_BOOSTING("gbt", true, true, params("trees", "300", "depth", "20", "leaves", "6", "nodesize", "3",
            "shrinkage", "0.05", "subsample", "0.7", "seed", "1")),
    LOGISTIC_REGRESSION("logreg", true, false, params("lambda", "0.1", "iterations", "500", "seed", "1")),
    RIDGE("ridge", false, true, params("lambda", "1", "seed", "1")),
    NEAREST_NEIGHBOURS("knn", true, true, params("k", "5", "metric", "cosine", "weights", "uniform", "seed", "1"));

    private final String id;
    private final boolean classifies;
    private final boolean regresses;
    private final Map<String, String> defaults;

    HeadKind(String id, boolean classifies, boolean regresses, Map<String, String> defaults) {
        this.id = id;
        this.classifies = classifies;
        this.regresses = regresses;
        this.defaults = defaults;
    }

    public String id() {
        return id;
    }

    public Map<String, String> defaults() {
        return defaults;
    }

    public boolean supports(TaskKind task) {
        return task == TaskKind.CLASSIFICATION ? classifies : regresses;
    }

    public static HeadKind of(String text) throws MireException {
        for (HeadKind kind : values()) {
            if (kind.id.equals(text.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new MireException("unknown head '" + text + "'; use mlp, rf, gbt, logreg, ridge or knn");
    }

    private static Map<String, String> params(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
