package org.mire.encoder;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Several items (functions or modules) packed for one call of the TorchScript module, in its tensor contract
 * (docs/formats.md, "Encoder batch"): text rows padded to the longest row, all graphs joined into one disjoint graph
 * with batch-global node indices, and a group id per item. Everything else (masks, relations, degrees, pooling) the
 * module derives itself, so this class and the Python trainer's batch builder stay small and equal.
 */
public final class EncoderBatch {
    final int items;
    final int rows;
    final int length;
    final long[] tokens;
    final long[] rowItem;
    final int nodes;
    final int tokensPerNode;
    final long[] nodeKind;
    final long[] nodeTokens;
    final long[] nodeItem;
    final long[] edges;
    final long[] itemGroup;
    final int[] nodeOffset;

    private EncoderBatch(List<int[][]> textRows, List<GraphInput> graphs, long[] groups, EncoderConfig config) {
        if (textRows.size() != graphs.size() || graphs.isEmpty() || groups.length != graphs.size()) {
            throw new IllegalArgumentException(textRows.size() + " texts for " + graphs.size() + " graphs and "
                    + groups.length + " groups");
        }
        items = graphs.size();
        int rowCount = 0;
        int longest = 1;
        for (int i = 0; i < items; i++) {
            if (textRows.get(i).length == 0) {
                throw new IllegalArgumentException("item " + i + " has no text row");
            }
            for (int[] row : textRows.get(i)) {
                if (row.length > config.maxTokens()) {
                    throw new IllegalArgumentException("row of " + row.length + " tokens > " + config.maxTokens());
                }
                longest = Math.max(longest, row.length);
                rowCount++;
            }
        }
        rows = rowCount;
        length = longest;
        tokens = new long[rows * length];
        rowItem = new long[rows];
        int r = 0;
        for (int i = 0; i < items; i++) {
            for (int[] row : textRows.get(i)) {
                for (int t = 0; t < row.length; t++) {
                    checkToken(row[t], config);
                    tokens[r * length + t] = row[t];
                }
                rowItem[r++] = i;
            }
        }

        tokensPerNode = config.nodeTokens();
        nodeOffset = new int[items + 1];
        int nodeCount = 0;
        int edgeCount = 0;
        for (int i = 0; i < items; i++) {
            nodeOffset[i] = nodeCount;
            nodeCount += graphs.get(i).nodeCount();
            edgeCount += graphs.get(i).edgeCount();
        }
        nodeOffset[items] = nodeCount;
        nodes = nodeCount;
        nodeKind = new long[nodes];
        nodeTokens = new long[nodes * tokensPerNode];
        nodeItem = new long[nodes];
        edges = new long[4 * edgeCount];
        int e = 0;
        for (int i = 0; i < items; i++) {
            GraphInput graph = graphs.get(i);
            int offset = nodeOffset[i];
            for (int n = 0; n < graph.nodeCount(); n++) {
                int node = offset + n;
                nodeKind[node] = graph.nodeKinds()[n];
                nodeItem[node] = i;
                for (int t = 0; t < Math.min(tokensPerNode, graph.tokensPerNode()); t++) {
                    int token = graph.nodeTokens()[n * graph.tokensPerNode() + t];
                    checkToken(token, config);
                    nodeTokens[node * tokensPerNode + t] = token;
                }
            }
            for (int k = 0; k < graph.edgeCount(); k++) {
                edges[e] = offset + graph.source()[k];
                edges[edgeCount + e] = offset + graph.target()[k];
                edges[2 * edgeCount + e] = graph.flow()[k];
                edges[3 * edgeCount + e] = Math.max(0, graph.position()[k]);
                e++;
            }
        }
        itemGroup = groups.clone();
    }

    private static void checkToken(int token, EncoderConfig config) {
        if (token < 0 || token >= config.vocabularySize()) {
            throw new IllegalArgumentException("token id " + token + " outside the vocabulary of "
                    + config.vocabularySize());
        }
    }

    /** Group ids that make every item its own group (no contrastive positives): encoding, or unknown groups. */
    static long[] distinctGroups(int items) {
        long[] groups = new long[items];
        for (int i = 0; i < items; i++) {
            groups[i] = i;
        }
        return groups;
    }

    /** One row per item: [CLS] + the item's tokens (from {@code start}, cut to fit) + [SEP]. */
    public static EncoderBatch ofWindows(List<EncoderInput> inputs, List<Integer> starts, EncoderConfig config) {
        List<int[][]> rows = new ArrayList<>(inputs.size());
        List<GraphInput> graphs = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            rows.add(new int[][] {frame(inputs.get(i).tokens(), starts.get(i), config.maxTokens())});
            graphs.add(inputs.get(i).graph());
        }
        return new EncoderBatch(rows, graphs, groups(inputs), config);
    }

    /** As many rows per item as its text needs (long texts are chunked, every chunk framed); no positives. */
    public static EncoderBatch ofChunks(List<EncoderInput> inputs, EncoderConfig config) {
        List<int[][]> rows = new ArrayList<>(inputs.size());
        List<GraphInput> graphs = new ArrayList<>(inputs.size());
        for (EncoderInput input : inputs) {
            rows.add(chunks(input.tokens(), config.maxTokens()));
            graphs.add(input.graph());
        }
        return new EncoderBatch(rows, graphs, distinctGroups(inputs.size()), config);
    }

    /**
     * Group ids for a training batch: items with the same known group share an id (the same function at another
     * optimisation level); an item without a group gets an id of its own.
     */
    private static long[] groups(List<EncoderInput> inputs) {
        long[] groups = new long[inputs.size()];
        java.util.Map<Long, Long> ids = new java.util.HashMap<>();
        for (int i = 0; i < groups.length; i++) {
            long group = inputs.get(i).group();
            groups[i] = group == EncoderInput.NO_GROUP ? ids.size() + (long) groups.length + i
                    : ids.computeIfAbsent(group, g -> (long) ids.size());
        }
        return groups;
    }

    static int[] frame(int[] tokens, int start, int maxTokens) {
        int count = Math.max(0, Math.min(tokens.length - start, maxTokens - 2));
        int[] row = new int[count + 2];
        row[0] = SpecialTokens.CLS;
        System.arraycopy(tokens, start, row, 1, count);
        row[count + 1] = SpecialTokens.SEP;
        return row;
    }

    static int[][] chunks(int[] tokens, int maxTokens) {
        int per = maxTokens - 2;
        int count = Math.max(1, (tokens.length + per - 1) / per);
        int[][] rows = new int[count][];
        for (int c = 0; c < count; c++) {
            rows[c] = frame(tokens, c * per, maxTokens);
        }
        return rows;
    }

    public int items() {
        return items;
    }

    public int rows() {
        return rows;
    }

    public int length() {
        return length;
    }

    public int nodes() {
        return nodes;
    }

    public int edges() {
        return edges.length / 4;
    }

    /** Index of the first node of item {@code i} in the joined graph. */
    public int nodeOffset(int item) {
        return nodeOffset[item];
    }

    /** Token id at row {@code row}, position {@code t} (PAD beyond the row). */
    public int token(int row, int t) {
        return (int) tokens[row * length + t];
    }

    /** The module's arguments in contract order, created in {@code manager}. */
    public NDList toNDList(NDManager manager) {
        NDList list = new NDList(7);
        list.add(manager.create(tokens, new Shape(rows, length)));
        list.add(manager.create(rowItem, new Shape(rows)));
        list.add(manager.create(nodeKind, new Shape(nodes)));
        list.add(manager.create(nodeTokens, new Shape(nodes, tokensPerNode)));
        list.add(manager.create(nodeItem, new Shape(nodes)));
        list.add(manager.create(edges, new Shape(4, edges.length / 4)));
        list.add(manager.create(itemGroup, new Shape(items)));
        return list;
    }
}
