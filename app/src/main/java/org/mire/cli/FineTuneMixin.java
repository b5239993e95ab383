package org.mire.cli;

import org.mire.MireException;
import org.mire.encoder.FineTuneOptions;
import picocli.CommandLine.Option;

/** The options of commands that can fine-tune the encoder with a task head ({@code --fine-tune} and its recipe). */
final class FineTuneMixin {
    private static final FineTuneOptions DEFAULTS = FineTuneOptions.defaults();

    @Option(names = "--fine-tune",
            description = "Fine-tune the encoder (mirencoder[:DIR]) together with a small head inside every fold, on "
                    + "that fold's training rows only, instead of training heads on frozen embeddings "
                    + "(docs/tasks.md, \"Fine-tuning the encoder\").")
    boolean enabled;

    @Option(names = "--probe-epochs", paramLabel = "N",
            description = "Fine-tuning, first stage: epochs of the head alone on the frozen embeddings (default: 100).")
    Integer probeEpochs;

    @Option(names = "--lr", paramLabel = "X",
            description = "Fine-tuning, first stage: the head's peak learning rate (default: 0.001).")
    Float headLearningRate;

    @Option(names = "--epochs", paramLabel = "N",
            description = "Fine-tuning, second stage: most epochs of encoder and head together (default: 2).")
    Integer epochs;

    @Option(names = "--encoder-lr", paramLabel = "X",
            description = "Fine-tuning, second stage: the peak learning rate of encoder and head (default: 0.0001); "
                    + "0 keeps the encoder frozen, the first stage alone (the comparison that says what fine-tuning "
                    + "adds).")
    Float encoderLearningRate;

    @Option(names = "--hidden", paramLabel = "N",
            description = "Fine-tuning: hidden ReLU units of the head; 0 for a linear head (default: 64).")
    Integer hidden;

    @Option(names = "--batch-items", paramLabel = "N",
            description = "Fine-tuning: most files per batch (default: 16).")
    Integer batchItems;

    @Option(names = "--validation", paramLabel = "F",
            description = "Fine-tuning: share of the training kernels (groups) held out to keep the best point (the "
                    + "probe or an epoch's end) and stop early, used when a fold trains on at least 20 groups; 0 runs "
                    + "every epoch (default: 0.1).")
    Double validation;

    @Option(names = "--patience", paramLabel = "N",
            description = "Fine-tuning: epochs without a better validation loss before stopping (default: 2).")
    Integer patience;

    @Option(names = "--balanced", description = "Fine-tuning: class-balanced cross-entropy.")
    boolean balanced;

    boolean enabled() throws MireException {
        if (!enabled && (probeEpochs != null || epochs != null || headLearningRate != null
                || encoderLearningRate != null || hidden != null || batchItems != null || validation != null
                || patience != null || balanced)) {
            throw new MireException("--probe-epochs, --epochs, --lr, --encoder-lr, --hidden, --batch-items, "
                    + "--validation, --patience and --balanced set the fine-tuning recipe: add --fine-tune");
        }
        return enabled;
    }

    /** The recipe: the defaults with what was given; {@code seed} seeds it. */
    FineTuneOptions options(long seed) throws MireException {
        try {
            return new FineTuneOptions(or(probeEpochs, DEFAULTS.probeEpochs()), or(epochs, DEFAULTS.epochs()),
                    or(encoderLearningRate, DEFAULTS.encoderLearningRate()),
                    or(headLearningRate, DEFAULTS.headLearningRate()), DEFAULTS.weightDecay(),
                    or(hidden, DEFAULTS.hidden()), or(batchItems, DEFAULTS.maxBatchItems()), DEFAULTS.nodeBudget(),
                    DEFAULTS.tokenBudget(), validation == null ? DEFAULTS.validationFraction() : validation,
                    or(patience, DEFAULTS.patience()), balanced, seed);
        } catch (IllegalArgumentException e) {
            throw new MireException("fine-tuning: " + e.getMessage());
        }
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
