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
    private final FineTuneOptions options = FineTuneOptions.defaults().withProbeEpochs(3).withEpochs(12)
            .withLearningRates(3e-3f, 1e-2f).withHidden(16).withBatch(6, 400, 400).withSeed(3);

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
            TunableEncoder.Result result = encoder.fineTune(items, null, train, validation, recipe,
                    ProgressMonitor.NONE, TunableEncoder.EpochListener.NONE);
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
        assertEquals(13, loss.size(), "the probe, then 12 epochs");
        assertTrue(loss.get(12) < 0.8 * loss.get(1), "fine-tuning loss " + loss);
        assertTrue(loss.get(12) < loss.get(0), "below the probe's " + loss);
        assertEquals(12, run.result().bestEpoch());
        assertEquals(12L * 24, run.result().itemsSeen(), "every item once per epoch");
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
        FineTuneOptions frozen = options.withLearningRates(0f, 1e-2f);
        Run shortProbe = fineTune(frozen.withProbeEpochs(1), rows(0, 24), none());
        Run run = fineTune(frozen.withProbeEpochs(30), rows(0, 24), none());
        Map<String, float[]> before = baseWeights();
        for (Map.Entry<String, float[]> e : before.entrySet()) {
            assertArrayEquals(e.getValue(), run.weights().get(e.getKey()), 0f, e.getKey());
        }
        assertEquals(0, run.result().itemsSeen());
        assertEquals(0, run.result().epochs());
        assertEquals(1, run.result().trainLoss().size(), "the probe alone");
        assertTrue(run.result().trainLoss().get(0) < shortProbe.result().trainLoss().get(0),
                "the head learns: " + run.result().trainLoss() + " after 30 epochs, "
                        + shortProbe.result().trainLoss() + " after 1");
    }

    @Test
    void keepsTheBestValidationPointAndStopsWhenItStopsImproving() throws Exception {
        // A learning rate this high overfits 6 items at once: validation gets worse and the run stops early.
        FineTuneOptions overfit = options.withEpochs(30).withLearningRates(1e-2f, 5e-2f).withValidation(0.2, 2);
        TaskRows validation = rows(12, 24);
        try (TunableEncoder encoder = TunableEncoder.copyOf(TinyModel.directory(), Device.cpu())) {
            TunableEncoder.Result result = encoder.fineTune(items, null, rows(0, 6), validation, overfit,
                    ProgressMonitor.NONE, TunableEncoder.EpochListener.NONE);
            List<Double> losses = result.validationLoss();
            assertEquals(result.epochs() + 1, losses.size(), "after the probe and after every epoch");
            int best = 0;
            for (int e = 1; e < losses.size(); e++) {
                best = losses.get(e) < losses.get(best) - 1e-6 ? e : best;
            }
            assertEquals(best, result.bestEpoch(), "validation " + losses);
            assertTrue(result.epochs() < 30, "stopped after " + result.epochs() + " epochs");
            assertEquals(2, result.epochs() - result.bestEpoch(), "patience 2");
            // The weights kept are the best point's: encoder and head give its validation loss again.
            float[][] embeddings = encoder.encode(items, 8, ProgressMonitor.NONE);
            assertEquals(losses.get(best), loss(result.head(), embeddings, validation), 1e-4);
        }
    }

    /** The head's cross-entropy in plain Java (DenseLayers' contract), from embeddings and the rows' features. */
    private static double loss(DenseLayers head, float[][] embeddings, TaskRows rows) {
        double sum = 0;
        float scale = TunableEncoder.embeddingScale(embeddings[0].length);
        for (int r = 0; r < rows.size(); r++) {
            float[] e = embeddings[rows.items()[r]];
            double[] h = new double[e.length + rows.featureCount()];
            for (int j = 0; j < e.length; j++) {
                h[j] = e[j] * scale;
            }
            for (int j = 0; j < rows.featureCount(); j++) {
                h[e.length + j] = rows.features()[r][j];
            }
            for (int l = 0; l < head.weights().length; l++) {
                double[] next = new double[head.biases()[l].length];
                for (int o = 0; o < next.length; o++) {
                    double v = head.biases()[l][o];
                    for (int i = 0; i < h.length; i++) {
                        v += head.weights()[l][o][i] * h[i];
                    }
                    next[o] = l < head.weights().length - 1 ? Math.max(0, v) : v;
                }
                h = next;
            }
            double max = Arrays.stream(h).max().orElseThrow();
            double log = Math.log(Arrays.stream(h).map(v -> Math.exp(v - max)).sum()) + max;
            sum += log - h[rows.labels()[r]];
        }
        return sum / rows.size();
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
            TunableEncoder.Result result = encoder.fineTune(items, null, rows(0, 24), none(), options.withEpochs(2),
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
                encoder.fineTune(items, null, rows(0, 24), none(), options, cancelled,
                        TunableEncoder.EpochListener.NONE);
            }
        });
    }
}
