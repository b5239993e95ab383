package org.mire.encoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.List;

/**
 * AdamW with global gradient-norm clipping, the same update as {@code torch.optim.AdamW} in the Python trainer
 * (decoupled decay on matrices except the position tables, none on vectors). Written here rather than taken from
 * DJL because a resumed run must continue exactly, so the moment estimates have to be saved and restored — DJL's
 * optimisers keep them private.
 *
 * <p>Scalars are NDArrays made in a per-step manager and closed after the update: DJL's {@code Number} overloads of
 * mul/div free their scalar right after the op (see docs/decisions/0004-encoder-engine.md), which is harmless here
 * (no autograd) but banned project-wide so that no gradient path can pick the habit up.
 */
final class AdamW {
    private final List<Pair<String, Parameter>> parameters;
    private final boolean[] decays;
    private final NDList means;
    private final NDList variances;
    private final NDManager manager;
    private final double beta1 = 0.9;
    private final double beta2 = 0.999;
    private final double epsilon = 1e-8;
    private final float weightDecay;
    private final float clipNorm;
    private long updates;

    AdamW(List<Pair<String, Parameter>> parameters, NDManager manager, float weightDecay, float clipNorm) {
        this.parameters = parameters.stream().filter(p -> p.getValue().requiresGradient()).toList();
        this.manager = manager;
        this.weightDecay = weightDecay;
        this.clipNorm = clipNorm;
        decays = new boolean[this.parameters.size()];
        means = new NDList(this.parameters.size());
        variances = new NDList(this.parameters.size());
        for (int i = 0; i < this.parameters.size(); i++) {
            NDArray weight = this.parameters.get(i).getValue().getArray();
            decays[i] = weight.getShape().dimension() >= 2 && !this.parameters.get(i).getKey().contains("positions");
            means.add(manager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice()));
            variances.add(manager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice()));
        }
    }

    long updates() {
        return updates;
    }

    /** One update from the accumulated gradients, which are then zeroed. Returns the gradient norm before clipping. */
    float step(float learningRate) {
        try (NDManager scratch = manager.newSubManager()) {
            NDArray[] gradients = new NDArray[parameters.size()];
            double squares = 0;
            boolean[] attached = new boolean[gradients.length];
            for (int i = 0; i < gradients.length; i++) {
                NDArray weight = parameters.get(i).getValue().getArray();
                gradients[i] = gradientOf(weight);
                attached[i] = gradients[i] != null;
                if (!attached[i]) {
                    gradients[i] = scratch.zeros(weight.getShape(), weight.getDataType(), weight.getDevice());
                }
                squares += gradients[i].square().sum().getFloat();
            }
            float norm = (float) Math.sqrt(squares);
            double scale = norm > clipNorm && clipNorm > 0 ? clipNorm / norm : 1.0;
            updates++;
            double correction1 = 1 - Math.pow(beta1, updates);
            double correction2 = 1 - Math.pow(beta2, updates);
            NDArray keepMean = scratch.create((float) beta1);
            NDArray newMean = scratch.create((float) ((1 - beta1) * scale));
            NDArray keepVariance = scratch.create((float) beta2);
            NDArray newVariance = scratch.create((float) ((1 - beta2) * scale * scale));
            NDArray decay = scratch.create((float) (1 - learningRate * weightDecay));
            NDArray stepSize = scratch.create((float) (learningRate / correction1));
            NDArray denominatorScale = scratch.create((float) (1 / Math.sqrt(correction2)));
            NDArray eps = scratch.create((float) epsilon);
            for (int i = 0; i < gradients.length; i++) {
                NDArray weight = parameters.get(i).getValue().getArray();
                NDArray g = gradients[i];
                means.get(i).muli(keepMean).addi(g.mul(newMean));
                variances.get(i).muli(keepVariance).addi(g.square().muli(newVariance));
                if (decays[i]) {
                    weight.muli(decay);
                }
                NDArray denominator = variances.get(i).sqrt().muli(denominatorScale).addi(eps);
                weight.subi(means.get(i).div(denominator).muli(stepSize));
                g.subi(g);
            }
            for (int i = 0; i < gradients.length; i++) {
                if (attached[i]) {
                    gradients[i].close();
                }
            }
            return norm;
        }
    }

    /**
     * The parameter's gradient, or null when no loss has reached it yet. Such a parameter is updated with a zero
     * gradient, as one whose gradient was zeroed after an earlier step is: so an update never depends on whether
     * the module was reloaded since (resume), where torch.optim skips parameters without a gradient. It matters
     * only for heads a batch does not reach (call-edge scoring: function graphs have no call edges).
     */
    private static NDArray gradientOf(NDArray weight) {
        try {
            return weight.getGradient();
        } catch (IllegalStateException e) {
            return null;
        }
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
