package org.mire.graph;

import java.util.Set;

/**
 * How control moves through the regions of an op, for the control-flow graph: what MLIR's structured control-flow
 * dialects mean by their regions, keyed by op name (the program graph's {@code text} of an MLIR op). Branch
 * terminators of both languages are here too.
 */
enum RegionOps {
    /** Region 0 is the body, run again and again: a header, a body with a back-edge, an exit. */
    LOOP,
    /** Region 0 runs when the condition holds, region 1 (when present) otherwise; both join after the op. */
    CONDITIONAL,
    /** {@code scf.while}: region 0 computes the condition, region 1 is the body, which loops back to region 0. */
    WHILE,
    /** One of the regions runs ({@code scf.index_switch}). */
    SWITCH,
    /** Anything else with regions (a payload, an execute region, a GPU launch): entered and left once. */
    OTHER;

    private static final Set<String> LOOPS = Set.of("affine.for", "affine.parallel", "scf.for", "scf.parallel",
            "scf.forall", "scf.foreach_thread", "omp.wsloop", "omp.simdloop", "acc.loop");
    private static final Set<String> CONDITIONALS = Set.of("scf.if", "affine.if");
    private static final Set<String> CONDITIONAL_BRANCHES = Set.of("br", "cf.cond_br", "llvm.cond_br");

    static RegionOps of(String opName) {
        if (LOOPS.contains(opName)) {
            return LOOP;
        }
        if (CONDITIONALS.contains(opName)) {
            return CONDITIONAL;
        }
        return switch (opName) {
            case "scf.while" -> WHILE;
            case "scf.index_switch" -> SWITCH;
            default -> OTHER;
        };
    }

    /** Whether a terminator with two successors branches on a condition, its first successor the true one. */
    static boolean isConditionalBranch(String opName) {
        return CONDITIONAL_BRANCHES.contains(opName);
    }

    /** What a region of such an op is called in a block label. */
    String regionName(int region, int regionCount) {
        return switch (this) {
            case LOOP -> region == 0 ? "body" : "region " + region;
            case CONDITIONAL -> region == 0 ? "then" : "else";
            case WHILE -> region == 0 ? "condition" : "body";
            case SWITCH, OTHER -> regionCount == 1 ? "region" : "region " + region;
        };
    }
}
