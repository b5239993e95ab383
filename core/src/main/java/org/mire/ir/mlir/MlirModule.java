package org.mire.ir.mlir;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A parsed MLIR file.
 *
 * @param sourceName   the file name used in messages
 * @param text         the parsed text
 * @param root         the top-level {@code builtin.module}; when the file holds other top-level operations, a module
 *                     around them (as mlir-opt adds one), marked by {@code implicitRoot}
 * @param implicitRoot whether {@code root} was added by the parser
 * @param valueCount   number of SSA values ({@link Value#id()} runs from 0)
 * @param blockCount   number of blocks ({@link Block#id()} runs from 0)
 */
public record MlirModule(String sourceName, String text, Operation root, boolean implicitRoot, int valueCount,
                         int blockCount) {

    /** Function-like operations ({@code func.func}, {@code llvm.func}) in text order, with and without bodies. */
    public List<Operation> functions() {
        List<Operation> functions = new ArrayList<>();
        walk(op -> {
            if (isFunction(op)) {
                functions.add(op);
            }
        });
        return functions;
    }

    /** Names (with {@code @}) of the functions that have a body, in text order. */
    public List<String> definedFunctionNames() {
        List<String> names = new ArrayList<>();
        for (Operation function : functions()) {
            if (hasBody(function)) {
                names.add(functionName(function));
            }
        }
        return names;
    }

    /** Visits every operation in pre-order, the root first. Implicit terminators included. */
    public void walk(Consumer<Operation> visitor) {
        walk(root, visitor);
    }

    private static void walk(Operation op, Consumer<Operation> visitor) {
        visitor.accept(op);
        for (Region region : op.regions()) {
            for (Block block : region.blocks()) {
                for (Operation nested : block.operations()) {
                    walk(nested, visitor);
                }
            }
        }
    }

    public static boolean isFunction(Operation op) {
        return op.name().equals("func.func") || op.name().equals("llvm.func");
    }

    public static boolean hasBody(Operation function) {
        return !function.regions().isEmpty() && !function.regions().getFirst().blocks().isEmpty();
    }

    /** The symbol name of a function, with {@code @}. */
    public static String functionName(Operation function) {
        String name = function.attribute("sym_name");
        if (name == null) {
            return "@?";
        }
        return "@" + (name.startsWith("\"") && name.endsWith("\"") && name.length() >= 2
                ? name.substring(1, name.length() - 1) : name);
    }
}
