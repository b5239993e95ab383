package org.mire.task.finetune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.encoder.Encoder;
import org.mire.encoder.EncoderInput;
import org.mire.encoder.FineTuneOptions;
import org.mire.encoder.ModelDirectory;
import org.mire.encoder.NormalisedText;
import org.mire.encoder.TaskRows;
import org.mire.encoder.TunableEncoder;
import org.mire.progress.ProgressMonitor;
import org.mire.task.CvListener;
import org.mire.task.EmbeddingChoice;
import org.mire.task.InputMatrix;
import org.mire.task.SavedHead;
import org.mire.task.TaskData;
import org.mire.task.TrainingJob;

/** A fine-tuned encoder and head saved together, loaded back and used, as `mire predict --head` and the panel do. */
class FineTunedHeadTest {
    @TempDir
    Path temp;

    private final TaskData data = FineTuneFixtures.levels();

    private static Map<String, String> hashes(Path model) throws MireException {
        return Map.of(ModelDirectory.MODULE, ModelDirectory.sha256(model.resolve(ModelDirectory.MODULE)),
                ModelDirectory.CONFIG, ModelDirectory.sha256(model.resolve(ModelDirectory.CONFIG)));
    }

    /** The Train panel's path: a request with the option, then saveFinal; the folder then predicts anywhere. */
    @Test
    void aSavedFineTunedHeadLoadsMovesAndPredictsWithItsOwnEncoder() throws Exception {
        Path model = FineTuneFixtures.tinyModel();
        Map<String, String> before = hashes(model);
        StringBuilder csv = new StringBuilder("file,label,group,noise\n");
        for (int r = 0; r < data.size(); r++) {
            csv.append(data.files().get(r)).append(',').append(data.classes().get(data.labels()[r])).append(',')
                    .append(data.groups().get(r)).append(',').append(data.features()[r][0]).append('\n');
        }
        Path table = temp.resolve("levels.csv");
        Files.writeString(table, csv);
        TrainingJob.Request frozen = new TrainingJob.Request(new TrainingJob.CsvSource(table, null),
                "mirencoder:" + model, "auto", "split:0.25", 5);
        TrainingJob.Request request = frozen.withFineTune(FineTuneFixtures.QUICK);
        assertEquals(FineTuneFixtures.QUICK, request.fineTune());
        assertEquals(frozen, request.withFineTune(null));
        TrainingJob.Result result = TrainingJob.run(request, ProgressMonitor.NONE, CvListener.NONE);
        assertEquals("mirencoder:" + model + " fine-tuned", result.embeddingLabel());
        assertEquals(1, result.cv().folds().size());
        assertTrue(result.cv().folds().get(0).inputs().startsWith(FineTunedCrossValidation.FINE_TUNED));
        assertThrows(MireException.class, () -> result.fitFinal(ProgressMonitor.NONE));

        Path folder = temp.resolve("head");
        SavedHead saved = result.saveFinal(folder, ProgressMonitor.NONE).saved();
        assertEquals(before, hashes(model), "the base model is only read");
        assertTrue(saved.metrics().containsKey("accuracy"));
        JsonObject json = JsonParser.parseString(Files.readString(folder.resolve(SavedHead.JSON))).getAsJsonObject();
        assertEquals("mirencoder:" + FineTunedHead.ENCODER_FOLDER,
                json.getAsJsonObject("embedding").get("method").getAsString(), "kept relative to the folder");
        ModelDirectory.Manifest tuned = ModelDirectory.read(folder.resolve(FineTunedHead.ENCODER_FOLDER));
        ModelDirectory.Derivation step = tuned.lineage().get(tuned.lineage().size() - 1);
        assertEquals(ModelDirectory.Derivation.FINE_TUNED, step.how());
        assertEquals(ModelDirectory.read(model).weightsSha256(), step.baseWeightsSha256());
        assertFalse(tuned.weightsSha256().equals(step.baseWeightsSha256()), "the encoder was trained");

        Path moved = Files.move(folder, temp.resolve("elsewhere"));
        SavedHead loaded = SavedHead.load(moved);
        EmbeddingMethod method = EmbeddingChoice.forHead(loaded);
        double[][] inputs;
        String previous = System.setProperty("mire.embedding.nocache", "true");
        try {
            loaded.requireEmbedding(method);
            inputs = InputMatrix.build(data, method, ProgressMonitor.NONE);
        } finally {
            EmbeddingChoice.release(List.of(method));
            restore("mire.embedding.nocache", previous);
        }
        double[][] viaFolder = loaded.head().probabilities(inputs);

        // The same fine-tuning again (seeded), predicting with the encoder still in memory: equal up to the last
        // bits that batching files together rather than one by one changes.
        TaskItems items = new FineTunedCrossValidation(model, FineTuneFixtures.QUICK,
                org.mire.task.Objective.ACCURACY).items(data, ProgressMonitor.NONE);
        int[] all = java.util.stream.IntStream.range(0, data.size()).toArray();
        try (FineTunedHead fresh = FineTunedHead.fit(model, data, items, all, FineTuneFixtures.QUICK,
                ProgressMonitor.NONE, TunableEncoder.EpochListener.NONE)) {
            double[][] direct = fresh.head().probabilities(fresh.inputs(data, items, all, ProgressMonitor.NONE));
            for (int r = 0; r < data.size(); r++) {
                assertArrayEquals(direct[r], viaFolder[r], 1e-6, "row " + r);
            }
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    /** The shipped model fine-tunes on real IR: finite losses, moved weights, a loadable result. */
    @Test
    void theShippedModelFineTunesOnRealIr() throws Exception {
        Path shipped = FineTuneFixtures.repo().resolve("models");
        FineTuneOptions options = FineTuneOptions.defaults().withProbeEpochs(2).withEpochs(1)
                .withBatch(8, 20_000, 2048).withSeed(2);
        try (TunableEncoder encoder = TunableEncoder.copyOf(shipped, Device.cpu())) {
            TaskItems items = TaskItems.of(data, encoder.featuriser(new NormalisedText()), ProgressMonitor.NONE);
            List<EncoderInput> inputs = items.inputs();
            float[][] before = encoder.encode(inputs.subList(0, 2), 2, ProgressMonitor.NONE);
            int[] rows = java.util.stream.IntStream.range(0, data.size()).toArray();
            float[][] features = new float[rows.length][0];
            TaskRows train = new TaskRows(items.itemOfRow(), features, 2, data.labels(), null);
            TunableEncoder.Result result = encoder.fineTune(inputs, null, train,
                    new TaskRows(new int[0], new float[0][], 2, new int[0], null), options, ProgressMonitor.NONE,
                    TunableEncoder.EpochListener.NONE);
            assertEquals(2 + 2, result.steps(), "the probe: 2 epochs of one batch; then 16 files in batches of 8");
            assertTrue(Double.isFinite(result.trainLoss().get(1)));
            float[][] after = encoder.encode(inputs.subList(0, 2), 2, ProgressMonitor.NONE);
            assertFalse(Arrays.equals(before[0], after[0]), "the embedding moved");
            Path out = temp.resolve("shipped-tuned");
            encoder.save(out, "levels", options, result);
            try (Encoder loaded = Encoder.load(out, Device.cpu())) {
                assertArrayEquals(after[1], loaded.encode(inputs.subList(0, 2), 2, ProgressMonitor.NONE)[1], 1e-6f);
            }
        }
    }
}
