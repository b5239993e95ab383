package org.mire.embed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.mire.ir.IrLoader;

/**
 * Labels a file's name carries, for colouring a folder of IR by them: the {@code language} its extension says, the
 * {@code program} (the name up to its first dot: {@code bfs} for {@code bfs.O1.g.ll}, {@code affine_matmul} for
 * {@code affine_matmul.tiled8.mlir}) and the optimisation level ({@code opt}: a dotted {@code O0}..{@code O3},
 * {@code Os}, {@code Oz}), as sample-ir and clang-built corpora name their files.
 */
public final class FileNameLabels {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("program", "language", "opt");
    private static final Pattern OPT_LEVEL = Pattern.compile("O[0-3sz]");

    private FileNameLabels() {
    }

    /** The labels of one file ({@code opt} empty when its name carries no level). */
    public static Map<String, String> of(Path file) {
        String name = file.getFileName().toString();
        String[] parts = name.split("\\.");
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("program", parts[0].isEmpty() && parts.length > 1 ? "." + parts[1] : parts[0]);
        labels.put("language", language(parts.length > 1 ? parts[parts.length - 1] : ""));
        String opt = "";
        for (int i = 1; i < parts.length - 1; i++) {
            if (OPT_LEVEL.matcher(parts[i]).matches()) {
                opt = parts[i];
            }
        }
        labels.put("opt", opt);
        return labels;
    }

    /** What a file extension's language is called. */
    static String language(String extension) {
        IrLoader.InputKind kind = IrLoader.InputKind.ofExtension(extension);
        if (kind == null) {
            return extension.toLowerCase(Locale.ROOT);
        }
        return switch (kind) {
            case LLVM_TEXT -> "LLVM IR";
            case LLVM_BITCODE -> "LLVM bitcode";
            case C -> "C";
            case CXX -> "C++";
            case OPENCL -> "OpenCL";
            case MLIR -> "MLIR";
        };
    }

    /**
     * The columns worth adding for these files: {@code language} always, {@code program} when some program has
     * several files (variants to tell apart; otherwise it only repeats the file), {@code opt} when some name carries
     * a level.
     */
    public static List<String> columnsFor(List<Path> files) {
        Map<String, Integer> programs = new HashMap<>();
        boolean levels = false;
        for (Path file : files) {
            Map<String, String> labels = of(file);
            programs.merge(labels.get("program"), 1, Integer::sum);
            levels |= !labels.get("opt").isEmpty();
        }
        List<String> columns = new ArrayList<>();
        if (programs.values().stream().anyMatch(count -> count > 1)) {
            columns.add("program");
        }
        columns.add("language");
        if (levels) {
            columns.add("opt");
        }
        return columns;
    }
}
