package org.mire.ir.llvm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mire.ir.IrLanguage;
import org.mire.graph.ProgramGraph;
import org.mire.ir.IrProgram;

/**
 * A parsed LLVM IR module.
 *
 * @param sourceName      display name of the input (usually its file name)
 * @param text            the IR text that was parsed
 * @param sourceFilename  the {@code source_filename} value, or null
 * @param dataLayout      the {@code target datalayout} string, or null
 * @param targetTriple    the {@code target triple} string, or null
 * @param globals         global variables in file order
 * @param functions       definitions and declarations in file order
 * @param aliases         aliases and ifuncs in file order
 * @param attributeGroups {@code #N} → the text inside {@code attributes #N = { ... }}
 * @param metadata        {@code !N} or {@code !name} → the text after {@code =} of its definition
 */
public record LlvmModule(
        String sourceName,
        String text,
        String sourceFilename,
        String dataLayout,
        String targetTriple,
        List<GlobalVariable> globals,
        List<Function> functions,
        List<GlobalAlias> aliases,
        Map<String, String> attributeGroups,
        Map<String, String> metadata) implements IrProgram {

    public LlvmModule {
        globals = List.copyOf(globals);
        functions = List.copyOf(functions);
        aliases = List.copyOf(aliases);
        attributeGroups = Map.copyOf(attributeGroups);
        metadata = Map.copyOf(metadata);
    }

    @Override
    public IrLanguage language() {
        return IrLanguage.LLVM;
    }

    @Override
    public ProgramGraph graph() {
        return LlvmGraphBuilder.build(this);
    }

    @Override
    public List<String> functionNames() {
        List<String> names = new ArrayList<>();
        for (Function function : functions) {
            if (!function.declaration()) {
                names.add(function.name());
            }
        }
        return names;
    }

    /** The function with this name (with or without the {@code @} sigil), or null. */
    public Function function(String name) {
        String wanted = name.startsWith("@") ? name : "@" + name;
        for (Function function : functions) {
            if (function.name().equals(wanted)) {
                return function;
            }
        }
        return null;
    }

    public int instructionCount() {
        int count = 0;
        for (Function function : functions) {
            count += function.instructionCount();
        }
        return count;
    }
}
