package org.mire.embed.baseline;

import java.util.regex.Pattern;

/**
 * The coarse LLVM type classes the symbolic baselines distinguish, decided from a type's IR text (typed-pointer
 * and opaque-pointer IR alike).
 */
enum TypeCategory {
    VOID, I1, INTEGER, HALF, FLOAT, DOUBLE, FP_OTHER, POINTER, VECTOR, ARRAY, STRUCT, FUNCTION, LABEL, METADATA,
    TOKEN, OTHER;

    private static final Pattern INTEGER_TYPE = Pattern.compile("i\\d+");

    static TypeCategory of(String type) {
        if (type == null) {
            return OTHER;
        }
        String t = type.strip();
        if (t.isEmpty()) {
            return OTHER;
        }
        if (t.endsWith("*") || t.equals("ptr") || t.startsWith("ptr addrspace")) {
            return POINTER;
        }
        if (t.endsWith(")") && t.contains("(") && !t.startsWith("{") && !t.startsWith("<")) {
            return FUNCTION;
        }
        if (t.startsWith("<")) {
            return VECTOR;
        }
        if (t.startsWith("[")) {
            return ARRAY;
        }
        if (t.startsWith("{") || t.startsWith("%") || t.startsWith("<{")) {
            return STRUCT;
        }
        return switch (t) {
            case "void" -> VOID;
            case "i1" -> I1;
            case "half", "bfloat" -> HALF;
            case "float" -> FLOAT;
            case "double" -> DOUBLE;
            case "x86_fp80", "fp128", "ppc_fp128" -> FP_OTHER;
            case "label" -> LABEL;
            case "metadata" -> METADATA;
            case "token" -> TOKEN;
            default -> INTEGER_TYPE.matcher(t).matches() ? INTEGER : OTHER;
        };
    }
}
