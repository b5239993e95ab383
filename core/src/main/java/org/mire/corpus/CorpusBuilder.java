package org.mire.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mire.MireException;
import org.mire.csv.CsvRecords;
import org.mire.ir.IrLoader;
import org.mire.ir.llvm.LlvmModule;
import org.mire.ir.llvm.LlvmParser;
import org.mire.progress.CancelledException;
import org.mire.progress.ProgressMonitor;
import org.mire.text.NormalisedProgram;
import org.mire.text.StatementNormaliser;
import org.mire.tools.ExternalTool;

/**
 * Builds a pre-training corpus ({@code mire corpus build}): finds C/C++/OpenCL sources and IR files ({@code .ll},
 * {@code .bc}, {@code .mlir}) under the {@code --from} folders, compiles each translation unit at each opt level, parses the IR with our parser,
 * deduplicates by the SHA-256 of the normalised statement sequence, keeps evaluation kernels out, and records every
 * outcome in {@code manifest.csv} (see {@link Corpus}). Rows are appended as they are decided, so an interrupted
 * build resumes where it stopped; decisions are made in source order whatever {@code jobs} is, so a build is
 * reproducible.
 */
public final class CorpusBuilder {
    public static final List<String> OPT_LEVELS = List.of("O0", "O1", "O2", "O3");
    /** The opt level recorded for inputs that were IR already. */
    public static final String GIVEN = "given";
    public static final String BUILD_LOG = "build.log";
    public static final String IR_DIR = "ir";
    /**
     * {@code source,opt,rule,match} of every unit kept out as an evaluation kernel; {@code rule} is {@code name},
     * {@code hash} or {@code near-duplicate}.
     */
    public static final String EXCLUDED = "excluded.csv";

    private static final Set<String> SOURCE_EXTENSIONS = Set.of("c", "cc", "cpp", "cxx", "c++", "cl");
    private static final Set<String> IR_EXTENSIONS = Set.of("ll", "bc", "mlir");

    /**
     * @param from           folders to search; their names become the first part of manifest {@code source} paths,
     *                       so they must differ
     * @param out            the corpus folder (created when missing; an existing corpus is resumed)
     * @param optLevels      e.g. {@code [O0, O2]}
     * @param clang          clang executable (a name on the PATH or a path), or null for the default
     * @param jobs           parallel compilations
     * @param includes       extra include folders for every compilation
     * @param timeoutSeconds per-file compile time limit
     * @param datasets       the evaluation datasets folder, or null when there is none; searching inside it is
     *                       refused and its kernels are kept out
     * @param maxPerPackage  at most this many sources per package (a deterministic sample), 0 for all
     * @param retry          statuses whose rows are redone (parse errors are re-parsed from the kept IR)
     * @param prune          drop manifest rows (and their IR) whose source is no longer among the inputs, e.g.
     *                       after a folder was renamed or a package removed; with a subset of the usual
     *                       {@code --from} folders it drops everything else
     * @param command        the command line, recorded in {@code corpus.json}
     * @param flags          package-specific compile rules (see {@link CompileRecipe}), or null
     * @param shareCaps      upper bounds on packages' shares of the instructions (see {@link ShareCap})
     * @param maxPerPackageOf other limits than {@code maxPerPackage} for some packages: a glob over
     *                       {@code FROM-FOLDER/PACKAGE} (e.g. {@code opencl/*}) to a number of sources (0 for all);
     *                       the first matching glob counts
     */
    public record Options(List<Path> from, Path out, List<String> optLevels, String clang, int jobs,
                          List<Path> includes, int timeoutSeconds, Path datasets, int maxPerPackage,
                          Set<CorpusEntry.Status> retry, boolean prune, String command, Path flags,
                          List<ShareCap> shareCaps, Map<String, Integer> maxPerPackageOf) {
        public Options {
            maxPerPackageOf = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(maxPerPackageOf));
            from = List.copyOf(from);
            optLevels = List.copyOf(optLevels);
            includes = List.copyOf(includes);
            shareCaps = List.copyOf(shareCaps);
            retry = retry.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(retry));
            if (from.isEmpty()) {
                throw new IllegalArgumentException("at least one --from folder is needed");
            }
            if (jobs < 1) {
                throw new IllegalArgumentException("jobs must be at least 1");
            }
            if (timeoutSeconds < 1) {
                throw new IllegalArgumentException("timeout must be at least 1 second");
            }
            for (String level : optLevels) {
                if (!OPT_LEVELS.contains(level)) {
                    throw new IllegalArgumentException("unknown opt level '" + level + "'; use " + OPT_LEVELS);
                }
            }
        }

        /** Defaults: O0..O3, default clang, one job, 120 s per file, no dataset check, no limit, no retry. */
        public static Options of(List<Path> from, Path out) {
            return new Options(from, out, OPT_LEVELS, null, 1, List.of(), 120, null, 0, Set.of(), false, "", null,
                    List.of(), Map.of());
        }

        public Options withFlags(Path file) {
            return new Options(from, out, optLevels, clang, jobs, includes, timeoutSeconds, datasets, maxPerPackage,
                    retry, prune, command, file, shareCaps, maxPerPackageOf);
        }

        public Options withShareCaps(List<ShareCap> caps) {
            return new Options(from, out, optLevels, clang, jobs, includes, timeoutSeconds, datasets, maxPerPackage,
                    retry, prune, command, flags, caps, maxPerPackageOf);
        }

        public Options withMaxPerPackageOf(Map<String, Integer> limits) {
            return new Options(from, out, optLevels, clang, jobs, includes, timeoutSeconds, datasets, maxPerPackage,
                    retry, prune, command, flags, shareCaps, limits);
        }

        /** The most sources taken from a package ({@code FROM-FOLDER/PACKAGE}), 0 for all. */
        public int maxSources(String packageKey) {
            for (Map.Entry<String, Integer> limit : maxPerPackageOf.entrySet()) {
                if (java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + limit.getKey())
                        .matches(Path.of(packageKey))) {
                    return limit.getValue();
                }
            }
            return maxPerPackage;
        }

        public Options withMaxPerPackage(int max) {
            return new Options(from, out, optLevels, clang, jobs, includes, timeoutSeconds, datasets, max,
                    retry, prune, command, flags, shareCaps, maxPerPackageOf);
        }

        public Options withDatasets(Path datasets) {
            return new Options(from, out, optLevels, clang, jobs, includes, timeoutSeconds, datasets, maxPerPackage,
                    retry, prune, command, flags, shareCaps, maxPerPackageOf);
        }

        public Options withOptLevels(List<String> levels) {
            return new Options(from, out, levels, clang, jobs, includes, timeoutSeconds, datasets, maxPerPackage,
                    retry, prune, command, flags, shareCaps, maxPerPackageOf);
        }

        public Options withJobs(int n) {
            return new Options(from, out, optLevels, clang, n, includes, timeoutSeconds, datasets, maxPerPackage,
                    retry, prune, command, flags, shareCaps, maxPerPackageOf);
        }

        public Options withPrune(boolean yes) {
            return new Options(from, out, optLevels, clang, jobs, includes, timeoutSeconds, datasets, maxPerPackage,
                    retry, yes, command, flags, shareCaps, maxPerPackageOf);
        }

        public Options withRetry(Set<CorpusEntry.Status> statuses) {
            return new Options(from, out, optLevels, clang, jobs, includes, timeoutSeconds, datasets, maxPerPackage,
                    statuses, prune, command, flags, shareCaps, maxPerPackageOf);
        }
    }

    /** One input at one opt level. */
    private record Unit(Path input, String source, Path packageRoot, String opt, boolean isSource, boolean reuseIr) {
        String key() {
            return source + "\u0000" + opt;
        }
    }

    /** What a worker found; the status OK is tentative until the commit checks for duplicates. */
    private record Result(Unit unit, CorpusEntry.Status status, String file, String hash, int functions,
                          long instructions, String message, EvaluationKernels.Match evaluationMatch) {
    }

    private final Options options;
    private final ProgressMonitor monitor;
    private final Path out;
    private final Path irRoot;
    private SourceCompiler compiler;
    private EvaluationKernels kernels = EvaluationKernels.none();
    private EvaluationSuites suites = EvaluationSuites.suitesOnly();
    private CompileRecipe recipe = CompileRecipe.none();
    private List<ShareCap.Outcome> capOutcomes = List.of();

    private CorpusBuilder(Options options, ProgressMonitor monitor) {
        this.options = options;
        this.monitor = monitor;
        this.out = options.out().toAbsolutePath().normalize();
        this.irRoot = out.resolve(IR_DIR);
    }

    /** Builds or extends the corpus and returns its summary (also written to {@code corpus.json}). */
    public static CorpusSummary build(Options options, ProgressMonitor monitor) throws MireException {
        return new CorpusBuilder(options, monitor).run();
    }

    /** Folders never searched: hidden ones (Debian's {@code .pc} patch copies), {@code debian/} packaging. */
    static boolean isSkippedPath(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.equals("debian")) {
                return true;
            }
        }
        return false;
    }

    private CorpusSummary run() throws MireException {
        Instant started = Instant.now();
        List<Path> roots = checkFolders();
        if (options.flags() != null) {
            recipe = CompileRecipe.read(options.flags());
        }
        if (options.datasets() != null && Files.isDirectory(options.datasets())) {
            suites = EvaluationSuites.load(options.datasets());
        }
        try {
            Files.createDirectories(irRoot);
        } catch (IOException e) {
            throw new MireException(out + ": cannot create the corpus folder: " + e.getMessage(), e);
        }
        List<Unit> discovered = discover(roots);
        Set<String> inputs = new HashSet<>();
        for (Unit unit : discovered) {
            inputs.add(unit.source());
        }
        List<CorpusEntry> entries = new ArrayList<>();
        Set<String> reuse = new HashSet<>();
        int pruned = 0;
        if (Files.exists(out.resolve(Manifest.FILE_NAME))) {
            for (CorpusEntry entry : Manifest.read(out)) {
                if (options.prune() && !inputs.contains(entry.source())) {
                    if (entry.path() != null) {
                        deleteQuietly(entry.path());
                    }
                    pruned++;
                } else if (options.retry().contains(entry.status())) {
                    if (entry.status() == CorpusEntry.Status.PARSE_ERROR && entry.path() != null
                            && Files.isRegularFile(entry.path())) {
                        reuse.add(entry.source() + "\u0000" + entry.opt());
                    }
                } else {
                    entries.add(entry);
                }
            }
        }
        if (pruned > 0) {
            entries = orphanedDuplicatesRemoved(entries);
        }
        Manifest.write(out, entries);
        Set<String> done = new HashSet<>();
        Map<String, String> known = new HashMap<>();
        for (CorpusEntry entry : entries) {
            done.add(entry.source() + "\u0000" + entry.opt());
            if (entry.status() == CorpusEntry.Status.OK) {
                known.putIfAbsent(entry.hash(), entry.file());
            }
        }
        List<Unit> units = new ArrayList<>();
        for (Unit unit : discovered) {
            if (!done.contains(unit.key())) {
                units.add(reuse.contains(unit.key()) ? new Unit(unit.input(), unit.source(), unit.packageRoot(),
                        unit.opt(), unit.isSource(), true) : unit);
            }
        }
        boolean needsClang = units.stream().anyMatch(Unit::isSource) || options.datasets() != null;
        if (needsClang) {
            compiler = new SourceCompiler(SourceCompiler.locate(options.clang()), options.includes(),
                    options.timeoutSeconds(), recipe);
        }
        if (options.datasets() != null && Files.isDirectory(options.datasets())) {
            kernels = EvaluationKernels.load(options.datasets(), compiler, out.resolve(EvaluationKernels.CACHE_FILE),
                    monitor);
        }
        boolean finished = false;
        try (BufferedWriter manifest = Files.newBufferedWriter(out.resolve(Manifest.FILE_NAME), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
             BufferedWriter log = Files.newBufferedWriter(out.resolve(BUILD_LOG), StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            log.write("# " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " build: " + options.command() + " ("
                    + units.size() + " units to do, " + entries.size() + " rows kept, " + pruned + " pruned)\n");
            if (recipe.file() != null) {
                log.write("# compile rules: " + recipe.file() + " (" + recipe.size() + " rules)\n");
            }
            if (kernels.datasets() != null) {
                log.write("# evaluation kernels from " + kernels.datasets() + ": " + kernels.moduleHashes()
                        + " module and " + kernels.functionHashes() + " function hashes, "
                        + kernels.nearDuplicateFunctions() + " functions for the near-duplicate check, "
                        + suites.programs().size() + " program names; "
                        + kernels.problems().size() + " kernels could not be hashed\n");
                for (String problem : kernels.problems()) {
                    log.write("# unhashable evaluation kernel: " + problem + "\n");
                }
            }
            log.flush();
            process(units, entries, known, manifest, log);
            finished = true;
        } catch (IOException e) {
            throw new MireException(out + ": cannot write the manifest or build log: " + e.getMessage(), e);
        } finally {
            if (!finished) {
                // Cancelled or failed: still describe what was committed, so the folder stays usable.
                try {
                    summary(entries, started).write(out);
                } catch (MireException e) {
                    // the original failure matters more
                }
            }
        }
        if (!options.shareCaps().isEmpty()) {
            ShareCap.Result capped = ShareCap.apply(entries, options.shareCaps(), out);
            if (!capped.entries().equals(entries)) {
                entries = capped.entries();
                Manifest.write(out, entries);
            }
            capOutcomes = capped.outcomes();
            try (BufferedWriter log = Files.newBufferedWriter(out.resolve(BUILD_LOG), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                for (ShareCap.Outcome o : capOutcomes) {
                    log.write(String.format(Locale.ROOT, "# --max-share %s=%.3f: %d sources kept, %d capped (%d rows);"
                                    + " %d of %d instructions, %.1f %%%n", o.glob(), o.fraction(), o.sourcesKept(),
                            o.sourcesCapped(), o.rowsCapped(), o.instructionsKept(), o.totalKept(), 100 * o.share()));
                }
            } catch (IOException e) {
                throw new MireException(out + ": cannot write the build log: " + e.getMessage(), e);
            }
        }
        CorpusSummary summary = summary(entries, started);
        summary.write(out);
        return summary;
    }

    /**
     * After pruning, a duplicate whose original was pruned would leave its code out of the corpus: such rows are
     * dropped so that they are done again.
     */
    private static List<CorpusEntry> orphanedDuplicatesRemoved(List<CorpusEntry> entries) {
        Set<String> kept = new HashSet<>();
        for (CorpusEntry entry : entries) {
            if (entry.status() == CorpusEntry.Status.OK || entry.status() == CorpusEntry.Status.CAPPED) {
                kept.add(entry.hash());
            }
        }
        List<CorpusEntry> out = new ArrayList<>();
        for (CorpusEntry entry : entries) {
            boolean orphan = entry.status() == CorpusEntry.Status.DUPLICATE && !kept.contains(entry.hash());
            if (!orphan) {
                out.add(entry);
            }
        }
        return out;
    }

    private void process(List<Unit> units, List<CorpusEntry> entries, Map<String, String> known,
                         BufferedWriter manifest, BufferedWriter log) throws MireException, IOException {
        ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), runnable -> {
            Thread thread = new Thread(runnable, "corpus-build");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<Result>> window = new ArrayDeque<>();
        int next = 0;
        int committed = 0;
        Map<CorpusEntry.Status, Integer> counts = new java.util.EnumMap<>(CorpusEntry.Status.class);
        try {
            while (committed < units.size()) {
                while (next < units.size() && window.size() < options.jobs() * 3) {
                    Unit unit = units.get(next++);
                    window.add(pool.submit(() -> work(unit)));
                }
                monitor.checkCancelled();
                Result result = await(window.removeFirst());
                CorpusEntry entry = commit(result, known, log);
                entries.add(entry);
                manifest.write(Manifest.line(entry));
                manifest.flush();
                log.flush();
                counts.merge(entry.status(), 1, Integer::sum);
                committed++;
                monitor.progress(committed, units.size(), result.unit().source() + " -" + result.unit().opt()
                        + "  " + describe(counts));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String describe(Map<CorpusEntry.Status, Integer> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((status, n) -> text.append(text.isEmpty() ? "" : ", ").append(status.key()).append(' ').append(n));
        return text.toString();
    }

    private Result await(Future<Result> future) throws MireException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof MireException mire) {
                throw mire;
            }
            if (cause instanceof CancelledException cancelled) {
                throw cancelled;
            }
            throw new IllegalStateException("corpus worker failed: " + cause, cause);
        }
    }

    private CorpusEntry commit(Result result, Map<String, String> known, BufferedWriter log) throws IOException {
        Unit unit = result.unit();
        CorpusEntry.Status status = result.status();
        String file = result.file();
        String message = result.message();
        Split split = null;
        if (status == CorpusEntry.Status.EXCLUDED || status == CorpusEntry.Status.OK
                && result.evaluationMatch() != null) {
            EvaluationKernels.Match match = result.evaluationMatch();
            status = CorpusEntry.Status.EXCLUDED;
            message = match.describe();
            Files.writeString(out.resolve(EXCLUDED), CsvRecords.line(List.of(unit.source(), unit.opt(), match.rule(),
                    match.rule().equals(EvaluationKernels.Match.NEAR_DUPLICATE)
                            ? String.format(Locale.ROOT, "%s (Jaccard %.3f)", match.kernel(), match.similarity())
                            : match.kernel())), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            if (!file.isEmpty()) {
                Files.deleteIfExists(out.resolve(file));
                file = "";
            }
        } else if (status == CorpusEntry.Status.OK) {
            String earlier = known.get(result.hash());
            if (earlier != null) {
                status = CorpusEntry.Status.DUPLICATE;
                message = "same normalised statements as " + earlier;
            } else {
                split = Split.ofSource(unit.source());
                known.put(result.hash(), file);
            }
            if (status == CorpusEntry.Status.DUPLICATE) {
                Files.deleteIfExists(out.resolve(file));
                file = "";
            }
        }
        if (status != CorpusEntry.Status.OK) {
            log.write(status.key() + "\t" + unit.source() + "\t" + unit.opt() + "\t"
                    + message.replace('\n', ' ').replace('\t', ' ') + "\n");
        }
        Path path = file.isEmpty() ? null : out.resolve(file);
        return new CorpusEntry(path, file, unit.source(), unit.opt(), result.hash(), result.functions(),
                result.instructions(), status, split);
    }

    /** Compiles (or copies), parses and hashes one unit; runs on a worker thread. */
    private Result work(Unit unit) throws MireException {
        if (monitor.isCancelled()) {
            throw new CancelledException();
        }
        String byName = suites.match(unit.source());
        if (byName != null) {
            // Not even compiled: the file is (named after) an evaluation benchmark.
            return new Result(unit, CorpusEntry.Status.EXCLUDED, "", "", 0, 0, byName,
                    new EvaluationKernels.Match(EvaluationKernels.Match.NAME, byName, 1));
        }
        String relative = unit.isSource() ? unit.source() + "." + unit.opt() + ".ll"
                : unit.source().endsWith(".bc") ? unit.source() + ".ll" : unit.source();
        Path ir = irRoot.resolve(relative);
        String file = out.relativize(ir).toString().replace('\\', '/');
        try {
            Files.createDirectories(ir.getParent());
            if (unit.isSource()) {
                if (!(Files.isRegularFile(ir) && (unit.reuseIr() || isNewer(ir, unit.input())))) {
                    Path temporary = ir.resolveSibling(ir.getFileName() + ".tmp");
                    SourceCompiler.Outcome outcome = compiler.compile(unit.input(), unit.packageRoot(), unit.opt(),
                            temporary);
                    if (outcome.status() != CorpusEntry.Status.OK) {
                        return new Result(unit, outcome.status(), "", "", 0, 0, outcome.message(), null);
                    }
                    Files.move(temporary, ir, StandardCopyOption.REPLACE_EXISTING);
                }
            } else if (unit.input().toString().endsWith(".bc")) {
                String text = ExternalTool.LLVM_DIS.run(unit.input().toString(),
                        List.of("-o", "-", unit.input().toString()), options.timeoutSeconds());
                Files.writeString(ir, text, StandardCharsets.UTF_8);
            } else {
                Files.copy(unit.input(), ir, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new MireException(ir + ": " + e.getMessage(), e);
        } catch (MireException e) {
            if (!unit.isSource()) {
                // llvm-dis rejected the bitcode: the input is bad, not our parser.
                return new Result(unit, CorpusEntry.Status.COMPILE_ERROR, "", "", 0, 0, e.getMessage(), null);
            }
            throw e;
        }
        NormalisedProgram program;
        long instructions;
        try {
            if (file.endsWith(".mlir")) {
                // MLIR enters as given; its statements are ops (mlir-1 rules), counted as its instructions.
                program = NormalisedProgram.of(IrLoader.load(ir));
                instructions = program.statementCount();
            } else {
                LlvmModule module = LlvmParser.parse(IrLoader.decode(ir, Files.readAllBytes(ir)), file);
                program = StatementNormaliser.normalise(module);
                instructions = module.instructionCount();
            }
        } catch (MireException e) {
            return new Result(unit, CorpusEntry.Status.PARSE_ERROR, file, "", 0, 0, e.getMessage(), null);
        } catch (IOException e) {
            throw new MireException(ir + ": cannot read: " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            // A crash in the parser is a parser bug; record it like a parse error so the build goes on.
            return new Result(unit, CorpusEntry.Status.PARSE_ERROR, file, "", 0, 0,
                    "parser crashed: " + e, null);
        }
        int functions = program.functions().size();
        if (functions == 0) {
            deleteQuietly(ir);
            return new Result(unit, CorpusEntry.Status.EMPTY, "", program.sha256(), 0, 0,
                    "no function definitions", null);
        }
        return new Result(unit, CorpusEntry.Status.OK, file, program.sha256(), functions, instructions, "",
                kernels.match(program));
    }

    /**
     * An IR file left by an earlier run (one that was stopped, or whose manifest was reset) is reused when it is
     * newer than its source; delete {@code ir/} to force recompilation with another clang or other flags.
     */
    private static boolean isNewer(Path ir, Path source) throws IOException {
        return Files.getLastModifiedTime(ir).compareTo(Files.getLastModifiedTime(source)) >= 0;
    }

    // ---- inputs ---------------------------------------------------------------------------------------------

    private List<Path> checkFolders() throws MireException {
        List<Path> roots = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Path datasets = options.datasets() == null ? null : realPath(options.datasets());
        for (Path from : options.from()) {
            if (!Files.isDirectory(from)) {
                throw new MireException(from + ": no such folder");
            }
            Path root = realPath(from);
            if (datasets != null && (root.startsWith(datasets) || datasets.startsWith(root))) {
                throw new MireException(from + ": refusing to build a pre-training corpus from the evaluation datasets ("
                        + options.datasets() + "); their kernels must never be pre-trained on");
            }
            if (root.startsWith(realPath(out))) {
                throw new MireException(from + ": lies inside the corpus folder " + out);
            }
            String name = root.getFileName() == null ? "root" : root.getFileName().toString();
            if (!names.add(name)) {
                throw new MireException(from + ": another --from folder is also named '" + name
                        + "'; source paths would collide");
            }
            roots.add(root);
        }
        return roots;
    }

    private static Path realPath(Path path) throws MireException {
        try {
            return Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new MireException(path + ": " + e.getMessage(), e);
        }
    }

    private List<Unit> discover(List<Path> roots) throws MireException {
        Map<String, List<Unit>> byPackage = new LinkedHashMap<>();
        Path realOut = realPath(out);
        Path datasets = options.datasets() == null ? null : realPath(options.datasets());
        for (Path root : roots) {
            String rootName = root.getFileName() == null ? "root" : root.getFileName().toString();
            List<Path> files = new ArrayList<>();
            List<Path> intoDatasets = new ArrayList<>();
            try {
                // Symbolic links are followed (a folder of links to unpacked packages is handy), so each folder's
                // real path is checked against the datasets folder, not just the --from folder's.
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                        if (!dir.equals(root) && isSkippedPath(root.relativize(dir))) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        Path real = dir.toRealPath();
                        if (real.equals(realOut)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (datasets != null && real.startsWith(datasets)) {
                            intoDatasets.add(dir);
                            return FileVisitResult.TERMINATE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile()) {
                            files.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new MireException(root + ": cannot list: " + e.getMessage(), e);
            }
            if (!intoDatasets.isEmpty()) {
                throw new MireException(intoDatasets.getFirst() + ": leads into the evaluation datasets ("
                        + options.datasets() + "); refusing to pre-train on evaluation kernels");
            }
            for (Path file : files) {
                String extension = extension(file);
                boolean isSource = SOURCE_EXTENSIONS.contains(extension);
                if (!isSource && !IR_EXTENSIONS.contains(extension)) {
                    continue;
                }
                if (extension.equals("bc") && !isBitcode(file)) {
                    // e.g. scripts of the bc calculator: not LLVM bitcode, so not an input at all
                    continue;
                }
                Path relative = root.relativize(file);
                String source = rootName + "/" + relative.toString().replace('\\', '/');
                Path packageRoot = relative.getNameCount() > 1 ? root.resolve(relative.getName(0)) : root;
                String packageName = relative.getNameCount() > 1 ? relative.getName(0).toString() : rootName;
                String inPackage = (relative.getNameCount() > 1 ? relative.subpath(1, relative.getNameCount())
                        : relative).toString().replace('\\', '/');
                if (recipe.skips(packageName, inPackage)) {
                    continue;
                }
                String packageKey = rootName + "/" + (relative.getNameCount() > 1 ? relative.getName(0) : "");
                List<String> levels = isSource ? options.optLevels() : List.of(GIVEN);
                for (String opt : levels) {
                    byPackage.computeIfAbsent(packageKey, k -> new ArrayList<>())
                            .add(new Unit(file, source, packageRoot, opt, isSource, false));
                }
            }
        }
        List<Unit> units = new ArrayList<>();
        for (Map.Entry<String, List<Unit>> inPackage : byPackage.entrySet()) {
            int max = options.maxSources(inPackage.getKey());
            units.addAll(max > 0 ? sample(inPackage.getValue(), max) : inPackage.getValue());
        }
        units.sort(Comparator.comparing(Unit::source).thenComparing(u -> levelOrder(u.opt())));
        return units;
    }

    private static int levelOrder(String opt) {
        int index = OPT_LEVELS.indexOf(opt);
        return index < 0 ? OPT_LEVELS.size() : index;
    }

    /** The first {@code max} sources of a package in SHA-256 order of their paths: a stable, spread-out sample. */
    private static List<Unit> sample(List<Unit> units, int max) {
        Map<String, String> order = new TreeMap<>();
        for (Unit unit : units) {
            order.putIfAbsent(sha256(unit.source()), unit.source());
        }
        Set<String> chosen = new HashSet<>(order.values().stream().limit(max).toList());
        return units.stream().filter(u -> chosen.contains(u.source())).toList();
    }

    /** Raw bitcode starts with 'BC' 0xC0DE, the wrapper format with 0x0B17C0DE. */
    private static boolean isBitcode(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(4);
            return b.length == 4 && ((b[0] == 'B' && b[1] == 'C' && (b[2] & 0xff) == 0xC0 && (b[3] & 0xff) == 0xDE)
                    || ((b[0] & 0xff) == 0xDE && (b[1] & 0xff) == 0xC0 && (b[2] & 0xff) == 0x17 && (b[3] & 0xff) == 0x0B));
        } catch (IOException e) {
            return false;
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    // ---- summary --------------------------------------------------------------------------------------------

    /** Manifest rows kept out as evaluation kernels, by rule ({@code name}, {@code hash}, {@code near-duplicate}). */
    private Map<String, Long> exclusions(List<CorpusEntry> entries) {
        Map<String, String> rules = excludedRules();
        Map<String, Long> counts = new TreeMap<>();
        for (CorpusEntry entry : entries) {
            if (entry.status() == CorpusEntry.Status.EXCLUDED) {
                counts.merge(rules.getOrDefault(entry.source() + "\u0000" + entry.opt(), "unknown"), 1L, Long::sum);
            }
        }
        return counts;
    }

    /**
     * The rule of each (source, opt) listed in {@code excluded.csv}; lists written before the rule column existed
     * held hash matches only.
     */
    private Map<String, String> excludedRules() {
        Path file = out.resolve(EXCLUDED);
        Map<String, String> rules = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return rules;
        }
        try {
            for (CsvRecords.Record row : CsvRecords.read(file)) {
                List<String> f = row.fields();
                if (f.size() >= 2) {
                    rules.put(f.get(0) + "\u0000" + f.get(1), f.size() >= 4 ? f.get(2) : EvaluationKernels.Match.HASH);
                }
            }
        } catch (MireException e) {
            // an unreadable list only makes the summary's counts by rule less precise
        }
        return rules;
    }

    /** Running totals of a part of the corpus. */
    private static final class Tally {
        long files;
        long functions;
        long instructions;
        long bytes;

        void add(CorpusEntry entry, long size) {
            files++;
            functions += entry.functions();
            instructions += entry.instructions();
            bytes += size;
        }

        CorpusSummary.Size size() {
            return new CorpusSummary.Size(files, functions, instructions, Math.round(bytes / 1e3) / 1e3);
        }
    }

    /** The language of a manifest source, from its extension: c, c++, opencl, llvm-ir or mlir. */
    static String language(String source) {
        String extension = extension(Path.of(source));
        return switch (extension) {
            case "c" -> "c";
            case "cl" -> "opencl";
            case "ll", "bc" -> "llvm-ir";
            case "mlir" -> "mlir";
            default -> "c++";
        };
    }

    private CorpusSummary summary(List<CorpusEntry> entries, Instant started) {
        Map<String, Long> excluded = exclusions(entries);
        Map<String, Tally> splits = new TreeMap<>();
        Map<String, Tally> packages = new TreeMap<>();
        Map<String, Tally> languages = new TreeMap<>();
        Map<String, Long> statuses = new TreeMap<>();
        Map<String, Long> opt = new TreeMap<>();
        Tally total = new Tally();
        for (CorpusEntry entry : entries) {
            statuses.merge(entry.status().key(), 1L, Long::sum);
            if (entry.status() != CorpusEntry.Status.OK) {
                continue;
            }
            long bytes = size(entry.path());
            total.add(entry, bytes);
            splits.computeIfAbsent(entry.split().key(), k -> new Tally()).add(entry, bytes);
            packages.computeIfAbsent(entry.packageName(), k -> new Tally()).add(entry, bytes);
            languages.computeIfAbsent(language(entry.source()), k -> new Tally()).add(entry, bytes);
            opt.merge(entry.opt(), 1L, Long::sum);
        }
        String rule = kernels.datasets() == null
                ? "no evaluation datasets folder was found, so only sources named after an evaluation suite were"
                + " excluded"
                : "a file is excluded (status excluded, reason in build.log, listed in excluded.csv) by name when a"
                + " folder or file in its path names an evaluation suite (AMD APP SDK, NPB, Parboil, Polybench,"
                + " Rodinia, SHOC, NVIDIA SDK) or, for OpenCL and IR files, when its file or folder name is one of the"
                + " datasets' " + suites.programs().size() + " program or kernel names; by hash when its normalised"
                + " module hash, or the hash of any of its functions with at least "
                + EvaluationKernels.MIN_FUNCTION_STATEMENTS + " statements, equals that of an evaluation kernel; as a"
                + " near-duplicate when such a function's set of " + NearDuplicateIndex.SHINGLE + "-statement"
                + " shingles has a Jaccard similarity of at least " + EvaluationKernels.NEAR_DUPLICATE_SIMILARITY
                + " with a kernel function's. Kernels: the datasets' kernels_ir/*.ll and the OpenCL src columns of"
                + " their CSV files compiled with this clang at O0..O3 (OpenCL C 1.2 and 2.0); --from folders inside"
                + " the datasets folder are refused";
        CorpusSummary.Evaluation evaluation = new CorpusSummary.Evaluation(
                kernels.datasets() == null ? null : kernels.datasets().toString(), rule,
                kernels.kernelFiles(), kernels.kernelSources(), kernels.moduleHashes(), kernels.functionHashes(),
                kernels.nearDuplicateFunctions(), EvaluationKernels.NEAR_DUPLICATE_SIMILARITY,
                suites.programs().size(), excluded.values().stream().mapToLong(Long::longValue).sum(), excluded,
                kernels.problems());
        Map<String, CorpusSummary.Size> splitSizes = new TreeMap<>();
        splits.forEach((k, v) -> splitSizes.put(k, v.size()));
        Map<String, CorpusSummary.Size> packageSizes = new TreeMap<>();
        packages.forEach((k, v) -> packageSizes.put(k, v.size()));
        Map<String, CorpusSummary.Size> languageSizes = new TreeMap<>();
        languages.forEach((k, v) -> languageSizes.put(k, v.size()));
        List<CorpusSummary.Cap> caps = new ArrayList<>();
        for (ShareCap.Outcome o : capOutcomes) {
            caps.add(new CorpusSummary.Cap(o.glob(), o.fraction(), Math.round(o.share() * 1e4) / 1e4,
                    o.instructionsBefore(), o.instructionsKept(), o.sourcesKept(), o.sourcesCapped(), o.rowsCapped()));
        }
        CorpusSummary.Size all = total.size();
        boolean mlir = entries.stream().anyMatch(e -> e.status() == CorpusEntry.Status.OK && e.file().endsWith(".mlir"));
        String normalisation = StatementNormaliser.VERSION
                + (mlir ? "," + org.mire.ir.mlir.MlirNormaliser.VERSION : "");
        return new CorpusSummary(CorpusSummary.FORMAT, normalisation, options.command(),
                compiler == null ? null : compiler.description(),
                recipe.file() == null ? null : recipe.file().toString(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                Duration.between(started, Instant.now()).toSeconds(), all.files(), all.functions(),
                all.instructions(), all.megabytes(), splitSizes, packageSizes, languageSizes, statuses, opt, caps,
                evaluation);
    }

    private static long size(Path path) {
        try {
            return path == null ? 0 : Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // an orphaned IR file is not listed in the manifest, so it is never used
        }
    }
}
