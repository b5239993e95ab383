package org.mire.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BatchingTest {
    private final EncoderConfig config = EncoderConfig.tiny(ToyPrograms.VOCABULARY);

    private static GraphInput chain(int nodes, int tokensPerNode) {
        int[] kinds = new int[nodes];
        int[] tokens = new int[nodes * tokensPerNode];
        Arrays.fill(tokens, 0);
        for (int n = 0; n < nodes; n++) {
            tokens[n * tokensPerNode] = SpecialTokens.COUNT + n % 5;
        }
        int edges = Math.max(0, nodes - 1);
        int[] s = new int[edges];
        int[] t = new int[edges];
        for (int e = 0; e < edges; e++) {
            s[e] = e;
            t[e] = e + 1;
        }
        return new GraphInput(kinds, tokens, tokensPerNode, s, t, new int[edges], new int[edges]);
    }

    @Test
    void rowsAreFramedPaddedAndMaskedForAttention() {
        EncoderBatch batch = EncoderBatch.ofWindows(List.of(new int[] {7, 8, 9}, new int[] {10}), List.of(0, 0),
                List.of(chain(3, 3), chain(2, 3)), config);
        assertEquals(2, batch.rows());
        assertEquals(5, batch.length());
        assertEquals(SpecialTokens.CLS, batch.token(0, 0));
        assertEquals(9, batch.token(0, 3));
        assertEquals(SpecialTokens.SEP, batch.token(0, 4));
        assertEquals(SpecialTokens.SEP, batch.token(1, 2));
        assertEquals(SpecialTokens.PAD, batch.token(1, 3));
        assertEquals(0f, batch.keyBias[1 * 5 + 2]);
        assertEquals(EncoderBatch.PAD_BIAS, batch.keyBias[1 * 5 + 3]);
        assertEquals(1f / 3, batch.rowPool[1 * 5 + 0], 1e-7f);
        assertEquals(0f, batch.rowPool[1 * 5 + 4]);
    }

    @Test
    void longTextIsChunkedAndWeightedByTokens() {
        int[] tokens = new int[70];
        Arrays.fill(tokens, 9);
        EncoderBatch batch = EncoderBatch.ofChunks(List.of(new EncoderInput(tokens, chain(2, 3))), config);
        // maxTokens 32 leaves 30 per chunk: 30 + 30 + 10.
        assertEquals(3, batch.rows());
        assertEquals(32f / 76, batch.itemRows[0], 1e-6f);
        assertEquals(12f / 76, batch.itemRows[2], 1e-6f);
    }

    @Test
    void graphsAreJoinedWithMessagesBothWaysAndMeanAggregation() {
        GraphInput star = new GraphInput(new int[4], new int[] {5, 0, 0, 6, 0, 0, 7, 0, 0, 8, 0, 0}, 3,
                new int[] {1, 2, 3, 1}, new int[] {0, 0, 0, 0}, new int[] {1, 1, 1, 0}, new int[] {0, 1, 20, 0});
        EncoderBatch batch = EncoderBatch.ofWindows(List.of(new int[] {5}, new int[] {6}), List.of(0, 0),
                List.of(chain(2, 3), star), config);
        assertEquals(6, batch.nodes());
        assertEquals(2 * (1 + 4), batch.messages());
        // The star's data edges into node 0 (global 2): forward relation 2*1+0 = 2, mean over 3 senders.
        int found = 0;
        for (int m = 0; m < batch.messages(); m++) {
            if (batch.aggregation[0][m] == 2 && batch.messageIndex[m] % EncoderConfig.RELATIONS == 2) {
                assertEquals(1f / 3, batch.aggregationValues[m], 1e-7f);
                found++;
            }
        }
        assertEquals(3, found);
        // Position 20 is clamped into the last of 4 buckets.
        long clamped = Arrays.stream(batch.positionIndex).filter(p -> p == 2L * 4 + 3).count();
        assertEquals(1, clamped);
        assertEquals(1f / 4, batch.poolingValues[2], 1e-7f);
        assertEquals(1, batch.pooling[0][2]);
    }

    @Test
    void tokenOutsideTheVocabularyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EncoderBatch.ofWindows(List.of(new int[] {99}),
                List.of(0), List.of(chain(1, 3)), config));
    }

    @Test
    void sizeBatcherCoversEveryItemOnceWithinBudgetsAndAtLeastTwoPerBatch() {
        List<EncoderInput> items = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 50; i++) {
            items.add(new EncoderInput(new int[1 + random.nextInt(40)], chain(1 + random.nextInt(30), 3)));
        }
        SizeBatcher batcher = new SizeBatcher(60, 400, 6, config.maxTokens());
        List<int[]> batches = batcher.batches(items, new Random(1));
        int[] seen = new int[items.size()];
        for (int[] batch : batches) {
            assertTrue(batch.length >= 2 && batch.length <= 7, "batch of " + batch.length);
            int nodes = 0;
            for (int i : batch) {
                seen[i]++;
                nodes += items.get(i).graph().nodeCount();
            }
            assertTrue(batch.length == 2 || nodes <= 60 + 30, "nodes " + nodes);
        }
        int[] once = new int[items.size()];
        Arrays.fill(once, 1);
        assertArrayEquals(once, seen);
        assertEquals(batches.stream().map(Arrays::toString).toList(),
                batcher.batches(items, new Random(1)).stream().map(Arrays::toString).toList());
    }

    @Test
    void encodingBatchesCountEveryChunkOfALongText() {
        List<EncoderInput> items = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            items.add(new EncoderInput(new int[310], chain(3, 3)));
        }
        // 310 tokens = 11 chunks of 30 at maxTokens 32: 352 padded positions per item, so 2 fit in 1000.
        List<int[]> encoding = new SizeBatcher(10_000, 1000, 32, config.maxTokens(), true).batches(items, null);
        for (int[] batch : encoding) {
            assertTrue(batch.length <= 2, "batch of " + batch.length);
        }
        List<int[]> training = new SizeBatcher(10_000, 1000, 32, config.maxTokens()).batches(items, null);
        assertEquals(1, training.size());
    }
}
