package org.mire.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import org.mire.progress.ProgressMonitor;

/** {@code mire vocab extend} on the shipped model and {@code mire pretrain --init}. */
class VocabularyExtensionTest {
    private static final Path REPO = Path.of(System.getProperty("mire.repo.root", "..")).toAbsolutePath().normalize();
    static final Path SHIPPED = REPO.resolve("models");
    private static final List<Path> MLIR = List.of(REPO.resolve("sample-ir/mlir/affine_matmul.mlir"),
            REPO.resolve("sample-ir/mlir/conv2d_nhwc.mlir"), REPO.resolve("sample-ir/mlir/variants/conv2d_nhwc.vector8.mlir"));
    private static final Path LLVM = REPO.resolve("sample-ir/ll/saxpy_vec4.O2.ll");

    @TempDir
    Path temp;

    private VocabularyExtension.Result extend(Path out) throws MireException {
        return VocabularyExtension.extend(SHIPPED, MLIR, 1, out, ProgressMonitor.NONE, line -> { });
    }

    private static float[] row(EncoderModel model, String name, int id) {
        float[] all = model.parameter(name).toFloatArray();
        int width = all.length / model.config().vocabularySize();
        return java.util.Arrays.copyOfRange(all, id * width, (id + 1) * width);
    }

    @Test
    void extendedModelKeepsEveryOldIdAndEncodesLlvmIrExactlyAsBefore() throws Exception {
        Path out = temp.resolve("ext");
        VocabularyExtension.Result result = extend(out);
        List<String> base = ModelDirectory.readVocabulary(SHIPPED.resolve(ModelDirectory.VOCABULARY));
        List<String> extended = ModelDirectory.readVocabulary(out.resolve(ModelDirectory.VOCABULARY));
        assertEquals(base, extended.subList(0, base.size()), "old ids unchanged");
        assertEquals(result.added(), extended.subList(base.size(), extended.size()));
        assertTrue(result.added().containsAll(List.of("affine.for", "arith.mulf", "memref<NxNxf32>", "f32")),
                result.added().toString());
        assertTrue(result.after().unknownStatementTokens() == 0 && result.before().unknownStatementTokens() > 0);

        ModelDirectory.Manifest manifest = ModelDirectory.read(out);
        ModelDirectory.Manifest shipped = ModelDirectory.read(SHIPPED);
        assertEquals(extended.size(), manifest.architecture().vocabularySize());
        ModelDirectory.Derivation step = manifest.lineage().getLast();
        assertEquals(ModelDirectory.Derivation.EXTENDED, step.how());
        assertEquals(shipped.weightsSha256(), step.baseWeightsSha256());
        assertEquals(shipped.vocabSha256(), step.baseVocabSha256());
        assertEquals(base.size(), step.baseVocabularySize());
        assertTrue(Files.readString(out.resolve(ModelDirectory.CARD)).contains(shipped.weightsSha256()));

        IrProgram llvm = IrLoader.load(LLVM);
        try (Encoder before = Encoder.load(SHIPPED, Device.cpu()); Encoder after = Encoder.load(out, Device.cpu())) {
            List<EncoderInput> oldInputs = new Featuriser(new NormalisedText(), before.vocabulary(), 4).functions(llvm);
            List<EncoderInput> newInputs = new Featuriser(new NormalisedText(), after.vocabulary(), 4).functions(llvm);
            for (int i = 0; i < oldInputs.size(); i++) {
                assertArrayEquals(oldInputs.get(i).tokens(), newInputs.get(i).tokens(), "same ids for LLVM tokens");
            }
            float[][] a = before.encode(oldInputs, 8, ProgressMonitor.NONE);
            float[][] b = after.encode(newInputs, 8, ProgressMonitor.NONE);
            for (int i = 0; i < a.length; i++) {
                assertArrayEquals(a[i], b[i], 1e-6f, "function " + i);
            }
        }
        try (EncoderModel old = EncoderModel.load(shipped.architecture(), Device.cpu(),
                SHIPPED.resolve(ModelDirectory.MODULE), false);
             EncoderModel grown = EncoderModel.load(manifest.architecture(), Device.cpu(),
                     out.resolve(ModelDirectory.MODULE), false)) {
            for (int id : new int[] {0, 5, 500, base.size() - 1}) {
                assertArrayEquals(row(old, "tokens", id), row(grown, "tokens", id), 0f);
            }
            assertArrayEquals(row(old, "tokens", base.indexOf("fmul")),
                    row(grown, "tokens", extended.indexOf("arith.mulf")), 1e-7f, "mapped to its LLVM counterpart");
            float[] mean = new float[old.config().width()];
            for (int id = SpecialTokens.COUNT; id < base.size(); id++) {
                float[] r = row(old, "tokens", id);
                for (int k = 0; k < mean.length; k++) {
                    mean[k] += r[k] / (base.size() - SpecialTokens.COUNT);
                }
            }
            assertArrayEquals(mean, row(grown, "tokens", extended.indexOf("affine.for")), 1e-5f, "unmapped: mean row");
            assertArrayEquals(row(old, "token_head.bias", base.indexOf("fmul")),
                    row(grown, "token_head.bias", extended.indexOf("arith.mulf")), 1e-7f, "output bias grown too");
        }
    }

    @Test
    void extendedDirectoryWithAReplacedVocabularyOrWeightsIsRefused() throws Exception {
        Path out = temp.resolve("ext");
        extend(out);
        Path vocab = out.resolve(ModelDirectory.VOCABULARY);
        byte[] original = Files.readAllBytes(vocab);
        Files.writeString(vocab, new String(original, StandardCharsets.UTF_8).replace("affine.for\n", "affine.if2\n"));
        MireException e = assertThrows(MireException.class, () -> Encoder.load(out, Device.cpu()));
        assertTrue(e.getMessage().contains("SHA-256 mismatch"), e.getMessage());
        Files.write(vocab, original);
        Files.copy(SHIPPED.resolve(ModelDirectory.MODULE), out.resolve(ModelDirectory.MODULE),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        e = assertThrows(MireException.class, () -> ModelDirectory.read(out));
        assertTrue(e.getMessage().contains("encoder.pt: SHA-256 mismatch"), e.getMessage());
    }

    @Test
    void extendingIntoTheBaseFolderOrWithNothingNewIsRefused() {
        assertThrows(MireException.class, () -> VocabularyExtension.extend(SHIPPED, MLIR, 1, SHIPPED,
                ProgressMonitor.NONE, line -> { }));
        MireException e = assertThrows(MireException.class, () -> VocabularyExtension.extend(SHIPPED, MLIR,
                1_000_000, temp.resolve("x"), ProgressMonitor.NONE, line -> { }));
        assertTrue(e.getMessage().contains("nothing to extend"), e.getMessage());
    }

    @Test
    void pretrainingWithInitStartsFromTheModelsWeightsWithAGrownVocabulary() throws Exception {
        EncoderConfig small = TinyModel.CONFIG;
        List<String> vocabulary = ModelDirectoryTest.vocabulary(small.vocabularySize());
        Path init = temp.resolve("init");
        try (EncoderModel model = TinyModel.create(3, false)) {
            ModelDirectory.write(init, model, vocabulary, "test", null);
        }
        List<String> grown = new ArrayList<>(vocabulary);
        grown.addAll(List.of("arith.addf", "affine.for"));
        EncoderConfig config = small.withVocabularySize(grown.size());
        PretrainOptions options = PretrainOptions.defaults().withEpochs(1).withBatch(40, 200, 4)
                .withCheckpointEvery(100).withLearningRate(1e-3f, 1).withSeed(5);
        List<EncoderInput> train = ToyPrograms.generate(8, 1, config.nodeTokens());
        Path out = temp.resolve("tuned");
        ModelDirectory.Manifest manifest = new Pretrainer(options, Device.cpu(), line -> { }, init, false)
                .run(train, List.of(), grown, "toy", out, false, ProgressMonitor.NONE);
        assertTrue(manifest.training().steps() >= 1);
        assertEquals(config, manifest.architecture());
        List<String> log = Files.readAllLines(out.resolve(Pretrainer.LOG));
        String first = log.stream().filter(l -> l.startsWith("train,1,")).findFirst().orElseThrow();
        assertTrue(Double.isFinite(Double.parseDouble(first.split(",")[3])), first);
        ModelDirectory.Derivation step = manifest.lineage().getLast();
        assertEquals(ModelDirectory.Derivation.FINE_TUNED, step.how());
        assertEquals(ModelDirectory.read(init).weightsSha256(), step.baseWeightsSha256());
        assertEquals(vocabulary.size(), step.baseVocabularySize());
        ModelDirectory.read(out);

        // The weights it started from: the init model's, grown like `mire vocab extend` grows them.
        try (EncoderModel start = EncoderModel.load(small, Device.cpu(), init.resolve(ModelDirectory.MODULE), false);
             EncoderModel tuned = EncoderModel.load(config, Device.cpu(), out.resolve(ModelDirectory.MODULE),
                     false)) {
            double moved = 0;
            for (int id = 0; id < small.vocabularySize(); id++) {
                float[] before = row(start, "tokens", id);
                float[] after = row(tuned, "tokens", id);
                for (int k = 0; k < before.length; k++) {
                    moved = Math.max(moved, Math.abs(before[k] - after[k]));
                }
            }
            assertTrue(moved > 0 && moved < 0.05, "fine-tuned from the init weights, not re-initialised: " + moved);
        }

        List<String> other = new ArrayList<>(grown);
        java.util.Collections.swap(other, 6, 7);
        MireException e = assertThrows(MireException.class, () -> new Pretrainer(options, Device.cpu(),
                line -> { }, init, false).run(train, List.of(), other, "toy", temp.resolve("bad"), false,
                ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("does not begin with"), e.getMessage());
    }
}
