package org.mire.encoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One pre-LN transformer encoder layer built from DJL primitives: x + MHA(LN(x)) then x + FFN(LN(x)), with the
 * padding mask applied in every layer (DJL's own TransformerEncoderBlock uses BatchNorm and drops the mask).
 * Inputs: x [B, L, d] and the additive key mask [B, 1, 1, L]; output x' [B, L, d].
 */
final class TransformerLayer extends AbstractBlock {
    private final int width;
    private final int heads;
    private final int feedForward;
    private final LayerNorm attentionNorm;
    private final Linear qkv;
    private final Linear attentionOut;
    private final LayerNorm feedForwardNorm;
    private final Linear feedForwardIn;
    private final Linear feedForwardOut;

    TransformerLayer(int width, int heads, int feedForward) {
        super((byte) 1);
        this.width = width;
        this.heads = heads;
        this.feedForward = feedForward;
        attentionNorm = addChildBlock("attentionNorm", LayerNorm.builder().axis(2).build());
        qkv = addChildBlock("qkv", Linear.builder().setUnits(3L * width).build());
        attentionOut = addChildBlock("attentionOut", Linear.builder().setUnits(width).build());
        feedForwardNorm = addChildBlock("feedForwardNorm", LayerNorm.builder().axis(2).build());
        feedForwardIn = addChildBlock("feedForwardIn", Linear.builder().setUnits(feedForward).build());
        feedForwardOut = addChildBlock("feedForwardOut", Linear.builder().setUnits(width).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDArray keyBias = inputs.get(1);
        long batch = x.getShape().get(0);
        long length = x.getShape().get(1);
        long headWidth = width / heads;

        NDArray y = attentionNorm.forward(store, new NDList(x), training).singletonOrThrow();
        NDArray projected = qkv.forward(store, new NDList(y), training).singletonOrThrow()
                .reshape(batch, length, 3, heads, headWidth).transpose(2, 0, 3, 1, 4);
        NDArray q = projected.get(0);
        NDArray k = projected.get(1);
        NDArray v = projected.get(2);
        NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).div(Math.sqrt(headWidth)).add(keyBias);
        NDArray context = scores.softmax(-1).matMul(v).transpose(0, 2, 1, 3).reshape(batch, length, width);
        x = x.add(attentionOut.forward(store, new NDList(context), training).singletonOrThrow());

        NDArray z = feedForwardNorm.forward(store, new NDList(x), training).singletonOrThrow();
        z = Activation.gelu(feedForwardIn.forward(store, new NDList(z), training).singletonOrThrow());
        x = x.add(feedForwardOut.forward(store, new NDList(z), training).singletonOrThrow());
        return new NDList(x);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = new Shape(1, 1, width);
        attentionNorm.initialize(manager, dataType, x);
        qkv.initialize(manager, dataType, x);
        attentionOut.initialize(manager, dataType, x);
        feedForwardNorm.initialize(manager, dataType, x);
        feedForwardIn.initialize(manager, dataType, x);
        feedForwardOut.initialize(manager, dataType, new Shape(1, 1, feedForward));
    }
}
