package org.mire.task.head;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The MLP head trains through DJL's autograd in Java. Garbage collections at any moment of its training — between
 * a forward and its backward pass among them — must not change a single bit of what it learns (a scalar freed
 * under autograd did, in the old encoder).
 */
class MlpGarbageCollectionTest {
    private static double[][] fit(boolean collectAllTheTime) throws Exception {
        int[] labels = new int[200];
        double[][] x = TrainedHeadTest.blobs(200, 4, labels);
        AtomicBoolean running = new AtomicBoolean(collectAllTheTime);
        Thread collector = new Thread(() -> {
            while (running.get()) {
                System.gc();
            }
        });
        collector.setDaemon(true);
        collector.start();
        try {
            TrainedHead head = TrainedHead.fitClassifier(HeadSpec.parse("mlp:epochs=25,patience=0,width=16,dropout=0.1"),
                    x, labels, 2, FitContext.DEFAULT);
            return head.probabilities(TrainedHeadTest.blobs(50, 5, new int[50]));
        } finally {
            running.set(false);
            collector.join();
        }
    }

    @Test
    void trainingUnderConstantGarbageCollectionLearnsExactlyTheSameHead() throws Exception {
        double[][] quiet = fit(false);
        double[][] collected = fit(true);
        for (int i = 0; i < quiet.length; i++) {
            assertArrayEquals(quiet[i], collected[i], 0.0, "row " + i);
        }
    }
}
