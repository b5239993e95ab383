package org.mire.encoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;

/**
 * One relational message-passing layer (pre-LN, residual). Each of the six relations (control, data, call; forward
 * and backward) has its own weight; every message also carries a learned vector for its (relation, position
 * bucket). Messages are gathered by index and summed into their receivers with a sparse matrix that holds the
 * per-relation mean: h' = h + W_o·GELU(Σ_r mean_{u∈N_r(v)} (W_r·LN(h)_u + P[r, pos]) + W_s·LN(h)_v).
 * Inputs: h [N, d], message index [M] (source node × 6 + relation), position index [M], aggregation [N, M] sparse.
 */
final class RelationalGraphLayer extends AbstractBlock {
    private final int width;
    private final LayerNorm norm;
    private final Linear relations;
    private final Linear self;
    private final Linear out;
    private final Parameter positions;

    RelationalGraphLayer(int width, int positionBuckets) {
        super((byte) 1);
        this.width = width;
        norm = addChildBlock("norm", LayerNorm.builder().axis(1).build());
        relations = addChildBlock("relations", Linear.builder().setUnits((long) EncoderConfig.RELATIONS * width)
                .optBias(false).build());
        self = addChildBlock("self", Linear.builder().setUnits(width).build());
        out = addChildBlock("out", Linear.builder().setUnits(width).build());
        positions = addParameter(Parameter.builder().setName("positions").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape((long) EncoderConfig.RELATIONS * positionBuckets, width))
                .optInitializer(new NormalInitializer(0.02f)).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray h = inputs.get(0);
        NDArray messageIndex = inputs.get(1);
        NDArray positionIndex = inputs.get(2);
        NDArray aggregation = inputs.get(3);
        long nodes = h.getShape().get(0);

        NDArray y = norm.forward(store, new NDList(h), training).singletonOrThrow();
        NDArray update = self.forward(store, new NDList(y), training).singletonOrThrow();
        if (messageIndex.size() > 0) {
            NDArray perRelation = relations.forward(store, new NDList(y), training).singletonOrThrow()
                    .reshape(nodes * EncoderConfig.RELATIONS, width);
            NDArray position = store.getValue(positions, h.getDevice(), training);
            NDArray gathered = perRelation.get(messageIndex);
            NDArray positional = position.get(positionIndex);
            NDArray messages = gathered.add(positional);
            NDArray aggregated = aggregation.matMul(messages);
            NDArray summed = update.add(aggregated);
            if (!training) {
                // Without autograd nothing needs these any more: free them now so that peak memory of a large
                // graph stays at about one layer's worth of message arrays.
                for (NDArray done : new NDArray[] {perRelation, gathered, positional, messages, aggregated, update}) {
                    done.close();
                }
            }
            update = summed;
        }
        NDArray activated = Activation.gelu(update);
        NDArray result = h.add(out.forward(store, new NDList(activated), training).singletonOrThrow());
        if (!training) {
            y.close();
            update.close();
            activated.close();
        }
        return new NDList(result);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape h = new Shape(1, width);
        norm.initialize(manager, dataType, h);
        relations.initialize(manager, dataType, h);
        self.initialize(manager, dataType, h);
        out.initialize(manager, dataType, h);
    }
}
