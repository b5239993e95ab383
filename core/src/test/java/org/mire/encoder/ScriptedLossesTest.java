package org.mire.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The module's scripted pre-training losses, trained through DJL. */
class ScriptedLossesTest {
    private final List<EncoderInput> items = ToyPrograms.generate(8, 3, TinyModel.CONFIG.nodeTokens());

    private List<TrainingStep.Result> train(int steps, Runnable beforeBackward, Map<String, float[]> weights)
            throws Exception {
        List<TrainingStep.Result> results = new ArrayList<>();
        try (EncoderModel model = TinyModel.create(11, true);
             TrainingStep step = new TrainingStep(model, TaskWeights.DEFAULT, 0.01f)) {
            for (int s = 0; s < steps; s++) {
                results.add(step.train(items, 100 + s, 3e-3f, beforeBackward));
            }
            weights.putAll(model.weights());
        }
        return results;
    }

    @Test
    void everyLossIsFiniteAndTrainingLowersTheTotal() throws Exception {
        List<TrainingStep.Result> results = train(30, () -> { }, new java.util.HashMap<>());
        TrainingStep.Result first = results.get(0);
        assertTrue(first.tokenCount() > 0 && first.nodeCount() > 0 && first.edgeScores().length > 0);
        assertEquals(16, first.matchCount(), "both directions of 8 items");
        assertEquals(8, first.contrastCount(), "every toy program has its variant in the batch");
        for (TrainingStep.Result r : results) {
            for (float v : new float[] {r.loss(), r.tokenLoss(), r.edgeLoss(), r.nodeLoss(), r.matchLoss(),
                r.contrastLoss(), r.gradientNorm()}) {
                assertTrue(Float.isFinite(v), r.toString());
            }
        }
        double early = results.subList(0, 5).stream().mapToDouble(TrainingStep.Result::loss).average().orElseThrow();
        double late = results.subList(25, 30).stream().mapToDouble(TrainingStep.Result::loss).average().orElseThrow();
        assertTrue(late < early * 0.9, "loss " + early + " -> " + late);
    }

    /**
     * The intermittent NaN of the old Java network: DJL's Number overloads of mul/div built their scalar over a Java
     * buffer and freed it right after the op, while autograd kept it for the backward pass; a garbage collection in
     * between made the backward read freed memory. Forcing one there must change nothing, bit for bit.
     */
    @Test
    void garbageCollectionBetweenForwardAndBackwardChangesNothing() throws Exception {
        Map<String, float[]> plain = new java.util.HashMap<>();
        Map<String, float[]> collected = new java.util.HashMap<>();
        List<TrainingStep.Result> a = train(6, () -> { }, plain);
        List<TrainingStep.Result> b = train(6, () -> {
            System.gc();
            System.gc();
        }, collected);
        for (int s = 0; s < a.size(); s++) {
            assertEquals(a.get(s).loss(), b.get(s).loss(), 0f, "step " + s);
            assertEquals(a.get(s).gradientNorm(), b.get(s).gradientNorm(), 0f, "step " + s);
        }
        for (Map.Entry<String, float[]> e : plain.entrySet()) {
            assertArrayEquals(e.getValue(), collected.get(e.getKey()), 0f, e.getKey());
        }
    }

    @Test
    void evaluationIsDeterministicForASeedAndDoesNotTrain() throws Exception {
        try (EncoderModel model = TinyModel.create(11, true);
             TrainingStep step = new TrainingStep(model, TaskWeights.DEFAULT, 0.01f)) {
            Map<String, float[]> before = model.weights();
            TrainingStep.Result x = step.evaluate(items, 5);
            TrainingStep.Result y = step.evaluate(items, 5);
            assertEquals(x.loss(), y.loss(), 0f);
            assertArrayEquals(x.edgeScores(), y.edgeScores(), 0f);
            for (Map.Entry<String, float[]> e : model.weights().entrySet()) {
                assertArrayEquals(before.get(e.getKey()), e.getValue(), 0f, e.getKey());
            }
        }
    }
}
