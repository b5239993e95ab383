package org.mire.encoder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Batching by graph size: items are ordered by size (with a seeded shuffle inside each power-of-two size class, so
 * batches differ from epoch to epoch) and packed greedily while the batch stays within a node budget, a padded-token
 * budget and an item limit. Every batch has at least two items (text–graph matching needs negatives) unless there
 * is only one item in all.
 */
public final class SizeBatcher {
    private final int nodeBudget;
    private final int tokenBudget;
    private final int maxItems;
    private final int maxTokens;
    private final boolean chunked;

    /** A batcher for training: one row (a window) per item. */
    public SizeBatcher(int nodeBudget, int tokenBudget, int maxItems, int maxTokens) {
        this(nodeBudget, tokenBudget, maxItems, maxTokens, false);
    }

    /**
     * @param nodeBudget  most graph nodes in one batch
     * @param tokenBudget most padded text positions (items × longest row) in one batch
     * @param maxItems    most items in one batch
     * @param maxTokens   the model's longest row ([CLS] and [SEP] included)
     * @param chunked     items are encoded whole, as many rows as their text needs (encoding), not one window
     */
    public SizeBatcher(int nodeBudget, int tokenBudget, int maxItems, int maxTokens, boolean chunked) {
        if (nodeBudget < 1 || tokenBudget < 1 || maxItems < 2) {
            throw new IllegalArgumentException("batch budgets must be positive and allow two items");
        }
        this.nodeBudget = nodeBudget;
        this.tokenBudget = tokenBudget;
        this.maxItems = maxItems;
        this.maxTokens = maxTokens;
        this.chunked = chunked;
    }

    /** Index lists, one per batch. {@code random} null: deterministic order by size. */
    public List<int[]> batches(List<EncoderInput> items, Random random) {
        int n = items.size();
        Integer[] order = new Integer[n];
        double[] jitter = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            jitter[i] = random == null ? i : random.nextDouble();
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> sizeClass(items.get(i)))
                .thenComparingDouble(i -> jitter[i]));
        List<int[]> batches = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int nodes = 0;
        int longest = 0;
        long rows = 0;
        for (int index : order) {
            EncoderInput item = items.get(index);
            int itemNodes = item.graph().nodeCount();
            int row = rowLength(item);
            int itemRows = rows(item);
            int newLongest = Math.max(longest, row);
            // Padded text positions of the batch: every row (a long text's chunks too) padded to the longest.
            boolean fits = current.size() < maxItems && nodes + itemNodes <= nodeBudget
                    && (long) newLongest * (rows + itemRows) <= tokenBudget;
            if (!fits && current.size() >= 2) {
                batches.add(current.stream().mapToInt(Integer::intValue).toArray());
                current = new ArrayList<>();
                nodes = 0;
                rows = 0;
                newLongest = row;
            }
            current.add(index);
            nodes += itemNodes;
            rows += itemRows;
            longest = newLongest;
        }
        if (!current.isEmpty()) {
            if (current.size() < 2 && !batches.isEmpty()) {
                int[] last = batches.remove(batches.size() - 1);
                int[] merged = Arrays.copyOf(last, last.length + current.size());
                for (int k = 0; k < current.size(); k++) {
                    merged[last.length + k] = current.get(k);
                }
                batches.add(merged);
            } else {
                batches.add(current.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        if (random != null) {
            java.util.Collections.shuffle(batches, random);
        }
        return batches;
    }

    private int rowLength(EncoderInput item) {
        return Math.min(item.tokens().length + 2, maxTokens);
    }

    private int rows(EncoderInput item) {
        return chunked ? Math.max(1, (item.tokens().length + maxTokens - 3) / (maxTokens - 2)) : 1;
    }

    private int sizeClass(EncoderInput item) {
        int size = Math.max(item.graph().nodeCount(), chunked ? item.tokens().length : rowLength(item));
        return 32 - Integer.numberOfLeadingZeros(Math.max(size, 1));
    }
}
