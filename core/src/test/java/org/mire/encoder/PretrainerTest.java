package org.mire.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.progress.CancelledException;
import org.mire.progress.ProgressMonitor;

class PretrainerTest {
    @TempDir
    Path temp;

    private final EncoderConfig config = TinyModel.CONFIG;
    private final PretrainOptions options = PretrainOptions.defaults().withEpochs(2).withBatch(40, 200, 4)
            .withCheckpointEvery(3).withLearningRate(3e-3f, 2).withSeed(5);
    private final List<EncoderInput> train = ToyPrograms.generate(16, 1, config.nodeTokens());
    private final List<EncoderInput> validation = ToyPrograms.generate(6, 2, config.nodeTokens());

    private ModelDirectory.Manifest run(Path out, boolean resume, ProgressMonitor monitor) throws Exception {
        return new Pretrainer(options, Device.cpu(), line -> { }, TinyModel.directory(), true)
                .run(train, validation, ModelDirectoryTest.vocabulary(config.vocabularySize()), "toy", out, resume,
                        monitor);
    }

    @Test
    void writesALoadableModelAndALogWithTrainAndValidationRows() throws Exception {
        Path out = temp.resolve("run");
        ModelDirectory.Manifest manifest = run(out, false, ProgressMonitor.NONE);
        List<String> log = Files.readAllLines(out.resolve(Pretrainer.LOG));
        assertEquals(Pretrainer.LOG_HEADER, log.get(0));
        long trainRows = log.stream().filter(l -> l.startsWith("train,")).count();
        List<String> valid = log.stream().filter(l -> l.startsWith("valid,")).toList();
        assertEquals(manifest.training().steps(), trainRows);
        assertEquals(2, valid.size());
        for (String row : valid) {
            String[] cells = row.split(",", -1);
            assertEquals(17, cells.length);
            double auc = Double.parseDouble(cells[13]);
            assertTrue(auc >= 0 && auc <= 1, row);
        }
        assertTrue(manifest.training().metrics().containsKey("match_acc"));
        assertTrue(Files.exists(out.resolve(ModelDirectory.CARD)));
        assertTrue(Files.size(out.resolve(Pretrainer.CURVES)) > 1000);
        try (Encoder encoder = Encoder.load(out, Device.cpu())) {
            assertEquals(config.embeddingSize(), encoder.encode(validation, 8, ProgressMonitor.NONE)[0].length);
        }
    }

    @Test
    void resumedRunEndsWithExactlyTheWeightsOfAnUninterruptedOne() throws Exception {
        Path straight = temp.resolve("straight");
        String expected = run(straight, false, ProgressMonitor.NONE).weightsSha256();

        Path interrupted = temp.resolve("interrupted");
        ProgressMonitor stopAfterFourSteps = new ProgressMonitor() {
            int calls;

            @Override
            public void progress(double fraction, String message) {
                calls++;
            }

            @Override
            public boolean isCancelled() {
                return calls >= 4;
            }
        };
        assertThrows(CancelledException.class, () -> run(interrupted, false, stopAfterFourSteps));
        assertTrue(Files.exists(interrupted.resolve("checkpoint/state.json")));
        String resumed = run(interrupted, true, ProgressMonitor.NONE).weightsSha256();
        assertEquals(expected, resumed);
        assertEquals(Files.readAllLines(straight.resolve(Pretrainer.LOG)).size(),
                Files.readAllLines(interrupted.resolve(Pretrainer.LOG)).size());
    }

    @Test
    void sameSeedGivesTheSameModel() throws Exception {
        String a = run(temp.resolve("a"), false, ProgressMonitor.NONE).weightsSha256();
        String b = run(temp.resolve("b"), false, ProgressMonitor.NONE).weightsSha256();
        assertEquals(a, b);
    }

    @Test
    void learningRateWarmsUpThenDecaysToATenth() throws Exception {
        Pretrainer trainer = new Pretrainer(options.withLearningRate(1f, 10), Device.cpu(), l -> { },
                TinyModel.directory(), true);
        assertEquals(0.1f, trainer.learningRate(0, 100), 1e-6f);
        assertEquals(1f, trainer.learningRate(9, 100), 1e-6f);
        assertTrue(trainer.learningRate(50, 100) < 1f);
        assertEquals(0.1f, trainer.learningRate(100, 100), 1e-6f);
        List<Float> rates = new ArrayList<>();
        for (int s = 10; s <= 100; s += 10) {
            rates.add(trainer.learningRate(s, 100));
        }
        for (int i = 1; i < rates.size(); i++) {
            assertTrue(rates.get(i) <= rates.get(i - 1));
        }
    }
}
