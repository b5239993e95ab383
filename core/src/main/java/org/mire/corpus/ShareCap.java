package org.mire.corpus;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An upper bound on the share of the corpus's instructions that some packages may take ({@code --max-share
 * csmith=0.15}): random programs or one very large package would otherwise crowd out real code. After a build, the
 * packages matching the glob keep their sources (all opt levels of a source together) in the SHA-256 order of their
 * paths, the order {@code --max-per-package} samples in, for as long as their instructions stay within the
 * fraction of the whole corpus; the rows of the remaining sources become
 * {@link CorpusEntry.Status#CAPPED}. Their IR stays on disk, so a later build whose other packages grew gives them
 * back without compiling again.
 *
 * @param glob     package names it applies to, e.g. {@code csmith} or {@code hashcat-*}
 * @param fraction the largest share of the corpus's instructions, in (0, 1)
 */
public record ShareCap(String glob, double fraction) {
    public ShareCap {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("--max-share " + glob + ": the fraction must be between 0 and 1, not "
                    + fraction);
        }
    }

    /** Parses {@code GLOB=FRACTION}; a percentage ({@code 15%}) is accepted too. */
    public static ShareCap parse(String text) {
        int eq = text.lastIndexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("--max-share expects PACKAGE-GLOB=FRACTION (e.g. csmith=0.15), not '"
                    + text + "'");
        }
        String value = text.substring(eq + 1).strip();
        double fraction;
        try {
            fraction = value.endsWith("%") ? Double.parseDouble(value.substring(0, value.length() - 1)) / 100
                    : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--max-share " + text + ": '" + value + "' is not a number");
        }
        return new ShareCap(text.substring(0, eq).strip(), fraction);
    }

    boolean appliesTo(String packageName) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        return matcher.matches(Path.of(packageName));
    }

    /** What applying a cap did. */
    public record Outcome(String glob, double fraction, long instructionsBefore, long instructionsKept, long totalKept,
                   long sourcesKept, long sourcesCapped, long rowsCapped) {
        /** The capped packages' share of the corpus after the cap. */
        public double share() {
            return totalKept == 0 ? 0 : (double) instructionsKept / totalKept;
        }
    }

    /**
     * Applies the caps to manifest rows (in manifest order): rows of capped packages are set to {@code ok} or
     * {@code capped}. With several caps each one's limit depends on what the others keep, so they are applied again
     * until nothing changes. Capped rows whose IR file is gone cannot come back and stay capped.
     *
     * @return the rows, changed where needed, and one outcome per cap
     */
    static Result apply(List<CorpusEntry> entries, List<ShareCap> caps, Path corpusDir) {
        List<CorpusEntry> rows = new ArrayList<>(entries);
        List<Outcome> outcomes = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            List<CorpusEntry> before = List.copyOf(rows);
            outcomes.clear();
            for (ShareCap cap : caps) {
                outcomes.add(cap.applyOnce(rows, corpusDir));
            }
            if (rows.equals(before)) {
                break;
            }
        }
        return new Result(rows, outcomes);
    }

    private Outcome applyOnce(List<CorpusEntry> rows, Path corpusDir) {
        long others = 0;
        long before = 0;
        // sources of the capped packages in SHA-256 order of their paths (spread over the package's folders, and
        // stable when the corpus grows), each with its row indexes
        Map<String, List<Integer>> sources = new java.util.TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            CorpusEntry row = rows.get(i);
            boolean usable = row.status() == CorpusEntry.Status.OK;
            if (appliesTo(row.packageName())) {
                if (usable || row.status() == CorpusEntry.Status.CAPPED) {
                    sources.computeIfAbsent(sha256(row.source()) + row.source(), k -> new ArrayList<>()).add(i);
                    before += row.instructions();
                }
            } else if (usable) {
                others += row.instructions();
            }
        }
        // kept / (kept + others) <= f  <=>  kept <= f / (1 - f) * others
        double allowed = fraction / (1 - fraction) * others;
        long kept = 0;
        long sourcesKept = 0;
        long sourcesCapped = 0;
        long rowsCapped = 0;
        boolean full = false;
        for (List<Integer> indexes : sources.values()) {
            long size = 0;
            boolean restorable = true;
            for (int i : indexes) {
                CorpusEntry row = rows.get(i);
                size += row.instructions();
                restorable &= row.path() != null && Files.isRegularFile(row.path());
            }
            // The kept sources are a prefix in that order, not whatever small programs happen to fill the gaps.
            boolean keep = !full && restorable && kept + size <= allowed;
            if (!keep && restorable) {
                full = true;
            }
            CorpusEntry.Status status = keep ? CorpusEntry.Status.OK : CorpusEntry.Status.CAPPED;
            for (int i : indexes) {
                CorpusEntry row = rows.get(i);
                if (row.status() != status) {
                    rows.set(i, new CorpusEntry(row.path(), row.file(), row.source(), row.opt(), row.hash(),
                            row.functions(), row.instructions(), status, keep ? Split.ofSource(row.source()) : null));
                }
            }
            if (keep) {
                kept += size;
                sourcesKept++;
            } else {
                sourcesCapped++;
                rowsCapped += indexes.size();
            }
        }
        return new Outcome(glob, fraction, before, kept, others + kept, sourcesKept, sourcesCapped, rowsCapped);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public record Result(List<CorpusEntry> entries, List<Outcome> outcomes) {
    }

    @Override
    public String toString() {
        return glob + "=" + String.format(Locale.ROOT, "%.3f", fraction);
    }
}
