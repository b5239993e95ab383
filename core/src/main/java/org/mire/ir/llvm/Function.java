package org.mire.ir.llvm;

import java.util.List;
import org.mire.ir.SourceLocation;

/**
 * A function definition ({@code define}) or declaration ({@code declare}).
 *
 * @param name          the name with sigil ({@code @main}, {@code @llvm.memcpy.p0.p0.i64}, {@code @"quoted name"})
 * @param returnType    IR text of the return type
 * @param parameters    formal parameters
 * @param varArgs       whether the function takes {@code ...}
 * @param declaration   true for {@code declare} (no blocks)
 * @param blocks        the body, empty for declarations
 * @param header        the {@code define ...}/{@code declare ...} line up to (not including) the opening brace
 * @param line          1-based line of the header
 * @param debugLocation the location of its {@code DISubprogram} when it has {@code !dbg}, else null
 */
public record Function(
        String name,
        String returnType,
        List<Parameter> parameters,
        boolean varArgs,
        boolean declaration,
        List<BasicBlock> blocks,
        String header,
        int line,
        SourceLocation debugLocation) {

    public Function {
        parameters = List.copyOf(parameters);
        blocks = List.copyOf(blocks);
    }

    public int instructionCount() {
        int count = 0;
        for (BasicBlock block : blocks) {
            count += block.instructions().size();
        }
        return count;
    }

    /** True for LLVM intrinsics ({@code @llvm.*}). */
    public boolean isIntrinsic() {
        return name.startsWith("@llvm.");
    }
}
