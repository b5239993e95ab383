package org.mire.encoder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.mire.MireException;

/**
 * Writes the generated part of a model card ({@code README.md}): architecture, size, training run, validation
 * metrics and hashes. A card that already exists is left alone (the shipped model's card is curated by hand).
 */
final class ModelCard {
    private ModelCard() {
    }

    static void write(Path dir, ModelDirectory.Manifest manifest) throws MireException {
        Path file = dir.resolve(ModelDirectory.CARD);
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.writeString(file, render(manifest), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MireException(file + ": cannot write the model card: " + e.getMessage(), e);
        }
    }

    static String render(ModelDirectory.Manifest m) {
        EncoderConfig a = m.architecture();
        StringBuilder s = new StringBuilder();
        s.append("# MIREncoder model\n\n");
        s.append("## Architecture\n");
        s.append(String.format(Locale.ROOT, "- %,d parameters; vocabulary %d tokens; width %d%n", m.parameters(),
                a.vocabularySize(), a.width()));
        s.append(String.format(Locale.ROOT, "- text: %d pre-LN transformer layers, %d heads, feed-forward %d, "
                + "learned positions, up to %d tokens per chunk%n", a.textLayers(), a.heads(), a.feedForward(),
                a.maxTokens()));
        s.append(String.format(Locale.ROOT, "- graph: %d relational layers (control/data/call × forward/backward), "
                + "edge positions in %d buckets, node vectors from %d node-text tokens (shared embedding table)%n",
                a.graphLayers(), a.positionBuckets(), a.nodeTokens()));
        s.append(String.format(Locale.ROOT, "- embedding: %d dimensions, normalise(normalise(P_t·text − μ_t) + "
                + "normalise(P_g·graph − μ_g)), μ = mean projections over the training corpus%n%n", a.embeddingSize()));
        ModelDirectory.TrainingSummary t = m.training();
        if (t != null) {
            s.append("## Training\n");
            s.append(String.format(Locale.ROOT, "- corpus: %s (%d training, %d validation functions)%n", t.corpus(),
                    t.trainItems(), t.validationItems()));
            s.append(String.format(Locale.ROOT, "- %d epochs, %d steps, seed %d, loss weights token,edge,node,match,contrast = "
                    + "%s%n", t.epochs(), t.steps(), t.seed(), t.lossWeights()));
            s.append(String.format(Locale.ROOT, "- %.1f h on %s (%s)%n%n", t.seconds() / 3600, t.device(),
                    t.hardware()));
            s.append("## Validation metrics (last epoch)\n");
            for (Map.Entry<String, Double> e : t.metrics().entrySet()) {
                s.append(String.format(Locale.ROOT, "- %s: %.4f%n", e.getKey(), e.getValue()));
            }
            s.append('\n');
        }
        if (!m.lineage().isEmpty()) {
            s.append("## Derived from\n");
            for (ModelDirectory.Derivation d : m.lineage()) {
                s.append(String.format(Locale.ROOT, "- %s from `%s` (%d tokens; weights SHA-256 `%s`, vocab SHA-256 "
                        + "`%s`): %s%n", d.how(), d.base(), d.baseVocabularySize(), d.baseWeightsSha256(),
                        d.baseVocabSha256(), d.note()));
            }
            s.append('\n');
        }
        s.append("## Files\n");
        s.append("- `encoder.pt` SHA-256 `").append(m.weightsSha256()).append("`\n");
        s.append("- `vocab.txt` SHA-256 `").append(m.vocabSha256()).append("`\n");
        s.append("- engine: ").append(m.engine()).append('\n');
        return s.toString();
    }
}
