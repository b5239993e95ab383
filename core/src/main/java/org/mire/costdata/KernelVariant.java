package org.mire.costdata;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One point of the cost-model design space: a linalg kernel with its shape and element type, and the loop
 * transformations applied to it (loop order, tiling, vectorisation, unrolling).
 *
 * @param kernel kernel family ({@code matmul}, {@code conv2d}, ...)
 * @param dtype  element type ({@code f32} or {@code f64})
 * @param dims   shape parameters of the family, in the order {@link KernelSpace} documents
 * @param order  permutation of the loop nest after lowering to affine loops (identity = as linalg lowers it)
 * @param tile   affine tile size, 0 for none
 * @param vector virtual vector width for affine super-vectorisation, 0 for none
 * @param unroll unroll factor of the innermost loops, 1 for none
 */
public record KernelVariant(String kernel, String dtype, List<Integer> dims, List<Integer> order, int tile, int vector,
                            int unroll) {
    public KernelVariant {
        dims = List.copyOf(dims);
        order = List.copyOf(order);
    }

    /** A stable, readable identifier, used as the file name. */
    public String id() {
        return kernel + "_" + dtype + "_" + join(dims, "x") + "_o" + join(order, "") + "_t" + tile + "_v" + vector
                + "_u" + unroll;
    }

    private static String join(List<Integer> values, String separator) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(separator));
    }

    public boolean identityOrder() {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) != i) {
                return false;
            }
        }
        return true;
    }
}
