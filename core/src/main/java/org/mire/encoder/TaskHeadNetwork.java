package org.mire.encoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The task head trained together with the encoder: inputs → (hidden ReLU layer) → one output per class or one
 * value, as plain NDArray parameters so that the encoder package's {@link AdamW} trains them. Weights are drawn
 * Xavier-uniform from a seeded Java generator (biases zero), so a seed gives the same head on every machine.
 */
final class TaskHeadNetwork {
    private final List<Pair<String, Parameter>> parameters = new ArrayList<>();
    private final NDArray[] weights;
    private final NDArray[] biases;

    /** Creates the parameters in {@code manager} (they live as long as it does). */
    TaskHeadNetwork(NDManager manager, int inputs, int hidden, int outputs, long seed) {
        int[] sizes = hidden > 0 ? new int[] {inputs, hidden, outputs} : new int[] {inputs, outputs};
        int layers = sizes.length - 1;
        weights = new NDArray[layers];
        biases = new NDArray[layers];
        Random random = new Random(seed);
        for (int l = 0; l < layers; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            float bound = (float) Math.sqrt(6.0 / (in + out));
            float[] values = new float[out * in];
            for (int k = 0; k < values.length; k++) {
                values[k] = (2 * random.nextFloat() - 1) * bound;
            }
            weights[l] = add(manager, "head.layers." + l + ".weight", manager.create(values, new Shape(out, in)));
            biases[l] = add(manager, "head.layers." + l + ".bias", manager.zeros(new Shape(out), DataType.FLOAT32));
        }
    }

    private NDArray add(NDManager manager, String name, NDArray array) {
        array.setRequiresGradient(true);
        Parameter parameter = Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT).optRequiresGrad(true)
                .optArray(array).build();
        parameters.add(new Pair<>(name, parameter));
        return array;
    }

    /** The parameters by name, for the optimiser (matrices are decayed, biases not). */
    List<Pair<String, Parameter>> parameters() {
        return parameters;
    }

    /** Logits [rows, classes] or values [rows, 1] of inputs [rows, inputs]. */
    NDArray forward(NDArray x) {
        NDArray h = x;
        for (int l = 0; l < weights.length; l++) {
            h = h.matMul(weights[l].transpose()).add(biases[l]);
            if (l < weights.length - 1) {
                h = ai.djl.nn.Activation.relu(h);
            }
        }
        return h;
    }

    /** The current weights as plain arrays. */
    DenseLayers export() {
        float[][][] w = new float[weights.length][][];
        float[][] b = new float[weights.length][];
        for (int l = 0; l < weights.length; l++) {
            long[] shape = weights[l].getShape().getShape();
            float[] flat = weights[l].toFloatArray();
            w[l] = new float[(int) shape[0]][];
            for (int o = 0; o < shape[0]; o++) {
                w[l][o] = java.util.Arrays.copyOfRange(flat, (int) (o * shape[1]), (int) ((o + 1) * shape[1]));
            }
            b[l] = biases[l].toFloatArray();
        }
        return new DenseLayers(w, b);
    }

    /** Sets the weights to earlier values (the best epoch's), in place. */
    void restore(DenseLayers saved) {
        for (int l = 0; l < weights.length; l++) {
            float[][] rows = saved.weights()[l];
            float[] flat = new float[rows.length * rows[0].length];
            for (int o = 0; o < rows.length; o++) {
                System.arraycopy(rows[o], 0, flat, o * rows[o].length, rows[o].length);
            }
            weights[l].set(flat);
            biases[l].set(saved.biases()[l]);
        }
    }
}
