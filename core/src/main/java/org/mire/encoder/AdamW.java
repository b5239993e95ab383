package org.mire.encoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.List;

/**
 * AdamW with global gradient-norm clipping. Written here rather than taken from DJL because a resumed run must
 * continue exactly, so the moment estimates have to be saved and restored — DJL's optimisers keep them private.
 * Weight decay is not applied to biases and LayerNorm parameters.
 */
final class AdamW {
    private final List<Pair<String, Parameter>> parameters;
    private final NDList means;
    private final NDList variances;
    private final float beta1 = 0.9f;
    private final float beta2 = 0.999f;
    private final float epsilon = 1e-8f;
    private final float weightDecay;
    private final float clipNorm;
    private long updates;

    AdamW(List<Pair<String, Parameter>> parameters, NDManager manager, float weightDecay, float clipNorm) {
        this.parameters = parameters.stream().filter(p -> p.getValue().requiresGradient()).toList();
        this.weightDecay = weightDecay;
        this.clipNorm = clipNorm;
        means = new NDList(this.parameters.size());
        variances = new NDList(this.parameters.size());
        for (Pair<String, Parameter> p : this.parameters) {
            NDArray weight = p.getValue().getArray();
            means.add(manager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice()));
            variances.add(manager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice()));
        }
    }

    long updates() {
        return updates;
    }

    /** One update from the accumulated gradients, which are then zeroed. Returns the gradient norm before clipping. */
    float step(float learningRate) {
        double squares = 0;
        NDArray[] gradients = new NDArray[parameters.size()];
        for (int i = 0; i < gradients.length; i++) {
            gradients[i] = parameters.get(i).getValue().getArray().getGradient();
            squares += gradients[i].square().sum().getFloat();
        }
        float norm = (float) Math.sqrt(squares);
        float scale = norm > clipNorm && clipNorm > 0 ? clipNorm / norm : 1f;
        updates++;
        double correction1 = 1 - Math.pow(beta1, updates);
        double correction2 = 1 - Math.pow(beta2, updates);
        float stepSize = (float) (learningRate * Math.sqrt(correction2) / correction1);
        for (int i = 0; i < gradients.length; i++) {
            Parameter parameter = parameters.get(i).getValue();
            NDArray weight = parameter.getArray();
            NDArray g = gradients[i].mul(scale);
            NDArray m = means.get(i);
            NDArray v = variances.get(i);
            m.muli(beta1).addi(g.mul(1 - beta1));
            v.muli(beta2).addi(g.square().muli(1 - beta2));
            if (decays(parameters.get(i).getKey(), parameter)) {
                weight.subi(weight.mul(learningRate * weightDecay));
            }
            weight.subi(m.div(v.sqrt().addi(epsilon * (float) Math.sqrt(correction2))).muli(stepSize));
            gradients[i].subi(gradients[i]);
            g.close();
            gradients[i].close();
        }
        return norm;
    }

    private static boolean decays(String name, Parameter parameter) {
        return parameter.getType() == Parameter.Type.WEIGHT && !name.toLowerCase(java.util.Locale.ROOT).contains("norm");
    }

    /** Moment estimates in parameter order (means then variances), for checkpoints. */
    NDList state() {
        NDList state = new NDList(means.size() * 2);
        state.addAll(means);
        state.addAll(variances);
        return state;
    }

    void restore(NDList state, long updateCount) {
        if (state.size() != means.size() * 2) {
            throw new IllegalArgumentException("optimiser state has " + state.size() + " arrays, expected "
                    + means.size() * 2);
        }
        for (int i = 0; i < means.size(); i++) {
            means.get(i).set(state.get(i).toByteBuffer());
            variances.get(i).set(state.get(means.size() + i).toByteBuffer());
        }
        updates = updateCount;
    }
}
