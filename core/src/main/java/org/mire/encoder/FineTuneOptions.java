package org.mire.encoder;

import java.util.Locale;

/**
 * The recipe for fine-tuning the encoder together with a task head (docs/tasks.md, "Fine-tuning the encoder"), in
 * two stages: the head alone on the frozen embeddings, then encoder and head together. Fixed before any test row is
 * seen; nothing in it is chosen on test rows.
 *
 * @param probeEpochs         epochs of the first stage: the head alone on the frozen embeddings
 * @param epochs              most epochs of the second stage, encoder and head together (passes over the training
 *                            rows' items, functions or modules)
 * @param encoderLearningRate peak AdamW learning rate of the second stage (encoder and head); 0 keeps the encoder
 *                            frozen: the first stage alone, the baseline that says what fine-tuning adds
 * @param headLearningRate    peak AdamW learning rate of the first stage (the head alone)
 * @param weightDecay         AdamW decoupled weight decay (weight matrices only)
 * @param hidden              ReLU units of the head's hidden layer; 0 makes the head linear
 * @param maxBatchItems       most items per fine-tuning batch (every training row of an item goes into its batch)
 * @param nodeBudget          most graph nodes per fine-tuning batch
 * @param tokenBudget         most padded text positions per fine-tuning batch (one window of text per item)
 * @param validationFraction  share of the training groups (kernels) held out to keep the best point (the probe or
 *                            the end of a fine-tuning epoch) and stop early; used only when the training part has at
 *                            least {@link #MIN_GROUPS_FOR_VALIDATION} groups, otherwise every epoch runs
 * @param patience            fine-tuning epochs without a better validation loss before stopping
 * @param balanced            weigh the classes of the cross-entropy inversely to their frequency
 * @param seed                seeds the head's initial weights, the batches and the text windows
 */
public record FineTuneOptions(int probeEpochs, int epochs, float encoderLearningRate, float headLearningRate,
                              float weightDecay, int hidden, int maxBatchItems, int nodeBudget, int tokenBudget,
                              double validationFraction, int patience, boolean balanced, long seed) {

    /** Fewer training groups than this: too few to hold any out, every epoch runs. */
    public static final int MIN_GROUPS_FOR_VALIDATION = 20;

    public FineTuneOptions {
        if (probeEpochs < 1 || epochs < 1 || maxBatchItems < 2 || nodeBudget < 1 || tokenBudget < 1 || hidden < 0
                || patience < 1) {
            throw new IllegalArgumentException("fine-tuning needs at least one epoch per stage, two items per batch, "
                    + "positive budgets and patience, and a hidden width of 0 or more");
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
     * The default recipe, decided before any test fold was scored: a head of one hidden layer of 64 units, first
     * trained alone on the frozen embeddings for 100 epochs at learning rate 1e-3, then fine-tuned together with the
     * encoder for at most 2 epochs at 1e-4 (the usual rate for fine-tuning a pre-trained encoder; an epoch passes
     * every training item once), weight decay 0.01, batches of up to 16 items, the best point kept on 10% of the
     * training kernels. Two epochs because one epoch of the shipped encoder over DevMap's 612 training files takes
     * several CPU-minutes (docs/tasks.md).
     */
    public static FineTuneOptions defaults() {
        return new FineTuneOptions(100, 2, 1e-4f, 1e-3f, 0.01f, 64, 16, 8000, 4096, 0.1, 2, false, 204);
    }

    public boolean frozen() {
        return encoderLearningRate == 0;
    }

    public FineTuneOptions withProbeEpochs(int value) {
        return new FineTuneOptions(value, epochs, encoderLearningRate, headLearningRate, weightDecay, hidden,
                maxBatchItems, nodeBudget, tokenBudget, validationFraction, patience, balanced, seed);
    }

    public FineTuneOptions withEpochs(int value) {
        return new FineTuneOptions(probeEpochs, value, encoderLearningRate, headLearningRate, weightDecay, hidden,
                maxBatchItems, nodeBudget, tokenBudget, validationFraction, patience, balanced, seed);
    }

    public FineTuneOptions withLearningRates(float encoder, float head) {
        return new FineTuneOptions(probeEpochs, epochs, encoder, head, weightDecay, hidden, maxBatchItems, nodeBudget,
                tokenBudget, validationFraction, patience, balanced, seed);
    }

    public FineTuneOptions withHidden(int value) {
        return new FineTuneOptions(probeEpochs, epochs, encoderLearningRate, headLearningRate, weightDecay, value,
                maxBatchItems, nodeBudget, tokenBudget, validationFraction, patience, balanced, seed);
    }

    public FineTuneOptions withBatch(int items, int nodes, int tokens) {
        return new FineTuneOptions(probeEpochs, epochs, encoderLearningRate, headLearningRate, weightDecay, hidden,
                items, nodes, tokens, validationFraction, patience, balanced, seed);
    }

    public FineTuneOptions withValidation(double fraction, int value) {
        return new FineTuneOptions(probeEpochs, epochs, encoderLearningRate, headLearningRate, weightDecay, hidden,
                maxBatchItems, nodeBudget, tokenBudget, fraction, value, balanced, seed);
    }

    public FineTuneOptions withBalanced(boolean value) {
        return new FineTuneOptions(probeEpochs, epochs, encoderLearningRate, headLearningRate, weightDecay, hidden,
                maxBatchItems, nodeBudget, tokenBudget, validationFraction, patience, value, seed);
    }

    public FineTuneOptions withSeed(long value) {
        return new FineTuneOptions(probeEpochs, epochs, encoderLearningRate, headLearningRate, weightDecay, hidden,
                maxBatchItems, nodeBudget, tokenBudget, validationFraction, patience, balanced, value);
    }

    /** A one-line summary for reports and model cards. */
    public String describe() {
        String stages = String.format(Locale.ROOT, "head (%s) on frozen embeddings %d epochs at lr %s",
                hidden == 0 ? "linear" : "1×" + hidden + " ReLU", probeEpochs, plain(headLearningRate));
        if (!frozen()) {
            stages += String.format(Locale.ROOT, ", then with the encoder ≤%d epochs at lr %s", epochs,
                    plain(encoderLearningRate));
        }
        return String.format(Locale.ROOT, "%s; batches of ≤%d items, weight decay %s, %s, seed %d", stages,
                maxBatchItems, plain(weightDecay), validationFraction > 0 ? String.format(Locale.ROOT,
                        "best point on %.0f%% of the training groups (patience %d)", 100 * validationFraction,
                        patience) : "no validation", seed);
    }

    /** A number as written by hand: 0.0001, not 1.0E-4. */
    public static String plain(float value) {
        return new java.math.BigDecimal(Float.toString(value)).stripTrailingZeros().toPlainString();
    }
}
