package org.mire.encoder;

import java.util.Arrays;

/**
 * A program graph reduced to what the graph encoder reads: per node its kind and the ids of the first tokens of
 * its text; per edge its ends, flow (0 control, 1 data, 2 call) and position.
 *
 * @param nodeKinds  per node: 0 instruction, 1 variable, 2 constant, 3 type
 * @param nodeTokens per node {@code tokensPerNode} ids, padded with {@link SpecialTokens#PAD}; row-major
 */
public record GraphInput(int[] nodeKinds, int[] nodeTokens, int tokensPerNode, int[] source, int[] target,
                         int[] flow, int[] position) {

    public GraphInput {
        int nodes = nodeKinds.length;
        if (nodeTokens.length != nodes * tokensPerNode) {
            throw new IllegalArgumentException(nodeTokens.length + " node tokens for " + nodes + " nodes x "
                    + tokensPerNode);
        }
        if (source.length != target.length || source.length != flow.length || source.length != position.length) {
            throw new IllegalArgumentException("edge arrays of different lengths");
        }
        for (int e = 0; e < source.length; e++) {
            if (source[e] < 0 || source[e] >= nodes || target[e] < 0 || target[e] >= nodes) {
                throw new IllegalArgumentException("edge " + source[e] + "->" + target[e] + " outside 0.." + nodes);
            }
            if (flow[e] < 0 || flow[e] >= EncoderConfig.FLOWS) {
                throw new IllegalArgumentException("flow " + flow[e] + " of edge " + e);
            }
        }
    }

    public int nodeCount() {
        return nodeKinds.length;
    }

    public int edgeCount() {
        return source.length;
    }

    /** The first token of a node's text: what masked node-text prediction asks for. */
    public int mainToken(int node) {
        return nodeTokens[node * tokensPerNode];
    }

    /** This graph with only the edges whose index {@code keep} accepts. */
    public GraphInput withEdges(java.util.function.IntPredicate keep) {
        int kept = 0;
        for (int e = 0; e < source.length; e++) {
            if (keep.test(e)) {
                kept++;
            }
        }
        int[] s = new int[kept];
        int[] t = new int[kept];
        int[] f = new int[kept];
        int[] p = new int[kept];
        int k = 0;
        for (int e = 0; e < source.length; e++) {
            if (keep.test(e)) {
                s[k] = source[e];
                t[k] = target[e];
                f[k] = flow[e];
                p[k] = position[e];
                k++;
            }
        }
        return new GraphInput(nodeKinds, nodeTokens, tokensPerNode, s, t, f, p);
    }

    /** This graph with the text of the given nodes replaced by a single {@link SpecialTokens#MASK}. */
    public GraphInput withMaskedNodes(int[] nodes) {
        int[] tokens = nodeTokens.clone();
        for (int node : nodes) {
            Arrays.fill(tokens, node * tokensPerNode, (node + 1) * tokensPerNode, SpecialTokens.PAD);
            tokens[node * tokensPerNode] = SpecialTokens.MASK;
        }
        return new GraphInput(nodeKinds, tokens, tokensPerNode, source, target, flow, position);
    }
}
