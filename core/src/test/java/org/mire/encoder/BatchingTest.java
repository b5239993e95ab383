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

    private static EncoderInput item(int[] tokens, GraphInput graph) {
        return new EncoderInput(tokens, graph);
    }

    @Test
    void rowsAreFramedAndPaddedAndBelongToTheirItem() {
        EncoderBatch batch = EncoderBatch.ofWindows(List.of(item(new int[] {7, 8, 9}, chain(3, 3)),
                item(new int[] {10}, chain(2, 3))), List.of(0, 0), config);
        assertEquals(2, batch.rows());
        assertEquals(5, batch.length());
        assertEquals(SpecialTokens.CLS, batch.token(0, 0));
        assertEquals(9, batch.token(0, 3));
        assertEquals(SpecialTokens.SEP, batch.token(0, 4));
        assertEquals(SpecialTokens.SEP, batch.token(1, 2));
        assertEquals(SpecialTokens.PAD, batch.token(1, 3));
        assertArrayEquals(new long[] {0, 1}, batch.rowItem);
    }

    @Test
    void windowStartsInsideALongText() {
        int[] tokens = new int[40];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = SpecialTokens.COUNT + i % 10;
        }
        EncoderBatch batch = EncoderBatch.ofWindows(List.of(item(tokens, chain(2, 3)), item(new int[] {6},
                chain(1, 3))), List.of(5, 0), config);
        assertEquals(config.maxTokens(), batch.length());
        assertEquals(tokens[5], batch.token(0, 1));
        assertEquals(tokens[5 + 29], batch.token(0, 30));
        assertEquals(SpecialTokens.SEP, batch.token(0, 31));
    }

    @Test
    void longTextIsChunkedIntoRowsOfOneItem() {
        int[] tokens = new int[70];
        Arrays.fill(tokens, 9);
        EncoderBatch batch = EncoderBatch.ofChunks(List.of(item(tokens, chain(2, 3)), item(new int[] {5},
                chain(1, 3))), config);
        // maxTokens 32 leaves 30 per chunk: 30 + 30 + 10, then the second item's single row.
        assertEquals(4, batch.rows());
        assertArrayEquals(new long[] {0, 0, 0, 1}, batch.rowItem);
        assertEquals(SpecialTokens.SEP, batch.token(2, 11));
        assertEquals(SpecialTokens.PAD, batch.token(2, 12));
    }

    @Test
    void graphsAreJoinedWithBatchGlobalNodeIndices() {
        GraphInput star = new GraphInput(new int[4], new int[] {5, 0, 0, 6, 0, 0, 7, 0, 0, 8, 0, 0}, 3,
                new int[] {1, 2, 3, 1}, new int[] {0, 0, 0, 0}, new int[] {1, 1, 1, 0}, new int[] {0, 1, 20, -1});
        EncoderBatch batch = EncoderBatch.ofWindows(List.of(item(new int[] {5}, chain(2, 3)),
                item(new int[] {6}, star)), List.of(0, 0), config);
        assertEquals(6, batch.nodes());
        assertEquals(5, batch.edges());
        assertArrayEquals(new long[] {0, 0, 1, 1, 1, 1}, batch.nodeItem);
        int e = batch.edges();
        // Edge 1 is the star's first: 1 -> 0 locally, 3 -> 2 in the batch; data flow; position 0.
        assertEquals(3, batch.edges[1]);
        assertEquals(2, batch.edges[e + 1]);
        assertEquals(1, batch.edges[2 * e + 1]);
        // Positions are passed on as they are (the module buckets them); a negative one becomes 0.
        assertEquals(20, batch.edges[3 * e + 3]);
        assertEquals(0, batch.edges[3 * e + 4]);
        assertEquals(5, batch.nodeTokens[2 * 3]);
        assertEquals(6, batch.nodeTokens[3 * 3]);
    }

    @Test
    void variantsOfOneFunctionShareAGroupAndOthersGetTheirOwn() {
        EncoderBatch batch = EncoderBatch.ofWindows(List.of(
                new EncoderInput(new int[] {5}, chain(1, 3), 77), new EncoderInput(new int[] {6}, chain(1, 3)),
                new EncoderInput(new int[] {7}, chain(1, 3), 77), new EncoderInput(new int[] {8}, chain(1, 3))),
                List.of(0, 0, 0, 0), config);
        assertEquals(batch.itemGroup[0], batch.itemGroup[2]);
        assertEquals(4 - 1, Arrays.stream(batch.itemGroup).distinct().count());
        EncoderBatch encoding = EncoderBatch.ofChunks(List.of(new EncoderInput(new int[] {5}, chain(1, 3), 77),
                new EncoderInput(new int[] {7}, chain(1, 3), 77)), config);
        assertEquals(2, Arrays.stream(encoding.itemGroup).distinct().count(), "encoding has no positives");
    }

    @Test
    void tokenOutsideTheVocabularyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EncoderBatch.ofWindows(List.of(item(new int[] {99},
                chain(1, 3))), List.of(0), config));
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
