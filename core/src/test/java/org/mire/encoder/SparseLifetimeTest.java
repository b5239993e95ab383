package org.mire.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.Device;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparseLifetimeTest {

    private static float[] pooledGraph(EncoderModel model, EncoderBatch batch, boolean collectGarbage) {
        try (NDScope scope = new NDScope(); NDManager manager = model.manager().newSubManager()) {
            scope.suppressNotUsedWarning();
            NDList arrays = batch.toNDList(manager);
            if (collectGarbage) {
                // Churn direct memory and collect: a sparse matrix that aliased freed buffers would now read garbage.
                List<java.nio.ByteBuffer> churn = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    churn.add(java.nio.ByteBuffer.allocateDirect(1 << 16));
                }
                churn.clear();
                for (int i = 0; i < 3; i++) {
                    System.gc();
                }
            }
            return model.network().nodeStates(model.newStore(), arrays, false).toFloatArray();
        }
    }

    @Test
    void sparseAggregationSurvivesGarbageCollectionBetweenBatchAndForward() {
        EncoderConfig config = EncoderConfig.tiny(ToyPrograms.VOCABULARY);
        List<EncoderInput> items = ToyPrograms.generate(6, 3, config.nodeTokens());
        try (EncoderModel model = EncoderModel.create(config, Device.cpu(), 2)) {
            EncoderBatch batch = EncoderBatch.ofChunks(items, config);
            float[] calm = pooledGraph(model, batch, false);
            for (int round = 0; round < 3; round++) {
                assertArrayEquals(calm, pooledGraph(model, batch, true), 0f);
            }
        }
    }
}
