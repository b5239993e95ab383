package org.mire.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.progress.CancelledException;
import org.mire.progress.ProgressMonitor;

/** Fine-tuning the tiny TorchScript encoder together with a task head. */
class FineTuningTest {
    @TempDir
    Path temp;

    private final List<EncoderInput> items = ToyPrograms.generate(24, 7, TinyModel.CONFIG.nodeTokens());
    private final FineTuneOptions options = FineTuneOptions.defaults().withEpochs(12).withLearningRates(3e-3f, 1e-2f)
            .withHidden(16).withBatch(6, 400, 400).withSeed(3);

    /** Two rows per item (two "inputs" of one program); the label depends on the program and the feature. */
    private TaskRows rows(int from, int to) {
        int n = 2 * (to - from);
        int[] item = new int[n];
        float[][] features = new float[n][1];
        int[] labels = new int[n];
        for (int i = from; i < to; i++) {
            for (int k = 0; k < 2; k++) {
                int r = 2 * (i - from) + k;
                item[r] = i;
                features[r][0] = k == 0 ? -1f : 1f;
                boolean longProgram = items.get(i).tokens().length > 14;
                labels[r] = longProgram ^ (k == 1) ? 1 : 0;
            }
        }
        return new TaskRows(item, features, 2, labels, null);
    }

    private static TaskRows none() {
        return new TaskRows(new int[0], new float[0][], 2, new int[0], null);
    }

    private record Run(TunableEncoder.Result result, Map<String, float[]> weights) {
    }

    private Run fineTune(FineTuneOptions recipe, TaskRows train, TaskRows validation) throws Exception {
        try (TunableEncoder encoder = TunableEncoder.copyOf(TinyModel.directory(), Device.cpu())) {
            TunableEncoder.Result result = encoder.fineTune(items, train, validation, recipe, ProgressMonitor.NONE,
                    TunableEncoder.EpochListener.NONE);
            return new Run(result, encoder.weights());
        }
    }

    private static Map<String, float[]> baseWeights() throws Exception {
        try (TunableEncoder encoder = TunableEncoder.copyOf(TinyModel.directory(), Device.cpu())) {
            return encoder.weights();
        }
    }

    @Test
    void lowersTheTrainingLossAndChangesTheEncoder() throws Exception {
        Run run = fineTune(options, rows(0, 24), none());
        List<Double> loss = run.result().trainLoss();
        assertEquals(12, loss.size());
        assertTrue(loss.get(loss.size() - 1) < 0.7 * loss.get(0), "loss " + loss);
        assertEquals(12, run.result().bestEpoch());
        assertTrue(run.result().itemsSeen() == 12L * 24, "every item once per epoch");
        Map<String, float[]> before = baseWeights();
        long changed = before.keySet().stream()
                .filter(name -> !Arrays.equals(before.get(name), run.weights().get(name))).count();
        assertTrue(changed > before.size() / 2, changed + " of " + before.size() + " parameters changed");
    }

    @Test
    void isDeterministicForASeed() throws Exception {
        FineTuneOptions shortRun = options.withEpochs(3);
        Run a = fineTune(shortRun, rows(0, 24), rows(18, 24));
        Run b = fineTune(shortRun, rows(0, 24), rows(18, 24));
        assertEquals(a.result().trainLoss(), b.result().trainLoss());
        for (int l = 0; l < a.result().head().weights().length; l++) {
            for (int o = 0; o < a.result().head().weights()[l].length; o++) {
                assertArrayEquals(a.result().head().weights()[l][o], b.result().head().weights()[l][o], 0f);
            }
        }
        for (Map.Entry<String, float[]> e : a.weights().entrySet()) {
            assertArrayEquals(e.getValue(), b.weights().get(e.getKey()), 0f, e.getKey());
        }
        Run other = fineTune(shortRun.withSeed(4), rows(0, 24), rows(18, 24));
        assertFalse(a.result().trainLoss().equals(other.result().trainLoss()), "another seed, another run");
    }

    @Test
    void aFrozenEncoderKeepsItsWeightsAndOnlyTheHeadLearns() throws Exception {
        Run run = fineTune(options.withLearningRates(0f, 1e-2f), rows(0, 24), none());
        Map<String, float[]> before = baseWeights();
        for (Map.Entry<String, float[]> e : before.entrySet()) {
            assertArrayEquals(e.getValue(), run.weights().get(e.getKey()), 0f, e.getKey());
        }
        assertEquals(0, run.result().itemsSeen());
        List<Double> loss = run.result().trainLoss();
        assertTrue(loss.get(loss.size() - 1) < loss.get(0), "loss " + loss);
    }

    @Test
    void keepsTheBestValidationEpochAndStopsWhenItStopsImproving() throws Exception {
        // A learning rate this high overfits 6 items at once: validation gets worse and the run stops early.
        FineTuneOptions overfit = options.withEpochs(30).withLearningRates(1e-2f, 5e-2f).withValidation(0.2, 2);
        Run run = fineTune(overfit, rows(0, 6), rows(12, 24));
        TunableEncoder.Result result = run.result();
        List<Double> validation = result.validationLoss();
        assertEquals(result.epochs(), validation.size());
        int best = 0;
        for (int e = 1; e < validation.size(); e++) {
            best = validation.get(e) < validation.get(best) - 1e-6 ? e : best;
        }
        assertEquals(best + 1, result.bestEpoch(), "validation " + validation);
        assertTrue(result.epochs() < 30, "stopped after " + result.epochs() + " epochs");
        assertTrue(result.epochs() - result.bestEpoch() == 2, "patience 2");
        // The kept weights are the best epoch's: encoding the validation items again gives its loss.
        try (TunableEncoder encoder = TunableEncoder.copyOf(TinyModel.directory(), Device.cpu())) {
            TunableEncoder.Result again = encoder.fineTune(items, rows(0, 6), rows(12, 24), overfit,
                    ProgressMonitor.NONE, TunableEncoder.EpochListener.NONE);
            assertEquals(result.validationLoss(), again.validationLoss());
            float[][] kept = encoder.encode(items.subList(0, 3), 4, ProgressMonitor.NONE);
            try (TunableEncoder fresh = TunableEncoder.copyOf(TinyModel.directory(), Device.cpu())) {
                float[][] base = fresh.encode(items.subList(0, 3), 4, ProgressMonitor.NONE);
                assertFalse(Arrays.equals(kept[0], base[0]), "the kept encoder is fine-tuned");
            }
        }
    }

    @Test
    void savesAModelDirectoryWithItsLineageAndLeavesTheBaseUntouched() throws Exception {
        Path baseCopy = temp.resolve("base");
        Files.createDirectories(baseCopy);
        for (String file : List.of(ModelDirectory.MODULE, ModelDirectory.CONFIG, ModelDirectory.VOCABULARY)) {
            Files.copy(TinyModel.directory().resolve(file), baseCopy.resolve(file));
        }
        String baseHash = ModelDirectory.sha256(baseCopy.resolve(ModelDirectory.MODULE));
        Path out = temp.resolve("tuned");
        float[][] tunedVectors;
        try (TunableEncoder encoder = TunableEncoder.copyOf(baseCopy, Device.cpu())) {
            TunableEncoder.Result result = encoder.fineTune(items, rows(0, 24), none(), options.withEpochs(2),
                    ProgressMonitor.NONE, TunableEncoder.EpochListener.NONE);
            assertThrows(org.mire.MireException.class, () -> encoder.save(baseCopy, "toy", options, result));
            ModelDirectory.Manifest manifest = encoder.save(out, "toy (48 rows)", options, result);
            ModelDirectory.Derivation last = manifest.lineage().get(manifest.lineage().size() - 1);
            assertEquals(ModelDirectory.Derivation.FINE_TUNED, last.how());
            assertEquals(baseHash, last.baseWeightsSha256());
            assertTrue(last.note().contains("toy (48 rows)"), last.note());
            tunedVectors = encoder.encode(items.subList(0, 4), 4, ProgressMonitor.NONE);
        }
        assertEquals(baseHash, ModelDirectory.sha256(baseCopy.resolve(ModelDirectory.MODULE)), "base untouched");
        assertTrue(Files.exists(out.resolve(ModelDirectory.CARD)));
        try (Encoder loaded = Encoder.load(out, Device.cpu())) {
            float[][] vectors = loaded.encode(items.subList(0, 4), 4, ProgressMonitor.NONE);
            for (int i = 0; i < vectors.length; i++) {
                assertArrayEquals(tunedVectors[i], vectors[i], 1e-6f, "item " + i);
            }
        }
    }

    @Test
    void cancellingStopsTheRun() {
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> {
            try (TunableEncoder encoder = TunableEncoder.copyOf(TinyModel.directory(), Device.cpu())) {
                encoder.fineTune(items, rows(0, 24), none(), options, cancelled, TunableEncoder.EpochListener.NONE);
            }
        });
    }
}
