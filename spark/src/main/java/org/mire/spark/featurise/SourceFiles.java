package org.mire.spark.featurise;

import java.io.Serializable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mire.spark.input.IrFile;

/**
 * The files of one source at its optimisation levels: they stay in one task, as {@code mire corpus export} keeps
 * them in one group and one shard (the contrastive positives).
 *
 * @param source the source's name ({@code dir/file.c} for {@code dir/file.c.O2.ll})
 * @param levels its files, each with the name it is staged under for the exporter
 */
public record SourceFiles(String source, List<Level> levels) implements Serializable {

    /** One file and the relative name that gives the exporter its source and level ({@code SOURCE.On.ll}). */
    public record Level(IrFile file, String staged) implements Serializable {
    }

    /** The exporter's rule for loose files: {@code NAME.O<n>[.g].ll|bc} is level n of source NAME. */
    private static final Pattern LEVEL = Pattern.compile("\\.(O[0-3])(\\.g)?\\.(ll|bc)$");

    public static String sourceOf(String staged) {
        Matcher m = LEVEL.matcher(staged);
        return m.find() ? staged.substring(0, m.start()) : staged;
    }
}
