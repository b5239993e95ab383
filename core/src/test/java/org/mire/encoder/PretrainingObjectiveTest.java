package org.mire.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PretrainingObjectiveTest {

    @Test
    void everyLossDecreasesOnAToyCorpusWithinAFewSteps() {
        EncoderConfig config = EncoderConfig.tiny(ToyPrograms.VOCABULARY);
        List<EncoderInput> items = ToyPrograms.generate(8, 1, config.nodeTokens());
        try (EncoderModel model = EncoderModel.create(config, Device.cpu(), 7);
             TrainingStep step = new TrainingStep(model, TaskWeights.DEFAULT, 0f)) {
            TrainingStep.Result before = step.evaluate(items, new Random(99));
            for (int i = 0; i < 40; i++) {
                step.train(items, new Random(i), 3e-3f);
            }
            TrainingStep.Result after = step.evaluate(items, new Random(99));
            assertTrue(after.tokenLoss() < before.tokenLoss(), "token " + before.tokenLoss() + " -> " + after.tokenLoss());
            assertTrue(after.edgeLoss() < before.edgeLoss(), "edge " + before.edgeLoss() + " -> " + after.edgeLoss());
            assertTrue(after.nodeLoss() < before.nodeLoss(), "node " + before.nodeLoss() + " -> " + after.nodeLoss());
            assertTrue(after.matchLoss() < before.matchLoss(), "match " + before.matchLoss() + " -> " + after.matchLoss());
            assertTrue(after.loss() < before.loss());
        }
    }

    @Test
    void aucOfPerfectRankingIsOneAndOfReversedIsZero() {
        float[] scores = {0.1f, 0.4f, 0.35f, 0.8f};
        assertEquals(0.75, PretrainingObjective.auc(scores, new boolean[] {false, false, true, true}), 1e-9);
        assertEquals(1.0, PretrainingObjective.auc(scores, new boolean[] {false, true, false, true}), 1e-9);
        assertEquals(0.0, PretrainingObjective.auc(scores, new boolean[] {true, false, true, false}), 1e-9);
        assertEquals(0.5, PretrainingObjective.auc(new float[] {1, 1}, new boolean[] {true, false}), 1e-9);
    }
}
