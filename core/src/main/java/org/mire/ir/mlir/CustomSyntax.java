package org.mire.ir.mlir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the parser knows about the custom (pretty) forms of the dialects it supports, as printed by mlir-opt 16:
 * which operations exist, which have regions, which leave out their terminator or their region, and how the
 * result types follow from the printed types. Everything else about a custom form is read by one scanner
 * (see {@link MlirParser}), because these dialects share a small set of syntactic elements.
 */
final class CustomSyntax {

    /** How the types of an operation's results follow from its custom form. */
    enum ResultRule {
        /** The printed types: after {@code ->} (first ones), after {@code to}/{@code into} or the last {@code :} list. */
        PRINTED,
        /** {@code i1}, or a shaped type of {@code i1} with the shape of the printed operand type (comparisons). */
        BOOLEAN_LIKE,
        /** The element type of the printed shaped type (loads and extracts). */
        ELEMENT,
        /** {@code index}. */
        INDEX,
        /** The whole printed type after {@code :} (a function type for func.constant). */
        WHOLE_TYPE,
        /** The first printed type (math.fpowi: {@code : f32, i32}). */
        FIRST_TYPE,
        /** A vector of the printed element type with as many elements as the mask (shuffles). */
        SHUFFLE,
        /** The printed vector type with as many leading dimensions dropped as positions are given. */
        VECTOR_EXTRACT,
        /** The member of the printed LLVM aggregate type at the given position. */
        LLVM_EXTRACT_VALUE,
        /** After {@code ->} when printed, else the pointee of a typed {@code !llvm.ptr<T>}. */
        LLVM_LOAD,
        /** vector.outerproduct: lhs vector × rhs vector gives a 2-D vector. */
        OUTER_PRODUCT,
        /** llvm.cmpxchg: a struct of the value type and i1. */
        CMPXCHG
    }

    /** Operations of the supported dialects in mlir-opt 16. */
    static final Set<String> KNOWN = Set.of(
            "builtin.module", "builtin.unrealized_conversion_cast",
            "func.call", "func.call_indirect", "func.constant", "func.func", "func.return",
            "cf.assert", "cf.br", "cf.cond_br", "cf.switch",
            "arith.addf", "arith.addi", "arith.addui_extended", "arith.andi", "arith.bitcast", "arith.ceildivsi",
            "arith.ceildivui", "arith.cmpf", "arith.cmpi", "arith.constant", "arith.divf", "arith.divsi", "arith.divui",
            "arith.extf", "arith.extsi", "arith.extui", "arith.floordivsi", "arith.fptosi", "arith.fptoui",
            "arith.index_cast", "arith.index_castui", "arith.maxf", "arith.maxsi", "arith.maxui", "arith.minf",
            "arith.minsi", "arith.minui", "arith.mulf", "arith.muli", "arith.mulsi_extended", "arith.mului_extended",
            "arith.negf", "arith.ori", "arith.remf", "arith.remsi", "arith.remui", "arith.select", "arith.shli",
            "arith.shrsi", "arith.shrui", "arith.sitofp", "arith.subf", "arith.subi", "arith.truncf", "arith.trunci",
            "arith.uitofp", "arith.xori",
            "math.absf", "math.absi", "math.atan", "math.atan2", "math.cbrt", "math.ceil", "math.copysign", "math.cos",
            "math.ctlz", "math.ctpop", "math.cttz", "math.erf", "math.exp", "math.exp2", "math.expm1", "math.floor",
            "math.fma", "math.fpowi", "math.ipowi", "math.log", "math.log10", "math.log1p", "math.log2", "math.powf",
            "math.round", "math.roundeven", "math.rsqrt", "math.sin", "math.sqrt", "math.tan", "math.tanh",
            "math.trunc",
            "scf.condition", "scf.execute_region", "scf.for", "scf.foreach_thread",
            "scf.foreach_thread.perform_concurrently", "scf.if", "scf.index_switch", "scf.parallel", "scf.reduce",
            "scf.reduce.return", "scf.while", "scf.yield",
            "affine.apply", "affine.delinearize_index", "affine.dma_start", "affine.dma_wait", "affine.for",
            "affine.if", "affine.load", "affine.max", "affine.min", "affine.parallel", "affine.prefetch",
            "affine.store", "affine.vector_load", "affine.vector_store", "affine.yield",
            "memref.alloc", "memref.alloca", "memref.alloca_scope", "memref.alloca_scope.return",
            "memref.assume_alignment", "memref.atomic_rmw", "memref.atomic_yield", "memref.cast",
            "memref.collapse_shape", "memref.copy", "memref.dealloc", "memref.dim", "memref.dma_start",
            "memref.dma_wait", "memref.expand_shape", "memref.extract_aligned_pointer_as_index",
            "memref.extract_strided_metadata", "memref.generic_atomic_rmw", "memref.get_global", "memref.global",
            "memref.load", "memref.prefetch", "memref.rank", "memref.realloc", "memref.reinterpret_cast",
            "memref.reshape", "memref.store", "memref.subview", "memref.tensor_store", "memref.transpose",
            "memref.view",
            "tensor.cast", "tensor.collapse_shape", "tensor.dim", "tensor.empty", "tensor.expand_shape",
            "tensor.extract", "tensor.extract_slice", "tensor.from_elements", "tensor.gather", "tensor.generate",
            "tensor.insert", "tensor.insert_slice", "tensor.pack", "tensor.pad", "tensor.parallel_insert_slice",
            "tensor.rank", "tensor.reshape", "tensor.scatter", "tensor.splat", "tensor.unpack", "tensor.yield",
            "linalg.batch_matmul", "linalg.batch_matmul_transpose_b", "linalg.batch_matvec",
            "linalg.batch_reduce_matmul", "linalg.broadcast", "linalg.conv_1d", "linalg.conv_1d_ncw_fcw",
            "linalg.conv_1d_nwc_wcf", "linalg.conv_2d", "linalg.conv_2d_nchw_fchw", "linalg.conv_2d_ngchw_fgchw",
            "linalg.conv_2d_nhwc_fhwc", "linalg.conv_2d_nhwc_hwcf", "linalg.conv_2d_nhwc_hwcf_q", "linalg.conv_3d",
            "linalg.conv_3d_ndhwc_dhwcf", "linalg.conv_3d_ndhwc_dhwcf_q", "linalg.copy",
            "linalg.depthwise_conv_1d_nwc_wc", "linalg.depthwise_conv_1d_nwc_wcm", "linalg.depthwise_conv_2d_nchw_chw",
            "linalg.depthwise_conv_2d_nhwc_hwc", "linalg.depthwise_conv_2d_nhwc_hwc_q",
            "linalg.depthwise_conv_2d_nhwc_hwcm", "linalg.depthwise_conv_2d_nhwc_hwcm_q",
            "linalg.depthwise_conv_3d_ndhwc_dhwc", "linalg.depthwise_conv_3d_ndhwc_dhwcm", "linalg.dot",
            "linalg.elemwise_binary", "linalg.elemwise_unary", "linalg.fill", "linalg.fill_rng_2d", "linalg.generic",
            "linalg.index", "linalg.map", "linalg.matmul", "linalg.matmul_transpose_b", "linalg.matmul_unsigned",
            "linalg.matvec", "linalg.mmt4d", "linalg.pooling_nchw_max", "linalg.pooling_nchw_sum",
            "linalg.pooling_ncw_max", "linalg.pooling_ncw_sum", "linalg.pooling_ndhwc_max", "linalg.pooling_ndhwc_min",
            "linalg.pooling_ndhwc_sum", "linalg.pooling_nhwc_max", "linalg.pooling_nhwc_max_unsigned",
            "linalg.pooling_nhwc_min", "linalg.pooling_nhwc_min_unsigned", "linalg.pooling_nhwc_sum",
            "linalg.pooling_nwc_max", "linalg.pooling_nwc_max_unsigned", "linalg.pooling_nwc_min",
            "linalg.pooling_nwc_min_unsigned", "linalg.pooling_nwc_sum", "linalg.quantized_batch_matmul",
            "linalg.quantized_matmul", "linalg.reduce", "linalg.transpose", "linalg.vecmat", "linalg.yield",
            "vector.bitcast", "vector.broadcast", "vector.compressstore", "vector.constant_mask", "vector.contract",
            "vector.create_mask", "vector.expandload", "vector.extract", "vector.extract_strided_slice",
            "vector.extractelement", "vector.flat_transpose", "vector.fma", "vector.gather", "vector.insert",
            "vector.insert_strided_slice", "vector.insertelement", "vector.load", "vector.mask", "vector.maskedload",
            "vector.maskedstore", "vector.matrix_multiply", "vector.multi_reduction", "vector.outerproduct",
            "vector.print", "vector.reduction", "vector.reshape", "vector.scalable.extract", "vector.scalable.insert",
            "vector.scan", "vector.scatter", "vector.shape_cast", "vector.shuffle", "vector.splat", "vector.store",
            "vector.transfer_read", "vector.transfer_write", "vector.transpose", "vector.type_cast", "vector.vscale",
            "vector.warp_execute_on_lane_0", "vector.yield",
            "llvm.access_group", "llvm.add", "llvm.addrspacecast", "llvm.alias_scope", "llvm.alias_scope_domain",
            "llvm.alloca", "llvm.and", "llvm.ashr", "llvm.atomicrmw", "llvm.bitcast", "llvm.br", "llvm.call",
            "llvm.call_intrinsic", "llvm.cmpxchg", "llvm.cond_br", "llvm.extractelement", "llvm.extractvalue",
            "llvm.fadd", "llvm.fcmp", "llvm.fdiv", "llvm.fence", "llvm.fmul", "llvm.fneg", "llvm.fpext", "llvm.fptosi",
            "llvm.fptoui", "llvm.fptrunc", "llvm.freeze", "llvm.frem", "llvm.fsub", "llvm.func", "llvm.getelementptr",
            "llvm.icmp", "llvm.inline_asm", "llvm.insertelement", "llvm.insertvalue", "llvm.inttoptr", "llvm.invoke",
            "llvm.landingpad", "llvm.load", "llvm.lshr", "llvm.metadata", "llvm.mlir.addressof",
            "llvm.mlir.constant", "llvm.mlir.global", "llvm.mlir.global_ctors", "llvm.mlir.global_dtors",
            "llvm.mlir.null", "llvm.mlir.undef", "llvm.mul", "llvm.or", "llvm.ptrtoint", "llvm.resume",
            "llvm.return", "llvm.sdiv", "llvm.select", "llvm.sext", "llvm.shl", "llvm.shufflevector",
            "llvm.sitofp", "llvm.srem", "llvm.store", "llvm.sub", "llvm.switch", "llvm.tbaa_root", "llvm.tbaa_tag",
            "llvm.tbaa_type_desc", "llvm.trunc", "llvm.udiv", "llvm.uitofp", "llvm.unreachable", "llvm.urem",
            "llvm.xor", "llvm.zext");

    /** Dialects whose custom forms we read; an op of another dialect in custom form is refused. */
    static final Set<String> DIALECTS = Set.of("builtin", "func", "cf", "arith", "math", "scf", "affine", "memref",
            "tensor", "linalg", "vector", "llvm");

    /** Number of regions an operation always has, when the custom form may print fewer. */
    private static final Map<String, Integer> REGION_COUNT = new HashMap<>();
    /** Terminators that custom forms leave out when they have no operands. */
    private static final Map<String, String> IMPLICIT_TERMINATOR = new HashMap<>();
    private static final Map<String, ResultRule> RESULT_RULE = new HashMap<>();

    static {
        for (String op : List.of("builtin.module", "func.func", "llvm.func", "llvm.mlir.global", "llvm.metadata",
                "scf.for", "scf.parallel", "scf.reduce", "scf.execute_region", "scf.foreach_thread",
                "scf.foreach_thread.perform_concurrently", "affine.for", "affine.parallel", "memref.alloca_scope",
                "memref.generic_atomic_rmw", "tensor.generate", "tensor.pad", "linalg.generic", "linalg.map",
                "linalg.reduce", "vector.mask", "vector.warp_execute_on_lane_0")) {
            REGION_COUNT.put(op, 1);
        }
        REGION_COUNT.put("scf.if", 2);
        REGION_COUNT.put("affine.if", 2);
        REGION_COUNT.put("scf.while", 2);
        REGION_COUNT.put("scf.index_switch", 1);   // the default region; each 'case' adds one

        for (String op : List.of("scf.for", "scf.if", "scf.parallel")) {
            IMPLICIT_TERMINATOR.put(op, "scf.yield");
        }
        for (String op : List.of("affine.for", "affine.if", "affine.parallel")) {
            IMPLICIT_TERMINATOR.put(op, "affine.yield");
        }
        IMPLICIT_TERMINATOR.put("memref.alloca_scope", "memref.alloca_scope.return");
        IMPLICIT_TERMINATOR.put("scf.foreach_thread", "scf.foreach_thread.perform_concurrently");
        IMPLICIT_TERMINATOR.put("vector.mask", "vector.yield");
        IMPLICIT_TERMINATOR.put("vector.warp_execute_on_lane_0", "vector.yield");

        for (String op : List.of("arith.cmpi", "arith.cmpf", "llvm.icmp", "llvm.fcmp")) {
            RESULT_RULE.put(op, ResultRule.BOOLEAN_LIKE);
        }
        for (String op : List.of("memref.load", "affine.load", "tensor.extract", "vector.extractelement",
                "llvm.extractelement", "memref.generic_atomic_rmw")) {
            RESULT_RULE.put(op, ResultRule.ELEMENT);
        }
        for (String op : List.of("memref.dim", "tensor.dim", "affine.apply", "affine.min", "affine.max",
                "linalg.index", "memref.rank", "tensor.rank", "vector.vscale", "affine.delinearize_index",
                "memref.extract_aligned_pointer_as_index")) {
            RESULT_RULE.put(op, ResultRule.INDEX);
        }
        RESULT_RULE.put("func.constant", ResultRule.WHOLE_TYPE);
        RESULT_RULE.put("math.fpowi", ResultRule.FIRST_TYPE);
        RESULT_RULE.put("vector.shuffle", ResultRule.SHUFFLE);
        RESULT_RULE.put("llvm.shufflevector", ResultRule.SHUFFLE);
        RESULT_RULE.put("vector.extract", ResultRule.VECTOR_EXTRACT);
        RESULT_RULE.put("llvm.extractvalue", ResultRule.LLVM_EXTRACT_VALUE);
        RESULT_RULE.put("llvm.load", ResultRule.LLVM_LOAD);
        RESULT_RULE.put("vector.outerproduct", ResultRule.OUTER_PRODUCT);
        RESULT_RULE.put("llvm.cmpxchg", ResultRule.CMPXCHG);
    }

    private CustomSyntax() {
    }

    static boolean isKnown(String op) {
        // LLVM intrinsics all share one syntax: llvm.intr.name(%a, %b) : (t, t) -> t.
        return KNOWN.contains(op) || op.startsWith("llvm.intr.") && op.length() > "llvm.intr.".length();
    }

    /** Whether the operation has regions at all (decides between a region and an attribute dictionary). */
    static boolean hasRegions(String op) {
        return REGION_COUNT.containsKey(op);
    }

    static int regionCount(String op) {
        return REGION_COUNT.getOrDefault(op, 0);
    }

    static String implicitTerminator(String op) {
        return IMPLICIT_TERMINATOR.get(op);
    }

    /** Named linalg ops carry a computation region that their custom form does not print. */
    static int impliedRegions(String op) {
        if (!op.startsWith("linalg.")) {
            return 0;
        }
        return switch (op) {
            case "linalg.generic", "linalg.map", "linalg.reduce", "linalg.yield", "linalg.index" -> 0;
            default -> 1;
        };
    }

    static ResultRule resultRule(String op) {
        return RESULT_RULE.getOrDefault(op, ResultRule.PRINTED);
    }

    /** Ops whose syntax starts with an induction variable: {@code scf.for %i = ...}. */
    static boolean startsWithInductionVariable(String op) {
        return op.equals("scf.for") || op.equals("affine.for");
    }

    /** Ops whose parenthesised {@code (%x: type, ...)} list declares the entry block arguments. */
    static boolean declaresArguments(String op) {
        return op.equals("func.func") || op.equals("llvm.func") || op.equals("linalg.map")
                || op.equals("linalg.reduce");
    }

    /** The dialect whose ops may be written without prefix inside an op of this name, or null. */
    static String defaultDialect(String op) {
        return switch (op) {
            case "func.func" -> "func";
            case "builtin.module" -> "builtin";
            default -> null;
        };
    }
}
