package org.mire.encoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.mire.MireException;
import org.mire.corpus.Corpus;
import org.mire.corpus.CorpusEntry;
import org.mire.corpus.Split;
import org.mire.encoder.device.Engines;
import org.mire.graph.Node;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import org.mire.progress.ProgressMonitor;

/**
 * Grows a model directory's vocabulary with the tokens of new IR ({@code mire vocab extend}): counts the statement and
 * graph-node tokens of the given files with the encoder's text modality, appends those seen at least
 * {@code minCount} times that the vocabulary lacks (by descending count, ties in code-point order) after the last
 * id, and grows the per-token weights by as many rows. Old ids keep their rows, so IR without new tokens encodes
 * exactly as before; a new row starts as the mean of the rows of its obvious LLVM counterparts
 * ({@code mlir-to-llvm.txt}) or of all non-special rows.
 */
public final class VocabularyExtension {
    static final String MAPPING = "mlir-to-llvm.txt";

    private VocabularyExtension() {
    }

    /** Token counts of some files: statement tokens and graph-node tokens apart. */
    public record Counts(int files, Map<String, Long> statementTokens, Map<String, Long> nodeTokens) {
        /** Both kinds together: what decides which tokens are added (the embedding table is shared). */
        public Map<String, Long> all() {
            Map<String, Long> all = new HashMap<>(statementTokens);
            nodeTokens.forEach((k, v) -> all.merge(k, v, Long::sum));
            return all;
        }
    }

    /** How many token occurrences a vocabulary would map to [UNK]. */
    public record Coverage(long statementTokens, long unknownStatementTokens, long nodeTokens, long unknownNodeTokens) {
        public double statementUnknownRate() {
            return statementTokens == 0 ? 0 : (double) unknownStatementTokens / statementTokens;
        }

        public double nodeUnknownRate() {
            return nodeTokens == 0 ? 0 : (double) unknownNodeTokens / nodeTokens;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "[UNK] %.2f%% of %,d statement tokens, %.2f%% of %,d node tokens",
                    100 * statementUnknownRate(), statementTokens, 100 * nodeUnknownRate(), nodeTokens);
        }
    }

    /**
     * @param manifest       the new directory's configuration
     * @param added          the new tokens in id order (ids from the base size on)
     * @param mapped         how many of them started from LLVM counterparts rather than the mean row
     * @param before         [UNK] counts of the inputs with the base vocabulary
     * @param after          the same with the extended vocabulary
     */
    public record Result(ModelDirectory.Manifest manifest, List<String> added, int mapped, Coverage before,
                         Coverage after) {
    }

    /**
     * The IR files named by {@code from}: a corpus folder (made by {@code mire corpus build}) gives its usable train
     * files; another folder, every {@code .mlir} and {@code .ll} file under it; a file, itself.
     */
    public static List<Path> files(List<Path> from) throws MireException {
        List<Path> files = new ArrayList<>();
        for (Path path : from) {
            if (Files.isRegularFile(path.resolve("manifest.csv"))) {
                for (CorpusEntry entry : Corpus.open(path).entries(Split.TRAIN)) {
                    files.add(entry.path());
                }
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> {
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".mlir") || name.endsWith(".ll");
                    }).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new MireException(path + ": cannot list: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new MireException(path + ": no such file or folder");
            }
        }
        if (files.isEmpty()) {
            throw new MireException(from + ": no .mlir or .ll files found");
        }
        return files;
    }

    /** Counts the tokens of the files (each parsed with {@link IrLoader}; a file that does not parse is an error). */
    public static Counts count(List<Path> files, TextModality text, ProgressMonitor monitor) throws MireException {
        Map<String, Long> statements = new HashMap<>();
        Map<String, Long> nodes = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            monitor.checkCancelled();
            IrProgram program = IrLoader.load(files.get(i));
            for (List<String> sequence : text.functionTokens(program)) {
                for (String token : sequence) {
                    if (!SpecialTokens.NAMES.contains(token)) {
                        statements.merge(token, 1L, Long::sum);
                    }
                }
            }
            for (Node node : program.graph().nodes()) {
                for (String token : text.nodeTokens(node)) {
                    if (!SpecialTokens.NAMES.contains(token)) {
                        nodes.merge(token, 1L, Long::sum);
                    }
                }
            }
            monitor.progress(i + 1, files.size(), "counting tokens of " + files.get(i).getFileName());
        }
        return new Counts(files.size(), statements, nodes);
    }

    /** [UNK] counts of counted tokens under a vocabulary. */
    public static Coverage coverage(Counts counts, List<String> vocabulary) {
        java.util.Set<String> known = new java.util.HashSet<>(vocabulary);
        long[] c = new long[4];
        counts.statementTokens().forEach((token, n) -> {
            c[0] += n;
            c[1] += known.contains(token) ? 0 : n;
        });
        counts.nodeTokens().forEach((token, n) -> {
            c[2] += n;
            c[3] += known.contains(token) ? 0 : n;
        });
        return new Coverage(c[0], c[1], c[2], c[3]);
    }

    /** The tokens to append: seen at least {@code minCount} times, not in the vocabulary; by count, then name. */
    public static List<String> newTokens(Counts counts, List<String> vocabulary, int minCount) {
        java.util.Set<String> known = new java.util.HashSet<>(vocabulary);
        return counts.all().entrySet().stream()
                .filter(e -> e.getValue() >= minCount && !known.contains(e.getKey()))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * The base ids whose rows a new token's row starts from: its LLVM counterparts in {@code mlir-to-llvm.txt} (or,
     * for an LLVM-dialect op {@code llvm.X}, the token X) that the base vocabulary has; otherwise every non-special id.
     */
    static int[][] rowSources(List<String> base, List<String> added, int[] mappedCount) throws MireException {
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < base.size(); i++) {
            ids.putIfAbsent(base.get(i), i);
        }
        Map<String, List<String>> mapping = mapping();
        int[] all = new int[base.size() - SpecialTokens.COUNT];
        for (int i = 0; i < all.length; i++) {
            all[i] = SpecialTokens.COUNT + i;
        }
        int[][] sources = new int[added.size()][];
        for (int j = 0; j < added.size(); j++) {
            String token = added.get(j);
            List<String> counterparts = mapping.get(token);
            if (counterparts == null) {
                String prefix = mapping.keySet().stream().filter(k -> k.endsWith("*")
                        && token.startsWith(k.substring(0, k.length() - 1))).max(Comparator.comparingInt(String::length))
                        .orElse(null);
                counterparts = prefix != null ? mapping.get(prefix)
                        : token.startsWith("llvm.") ? List.of(token.substring("llvm.".length())) : List.of();
            }
            int[] found = counterparts.stream().filter(ids::containsKey).mapToInt(ids::get).toArray();
            if (found.length > 0) {
                mappedCount[0]++;
            }
            sources[j] = found.length > 0 ? found : all;
        }
        return sources;
    }

    private static Map<String, List<String>> mapping() throws MireException {
        Map<String, List<String>> mapping = new LinkedHashMap<>();
        try (InputStream in = VocabularyExtension.class.getResourceAsStream(MAPPING)) {
            if (in == null) {
                throw new IllegalStateException(MAPPING + " is missing from the build");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                String stripped = line.strip();
                if (stripped.isEmpty() || stripped.startsWith("#")) {
                    continue;
                }
                String[] words = stripped.split("\\s+");
                mapping.put(words[0], List.of(words).subList(1, words.length));
            }
        } catch (IOException e) {
            throw new MireException(MAPPING + ": cannot read: " + e.getMessage(), e);
        }
        return mapping;
    }

    /**
     * Writes the extended model to {@code out}: weights, config (with a lineage entry naming the base model's
     * hashes), vocabulary and a model card. The base directory is verified first and left unchanged.
     */
    public static Result extend(Path baseDir, List<Path> from, int minCount, Path out, ProgressMonitor monitor,
                                java.util.function.Consumer<String> log) throws MireException {
        if (minCount < 1) {
            throw new MireException("--min-count must be at least 1");
        }
        if (baseDir.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new MireException(out + ": the extended model must go to another folder than its base");
        }
        ModelDirectory.Manifest base = ModelDirectory.read(baseDir);
        List<String> vocabulary = ModelDirectory.readVocabulary(baseDir.resolve(ModelDirectory.VOCABULARY));
        List<Path> files = files(from);
        Counts counts = count(files, new NormalisedText(), monitor);
        List<String> added = newTokens(counts, vocabulary, minCount);
        if (added.isEmpty()) {
            throw new MireException(from + ": no token seen at least " + minCount + " times is missing from "
                    + baseDir.resolve(ModelDirectory.VOCABULARY) + "; nothing to extend");
        }
        List<String> extended = new ArrayList<>(vocabulary);
        extended.addAll(added);
        int[] mapped = new int[1];
        int[][] sources = rowSources(vocabulary, added, mapped);
        ai.djl.Device cpu = ai.djl.Device.cpu();
        ModelDirectory.Manifest manifest;
        Path scratch;
        try {
            java.nio.file.Files.createDirectories(out);
            scratch = java.nio.file.Files.createTempFile(out, "grown", ".pt");
        } catch (java.io.IOException e) {
            throw new MireException(out + ": cannot write: " + e.getMessage(), e);
        }
        try (EncoderModel old = EncoderModel.load(base.architecture(), cpu, baseDir.resolve(ModelDirectory.MODULE),
                false);
             EncoderModel grown = old.grown(sources, scratch, false)) {
            ModelDirectory.Derivation step = new ModelDirectory.Derivation(ModelDirectory.Derivation.EXTENDED,
                    base.weightsSha256(), base.vocabSha256(), vocabulary.size(),
                    baseDir.toAbsolutePath().normalize().toString(),
                    String.format(Locale.ROOT, "%d tokens appended (seen at least %d times in %d files under %s); "
                                    + "%d new rows from LLVM counterparts, %d from the mean row; not trained since",
                            added.size(), minCount, files.size(), from, mapped[0], added.size() - mapped[0]));
            List<ModelDirectory.Derivation> lineage = new ArrayList<>(base.lineage());
            lineage.add(step);
            manifest = ModelDirectory.write(out, grown, extended, Engines.engineVersion(), base.training(), lineage);
            ModelCard.write(out, manifest);
        } finally {
            try {
                java.nio.file.Files.deleteIfExists(scratch);
            } catch (java.io.IOException e) {
                log.accept("could not remove " + scratch + ": " + e.getMessage());
            }
        }
        log.accept(String.format(Locale.ROOT, "%d files; %d distinct tokens; %d added (ids %d..%d), %d from LLVM "
                        + "counterparts", files.size(), counts.all().size(), added.size(), vocabulary.size(),
                extended.size() - 1, mapped[0]));
        return new Result(manifest, added, mapped[0], coverage(counts, vocabulary), coverage(counts, extended));
    }
}
