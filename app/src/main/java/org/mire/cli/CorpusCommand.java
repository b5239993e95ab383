package org.mire.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.corpus.CorpusBuilder;
import org.mire.corpus.CorpusEntry;
import org.mire.corpus.CorpusSummary;
import org.mire.corpus.ShareCap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Build and inspect pre-training corpora of LLVM IR.",
        subcommands = {CorpusCommand.Build.class, CorpusCommand.Info.class, CorpusExportCommand.class})
final class CorpusCommand extends GroupCommand {

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Compile every C/C++/OpenCL source (and take every .ll/.bc) under the --from folders to IR at "
                    + "each opt level, parse it, deduplicate by normalised hash and write CORPUS/manifest.csv, "
                    + "CORPUS/corpus.json, CORPUS/build.log and CORPUS/ir/. Rerunning resumes.")
    static final class Build implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--from", required = true, arity = "1..*", paramLabel = "DIR",
                description = "Folders to search (their names must differ).")
        List<Path> from;

        @Option(names = "--out", required = true, paramLabel = "CORPUS", description = "The corpus folder.")
        Path out;

        @Option(names = "--opt", split = ",", paramLabel = "LEVELS", defaultValue = "O0,O1,O2,O3",
                description = "Optimisation levels (default ${DEFAULT-VALUE}).")
        List<String> optLevels;

        @Option(names = "--clang", paramLabel = "CLANG", description = "clang to use (name or path; default clang-16, then clang).")
        String clang;

        @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", description = "Parallel compilations (default ${DEFAULT-VALUE}).")
        int jobs;

        @Option(names = "--include", arity = "1..*", paramLabel = "DIR", description = "Extra include folders for every file.")
        List<Path> includes = new ArrayList<>();

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
                description = "Per-file compile time limit (default ${DEFAULT-VALUE} s).")
        int timeout;

        @Option(names = "--max-per-package", paramLabel = "N", defaultValue = "0",
                description = "At most N sources per package, a stable sample (default: all).")
        int maxPerPackage;

        @Option(names = "--max-per-package-of", paramLabel = "GLOB=N",
                description = "Another limit for the packages whose FROM-FOLDER/PACKAGE matches GLOB "
                        + "(e.g. 'opencl/*=300'; 0 for all). Repeatable; the first match counts.")
        List<String> maxPerPackageOf = new ArrayList<>();

        @Option(names = "--datasets", paramLabel = "DIR",
                description = "The evaluation datasets folder to keep out (default: $MIRE_DATASETS, else ../shared/datasets "
                        + "beside the installation).")
        Path datasets;

        @Option(names = "--retry", split = ",", paramLabel = "STATUS",
                description = "Redo rows with these statuses (parse-error re-parses the kept IR; compile-error, timeout recompile).")
        List<String> retry = new ArrayList<>();

        @Option(names = "--prune", description = "Drop rows (and IR) of sources no longer among the inputs "
                + "(after renaming or removing a folder; give all the usual --from folders).")
        boolean prune;

        @Option(names = "--flags", paramLabel = "FILE",
                description = "Package-specific compile rules: lines 'PACKAGE-GLOB PATH-GLOB FLAGS...' (or 'skip'); "
                        + "{package} and {recipe} stand for the package's and the rules file's folders "
                        + "(see docs/corpus.md).")
        Path flags;

        @Option(names = "--max-share", paramLabel = "GLOB=FRACTION",
                description = "Keep the packages matching GLOB within this share of the corpus's instructions "
                        + "(e.g. csmith=0.15); the sources beyond it become status capped. Repeatable.")
        List<String> maxShare = new ArrayList<>();

        @Override
        public Integer call() throws MireException {
            Set<CorpusEntry.Status> statuses = EnumSet.noneOf(CorpusEntry.Status.class);
            for (String key : retry) {
                CorpusEntry.Status status = CorpusEntry.Status.fromKey(key);
                if (status == null || status == CorpusEntry.Status.OK || status == CorpusEntry.Status.CAPPED) {
                    throw new MireException("--retry " + key
                            + ": use parse-error, compile-error, timeout, duplicate, excluded or empty");
                }
                statuses.add(status);
            }
            if (flags != null && !Files.isRegularFile(flags)) {
                throw new MireException(flags + ": no such compile rules file (--flags)");
            }
            CorpusBuilder.Options options;
            try {
                List<ShareCap> caps = new ArrayList<>();
                for (String cap : maxShare) {
                    caps.add(ShareCap.parse(cap));
                }
                Map<String, Integer> limits = new java.util.LinkedHashMap<>();
                for (String limit : maxPerPackageOf) {
                    int eq = limit.lastIndexOf('=');
                    try {
                        limits.put(limit.substring(0, Math.max(eq, 0)), Integer.parseInt(limit.substring(eq + 1)));
                    } catch (NumberFormatException e) {
                        eq = -1;
                    }
                    if (eq <= 0) {
                        throw new MireException("--max-per-package-of expects GLOB=N (e.g. 'opencl/*=300'), not '"
                                + limit + "'");
                    }
                }
                options = new CorpusBuilder.Options(from, out, optLevels, clang, jobs, includes, timeout,
                        datasetsFolder(datasets), maxPerPackage, statuses, prune, commandLine(), flags, caps, limits);
            } catch (IllegalArgumentException e) {
                throw new MireException(e.getMessage());
            }
            PrintWriter err = spec.commandLine().getErr();
            if (options.datasets() == null || !Files.isDirectory(options.datasets())) {
                err.println("warning: no evaluation datasets folder (--datasets, $MIRE_DATASETS, ../shared/datasets"
                        + " beside the installation): only files named after the evaluation suites are kept out,"
                        + " not the kernels themselves");
                err.flush();
            }
            CorpusSummary summary = CorpusBuilder.build(options, new ConsoleProgress(err));
            printSummary(spec.commandLine().getOut(), out, summary);
            return MireCommand.EXIT_OK;
        }

        private String commandLine() {
            return "mire " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true, description = "Print a corpus's summary (corpus.json).")
    static final class Info implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CORPUS")
        Path corpus;

        @Override
        public Integer call() throws MireException {
            org.mire.corpus.Corpus.open(corpus);
            printSummary(spec.commandLine().getOut(), corpus, CorpusSummary.read(corpus));
            return MireCommand.EXIT_OK;
        }
    }

    static void printSummary(PrintWriter out, Path corpus, CorpusSummary s) {
        out.printf("%s: %d files, %d functions, %d instructions, %.1f MB of IR%n", corpus, s.files(), s.functions(),
                s.instructions(), s.megabytes());
        s.splits().forEach((split, size) -> out.printf("  %-10s %6d files %8d functions %10d instructions%n", split,
                size.files(), size.functions(), size.instructions()));
        out.println("  rows by status: " + s.statuses());
        out.println("  files by opt level: " + s.opt());
        if (s.languages() != null) {
            s.languages().forEach((language, size) -> out.printf(java.util.Locale.ROOT,
                    "  %-10s %6d files %8d functions %10d instructions (%.1f %%)%n", language, size.files(),
                    size.functions(), size.instructions(),
                    s.instructions() == 0 ? 0.0 : 100.0 * size.instructions() / s.instructions()));
        }
        if (s.caps() != null) {
            for (CorpusSummary.Cap cap : s.caps()) {
                out.printf(java.util.Locale.ROOT, "  --max-share %s=%.3f: share %.1f %%, %d sources kept, %d capped%n",
                        cap.packages(), cap.maxShare(), 100 * cap.share(), cap.sourcesKept(), cap.sourcesCapped());
            }
        }
        if (s.evaluation() != null) {
            out.println("  evaluation kernels: " + (s.evaluation().datasets() == null
                    ? s.evaluation().excluded() + " files excluded by suite name (no datasets folder)"
                    : s.evaluation().excluded() + " files excluded " + (s.evaluation().excludedBy() == null ? ""
                    : s.evaluation().excludedBy()) + " (" + s.evaluation().moduleHashes() + " module and "
                    + s.evaluation().functionHashes() + " function hashes, " + s.evaluation().nearDuplicateFunctions()
                    + " functions for near-duplicates, from " + s.evaluation().datasets() + ")"));
        }
        out.println("  packages:");
        for (Map.Entry<String, CorpusSummary.Size> p : s.packages().entrySet()) {
            out.printf("    %-32s %6d files %8d functions %10d instructions %8.1f MB%n", p.getKey(), p.getValue().files(),
                    p.getValue().functions(), p.getValue().instructions(), p.getValue().megabytes());
        }
        out.flush();
    }

    /** The datasets folder to check: the option, else $MIRE_DATASETS, else ../shared/datasets near the installation. */
    static Path datasetsFolder(Path option) {
        if (option != null) {
            return option;
        }
        return org.mire.task.dataset.DatasetLocations.sharedRoot().orElse(null);
    }
}
