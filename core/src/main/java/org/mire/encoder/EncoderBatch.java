package org.mire.encoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Several items (functions or modules) packed for one forward pass: text rows padded to the longest row, all
 * graphs joined into one disjoint graph. Message passing reads three arrays per batch — which transformed node
 * row each message comes from, which (relation, position) bucket it carries, and a sparse receiver × message
 * matrix holding 1/in-degree per relation — so memory grows with edges, never with nodes².
 */
public final class EncoderBatch {
    /** Attention bias for padded keys: large enough to vanish after softmax, small enough to stay finite. */
    static final float PAD_BIAS = -1e4f;

    final int items;
    final int rows;
    final int length;
    final long[] tokens;
    final float[] keyBias;
    final float[] rowPool;
    final float[] itemRows;
    final int nodes;
    final int tokensPerNode;
    final long[] nodeKinds;
    final long[] nodeTokens;
    final float[] nodeTokenWeights;
    final long[] messageIndex;
    final long[] positionIndex;
    final long[][] aggregation;
    final float[] aggregationValues;
    final long[][] pooling;
    final float[] poolingValues;
    final int[] nodeOffset;
    final int[] rowOffset;

    private EncoderBatch(List<int[][]> textRows, List<GraphInput> graphs, EncoderConfig config) {
        if (textRows.size() != graphs.size() || graphs.isEmpty()) {
            throw new IllegalArgumentException(textRows.size() + " texts for " + graphs.size() + " graphs");
        }
        items = graphs.size();
        int rowCount = 0;
        int longest = 1;
        rowOffset = new int[items + 1];
        for (int i = 0; i < items; i++) {
            rowOffset[i] = rowCount;
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
        rowOffset[items] = rowCount;
        rows = rowCount;
        length = longest;
        tokens = new long[rows * length];
        keyBias = new float[rows * length];
        rowPool = new float[rows * length];
        itemRows = new float[items * rows];
        int r = 0;
        for (int i = 0; i < items; i++) {
            int itemTokens = 0;
            for (int[] row : textRows.get(i)) {
                itemTokens += row.length;
            }
            for (int[] row : textRows.get(i)) {
                for (int t = 0; t < length; t++) {
                    int at = r * length + t;
                    if (t < row.length) {
                        checkToken(row[t], config);
                        tokens[at] = row[t];
                        rowPool[at] = 1f / row.length;
                    } else {
                        tokens[at] = SpecialTokens.PAD;
                        keyBias[at] = PAD_BIAS;
                    }
                }
                // A module split into chunks: its text vector is the token-weighted mean of its chunks.
                itemRows[i * rows + r] = (float) row.length / itemTokens;
                r++;
            }
        }

        tokensPerNode = config.nodeTokens();
        nodeOffset = new int[items + 1];
        int nodeCount = 0;
        int messageCount = 0;
        for (int i = 0; i < items; i++) {
            nodeOffset[i] = nodeCount;
            nodeCount += graphs.get(i).nodeCount();
            messageCount += 2 * graphs.get(i).edgeCount();
        }
        nodeOffset[items] = nodeCount;
        nodes = nodeCount;
        nodeKinds = new long[nodes];
        nodeTokens = new long[nodes * tokensPerNode];
        nodeTokenWeights = new float[nodes * tokensPerNode];
        messageIndex = new long[messageCount];
        positionIndex = new long[messageCount];
        aggregation = new long[2][messageCount];
        aggregationValues = new float[messageCount];
        pooling = new long[2][nodes];
        poolingValues = new float[nodes];
        int[] degree = new int[nodes * EncoderConfig.RELATIONS];
        int m = 0;
        for (int i = 0; i < items; i++) {
            GraphInput graph = graphs.get(i);
            int offset = nodeOffset[i];
            for (int n = 0; n < graph.nodeCount(); n++) {
                int node = offset + n;
                nodeKinds[node] = graph.nodeKinds()[n];
                int count = 0;
                for (int t = 0; t < tokensPerNode; t++) {
                    int token = t < graph.tokensPerNode() ? graph.nodeTokens()[n * graph.tokensPerNode() + t]
                            : SpecialTokens.PAD;
                    checkToken(token, config);
                    nodeTokens[node * tokensPerNode + t] = token;
                    if (token != SpecialTokens.PAD) {
                        count++;
                    }
                }
                if (count == 0) {
                    // A node without text reads [UNK] rather than a zero vector.
                    nodeTokens[node * tokensPerNode] = SpecialTokens.UNK;
                    count = 1;
                }
                for (int t = 0; t < tokensPerNode; t++) {
                    if (nodeTokens[node * tokensPerNode + t] != SpecialTokens.PAD) {
                        nodeTokenWeights[node * tokensPerNode + t] = 1f / count;
                    }
                }
                pooling[0][node] = i;
                pooling[1][node] = node;
                poolingValues[node] = 1f / graph.nodeCount();
            }
            for (int e = 0; e < graph.edgeCount(); e++) {
                int source = offset + graph.source()[e];
                int target = offset + graph.target()[e];
                int bucket = Math.min(Math.max(graph.position()[e], 0), config.positionBuckets() - 1);
                for (int direction = 0; direction < 2; direction++) {
                    int relation = 2 * graph.flow()[e] + direction;
                    int from = direction == 0 ? source : target;
                    int to = direction == 0 ? target : source;
                    messageIndex[m] = (long) from * EncoderConfig.RELATIONS + relation;
                    positionIndex[m] = (long) relation * config.positionBuckets() + bucket;
                    aggregation[0][m] = to;
                    aggregation[1][m] = m;
                    degree[to * EncoderConfig.RELATIONS + relation]++;
                    m++;
                }
            }
        }
        for (int k = 0; k < messageCount; k++) {
            int relation = (int) (messageIndex[k] % EncoderConfig.RELATIONS);
            aggregationValues[k] = 1f / degree[(int) aggregation[0][k] * EncoderConfig.RELATIONS + relation];
        }
    }

    private static void checkToken(int token, EncoderConfig config) {
        if (token < 0 || token >= config.vocabularySize()) {
            throw new IllegalArgumentException("token id " + token + " outside the vocabulary of "
                    + config.vocabularySize());
        }
    }

    /** One row per item: [CLS] + the item's tokens (from {@code start}, cut to fit) + [SEP]. */
    public static EncoderBatch ofWindows(List<int[]> texts, List<Integer> starts, List<GraphInput> graphs,
                                         EncoderConfig config) {
        List<int[][]> rows = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            rows.add(new int[][] {frame(texts.get(i), starts.get(i), config.maxTokens())});
        }
        return new EncoderBatch(rows, graphs, config);
    }

    /** One given (already framed) row per item. */
    public static EncoderBatch ofRows(List<int[]> rows, List<GraphInput> graphs, EncoderConfig config) {
        List<int[][]> wrapped = new ArrayList<>(rows.size());
        for (int[] row : rows) {
            wrapped.add(new int[][] {row});
        }
        return new EncoderBatch(wrapped, graphs, config);
    }

    /** As many rows per item as its text needs (long modules are chunked, every chunk framed). */
    public static EncoderBatch ofChunks(List<EncoderInput> inputs, EncoderConfig config) {
        List<int[][]> rows = new ArrayList<>(inputs.size());
        List<GraphInput> graphs = new ArrayList<>(inputs.size());
        for (EncoderInput input : inputs) {
            rows.add(chunks(input.tokens(), config.maxTokens()));
            graphs.add(input.graph());
        }
        return new EncoderBatch(rows, graphs, config);
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

    public int messages() {
        return messageIndex.length;
    }

    /** Index of the first node of item {@code i} in the joined graph. */
    public int nodeOffset(int item) {
        return nodeOffset[item];
    }

    /** Token id at row {@code row}, position {@code t} (PAD beyond the row). */
    public int token(int row, int t) {
        return (int) tokens[row * length + t];
    }

    /** The arrays the model's forward pass reads, created in {@code manager} (in {@link Slot} order). */
    public NDList toNDList(NDManager manager) {
        NDList list = new NDList(Slot.values().length);
        list.add(manager.create(tokens, new Shape(rows, length)));
        list.add(manager.create(keyBias, new Shape(rows, 1, 1, length)));
        list.add(manager.create(rowPool, new Shape(rows, 1, length)));
        list.add(manager.create(itemRows, new Shape(items, rows)));
        list.add(manager.create(nodeKinds, new Shape(nodes)));
        list.add(manager.create(nodeTokens, new Shape(nodes, tokensPerNode)));
        list.add(manager.create(nodeTokenWeights, new Shape(nodes, tokensPerNode, 1)));
        list.add(manager.create(messageIndex, new Shape(messageIndex.length)));
        list.add(manager.create(positionIndex, new Shape(positionIndex.length)));
        NDList keepAlive = new NDList();
        list.add(messageIndex.length == 0 ? manager.zeros(new Shape(nodes, 0))
                : sparse(manager, aggregation, aggregationValues, new Shape(nodes, messageIndex.length), keepAlive));
        list.add(sparse(manager, pooling, poolingValues, new Shape(items, nodes), keepAlive));
        list.addAll(keepAlive);
        return list;
    }

    /**
     * A sparse COO matrix whose index and value arrays stay open as long as the list: PyTorch's sparse tensor
     * aliases their memory. (DJL's {@code NDManager.createCoo} closes them right away, after which the matrix reads
     * freed memory: "addmm: index out of row bound".)
     */
    private static NDArray sparse(NDManager manager, long[][] indices, float[] values, Shape shape, NDList keepAlive) {
        long[] flat = new long[2 * values.length];
        System.arraycopy(indices[0], 0, flat, 0, values.length);
        System.arraycopy(indices[1], 0, flat, values.length, values.length);
        NDArray index = manager.create(flat, new Shape(2, values.length));
        NDArray value = manager.create(values);
        keepAlive.add(index);
        keepAlive.add(value);
        return JniUtils.createSparseCoo((PtNDArray) index, (PtNDArray) value, shape);
    }

    /** Positions in {@link #toNDList} (the list holds further arrays after these, kept open for the sparse ones). */
    public enum Slot {
        TOKENS, KEY_BIAS, ROW_POOL, ITEM_ROWS, NODE_KINDS, NODE_TOKENS, NODE_TOKEN_WEIGHTS, MESSAGE_INDEX,
        POSITION_INDEX, AGGREGATION, POOLING;

        public NDArray of(NDList list) {
            return list.get(ordinal());
        }
    }
}
