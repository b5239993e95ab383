package org.mire.costdata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The design space of kernel variants and the MLIR for each. Kernel families (dims in this order):
 * <ul>
 *   <li>{@code matmul} M, N, K — {@code linalg.matmul} of M×K by K×N;</li>
 *   <li>{@code batch_matmul} B, M, N, K;</li>
 *   <li>{@code matvec} M, N;</li>
 *   <li>{@code conv2d} H, W, C, F — NHWC input 1×H×W×C, 3×3×C×F filter, stride 1;</li>
 *   <li>{@code maxpool} H, W, C — 2×2 window, stride 2;</li>
 *   <li>{@code eltwise_add}, {@code eltwise_fma}, {@code eltwise_relu}, {@code eltwise_exp} M, N —
 *       {@code linalg.generic} over M×N;</li>
 *   <li>{@code rowsum} M, N — a reduction over the rows of M×N.</li>
 * </ul>
 * Each is crossed with element types f32/f64, loop orders (permutations of the affine nest), tile sizes
 * {0, 4, 8, 16, 32}, vector widths {0, 4, 8, 16} and unroll factors {1, 2, 4, 8}.
 */
public final class KernelSpace {
    static final int[] TILES = {0, 4, 8, 16, 32};
    static final int[] VECTORS = {0, 4, 8, 16};
    static final int[] UNROLLS = {1, 2, 4, 8};
    static final String[] DTYPES = {"f32", "f64"};

    private KernelSpace() {
    }

    /** Shapes per family. */
    static List<List<Integer>> shapes(String kernel) {
        return switch (kernel) {
            case "matmul" -> List.of(List.of(16, 16, 16), List.of(32, 32, 32), List.of(64, 64, 64), List.of(64, 32, 128),
                    List.of(128, 64, 32), List.of(100, 60, 80), List.of(48, 96, 24), List.of(256, 16, 64));
            case "batch_matmul" -> List.of(List.of(2, 16, 16, 16), List.of(4, 32, 32, 16), List.of(8, 16, 64, 32),
                    List.of(3, 50, 20, 40));
            case "matvec" -> List.of(List.of(64, 64), List.of(128, 256), List.of(512, 128), List.of(100, 300),
                    List.of(1024, 64));
            case "conv2d" -> List.of(List.of(18, 18, 8, 16), List.of(34, 34, 4, 8), List.of(10, 10, 32, 32),
                    List.of(66, 66, 3, 16));
            case "maxpool" -> List.of(List.of(32, 32, 16), List.of(64, 64, 8), List.of(16, 16, 64), List.of(50, 50, 4));
            case "rowsum" -> List.of(List.of(64, 256), List.of(512, 512), List.of(128, 1000), List.of(1000, 16));
            default -> List.of(List.of(64, 64), List.of(256, 128), List.of(1024, 32), List.of(100, 100),
                    List.of(512, 512));
        };
    }

    static final List<String> KERNELS = List.of("matmul", "batch_matmul", "matvec", "conv2d", "maxpool",
            "eltwise_add", "eltwise_fma", "eltwise_relu", "eltwise_exp", "rowsum");

    /** Loop orders offered per family: all of a 3-deep nest, a few for deeper or shallower ones. */
    static List<List<Integer>> orders(String kernel) {
        return switch (kernel) {
            case "matmul" -> List.of(List.of(0, 1, 2), List.of(0, 2, 1), List.of(1, 0, 2), List.of(1, 2, 0),
                    List.of(2, 0, 1), List.of(2, 1, 0));
            case "batch_matmul" -> List.of(List.of(0, 1, 2, 3), List.of(0, 1, 3, 2), List.of(0, 3, 1, 2),
                    List.of(1, 0, 2, 3));
            case "conv2d" -> List.of(List.of(0, 1, 2, 3, 4, 5, 6), List.of(0, 1, 2, 4, 5, 6, 3),
                    List.of(0, 3, 1, 2, 4, 5, 6), List.of(0, 4, 5, 6, 1, 2, 3));
            case "maxpool" -> List.of(List.of(0, 1, 2, 3, 4, 5), List.of(0, 3, 1, 2, 4, 5),
                    List.of(0, 1, 2, 4, 5, 3));
            default -> List.of(List.of(0, 1), List.of(1, 0));
        };
    }

    /** Every variant of one family, in a fixed order. */
    static List<KernelVariant> all(String kernel) {
        List<KernelVariant> variants = new ArrayList<>();
        for (List<Integer> dims : shapes(kernel)) {
            for (String dtype : DTYPES) {
                for (List<Integer> order : orders(kernel)) {
                    for (int tile : TILES) {
                        for (int vector : VECTORS) {
                            for (int unroll : UNROLLS) {
                                variants.add(new KernelVariant(kernel, dtype, dims, order, tile, vector, unroll));
                            }
                        }
                    }
                }
            }
        }
        return variants;
    }

    /**
     * The variants to generate, in generation order: each family's variants shuffled with the seed, then taken
     * round-robin across families, so any prefix is balanced over families. Same seed, same order.
     */
    public static List<KernelVariant> ordered(long seed) {
        List<List<KernelVariant>> perKernel = new ArrayList<>();
        for (int k = 0; k < KERNELS.size(); k++) {
            List<KernelVariant> variants = all(KERNELS.get(k));
            Collections.shuffle(variants, new Random(seed * 31 + k));
            perKernel.add(variants);
        }
        List<KernelVariant> out = new ArrayList<>();
        for (int i = 0; ; i++) {
            boolean any = false;
            for (List<KernelVariant> variants : perKernel) {
                if (i < variants.size()) {
                    out.add(variants.get(i));
                    any = true;
                }
            }
            if (!any) {
                return out;
            }
        }
    }

    /** The kernel in linalg on buffers, as {@code func.func @kernel}. */
    public static String mlir(KernelVariant v) {
        String t = v.dtype();
        List<Integer> d = v.dims();
        return switch (v.kernel()) {
            case "matmul" -> {
                String a = memref(t, d.get(0), d.get(2));
                String b = memref(t, d.get(2), d.get(1));
                String c = memref(t, d.get(0), d.get(1));
                yield "func.func @kernel(%a: " + a + ", %b: " + b + ", %c: " + c + ") {\n"
                        + "  linalg.matmul ins(%a, %b : " + a + ", " + b + ") outs(%c : " + c + ")\n  return\n}\n";
            }
            case "batch_matmul" -> {
                String a = memref(t, d.get(0), d.get(1), d.get(3));
                String b = memref(t, d.get(0), d.get(3), d.get(2));
                String c = memref(t, d.get(0), d.get(1), d.get(2));
                yield "func.func @kernel(%a: " + a + ", %b: " + b + ", %c: " + c + ") {\n"
                        + "  linalg.batch_matmul ins(%a, %b : " + a + ", " + b + ") outs(%c : " + c + ")\n  return\n}\n";
            }
            case "matvec" -> {
                String a = memref(t, d.get(0), d.get(1));
                String x = memref(t, d.get(1));
                String y = memref(t, d.get(0));
                yield "func.func @kernel(%a: " + a + ", %x: " + x + ", %y: " + y + ") {\n"
                        + "  linalg.matvec ins(%a, %x : " + a + ", " + x + ") outs(%y : " + y + ")\n  return\n}\n";
            }
            case "conv2d" -> {
                String in = memref(t, 1, d.get(0), d.get(1), d.get(2));
                String f = memref(t, 3, 3, d.get(2), d.get(3));
                String out = memref(t, 1, d.get(0) - 2, d.get(1) - 2, d.get(3));
                yield "func.func @kernel(%in: " + in + ", %f: " + f + ", %out: " + out + ") {\n"
                        + "  linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : "
                        + "tensor<2xi64>} ins(%in, %f : " + in + ", " + f + ") outs(%out : " + out + ")\n  return\n}\n";
            }
            case "maxpool" -> {
                String in = memref(t, 1, d.get(0), d.get(1), d.get(2));
                String w = memref(t, 2, 2);
                String out = memref(t, 1, d.get(0) / 2, d.get(1) / 2, d.get(2));
                yield "func.func @kernel(%in: " + in + ", %out: " + out + ") {\n"
                        + "  %w = memref.alloca() : " + w + "\n"
                        + "  linalg.pooling_nhwc_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : "
                        + "tensor<2xi64>} ins(%in, %w : " + in + ", " + w + ") outs(%out : " + out + ")\n  return\n}\n";
            }
            case "rowsum" -> {
                String m = memref(t, d.get(0), d.get(1));
                String r = memref(t, d.get(0));
                yield "#in = affine_map<(i, j) -> (i, j)>\n#out = affine_map<(i, j) -> (i)>\n"
                        + "func.func @kernel(%m: " + m + ", %r: " + r + ") {\n"
                        + "  linalg.generic {indexing_maps = [#in, #out], iterator_types = [\"parallel\", \"reduction\"]}"
                        + " ins(%m : " + m + ") outs(%r : " + r + ") {\n"
                        + "  ^bb0(%v: " + t + ", %acc: " + t + "):\n"
                        + "    %s = arith.addf %v, %acc : " + t + "\n    linalg.yield %s : " + t + "\n  }\n  return\n}\n";
            }
            default -> eltwise(v);
        };
    }

    private static String eltwise(KernelVariant v) {
        String t = v.dtype();
        String m = memref(t, v.dims().get(0), v.dims().get(1));
        String body = switch (v.kernel()) {
            case "eltwise_add" -> "    %r = arith.addf %x, %y : " + t + "\n";
            case "eltwise_fma" -> "    %p = arith.mulf %x, %y : " + t + "\n    %r = arith.addf %p, %o : " + t + "\n";
            case "eltwise_relu" -> "    %z = arith.constant 0.0 : " + t + "\n    %r = arith.maxf %x, %z : " + t + "\n";
            case "eltwise_exp" -> "    %e = math.exp %x : " + t + "\n    %r = arith.mulf %e, %y : " + t + "\n";
            default -> throw new IllegalArgumentException("unknown kernel " + v.kernel());
        };
        return "#id = affine_map<(i, j) -> (i, j)>\n"
                + "func.func @kernel(%a: " + m + ", %b: " + m + ", %c: " + m + ") {\n"
                + "  linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = [\"parallel\", \"parallel\"]}"
                + " ins(%a, %b : " + m + ", " + m + ") outs(%c : " + m + ") {\n"
                + "  ^bb0(%x: " + t + ", %y: " + t + ", %o: " + t + "):\n" + body
                + "    linalg.yield %r : " + t + "\n  }\n  return\n}\n";
    }

    private static String memref(String type, int... dims) {
        StringBuilder s = new StringBuilder("memref<");
        for (int dim : dims) {
            s.append(dim).append('x');
        }
        return s.append(type).append('>').toString();
    }

    /** mlir-opt passes that turn the linalg kernel into the transformed affine variant. */
    public static List<String> transformPasses(KernelVariant v) {
        List<String> passes = new ArrayList<>(List.of("--convert-linalg-to-affine-loops"));
        if (!v.identityOrder()) {
            StringBuilder map = new StringBuilder();
            for (int i = 0; i < v.order().size(); i++) {
                map.append(i == 0 ? "" : ",").append(v.order().get(i));
            }
            passes.add("--test-loop-permutation=permutation-map=" + map);
        }
        if (v.tile() > 0) {
            passes.add("--affine-loop-tile=tile-size=" + v.tile());
        }
        if (v.vector() > 0) {
            passes.add("--affine-super-vectorize=virtual-vector-size=" + v.vector());
        }
        if (v.unroll() > 1) {
            passes.add("--affine-loop-unroll=unroll-factor=" + v.unroll());
        }
        passes.add("--canonicalize");
        return passes;
    }

    /** mlir-opt passes from the transformed affine variant to the LLVM dialect. */
    public static final List<String> TO_LLVM = List.of("--convert-vector-to-scf", "--lower-affine",
            "--convert-scf-to-cf", "--convert-vector-to-llvm", "--convert-math-to-llvm", "--expand-strided-metadata",
            "--lower-affine", "--convert-arith-to-llvm", "--convert-memref-to-llvm", "--convert-func-to-llvm",
            "--convert-cf-to-llvm", "--reconcile-unrealized-casts");
}
