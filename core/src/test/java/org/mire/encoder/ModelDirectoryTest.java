package org.mire.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;
import org.mire.progress.ProgressMonitor;

class ModelDirectoryTest {
    @TempDir
    Path temp;

    static List<String> vocabulary(int size) {
        List<String> tokens = new ArrayList<>(SpecialTokens.NAMES);
        for (int i = SpecialTokens.COUNT; i < size; i++) {
            tokens.add("t" + i);
        }
        return tokens;
    }

    private Path writeModel(EncoderConfig config) throws MireException {
        Path dir = temp.resolve("model");
        try (EncoderModel model = TinyModel.create(3, false)) {
            ModelDirectory.write(dir, model, vocabulary(config.vocabularySize()), "test", null);
        }
        return dir;
    }

    @Test
    void savedAndLoadedModelGivesIdenticalEmbeddings() throws Exception {
        EncoderConfig config = TinyModel.CONFIG;
        List<EncoderInput> items = ToyPrograms.generate(5, 11, config.nodeTokens());
        Path dir = temp.resolve("model");
        float[][] before;
        try (EncoderModel model = TinyModel.create(3, false)) {
            ModelDirectory.Manifest manifest = ModelDirectory.write(dir, model, vocabulary(config.vocabularySize()),
                    "test", null);
            before = Encoder.wrap(model, manifest, vocabulary(config.vocabularySize()))
                    .encode(items, 4, ProgressMonitor.NONE);
        }
        try (Encoder encoder = Encoder.load(dir, Device.cpu())) {
            float[][] after = encoder.encode(items, 4, ProgressMonitor.NONE);
            for (int i = 0; i < items.size(); i++) {
                assertArrayEquals(before[i], after[i], 0f);
            }
            assertEquals(config, encoder.config());
        }
    }

    @Test
    void embeddingsDoNotDependOnBatchComposition() throws Exception {
        EncoderConfig config = TinyModel.CONFIG;
        List<EncoderInput> items = ToyPrograms.generate(6, 5, config.nodeTokens());
        Path dir = writeModel(config);
        try (Encoder encoder = Encoder.load(dir, Device.cpu())) {
            float[][] together = encoder.encode(items, 6, ProgressMonitor.NONE);
            for (int i = 0; i < items.size(); i++) {
                float[] alone = encoder.encode(List.of(items.get(i)), 1, ProgressMonitor.NONE)[0];
                assertArrayEquals(together[i], alone, 1e-5f, "item " + i);
                double norm = 0;
                for (float v : alone) {
                    norm += v * v;
                }
                assertEquals(1.0, norm, 1e-4);
            }
        }
    }

    @Test
    void corruptedWeightsAreRefusedWithTheFileNamed() throws Exception {
        Path dir = writeModel(TinyModel.CONFIG);
        Path weights = dir.resolve(ModelDirectory.MODULE);
        byte[] bytes = Files.readAllBytes(weights);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(weights, bytes);
        MireException e = assertThrows(MireException.class, () -> Encoder.load(dir, Device.cpu()));
        assertTrue(e.getMessage().startsWith(weights + ": SHA-256 mismatch"), e.getMessage());
    }

    @Test
    void truncatedWeightsWithAMatchingHashAreRefusedClearly() throws Exception {
        Path dir = writeModel(TinyModel.CONFIG);
        Path weights = dir.resolve(ModelDirectory.MODULE);
        byte[] bytes = Files.readAllBytes(weights);
        Files.write(weights, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        rewriteConfig(dir, "\"weightsSha256\": \"[0-9a-f]+\"",
                "\"weightsSha256\": \"" + ModelDirectory.sha256(weights) + "\"");
        MireException e = assertThrows(MireException.class, () -> Encoder.load(dir, Device.cpu()));
        assertTrue(e.getMessage().startsWith(weights + ": cannot load the TorchScript module"), e.getMessage());
    }

    @Test
    void architectureThatDoesNotMatchTheWeightsIsRefused() throws Exception {
        Path dir = writeModel(TinyModel.CONFIG);
        rewriteConfig(dir, "\"width\": 32", "\"width\": 64");
        MireException e = assertThrows(MireException.class, () -> Encoder.load(dir, Device.cpu()));
        assertTrue(e.getMessage().contains("token table is 24 x 32, the configuration needs 24 x 64"), e.getMessage());
    }

    @Test
    void vocabularyThatIsNotTheModelsIsRefused() throws Exception {
        Path dir = writeModel(TinyModel.CONFIG);
        Path vocab = dir.resolve(ModelDirectory.VOCABULARY);
        Files.writeString(vocab, Files.readString(vocab).replace("t7\n", "other\n"));
        MireException e = assertThrows(MireException.class, () -> Encoder.load(dir, Device.cpu()));
        assertTrue(e.getMessage().startsWith(vocab + ": SHA-256 mismatch"), e.getMessage());
    }

    @Test
    void vocabularyOfAnotherSizeIsRefusedEvenWithAMatchingHash() throws Exception {
        Path dir = writeModel(TinyModel.CONFIG);
        Path vocab = dir.resolve(ModelDirectory.VOCABULARY);
        Files.writeString(vocab, Files.readString(vocab) + "extra\n");
        rewriteConfig(dir, "\"vocabSha256\": \"[0-9a-f]+\"", "\"vocabSha256\": \"" + ModelDirectory.sha256(vocab) + "\"");
        MireException e = assertThrows(MireException.class, () -> Encoder.load(dir, Device.cpu()));
        assertTrue(e.getMessage().contains("25 tokens but the model was built for 24"), e.getMessage());
    }

    @Test
    void missingOrBrokenConfigIsAClearError() throws Exception {
        Path dir = writeModel(TinyModel.CONFIG);
        Files.writeString(dir.resolve(ModelDirectory.CONFIG), "{ not json");
        MireException broken = assertThrows(MireException.class, () -> Encoder.load(dir, Device.cpu()));
        assertTrue(broken.getMessage().startsWith(dir.resolve("config.json") + ": not a valid model configuration"),
                broken.getMessage());
        Files.delete(dir.resolve(ModelDirectory.CONFIG));
        MireException missing = assertThrows(MireException.class, () -> Encoder.load(dir, Device.cpu()));
        assertTrue(missing.getMessage().contains("config.json: missing"), missing.getMessage());
    }

    private static void rewriteConfig(Path dir, String regex, String replacement) throws Exception {
        Path config = dir.resolve(ModelDirectory.CONFIG);
        String text = Files.readString(config, StandardCharsets.UTF_8);
        String changed = text.replaceFirst(regex, replacement);
        assertTrue(!changed.equals(text), "pattern " + regex + " not in config");
        Files.writeString(config, changed, StandardCharsets.UTF_8);
    }

    @Test
    void textRowsEncodedInGroupsGiveTheSameEmbeddingsAsAllAtOnce() throws Exception {
        EncoderConfig config = TinyModel.CONFIG;
        List<EncoderInput> items = new ArrayList<>();
        for (EncoderInput item : ToyPrograms.generate(3, 9, config.nodeTokens())) {
            int[] tokens = new int[200];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = item.tokens()[i % item.tokens().length];
            }
            items.add(new EncoderInput(tokens, item.graph()));
        }
        try (EncoderModel model = TinyModel.create(4, false);
             ai.djl.ndarray.NDManager manager = model.manager().newSubManager()) {
            ai.djl.ndarray.NDList arrays = EncoderBatch.ofChunks(items, config).toNDList(manager);
            float[] all = model.encode(arrays, 1 << 20).get(0).toFloatArray();
            float[] grouped = model.encode(arrays, 3 * 32).get(0).toFloatArray();
            assertArrayEquals(all, grouped, 1e-5f);
        }
    }

    @Test
    void untrainedBaselineHasTheModelsArchitectureAndOtherWeights() throws Exception {
        Path dir = writeModel(TinyModel.CONFIG);
        List<EncoderInput> items = ToyPrograms.generate(3, 2, TinyModel.CONFIG.nodeTokens());
        try (Encoder trained = Encoder.load(dir, Device.cpu());
             Encoder untrained = Encoder.untrained(dir, Device.cpu(), 1);
             Encoder again = Encoder.untrained(dir, Device.cpu(), 1)) {
            float[] a = trained.encode(items, 4, ProgressMonitor.NONE)[0];
            float[] b = untrained.encode(items, 4, ProgressMonitor.NONE)[0];
            assertArrayEquals(b, again.encode(items, 4, ProgressMonitor.NONE)[0], 0f, "seeded");
            assertTrue(!java.util.Arrays.equals(a, b));
        }
    }

    @Test
    void formatOneModelIsRefusedWithAMessageSayingWhatToDo() throws Exception {
        Path dir = writeModel(TinyModel.CONFIG);
        rewriteConfig(dir, "\"format\": 2", "\"format\": 1");
        MireException e = assertThrows(MireException.class, () -> ModelDirectory.read(dir));
        assertTrue(e.getMessage().contains("format 1 (DJL parameters"), e.getMessage());
    }
}
