package org.mire.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mire.MireException;

/**
 * Package-specific compiler flags for {@code mire corpus build --flags FILE}: many sources, OpenCL kernels above all,
 * only compile with the macros and include folders that their host code passes at run time, and each package
 * declares its own OpenCL C standard.
 *
 * <p>The file has one rule a line: a glob for the package name, a glob for the path inside the package, and the
 * flags, separated by tabs (or, as the flags are split on white space anyway, by any white space after the second
 * column). {@code #} starts a comment line. Every matching rule's flags are appended, in file order, after the
 * builder's own flags, so a later {@code -cl-std=} wins. {@code {package}} in a flag stands for the package's folder
 * and {@code {recipe}} for the folder of the rules file (for prelude headers kept beside it). The flags
 * {@code skip} leaves the matching files out (headers named {@code .cl}, files that are only ever included into
 * other kernels).
 *
 * <pre>
 * # package     path                flags
 * hashcat-*     OpenCL/inc_*.cl     skip
 * hashcat-*     OpenCL/m*.cl        -cl-std=CL1.2 -DKERNEL_STATIC -DINCLUDE_PATH=. -include {recipe}/hashcat.h
 * </pre>
 */
final class CompileRecipe {
    static final String SKIP = "skip";

    private record Rule(int line, PathMatcher packageGlob, PathMatcher pathGlob, List<String> flags) {
    }

    private final Path file;
    private final List<Rule> rules;

    private CompileRecipe(Path file, List<Rule> rules) {
        this.file = file;
        this.rules = List.copyOf(rules);
    }

    /** No rules. */
    static CompileRecipe none() {
        return new CompileRecipe(null, List.of());
    }

    /** Reads a rules file; a malformed line is an error naming the file and line. */
    static CompileRecipe read(Path file) throws MireException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MireException(file + ": cannot read the compile rules: " + e.getMessage(), e);
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length < 3) {
                throw new MireException(file + ":" + (i + 1) + ": expected 'PACKAGE-GLOB PATH-GLOB FLAGS...', found '"
                        + line + "'");
            }
            List<String> flags = Arrays.asList(fields).subList(2, fields.length);
            if (flags.contains(SKIP) && flags.size() > 1) {
                throw new MireException(file + ":" + (i + 1) + ": 'skip' stands alone, found '" + line + "'");
            }
            try {
                rules.add(new Rule(i + 1, glob(fields[0]), glob(fields[1]), List.copyOf(flags)));
            } catch (IllegalArgumentException e) {
                throw new MireException(file + ":" + (i + 1) + ": bad glob: " + e.getMessage(), e);
            }
        }
        return new CompileRecipe(file.toAbsolutePath().normalize(), rules);
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }

    /** The rules file, or null. */
    Path file() {
        return file;
    }

    int size() {
        return rules.size();
    }

    /**
     * Whether a rule says to leave this file out.
     *
     * @param packageName the package folder's name ({@code hashcat-6.2.6})
     * @param relative    the file's path inside the package ({@code OpenCL/inc_common.cl})
     */
    boolean skips(String packageName, String relative) {
        for (Rule rule : rules) {
            if (matches(rule, packageName, relative) && rule.flags().contains(SKIP)) {
                return true;
            }
        }
        return false;
    }

    /** The flags of every matching rule, placeholders filled in. */
    List<String> flags(String packageName, String relative, Path packageRoot) {
        List<String> out = new ArrayList<>();
        for (Rule rule : rules) {
            if (matches(rule, packageName, relative) && !rule.flags().contains(SKIP)) {
                for (String flag : rule.flags()) {
                    String value = flag.replace("{package}", packageRoot.toString());
                    if (file != null) {
                        value = value.replace("{recipe}", file.getParent().toString());
                    }
                    out.add(value);
                }
            }
        }
        return out;
    }

    private static boolean matches(Rule rule, String packageName, String relative) {
        return rule.packageGlob().matches(Path.of(packageName)) && rule.pathGlob().matches(Path.of(relative));
    }
}
