package org.mire.ir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.mire.MireException;

/**
 * The one answer to "is this a file the workbench reads?": an extension {@link IrLoader.InputKind} knows
 * ({@code .ll .bc .c .cc .cpp .cxx .c++ .cl .mlir}). Folder walks, file-chooser filters and the corpus readers all ask
 * here, so a file one door of the product opens the other does too.
 */
public final class IrFiles {
    private IrFiles() {
    }

    /** Whether the workbench reads this file, by its extension. */
    public static boolean isIrFile(Path file) {
        return kindOf(file) != null;
    }

    /** The kind of a file by its extension, or null. */
    public static IrLoader.InputKind kindOf(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return null;
        }
        String text = name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? null : IrLoader.InputKind.ofExtension(text.substring(dot + 1));
    }

    /** Every extension read, without dots, in {@link IrLoader.InputKind} order. */
    public static List<String> extensions() {
        List<String> extensions = new ArrayList<>();
        for (IrLoader.InputKind kind : IrLoader.InputKind.values()) {
            extensions.addAll(kind.extensions());
        }
        return extensions;
    }

    /** Glob patterns for file choosers: {@code *.ll}, {@code *.bc}, ... */
    public static List<String> globs() {
        return extensions().stream().map(e -> "*." + e).toList();
    }

    /** The IR files of one kind or more below {@code folder}, sorted by path relative to it. */
    public static List<Path> find(Path folder, IrLoader.InputKind... kinds) throws MireException {
        List<IrLoader.InputKind> wanted = kinds.length == 0 ? List.of(IrLoader.InputKind.values()) : List.of(kinds);
        if (!Files.isDirectory(folder)) {
            throw new MireException(folder + ": not a folder");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> kindOf(p) != null && wanted.contains(kindOf(p)))
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new MireException(folder + ": cannot list: " + e.getMessage(), e);
        }
    }

    /** The extension of a file name, lower case, without the dot ("" when none). */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
