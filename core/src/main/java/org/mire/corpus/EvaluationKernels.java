package org.mire.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.mire.MireException;
import org.mire.csv.CsvRecords;
import org.mire.ir.llvm.LlvmModule;
import org.mire.ir.llvm.LlvmParser;
import org.mire.progress.ProgressMonitor;
import org.mire.text.NormalisedFunction;
import org.mire.text.NormalisedProgram;
import org.mire.text.StatementNormaliser;

/**
 * The evaluation kernels (DevMap, thread coarsening), so that none of them enters a pre-training corpus: the IR
 * files of the datasets folder ({@code kernels_ir/*.ll}) and the OpenCL {@code src} columns of its CSV files, compiled
 * with the corpus's clang at O0..O3 (OpenCL C 1.2 and 2.0). A corpus module is excluded when its whole normalised
 * hash, or the hash of any of its functions with at least {@link #MIN_FUNCTION_STATEMENTS} statements, equals a
 * kernel's, or when such a function is a near-duplicate of a kernel function (Jaccard similarity of statement
 * shingles at least {@link #NEAR_DUPLICATE_SIMILARITY}, see {@link NearDuplicateIndex}).
 */
final class EvaluationKernels {
    /** Shorter functions (getters, empty stubs) are too common to say that a module contains a kernel. */
    static final int MIN_FUNCTION_STATEMENTS = 8;
    /**
     * Functions at least this similar to a kernel function are near-duplicates. A one-statement edit changes at
     * most {@link NearDuplicateIndex#SHINGLE} shingles, so a 30-statement kernel with one line added, removed or
     * changed stays above 0.8; 0.7 also catches two or three such edits in kernels of that size.
     */
    static final double NEAR_DUPLICATE_SIMILARITY = 0.7;
    static final String CACHE_FILE = "evaluation-kernels.tsv";

    /** Why a corpus module is kept out: the rule ({@code hash} or {@code near-duplicate}) and the kernel. */
    record Match(String rule, String kernel, double similarity) {
        static final String HASH = "hash";
        static final String NEAR_DUPLICATE = "near-duplicate";
        static final String NAME = "name";

        String describe() {
            return switch (rule) {
                case HASH -> "same normalised statements as evaluation kernel " + kernel;
                case NEAR_DUPLICATE -> String.format(java.util.Locale.ROOT,
                        "near-duplicate (Jaccard %.2f of %d-statement shingles) of evaluation kernel %s", similarity,
                        NearDuplicateIndex.SHINGLE, kernel);
                default -> kernel;
            };
        }
    }

    private final Path datasets;
    private final Map<String, String> modules;
    private final Map<String, String> functions;
    private final NearDuplicateIndex nearDuplicates;
    private final int kernelFiles;
    private final int kernelSources;
    private final List<String> problems;

    private EvaluationKernels(Path datasets, Map<String, String> modules, Map<String, String> functions,
                              NearDuplicateIndex nearDuplicates, int kernelFiles, int kernelSources,
                              List<String> problems) {
        this.datasets = datasets;
        this.modules = modules;
        this.functions = functions;
        this.nearDuplicates = nearDuplicates;
        this.kernelFiles = kernelFiles;
        this.kernelSources = kernelSources;
        this.problems = List.copyOf(problems);
    }

    static EvaluationKernels none() {
        return new EvaluationKernels(null, Map.of(), Map.of(), newIndex(), 0, 0, List.of());
    }

    private static NearDuplicateIndex newIndex() {
        return new NearDuplicateIndex(NEAR_DUPLICATE_SIMILARITY, MIN_FUNCTION_STATEMENTS);
    }

    /** Which kernel this program contains or nearly contains, or null. */
    Match match(NormalisedProgram program) {
        String whole = modules.get(program.sha256());
        if (whole != null) {
            return new Match(Match.HASH, whole, 1);
        }
        for (NormalisedFunction function : program.functions()) {
            if (function.statements().size() >= MIN_FUNCTION_STATEMENTS) {
                String hit = functions.get(function.sha256());
                if (hit != null) {
                    return new Match(Match.HASH, hit + " (function " + function.name() + ")", 1);
                }
            }
        }
        NearDuplicateIndex.Match best = null;
        String bestFunction = null;
        for (NormalisedFunction function : program.functions()) {
            NearDuplicateIndex.Match near = nearDuplicates.nearest(function);
            if (near != null && (best == null || near.similarity() > best.similarity())) {
                best = near;
                bestFunction = function.name();
            }
        }
        return best == null ? null
                : new Match(Match.NEAR_DUPLICATE, best.reference() + " (function " + bestFunction + ")",
                        best.similarity());
    }

    /** Kernel functions indexed for the near-duplicate check. */
    int nearDuplicateFunctions() {
        return nearDuplicates.size();
    }

    Path datasets() {
        return datasets;
    }

    int moduleHashes() {
        return modules.size();
    }

    int functionHashes() {
        return functions.size();
    }

    int kernelFiles() {
        return kernelFiles;
    }

    int kernelSources() {
        return kernelSources;
    }

    /** Kernel files or sources that could not be hashed (parse or compile failures), one line each. */
    List<String> problems() {
        return problems;
    }

    /**
     * Hashes the datasets folder, or reads the hashes from {@code cacheFile} when it was made from the same
     * dataset files, clang and normalisation.
     */
    static EvaluationKernels load(Path datasets, SourceCompiler compiler, Path cacheFile, ProgressMonitor monitor)
            throws MireException {
        List<Path> irFiles = new ArrayList<>();
        List<Path> csvFiles = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(datasets)) {
            walk.filter(Files::isRegularFile).sorted().forEach(p -> {
                String name = p.getFileName().toString();
                if (name.endsWith(".ll")) {
                    irFiles.add(p);
                } else if (name.endsWith(".csv")) {
                    csvFiles.add(p);
                }
            });
        } catch (IOException e) {
            throw new MireException(datasets + ": cannot list the evaluation datasets: " + e.getMessage(), e);
        }
        String key = fingerprint(datasets, irFiles, csvFiles, compiler);
        EvaluationKernels cached = readCache(datasets, cacheFile, key);
        if (cached != null) {
            return cached;
        }
        Map<String, String> modules = new HashMap<>();
        Map<String, String> functions = new HashMap<>();
        NearDuplicateIndex near = newIndex();
        List<String> problems = new ArrayList<>();
        int done = 0;
        for (Path file : irFiles) {
            monitor.checkCancelled();
            monitor.progress(done++, irFiles.size(), "hashing evaluation kernel " + file.getFileName());
            String name = datasets.relativize(file).toString();
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                add(LlvmParser.parse(text, name), name, modules, functions, near);
            } catch (MireException | IOException | RuntimeException e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        Map<String, String> sources = new java.util.LinkedHashMap<>();
        Set<String> uncompilable = new LinkedHashSet<>();
        for (Path csv : csvFiles) {
            kernelSources(datasets, csv).forEach(sources::putIfAbsent);
        }
        if (compiler != null) {
            Path scratch;
            try {
                scratch = Files.createTempDirectory("mire-eval-kernels");
            } catch (IOException e) {
                throw new MireException("cannot create a temporary folder: " + e.getMessage(), e);
            }
            int index = 0;
            for (Map.Entry<String, String> kernel : sources.entrySet()) {
                monitor.checkCancelled();
                monitor.progress(index++, sources.size(), "compiling evaluation kernel sources");
                String source = kernel.getKey();
                String name = kernel.getValue();
                Path cl = scratch.resolve("kernel.cl");
                Path ll = scratch.resolve("kernel.ll");
                try {
                    Files.writeString(cl, source, StandardCharsets.UTF_8);
                    boolean compiled = false;
                    for (String standard : List.of("CL1.2", "CL2.0")) {
                        for (String opt : CorpusBuilder.OPT_LEVELS) {
                            SourceCompiler.Outcome outcome = compiler.compileOpenClKernel(cl, standard, opt, ll);
                            if (outcome.status() == CorpusEntry.Status.OK) {
                                add(LlvmParser.parse(Files.readString(ll, StandardCharsets.UTF_8), name),
                                        name + " -" + opt + " " + standard, modules, functions, near);
                                compiled = true;
                            }
                        }
                    }
                    if (!compiled) {
                        // Some CLgen-normalised kernels lost their helpers and do not compile; nothing to hash.
                        uncompilable.add(name);
                    }
                } catch (MireException | IOException | RuntimeException e) {
                    problems.add(name + ": " + e.getMessage());
                }
            }
            deleteQuietly(scratch.resolve("kernel.cl"));
            deleteQuietly(scratch.resolve("kernel.ll"));
            deleteQuietly(scratch);
        }
        EvaluationKernels kernels = new EvaluationKernels(datasets, modules, functions, near, irFiles.size(),
                sources.size() - uncompilable.size(), problems);
        if (problems.isEmpty()) {
            // Parse failures are parser bugs that a later version may fix: hash again next time.
            kernels.writeCache(cacheFile, key);
        }
        return kernels;
    }

    private static void add(LlvmModule module, String name, Map<String, String> modules, Map<String, String> functions,
                            NearDuplicateIndex near) {
        NormalisedProgram program = StatementNormaliser.normalise(module);
        modules.putIfAbsent(program.sha256(), name);
        for (NormalisedFunction function : program.functions()) {
            if (function.statements().size() >= MIN_FUNCTION_STATEMENTS
                    && functions.putIfAbsent(function.sha256(), name) == null) {
                // identical functions (the same kernel at two levels or standards) are indexed once
                near.add(name + " " + function.name(), function);
            }
        }
    }

    /** The distinct {@code src} values of a CSV file that has such a column, each with where it was first seen. */
    private static Map<String, String> kernelSources(Path datasets, Path csv) throws MireException {
        List<CsvRecords.Record> rows = CsvRecords.read(csv);
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        int column = rows.getFirst().fields().indexOf("src");
        if (column < 0) {
            return out;
        }
        String name = datasets.relativize(csv).toString();
        for (CsvRecords.Record row : rows.subList(1, rows.size())) {
            if (column < row.fields().size() && !row.fields().get(column).isBlank()) {
                out.putIfAbsent(row.fields().get(column), name + ":" + row.line() + " (src)");
            }
        }
        return out;
    }

    private static String fingerprint(Path datasets, List<Path> irFiles, List<Path> csvFiles, SourceCompiler compiler)
            throws MireException {
        MessageDigest digest = sha256();
        StringBuilder text = new StringBuilder(StatementNormaliser.VERSION).append('\n')
                .append(MIN_FUNCTION_STATEMENTS).append('\n')
                .append("near-duplicates ").append(NearDuplicateIndex.VERSION).append(' ')
                .append(NearDuplicateIndex.SHINGLE).append(' ')
                .append(NEAR_DUPLICATE_SIMILARITY).append('\n')
                .append(compiler == null ? "no-clang" : compiler.description()).append('\n');
        try {
            for (Path file : Stream.concat(irFiles.stream(), csvFiles.stream()).toList()) {
                text.append(datasets.relativize(file)).append(' ').append(Files.size(file)).append(' ')
                        .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
            }
        } catch (IOException e) {
            throw new MireException(datasets + ": cannot read the evaluation datasets: " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static EvaluationKernels readCache(Path datasets, Path cacheFile, String key) {
        if (cacheFile == null || !Files.isRegularFile(cacheFile)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(cacheFile, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.getFirst().equals("key\t" + key)) {
                return null;
            }
            Map<String, String> modules = new HashMap<>();
            Map<String, String> functions = new HashMap<>();
            NearDuplicateIndex near = newIndex();
            List<String> problems = new ArrayList<>();
            int files = 0;
            int sources = 0;
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", 3);
                if (f.length < 2) {
                    return null;
                }
                switch (f[0]) {
                    case "module" -> modules.put(f[1], f.length > 2 ? f[2] : "");
                    case "function" -> functions.put(f[1], f.length > 2 ? f[2] : "");
                    case "problem" -> problems.add(f[1]);
                    case "shingles" -> near.add(f.length > 2 ? f[2] : "", parseShingles(f[1]));
                    case "files" -> files = Integer.parseInt(f[1]);
                    case "sources" -> sources = Integer.parseInt(f[1]);
                    default -> {
                        return null;
                    }
                }
            }
            return new EvaluationKernels(datasets, modules, functions, near, files, sources, problems);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void writeCache(Path cacheFile, String key) throws MireException {
        if (cacheFile == null) {
            return;
        }
        StringBuilder text = new StringBuilder("key\t").append(key).append('\n');
        text.append("files\t").append(kernelFiles).append('\n');
        text.append("sources\t").append(kernelSources).append('\n');
        modules.forEach((hash, name) -> text.append("module\t").append(hash).append('\t').append(name).append('\n'));
        functions.forEach((hash, name) -> text.append("function\t").append(hash).append('\t').append(name).append('\n'));
        for (Map.Entry<String, long[]> entry : nearDuplicates.entries()) {
            text.append("shingles\t").append(formatShingles(entry.getValue())).append('\t').append(entry.getKey())
                    .append('\n');
        }
        for (String problem : problems) {
            text.append("problem\t").append(problem.replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        try {
            Files.writeString(cacheFile, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MireException(cacheFile + ": cannot write: " + e.getMessage(), e);
        }
    }

    private static String formatShingles(long[] shingles) {
        StringBuilder text = new StringBuilder();
        for (long shingle : shingles) {
            text.append(text.isEmpty() ? "" : ",").append(Long.toHexString(shingle));
        }
        return text.toString();
    }

    private static long[] parseShingles(String text) {
        String[] parts = text.split(",");
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Long.parseUnsignedLong(parts[i], 16);
        }
        return out;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover temporary file is harmless
        }
    }
}
