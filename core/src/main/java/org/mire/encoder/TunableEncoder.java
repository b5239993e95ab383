package org.mire.encoder;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mire.MireException;
import org.mire.encoder.device.Engines;
import org.mire.encoder.device.Hardware;
import org.mire.progress.ProgressMonitor;

/**
 * A trainable copy of a model directory's encoder, for fine-tuning it together with a task head on the rows of a
 * task ({@link #fineTune}), encoding with the weights it has reached ({@link #encode}) and saving them as a new model
 * directory whose lineage names the base ({@link #save}). The base directory is only read. Owns the module; close
 * it when done. Not thread-safe.
 */
public final class TunableEncoder implements AutoCloseable {

    /** Follows a fine-tuning run epoch by epoch; the validation loss is NaN when no rows are held out. */
    public interface EpochListener {
        EpochListener NONE = (epoch, trainLoss, validationLoss) -> { };

        void epoch(int epoch, double trainLoss, double validationLoss);
    }

    /**
     * What a fine-tuning run produced besides the encoder's new weights.
     *
     * @param head           the task head's weights (inputs: the program embedding times {@link #embeddingScale},
     *                       then the row's standardised features)
     * @param trainLoss      mean training loss of the probe's last epoch (index 0), then of each fine-tuning epoch
     * @param validationLoss validation loss after the probe and after each fine-tuning epoch (empty without
     *                       validation rows)
     * @param bestEpoch      the point whose weights were kept: 0 the probe (the base encoder), e the end of
     *                       fine-tuning epoch e; without validation rows the last one
     * @param epochs         fine-tuning epochs run (fewer than asked when the validation loss stopped improving; 0
     *                       with a frozen encoder)
     * @param steps          optimisation steps
     * @param seconds        wall time
     * @param trainItems     distinct items of the training rows
     * @param validationItems distinct items of the validation rows
     * @param itemsSeen      items passed through the encoder in training (0 with a frozen encoder)
     * @param tokensSeen     text positions of those items' windows
     * @param nodesSeen      graph nodes of those items
     */
    public record Result(DenseLayers head, List<Double> trainLoss, List<Double> validationLoss, int bestEpoch,
                         int epochs, long steps, double seconds, int trainItems, int validationItems, long itemsSeen,
                         long tokensSeen, long nodesSeen) {
    }

    private final Path base;
    private final ModelDirectory.Manifest manifest;
    private final List<String> vocabulary;
    private final EncoderModel model;

    private TunableEncoder(Path base, ModelDirectory.Manifest manifest, List<String> vocabulary, EncoderModel model) {
        this.base = base;
        this.manifest = manifest;
        this.vocabulary = vocabulary;
        this.model = model;
    }

    /** Loads the module of a model directory (verified as {@link Encoder#load} does) with trainable weights. */
    public static TunableEncoder copyOf(Path directory, Device device) throws MireException {
        ModelDirectory.Manifest manifest = ModelDirectory.read(directory);
        List<String> vocabulary = ModelDirectory.readVocabulary(directory.resolve(ModelDirectory.VOCABULARY));
        EncoderModel model = EncoderModel.load(manifest.architecture(), device,
                directory.resolve(ModelDirectory.MODULE), true);
        return new TunableEncoder(directory, manifest, vocabulary, model);
    }

    /** The factor the unit-length program embedding is multiplied by before the head: √E, components of unit size. */
    public static float embeddingScale(int embeddingSize) {
        return FineTuning.embeddingScale(embeddingSize);
    }

    public Path base() {
        return base;
    }

    /** The base model's manifest. */
    public ModelDirectory.Manifest baseManifest() {
        return manifest;
    }

    public EncoderConfig config() {
        return model.config();
    }

    /** A featuriser with this encoder's vocabulary. */
    public Featuriser featuriser(TextModality text) {
        return new Featuriser(text, vocabulary, model.config().nodeTokens());
    }

    /**
     * Trains a fresh head on the training rows, first alone on the items' embeddings, then (unless the options
     * freeze it) together with the encoder, keeping the best point when there are validation rows. Rows refer to
     * {@code items} by index; items no row uses are never read.
     *
     * @param embeddings the items' program embeddings under the current weights, as {@link #encode} gives them (a
     *                   cache of the base model's vectors, say); null to compute those the rows use
     * @param validation rows held out of training to choose the point to keep (may be empty)
     */
    public Result fineTune(List<EncoderInput> items, float[][] embeddings, TaskRows train, TaskRows validation,
                           FineTuneOptions options, ProgressMonitor monitor, EpochListener listener)
            throws MireException {
        return new FineTuning(model, options, listener).run(items, embeddings, train, validation, monitor);
    }

    /** Program embeddings with the current weights, computed as {@link Encoder#encode} does (every text chunk). */
    public float[][] encode(List<EncoderInput> items, int batchItems, ProgressMonitor monitor) {
        return FineTuning.embed(model, items, batchItems, monitor);
    }

    /**
     * Writes the current weights as a model directory (module, the base's vocabulary, config.json with a
     * {@code fine-tuned} step added to the base's lineage, a model card).
     *
     * @param task    what the encoder was fine-tuned on, in words (e.g. the data set's name and row count)
     */
    public ModelDirectory.Manifest save(Path out, String task, FineTuneOptions options, Result result)
            throws MireException {
        if (out.toAbsolutePath().normalize().equals(base.toAbsolutePath().normalize())) {
            throw new MireException(out + ": is the base model; write the fine-tuned model elsewhere");
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        int best = result.bestEpoch();
        if (best < result.trainLoss().size()) {
            metrics.put("task_train_loss", result.trainLoss().get(best));
        }
        if (best < result.validationLoss().size()) {
            metrics.put("task_validation_loss", result.validationLoss().get(best));
        }
        ModelDirectory.TrainingSummary summary = new ModelDirectory.TrainingSummary(task, result.trainItems(),
                result.validationItems(), result.epochs(), result.steps(), options.seed(),
                "none (task loss through a head)", result.seconds(), model.device().toString(), Hardware.describe(),
                result.itemsSeen(), result.tokensSeen(), result.nodesSeen(), metrics);
        List<ModelDirectory.Derivation> lineage = new ArrayList<>(manifest.lineage());
        lineage.add(new ModelDirectory.Derivation(ModelDirectory.Derivation.FINE_TUNED, manifest.weightsSha256(),
                manifest.vocabSha256(), manifest.architecture().vocabularySize(),
                base.toAbsolutePath().normalize().toString(), String.format(Locale.ROOT,
                "fine-tuned with a task head on %s: %s; %d steps, kept the end of epoch %d of %d", task,
                options.describe(),
                result.steps(), result.bestEpoch(), result.epochs())));
        ModelDirectory.Manifest written = ModelDirectory.write(out, model, vocabulary, Engines.engineVersion(),
                summary, lineage);
        ModelCard.write(out, written);
        return written;
    }

    /** The current weights by name (tests). */
    Map<String, float[]> weights() {
        return model.weights();
    }

    @Override
    public void close() {
        model.close();
    }
}
