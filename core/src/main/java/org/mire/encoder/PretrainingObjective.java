package org.mire.encoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import ai.djl.training.loss.SoftmaxCrossEntropyLoss;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The three self-supervised tasks on one batch, computed from a single forward pass:
 * <ul>
 *   <li>masked token modelling — 15% of the text tokens (80% [MASK], 10% random, 10% kept), predicted through
 *   the tied output layer;</li>
 *   <li>graph auto-encoding — 15% of the edges of each flow are held out of message passing and scored against as
 *   many sampled non-edges of the same flow (binary cross-entropy), and 15% of the nodes have their text replaced
 *   by [MASK] and must predict its first token;</li>
 *   <li>text–graph matching — the symmetric InfoNCE loss between text and graph embeddings of the batch, the other
 *   items being the negatives.</li>
 * </ul>
 * All randomness comes from the {@link Random} passed in, so a step is reproducible from (seed, step).
 */
final class PretrainingObjective {
    static final double MASK_RATE = 0.15;
    static final double EDGE_HOLDOUT_RATE = 0.15;
    static final double NODE_MASK_RATE = 0.15;

    private final EncoderConfig config;
    private final TaskWeights weights;
    private final SoftmaxCrossEntropyLoss crossEntropy = Loss.softmaxCrossEntropyLoss("ce", 1, -1, true, true);

    PretrainingObjective(EncoderConfig config, TaskWeights weights) {
        this.config = config;
        this.weights = weights;
    }

    /** What one batch gave: the total loss (to back-propagate) and per-task numbers. */
    record Outcome(NDArray total, float totalLoss, float tokenLoss, float edgeLoss, float nodeLoss,
                   float matchLoss, int tokenCorrect, int tokenCount, int nodeCorrect, int nodeCount,
                   int matchCorrect, int matchCount, float[] edgeScores, boolean[] edgeLabels) {
    }

    /** A batch with its masks and targets drawn. */
    static final class Prepared {
        final EncoderBatch batch;
        final long[] maskedPositions;
        final long[] maskedTargets;
        final long[] maskedNodes;
        final long[] nodeTargets;
        final long[][] pairFrom = new long[EncoderConfig.FLOWS][];
        final long[][] pairTo = new long[EncoderConfig.FLOWS][];
        final float[][] pairLabel = new float[EncoderConfig.FLOWS][];

        private Prepared(EncoderBatch batch, long[] maskedPositions, long[] maskedTargets, long[] maskedNodes,
                         long[] nodeTargets) {
            this.batch = batch;
            this.maskedPositions = maskedPositions;
            this.maskedTargets = maskedTargets;
            this.maskedNodes = maskedNodes;
            this.nodeTargets = nodeTargets;
        }
    }

    Prepared prepare(List<EncoderInput> items, Random random) {
        if (items.size() < 2) {
            throw new IllegalArgumentException("text–graph matching needs at least 2 items per batch");
        }
        int vocabulary = config.vocabularySize();
        List<int[]> rows = new ArrayList<>(items.size());
        List<GraphInput> graphs = new ArrayList<>(items.size());
        List<Long> positions = new ArrayList<>();
        List<Long> targets = new ArrayList<>();
        List<long[]> pairs = new ArrayList<>();
        List<Long> maskedNodes = new ArrayList<>();
        List<Long> nodeTargets = new ArrayList<>();
        int longest = 0;
        List<int[]> framed = new ArrayList<>();
        for (EncoderInput item : items) {
            int room = config.maxTokens() - 2;
            int start = item.tokens().length > room ? random.nextInt(item.tokens().length - room + 1) : 0;
            int[] row = EncoderBatch.frame(item.tokens(), start, config.maxTokens());
            framed.add(row);
            longest = Math.max(longest, row.length);
        }
        int nodeOffset = 0;
        for (int i = 0; i < items.size(); i++) {
            int[] row = framed.get(i).clone();
            // Masked token modelling over the content tokens (not [CLS]/[SEP]); at least one per row.
            int content = row.length - 2;
            List<Integer> chosen = new ArrayList<>();
            for (int t = 1; t <= content; t++) {
                if (row[t] >= SpecialTokens.COUNT && random.nextDouble() < MASK_RATE) {
                    chosen.add(t);
                }
            }
            if (chosen.isEmpty() && content > 0) {
                int t = 1 + random.nextInt(content);
                if (row[t] >= SpecialTokens.COUNT) {
                    chosen.add(t);
                }
            }
            for (int t : chosen) {
                positions.add((long) i * longest + t);
                targets.add((long) row[t]);
                double r = random.nextDouble();
                if (r < 0.8) {
                    row[t] = SpecialTokens.MASK;
                } else if (r < 0.9) {
                    row[t] = SpecialTokens.COUNT + random.nextInt(vocabulary - SpecialTokens.COUNT);
                }
            }
            rows.add(row);

            GraphInput graph = items.get(i).graph();
            // Edge hold-out per flow, with as many sampled non-edges.
            Set<Long> existing = new HashSet<>();
            for (int e = 0; e < graph.edgeCount(); e++) {
                existing.add(edgeKey(graph.flow()[e], graph.source()[e], graph.target()[e]));
            }
            boolean[] held = new boolean[graph.edgeCount()];
            for (int e = 0; e < graph.edgeCount(); e++) {
                if (random.nextDouble() < EDGE_HOLDOUT_RATE) {
                    held[e] = true;
                    pairs.add(new long[] {graph.flow()[e], nodeOffset + graph.source()[e],
                        nodeOffset + graph.target()[e], 1});
                    int n = graph.nodeCount();
                    if (n >= 2) {
                        for (int attempt = 0; attempt < 8; attempt++) {
                            int u = random.nextInt(n);
                            int v = random.nextInt(n);
                            if (u != v && !existing.contains(edgeKey(graph.flow()[e], u, v))) {
                                pairs.add(new long[] {graph.flow()[e], nodeOffset + u, nodeOffset + v, 0});
                                break;
                            }
                        }
                    }
                }
            }
            GraphInput visible = graph.withEdges(e -> !held[e]);
            // Masked node-text prediction.
            List<Integer> nodeMask = new ArrayList<>();
            for (int n = 0; n < graph.nodeCount(); n++) {
                if (graph.mainToken(n) >= SpecialTokens.COUNT && random.nextDouble() < NODE_MASK_RATE) {
                    nodeMask.add(n);
                    maskedNodes.add((long) nodeOffset + n);
                    nodeTargets.add((long) graph.mainToken(n));
                }
            }
            graphs.add(visible.withMaskedNodes(nodeMask.stream().mapToInt(Integer::intValue).toArray()));
            nodeOffset += graph.nodeCount();
        }
        EncoderBatch batch = EncoderBatch.ofRows(rows, graphs, config);
        if (batch.length() != longest) {
            throw new IllegalStateException("batch length " + batch.length() + " != " + longest);
        }
        Prepared prepared = new Prepared(batch, toLongs(positions), toLongs(targets), toLongs(maskedNodes),
                toLongs(nodeTargets));
        for (int f = 0; f < EncoderConfig.FLOWS; f++) {
            int flow = f;
            List<long[]> of = pairs.stream().filter(p -> p[0] == flow).toList();
            prepared.pairFrom[f] = of.stream().mapToLong(p -> p[1]).toArray();
            prepared.pairTo[f] = of.stream().mapToLong(p -> p[2]).toArray();
            float[] labels = new float[of.size()];
            for (int k = 0; k < labels.length; k++) {
                labels[k] = of.get(k)[3];
            }
            prepared.pairLabel[f] = labels;
        }
        return prepared;
    }

    private static long edgeKey(int flow, int source, int target) {
        return ((long) flow << 60) | ((long) source << 30) | target;
    }

    private static long[] toLongs(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    /** Runs the forward pass and all losses; the caller owns the scope the arrays live in. */
    Outcome evaluate(EncoderNetwork network, ParameterStore store, NDManager manager, Prepared prepared,
                     boolean training) {
        EncoderBatch batch = prepared.batch;
        NDList arrays = batch.toNDList(manager);
        NDArray text = network.textStates(store, arrays, training);
        NDArray nodes = network.nodeStates(store, arrays, training);
        EncoderNetwork.Embeddings embeddings = network.embeddings(store, arrays, text, nodes, training);
        NDArray total = manager.zeros(new ai.djl.ndarray.types.Shape());

        float tokenLoss = 0;
        int tokenCorrect = 0;
        if (prepared.maskedPositions.length > 0) {
            NDArray states = text.reshape(-1, config.width()).get(manager.create(prepared.maskedPositions));
            NDArray logits = network.tokenLogits(store, states, training);
            NDArray labels = manager.create(prepared.maskedTargets);
            NDArray loss = crossEntropy.evaluate(new NDList(labels), new NDList(logits));
            tokenLoss = loss.getFloat();
            tokenCorrect = correct(logits, labels);
            total = total.add(loss.mul(weights.tokens()));
        }
        float nodeLoss = 0;
        int nodeCorrect = 0;
        if (prepared.maskedNodes.length > 0) {
            NDArray states = nodes.get(manager.create(prepared.maskedNodes));
            NDArray logits = network.nodeLogits(store, states, training);
            NDArray labels = manager.create(prepared.nodeTargets);
            NDArray loss = crossEntropy.evaluate(new NDList(labels), new NDList(logits));
            nodeLoss = loss.getFloat();
            nodeCorrect = correct(logits, labels);
            total = total.add(loss.mul(weights.nodes()));
        }
        List<NDArray> edgeLogits = new ArrayList<>();
        List<NDArray> edgeLabels = new ArrayList<>();
        for (int f = 0; f < EncoderConfig.FLOWS; f++) {
            if (prepared.pairFrom[f].length > 0) {
                NDArray from = nodes.get(manager.create(prepared.pairFrom[f]));
                NDArray to = nodes.get(manager.create(prepared.pairTo[f]));
                edgeLogits.add(network.edgeLogits(store, f, from, to, training));
                edgeLabels.add(manager.create(prepared.pairLabel[f]));
            }
        }
        float edgeLoss = 0;
        float[] edgeScores = new float[0];
        boolean[] edgeTruth = new boolean[0];
        if (!edgeLogits.isEmpty()) {
            NDArray logits = NDArrays.concat(new NDList(edgeLogits));
            NDArray labels = NDArrays.concat(new NDList(edgeLabels));
            // Binary cross-entropy with logits, in the numerically stable form.
            NDArray loss = logits.maximum(0).sub(logits.mul(labels)).add(logits.abs().neg().exp().add(1f).log()).mean();
            edgeLoss = loss.getFloat();
            edgeScores = logits.toFloatArray();
            float[] truth = labels.toFloatArray();
            edgeTruth = new boolean[truth.length];
            for (int k = 0; k < truth.length; k++) {
                edgeTruth[k] = truth[k] > 0.5f;
            }
            total = total.add(loss.mul(weights.edges()));
        }
        int items = batch.items();
        NDArray similarity = embeddings.text().matMul(embeddings.graph().transpose()).div(config.temperature());
        NDArray diagonal = manager.arange(items).toType(ai.djl.ndarray.types.DataType.INT64, false);
        NDArray textToGraph = crossEntropy.evaluate(new NDList(diagonal), new NDList(similarity));
        NDArray graphToText = crossEntropy.evaluate(new NDList(diagonal), new NDList(similarity.transpose()));
        NDArray matchLoss = textToGraph.add(graphToText).div(2);
        int matchCorrect = correct(similarity, diagonal) + correct(similarity.transpose(), diagonal);
        total = total.add(matchLoss.mul(weights.matching()));

        return new Outcome(total, total.getFloat(), tokenLoss, edgeLoss, nodeLoss, matchLoss.getFloat(),
                tokenCorrect, prepared.maskedPositions.length, nodeCorrect, prepared.maskedNodes.length,
                matchCorrect, 2 * items, edgeScores, edgeTruth);
    }

    private static int correct(NDArray logits, NDArray labels) {
        return (int) logits.argMax(-1).eq(labels.toType(ai.djl.ndarray.types.DataType.INT64, false))
                .sum().getLong();
    }

    /** Area under the ROC curve (Mann–Whitney, ties counted half); NaN when one class is missing. */
    static double auc(float[] scores, boolean[] labels) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Float.compare(scores[a], scores[b]));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[order[k]]) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
