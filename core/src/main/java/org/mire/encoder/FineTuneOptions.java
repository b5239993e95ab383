package org.mire.encoder;

import java.util.Locale;

/**
 * The recipe for fine-tuning the encoder together with a task head (docs/tasks.md, "Fine-tuning the encoder"). Fixed
 * before any test row is seen; nothing in it is chosen on test rows.
 *
 * @param epochs              most passes over the training rows' items (functions or modules)
 * @param encoderLearningRate peak AdamW learning rate of the encoder's weights; 0 keeps the encoder frozen (the same
 *                            recipe on frozen embeddings: the ablation that says what fine-tuning adds)
 * @param headLearningRate    peak AdamW learning rate of the head
 * @param weightDecay         AdamW decoupled weight decay (weight matrices only)
 * @param hidden              ReLU units of the head's hidden layer; 0 makes the head linear
 * @param maxBatchItems       most items per batch (every training row of an item goes into its batch)
 * @param nodeBudget          most graph nodes per batch
 * @param tokenBudget         most padded text positions per batch (one window of text per item)
 * @param validationFraction  share of the training groups (kernels) held out to stop early and keep the best epoch;
 *                            used only when the training part has at least {@link #MIN_GROUPS_FOR_VALIDATION}
 *                            groups, otherwise every epoch runs
 * @param patience            epochs without a better validation loss before stopping
 * @param balanced            weigh the classes of the cross-entropy inversely to their frequency
 * @param seed                seeds the head's initial weights, the batches and the text windows
 */
public record FineTuneOptions(int epochs, float encoderLearningRate, float headLearningRate, float weightDecay,
                              int hidden, int maxBatchItems, int nodeBudget, int tokenBudget,
                              double validationFraction, int patience, boolean balanced, long seed) {

    /** Fewer training groups than this: too few to hold any out, every epoch runs. */
    public static final int MIN_GROUPS_FOR_VALIDATION = 20;

    public FineTuneOptions {
        if (epochs < 1 || maxBatchItems < 2 || nodeBudget < 1 || tokenBudget < 1 || hidden < 0 || patience < 1) {
            throw new IllegalArgumentException("fine-tuning needs at least one epoch, two items per batch, positive "
                    + "budgets and patience, and a hidden width of 0 or more");
        }
        if (!(encoderLearningRate >= 0) || !(headLearningRate > 0) || !(weightDecay >= 0)) {
            throw new IllegalArgumentException("learning rates and weight decay must be non-negative (the head's "
                    + "positive)");
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction " + validationFraction + " outside [0, 1)");
        }
    }

    /**
     * The default recipe, decided before any run: a head of one hidden layer of 64 units at learning rate 1e-3, the
     * encoder at a tenth of that (1e-4, the usual ratio for fine-tuning a pre-trained encoder), weight decay 0.01,
     * at most 8 epochs of batches of up to 16 items, early stopping with patience 3 on 10% of the training kernels.
     */
    public static FineTuneOptions defaults() {
        return new FineTuneOptions(8, 1e-4f, 1e-3f, 0.01f, 64, 16, 8000, 4096, 0.1, 3, false, 204);
    }

    public boolean frozen() {
        return encoderLearningRate == 0;
    }

    public FineTuneOptions withEpochs(int value) {
        return new FineTuneOptions(value, encoderLearningRate, headLearningRate, weightDecay, hidden, maxBatchItems,
                nodeBudget, tokenBudget, validationFraction, patience, balanced, seed);
    }

    public FineTuneOptions withLearningRates(float encoder, float head) {
        return new FineTuneOptions(epochs, encoder, head, weightDecay, hidden, maxBatchItems, nodeBudget,
                tokenBudget, validationFraction, patience, balanced, seed);
    }

    public FineTuneOptions withHidden(int value) {
        return new FineTuneOptions(epochs, encoderLearningRate, headLearningRate, weightDecay, value, maxBatchItems,
                nodeBudget, tokenBudget, validationFraction, patience, balanced, seed);
    }

    public FineTuneOptions withBatch(int items, int nodes, int tokens) {
        return new FineTuneOptions(epochs, encoderLearningRate, headLearningRate, weightDecay, hidden, items, nodes,
                tokens, validationFraction, patience, balanced, seed);
    }

    public FineTuneOptions withValidation(double fraction, int value) {
        return new FineTuneOptions(epochs, encoderLearningRate, headLearningRate, weightDecay, hidden, maxBatchItems,
                nodeBudget, tokenBudget, fraction, value, balanced, seed);
    }

    public FineTuneOptions withBalanced(boolean value) {
        return new FineTuneOptions(epochs, encoderLearningRate, headLearningRate, weightDecay, hidden, maxBatchItems,
                nodeBudget, tokenBudget, validationFraction, patience, value, seed);
    }

    public FineTuneOptions withSeed(long value) {
        return new FineTuneOptions(epochs, encoderLearningRate, headLearningRate, weightDecay, hidden, maxBatchItems,
                nodeBudget, tokenBudget, validationFraction, patience, balanced, value);
    }

    /** A one-line summary for reports and model cards. */
    public String describe() {
        return String.format(Locale.ROOT, "%s, head %s, head lr %.0e, ≤%d epochs, batches of ≤%d items, "
                        + "weight decay %.3g, %s, seed %d",
                frozen() ? "encoder frozen" : String.format(Locale.ROOT, "encoder lr %.0e", encoderLearningRate),
                hidden == 0 ? "linear" : "1×" + hidden + " ReLU", headLearningRate, epochs, maxBatchItems,
                weightDecay, validationFraction > 0 ? String.format(Locale.ROOT,
                        "early stopping on %.0f%% of the training groups (patience %d)", 100 * validationFraction,
                        patience) : "no early stopping", seed);
    }
}
