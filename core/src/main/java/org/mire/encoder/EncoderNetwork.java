package org.mire.encoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import org.mire.encoder.EncoderBatch.Slot;

/**
 * The whole network: a token embedding table shared by both modalities (node texts are tokens of the same
 * vocabulary, so sharing gives the graph encoder IR-aware first vectors and lets masked node-text prediction use
 * the same tied output layer as masked token modelling), the text transformer, the relational graph encoder, the
 * two projections into the joint space, and the pre-training heads.
 *
 * <p>Embeddings: t = normalise(P_t · mean of the final text states over real tokens − μ_t), g = normalise(P_g · mean
 * of the final node states − μ_g); the program embedding is normalise(t + g). μ_t and μ_g are the mean projections
 * over the pre-training corpus, set once training ends (zero before).
 */
final class EncoderNetwork extends AbstractBlock {
    private final EncoderConfig config;
    private final Parameter tokens;
    private final Parameter textPositions;
    private final Parameter nodeKinds;
    private final List<TransformerLayer> textLayers = new ArrayList<>();
    private final LayerNorm textNorm;
    private final List<RelationalGraphLayer> graphLayers = new ArrayList<>();
    private final LayerNorm graphNorm;
    private final Linear textProjection;
    private final Linear graphProjection;
    private final Linear tokenHead;
    private final LayerNorm tokenHeadNorm;
    private final Parameter tokenBias;
    private final Linear nodeHead;
    private final LayerNorm nodeHeadNorm;
    private final Parameter nodeBias;
    private final List<Linear> edgeScorers = new ArrayList<>();
    private final Parameter textCentre;
    private final Parameter graphCentre;

    EncoderNetwork(EncoderConfig config) {
        super((byte) 1);
        this.config = config;
        int d = config.width();
        tokens = addParameter(weight("tokens", new Shape(config.vocabularySize(), d)));
        textPositions = addParameter(weight("textPositions", new Shape(config.maxTokens(), d)));
        nodeKinds = addParameter(weight("nodeKinds", new Shape(EncoderConfig.NODE_KINDS, d)));
        for (int i = 0; i < config.textLayers(); i++) {
            textLayers.add(addChildBlock("text" + i, new TransformerLayer(d, config.heads(), config.feedForward())));
        }
        textNorm = addChildBlock("textNorm", LayerNorm.builder().axis(2).build());
        for (int i = 0; i < config.graphLayers(); i++) {
            graphLayers.add(addChildBlock("graph" + i, new RelationalGraphLayer(d, config.positionBuckets())));
        }
        graphNorm = addChildBlock("graphNorm", LayerNorm.builder().axis(1).build());
        textProjection = addChildBlock("textProjection", Linear.builder().setUnits(config.embeddingSize()).build());
        graphProjection = addChildBlock("graphProjection", Linear.builder().setUnits(config.embeddingSize()).build());
        tokenHead = addChildBlock("tokenHead", Linear.builder().setUnits(d).build());
        tokenHeadNorm = addChildBlock("tokenHeadNorm", LayerNorm.builder().axis(1).build());
        tokenBias = addParameter(bias("tokenBias", config.vocabularySize()));
        nodeHead = addChildBlock("nodeHead", Linear.builder().setUnits(d).build());
        nodeHeadNorm = addChildBlock("nodeHeadNorm", LayerNorm.builder().axis(1).build());
        nodeBias = addParameter(bias("nodeBias", config.vocabularySize()));
        for (int f = 0; f < EncoderConfig.FLOWS; f++) {
            edgeScorers.add(addChildBlock("edge" + f, Linear.builder().setUnits(d).optBias(false).build()));
        }
        textCentre = addParameter(centre("textCentre", config.embeddingSize()));
        graphCentre = addParameter(centre("graphCentre", config.embeddingSize()));
    }

    /** Mean projected vector of the pre-training corpus (zero until set after training); not trained. */
    private static Parameter centre(String name, int size) {
        return Parameter.builder().setName(name).setType(Parameter.Type.RUNNING_MEAN).optShape(new Shape(size))
                .optInitializer(Initializer.ZEROS).optRequiresGrad(false).build();
    }

    private static Parameter weight(String name, Shape shape) {
        return Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT).optShape(shape)
                .optInitializer(new NormalInitializer(0.02f)).build();
    }

    private static Parameter bias(String name, int size) {
        return Parameter.builder().setName(name).setType(Parameter.Type.BIAS).optShape(new Shape(size))
                .optInitializer(Initializer.ZEROS).build();
    }

    EncoderConfig config() {
        return config;
    }

    /**
     * Whether a parameter has one entry (row) per token id: the shared token embedding and the two output biases.
     * These are the only parameters whose shape depends on the vocabulary size.
     */
    boolean isPerToken(Parameter parameter) {
        return parameter == tokens || parameter == tokenBias || parameter == nodeBias;
    }

    /** Final text states [rows, L, d] (after the last LayerNorm). */
    NDArray textStates(ParameterStore store, NDList batch, boolean training) {
        NDArray ids = Slot.TOKENS.of(batch);
        long rows = ids.getShape().get(0);
        long length = ids.getShape().get(1);
        NDArray table = store.getValue(tokens, ids.getDevice(), training);
        NDArray positions = store.getValue(textPositions, ids.getDevice(), training);
        NDArray x = table.get(ids.flatten()).reshape(rows, length, config.width())
                .add(positions.get(new NDIndex("0:{}", length)));
        NDArray keyBias = Slot.KEY_BIAS.of(batch);
        for (TransformerLayer layer : textLayers) {
            x = layer.forward(store, new NDList(x, keyBias), training).singletonOrThrow();
        }
        return textNorm.forward(store, new NDList(x), training).singletonOrThrow();
    }

    /** Final node states [N, d] of the joined graph. */
    NDArray nodeStates(ParameterStore store, NDList batch, boolean training) {
        NDArray ids = Slot.NODE_TOKENS.of(batch);
        long nodes = ids.getShape().get(0);
        NDArray table = store.getValue(tokens, ids.getDevice(), training);
        NDArray kinds = store.getValue(nodeKinds, ids.getDevice(), training);
        NDArray h = table.get(ids.flatten()).reshape(nodes, config.nodeTokens(), config.width())
                .mul(Slot.NODE_TOKEN_WEIGHTS.of(batch)).sum(new int[] {1})
                .add(kinds.get(Slot.NODE_KINDS.of(batch)));
        NDList edges = new NDList(Slot.MESSAGE_INDEX.of(batch), Slot.POSITION_INDEX.of(batch),
                Slot.AGGREGATION.of(batch));
        for (RelationalGraphLayer layer : graphLayers) {
            NDList in = new NDList(h);
            in.addAll(edges);
            h = layer.forward(store, in, training).singletonOrThrow();
        }
        return graphNorm.forward(store, new NDList(h), training).singletonOrThrow();
    }

    /** Normalised text, graph and fused embeddings per item, from final states. */
    Embeddings embeddings(ParameterStore store, NDList batch, NDArray textStates, NDArray nodeStates,
                          boolean training) {
        return embeddingsOfRowMeans(store, batch, Slot.ROW_POOL.of(batch).batchMatMul(textStates).squeeze(1),
                nodeStates, training);
    }

    /**
     * Mean final text state of every row, at inference, computed over groups of at most {@code tokenBudget}
     * padded positions: chunks of a long text are independent, and a function of a hundred chunks would otherwise
     * hold a hundred rows of attention scores per layer at once. Each group's intermediates are freed before the
     * next group starts.
     */
    NDArray rowMeans(ParameterStore store, NDList batch, int tokenBudget) {
        NDArray ids = Slot.TOKENS.of(batch);
        long rows = ids.getShape().get(0);
        long length = ids.getShape().get(1);
        long group = Math.max(1, tokenBudget / length);
        if (rows <= group) {
            return Slot.ROW_POOL.of(batch).batchMatMul(textStates(store, batch, false)).squeeze(1);
        }
        NDList parts = new NDList();
        for (long from = 0; from < rows; from += group) {
            NDIndex slice = new NDIndex("{}:{}", from, Math.min(rows, from + group));
            NDList sub = new NDList(batch);
            sub.set(Slot.TOKENS.ordinal(), ids.get(slice));
            sub.set(Slot.KEY_BIAS.ordinal(), Slot.KEY_BIAS.of(batch).get(slice));
            sub.set(Slot.ROW_POOL.ordinal(), Slot.ROW_POOL.of(batch).get(slice));
            try (ai.djl.ndarray.NDScope scope = new ai.djl.ndarray.NDScope()) {
                NDArray means = Slot.ROW_POOL.of(sub).batchMatMul(textStates(store, sub, false)).squeeze(1);
                ai.djl.ndarray.NDScope.unregister(means);
                parts.add(means);
            }
        }
        return ai.djl.ndarray.NDArrays.concat(parts);
    }

    /** Embeddings from the per-row text means and the node states. */
    Embeddings embeddingsOfRowMeans(ParameterStore store, NDList batch, NDArray rowMeans, NDArray nodeStates,
                                    boolean training) {
        NDArray textMeans = Slot.ITEM_ROWS.of(batch).matMul(rowMeans);
        NDArray graphMeans = Slot.POOLING.of(batch).matMul(nodeStates);
        NDArray textRaw = textProjection.forward(store, new NDList(textMeans), training).singletonOrThrow();
        NDArray graphRaw = graphProjection.forward(store, new NDList(graphMeans), training).singletonOrThrow();
        NDArray text = normalise(textRaw.sub(store.getValue(textCentre, textRaw.getDevice(), training)));
        NDArray graph = normalise(graphRaw.sub(store.getValue(graphCentre, graphRaw.getDevice(), training)));
        return new Embeddings(text, graph, normalise(text.add(graph)), textRaw, graphRaw);
    }

    /**
     * Sets the centres to the mean raw projections of a corpus. Trained encoders are anisotropic (all vectors share
     * a large common component, so cosine similarities crowd together); subtracting the corpus mean before
     * normalising spreads them out again.
     */
    void setCentres(float[] text, float[] graph) {
        textCentre.getArray().set(text);
        graphCentre.getArray().set(graph);
    }

    static NDArray normalise(NDArray x) {
        return x.div(x.square().sum(new int[] {-1}, true).add(1e-12f).sqrt());
    }

    /** Token logits [M, V] for text states [M, d] (output layer tied to the token embedding). */
    NDArray tokenLogits(ParameterStore store, NDArray states, boolean training) {
        return tiedLogits(store, tokenHead, tokenHeadNorm, tokenBias, states, training);
    }

    /** Node-text logits [M, V] for node states [M, d]. */
    NDArray nodeLogits(ParameterStore store, NDArray states, boolean training) {
        return tiedLogits(store, nodeHead, nodeHeadNorm, nodeBias, states, training);
    }

    private NDArray tiedLogits(ParameterStore store, Linear head, LayerNorm norm, Parameter bias, NDArray states,
                               boolean training) {
        NDArray h = Activation.gelu(head.forward(store, new NDList(states), training).singletonOrThrow());
        h = norm.forward(store, new NDList(h), training).singletonOrThrow();
        NDArray table = store.getValue(tokens, states.getDevice(), training);
        return h.matMul(table.transpose()).add(store.getValue(bias, states.getDevice(), training));
    }

    /** Edge logits: (W_f z_u) · z_v for node-state rows of the two ends. */
    NDArray edgeLogits(ParameterStore store, int flow, NDArray from, NDArray to, boolean training) {
        return edgeScorers.get(flow).forward(store, new NDList(from), training).singletonOrThrow()
                .mul(to).sum(new int[] {-1});
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        Embeddings e = embeddings(store, inputs, textStates(store, inputs, training),
                nodeStates(store, inputs, training), training);
        return new NDList(e.text(), e.graph(), e.fused());
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape items = new Shape(inputShapes[Slot.ITEM_ROWS.ordinal()].get(0), config.embeddingSize());
        return new Shape[] {items, items, items};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape text = new Shape(1, 1, config.width());
        Shape node = new Shape(1, config.width());
        for (TransformerLayer layer : textLayers) {
            layer.initialize(manager, dataType, text, new Shape(1, 1, 1, 1));
        }
        textNorm.initialize(manager, dataType, text);
        for (RelationalGraphLayer layer : graphLayers) {
            layer.initialize(manager, dataType, node);
        }
        graphNorm.initialize(manager, dataType, node);
        textProjection.initialize(manager, dataType, node);
        graphProjection.initialize(manager, dataType, node);
        tokenHead.initialize(manager, dataType, node);
        tokenHeadNorm.initialize(manager, dataType, node);
        nodeHead.initialize(manager, dataType, node);
        nodeHeadNorm.initialize(manager, dataType, node);
        for (Linear scorer : edgeScorers) {
            scorer.initialize(manager, dataType, node);
        }
    }

    /** Per-item embeddings, each row of unit length. */
    record Embeddings(NDArray text, NDArray graph, NDArray fused, NDArray textRaw, NDArray graphRaw) {
    }
}
