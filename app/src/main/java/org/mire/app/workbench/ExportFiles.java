package org.mire.app.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mire.graph.io.GraphFormat;

/**
 * What an export writes and where its dialog opens. The format follows the extension of the file the user chose
 * (a file named {@code .graphml} gets GraphML whichever menu item opened the dialog), and the dialog never opens
 * where the user cannot write (the samples, read-only once installed).
 */
final class ExportFiles {
    /** Pictures of the view; the graph formats are {@link GraphFormat}'s. */
    static final List<String> PICTURES = List.of("png", "svg");

    private ExportFiles() {
    }

    /** Every format name an export can write, pictures first. */
    static List<String> all() {
        List<String> names = new java.util.ArrayList<>(PICTURES);
        for (GraphFormat format : GraphFormat.values()) {
            names.add(format.extension());
        }
        return names;
    }

    static boolean isPicture(String format) {
        return PICTURES.contains(format);
    }

    /** The format a file's extension names, or null when it names none. */
    static String formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return all().contains(extension) ? extension : null;
    }

    /** The file as chosen, or with the format's extension added when its own names no format. */
    static Path withExtension(Path file, String format) {
        return formatOf(file) != null ? file : file.resolveSibling(file.getFileName() + "." + format);
    }

    /** What the filter of a format is called in the dialog. */
    static String description(String format) {
        return switch (format) {
            case "png" -> "PNG image";
            case "svg" -> "SVG drawing";
            case "json" -> "ProGraML node-link JSON";
            case "graphml" -> "GraphML";
            case "gexf" -> "GEXF (Gephi)";
            case "dot" -> "Graphviz DOT";
            default -> format.toUpperCase(Locale.ROOT);
        };
    }

    /**
     * Where the export dialog opens: the folder of the last export, else the document's folder when the user can
     * write there and it is not the samples (a sample's folder is read-only once installed), else the home folder.
     */
    static Path initialFolder(String lastExport, Path document, Path samples) {
        if (lastExport != null && Files.isDirectory(Path.of(lastExport))) {
            return Path.of(lastExport);
        }
        Path folder = document == null ? null : document.toAbsolutePath().getParent();
        boolean sample = folder != null && samples != null
                && folder.normalize().startsWith(samples.toAbsolutePath().normalize());
        if (folder != null && !sample && Files.isDirectory(folder) && Files.isWritable(folder)) {
            return folder;
        }
        return Path.of(System.getProperty("user.home"));
    }
}
