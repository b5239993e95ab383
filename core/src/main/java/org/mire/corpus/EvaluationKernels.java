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
 * Normalised hashes of the evaluation kernels (DevMap, thread coarsening) so that none of them enters a
 * pre-training corpus: the IR files of the datasets folder ({@code kernels_ir/*.ll}) and the OpenCL {@code src}
 * columns of its CSV files, compiled with the corpus's clang at O0..O3. A corpus module is excluded when its whole
 * normalised hash, or the hash of any of its functions with at least {@link #MIN_FUNCTION_STATEMENTS} statements,
 * equals a kernel's.
 */
final class EvaluationKernels {
    /** Shorter functions (getters, empty stubs) are too common to say that a module contains a kernel. */
    static final int MIN_FUNCTION_STATEMENTS = 8;
    static final String CACHE_FILE = "evaluation-kernels.tsv";

    private final Path datasets;
    private final Map<String, String> modules;
    private final Map<String, String> functions;
    private final int kernelFiles;
    private final int kernelSources;
    private final List<String> problems;

    private EvaluationKernels(Path datasets, Map<String, String> modules, Map<String, String> functions,
                              int kernelFiles, int kernelSources, List<String> problems) {
        this.datasets = datasets;
        this.modules = modules;
        this.functions = functions;
        this.kernelFiles = kernelFiles;
        this.kernelSources = kernelSources;
        this.problems = List.copyOf(problems);
    }

    static EvaluationKernels none() {
        return new EvaluationKernels(null, Map.of(), Map.of(), 0, 0, List.of());
    }

    /** Which kernel this program contains, or null. */
    String match(NormalisedProgram program) {
        String whole = modules.get(program.sha256());
        if (whole != null) {
            return whole;
        }
        for (NormalisedFunction function : program.functions()) {
            if (function.statements().size() >= MIN_FUNCTION_STATEMENTS) {
                String hit = functions.get(function.sha256());
                if (hit != null) {
                    return hit + " (function " + function.name() + ")";
                }
            }
        }
        return null;
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
        List<String> problems = new ArrayList<>();
        int done = 0;
        for (Path file : irFiles) {
            monitor.checkCancelled();
            monitor.progress(done++, irFiles.size(), "hashing evaluation kernel " + file.getFileName());
            String name = datasets.relativize(file).toString();
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                add(LlvmParser.parse(text, name), name, modules, functions);
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
                                        name + " -" + opt, modules, functions);
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
        EvaluationKernels kernels = new EvaluationKernels(datasets, modules, functions, irFiles.size(),
                sources.size() - uncompilable.size(), problems);
        if (problems.isEmpty()) {
            // Parse failures are parser bugs that a later version may fix: hash again next time.
            kernels.writeCache(cacheFile, key);
        }
        return kernels;
    }

    private static void add(LlvmModule module, String name, Map<String, String> modules, Map<String, String> functions) {
        NormalisedProgram program = StatementNormaliser.normalise(module);
        modules.putIfAbsent(program.sha256(), name);
        for (NormalisedFunction function : program.functions()) {
            if (function.statements().size() >= MIN_FUNCTION_STATEMENTS) {
                functions.putIfAbsent(function.sha256(), name);
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
                    case "files" -> files = Integer.parseInt(f[1]);
                    case "sources" -> sources = Integer.parseInt(f[1]);
                    default -> {
                        return null;
                    }
                }
            }
            return new EvaluationKernels(datasets, modules, functions, files, sources, problems);
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
        for (String problem : problems) {
            text.append("problem\t").append(problem.replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        try {
            Files.writeString(cacheFile, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MireException(cacheFile + ": cannot write: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover temporary file is harmless
        }
    }
}
