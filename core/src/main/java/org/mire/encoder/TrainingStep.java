package org.mire.encoder;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.List;
import java.util.Random;

/**
 * One optimisation step (and one evaluation pass) of the pre-training objective on a model. Every NDArray made
 * during a step lives in a scope that is closed at its end, so memory does not grow with steps.
 */
final class TrainingStep implements AutoCloseable {
    private final EncoderModel model;
    private final PretrainingObjective objective;
    private final AdamW optimiser;
    private final ParameterStore store;

    TrainingStep(EncoderModel model, TaskWeights weights, float weightDecay) {
        this.model = model;
        this.objective = new PretrainingObjective(model.config(), weights);
        this.optimiser = new AdamW(model.parameters(), model.manager(), weightDecay, 1.0f);
        this.store = model.newStore();
    }

    AdamW optimiser() {
        return optimiser;
    }

    /** Numbers of one step, copied out of the engine. */
    record Result(float loss, float tokenLoss, float edgeLoss, float nodeLoss, float matchLoss, float gradientNorm,
                  int tokenCorrect, int tokenCount, int nodeCorrect, int nodeCount, int matchCorrect,
                  int matchCount, float[] edgeScores, boolean[] edgeLabels) {
        static Result of(PretrainingObjective.Outcome o, float gradientNorm) {
            return new Result(o.totalLoss(), o.tokenLoss(), o.edgeLoss(), o.nodeLoss(), o.matchLoss(), gradientNorm,
                    o.tokenCorrect(), o.tokenCount(), o.nodeCorrect(), o.nodeCount(), o.matchCorrect(),
                    o.matchCount(), o.edgeScores(), o.edgeLabels());
        }
    }

    Result train(List<EncoderInput> items, Random random, float learningRate) {
        PretrainingObjective.Prepared prepared = objective.prepare(items, random);
        try (NDScope scope = new NDScope(); NDManager step = model.manager().newSubManager()) {
            scope.suppressNotUsedWarning();
            PretrainingObjective.Outcome outcome;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                outcome = objective.evaluate(model.network(), store, step, prepared, true);
                collector.backward(outcome.total());
            }
            float norm = optimiser.step(learningRate);
            return Result.of(outcome, norm);
        }
    }

    Result evaluate(List<EncoderInput> items, Random random) {
        PretrainingObjective.Prepared prepared = objective.prepare(items, random);
        try (NDScope scope = new NDScope(); NDManager step = model.manager().newSubManager()) {
            scope.suppressNotUsedWarning();
            return Result.of(objective.evaluate(model.network(), store, step, prepared, false), 0f);
        }
    }

    @Override
    public void close() {
        // Optimiser state lives in the model's manager and goes with it.
    }
}
