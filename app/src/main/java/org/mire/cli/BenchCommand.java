package org.mire.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.graph.ProgramGraph;
import org.mire.ir.IrLoader;
import org.mire.ir.llvm.LlvmConformance;
import org.mire.ir.llvm.LlvmModule;
import org.mire.ir.llvm.LlvmParser;
import org.mire.tools.ExternalTool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mire bench ...}: measurements of the workbench's own speed and conformance, for docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the workbench: parser throughput against llvm-as, parser conformance against LLVM, "
                + "graph layouts, open-to-graph and pan frame times, t-SNE against Smile, scatter-view frame time.",
        subcommands = {BenchCommand.Parse.class, BenchCommand.Conformance.class, BenchLayoutCommand.class,
            BenchOpenCommand.class, BenchPanCommand.class, TsneBenchCommand.class, ScatterBenchCommand.class,
            BenchCliCommand.class, BenchGraphWriteCommand.class})
final class BenchCommand extends GroupCommand {

    /** Times our parser (and parser + graph builder) next to llvm-as on the same files, in the same run. */
    @Command(name = "parse", mixinStandardHelpOptions = true,
            description = {"Time parsing of .ll files (ours, ours + program graph, llvm-as -o /dev/null).",
                "Runs are interleaved so that machine load affects all three alike; reports the median wall time,"
                    + " the CPU time (ours: the whole JVM process incl. GC and JIT; llvm-as: user+sys from"
                    + " /usr/bin/time), MB/s and the ratio to llvm-as."})
    static final class Parse implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "LLVM IR text files (.ll)")
        List<Path> files;

        @Option(names = "--warmup", defaultValue = "5", description = "untimed parses first (JIT warm-up), default ${DEFAULT-VALUE}")
        int warmup;

        @Option(names = "--repeat", defaultValue = "10", description = "timed repetitions, default ${DEFAULT-VALUE}")
        int repeat;

        @Option(names = "--no-graph", description = "skip parse+graph")
        boolean noGraph;

        @Option(names = "--no-llvm-as", description = "skip llvm-as")
        boolean noLlvmAs;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws MireException {
            PrintWriter out = spec.commandLine().getOut();
            if (warmup < 0 || repeat < 1) {
                throw new MireException("--warmup must be >= 0 and --repeat >= 1");
            }
            Path llvmAs = noLlvmAs ? null : ExternalTool.LLVM_AS.require();
            Path gnuTime = Files.isExecutable(Path.of("/usr/bin/time")) ? Path.of("/usr/bin/time") : null;
            out.printf(Locale.ROOT, "java %s, %d processors, max heap %d MiB, load average %.2f%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            for (Path file : files) {
                benchmark(out, file, llvmAs, gnuTime);
            }
            return MireCommand.EXIT_OK;
        }

        private void benchmark(PrintWriter out, Path file, Path llvmAs, Path gnuTime) throws MireException {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new MireException(file + ": cannot read: " + e.getMessage(), e);
            }
            String text = IrLoader.decode(file, bytes);
            String name = file.getFileName().toString();
            double megabytes = bytes.length / 1e6;

            LlvmModule module = LlvmParser.parse(text, name);
            String shape = String.format(Locale.ROOT, "%s: %.2f MB, %d functions, %d instructions", name, megabytes,
                    module.functions().size(), module.instructionCount());
            boolean graph = !noGraph;
            String graphNote = "";
            if (graph) {
                try {
                    ProgramGraph g = module.graph();
                    graphNote = g.nodes().size() + " nodes, " + g.edges().size() + " edges";
                } catch (UnsupportedOperationException e) {
                    graph = false;
                    graphNote = "not measured: " + e.getMessage();
                }
            }
            module = null; // measure with one module alive at a time
            long retained = retainedHeap(text, name);
            for (int i = 0; i < warmup; i++) {
                LlvmParser.parse(text, name);
                if (graph) {
                    LlvmParser.parse(text, name).graph();
                }
            }
            if (llvmAs != null) {
                runLlvmAs(llvmAs, gnuTime, file); // warm the page cache and the shared libraries
            }
            double[] parseWall = new double[repeat];
            double[] parseCpu = new double[repeat];
            double[] graphWall = new double[repeat];
            double[] graphCpu = new double[repeat];
            double[] asWall = new double[repeat];
            double[] asCpu = new double[repeat];
            for (int r = 0; r < repeat; r++) {
                long cpu0 = processCpuNanos();
                long t0 = System.nanoTime();
                LlvmParser.parse(text, name);
                parseWall[r] = (System.nanoTime() - t0) / 1e6;
                parseCpu[r] = (processCpuNanos() - cpu0) / 1e6;
                if (graph) {
                    cpu0 = processCpuNanos();
                    t0 = System.nanoTime();
                    LlvmParser.parse(text, name).graph();
                    graphWall[r] = (System.nanoTime() - t0) / 1e6;
                    graphCpu[r] = (processCpuNanos() - cpu0) / 1e6;
                }
                if (llvmAs != null) {
                    double[] t = runLlvmAs(llvmAs, gnuTime, file);
                    asWall[r] = t[0];
                    asCpu[r] = t[1];
                }
            }
            out.printf(Locale.ROOT, "%s; module retains ~%d MiB of heap%n", shape, retained >> 20);
            row(out, "parse (ours)", parseWall, parseCpu, megabytes);
            if (graph) {
                row(out, "parse+graph (ours)", graphWall, graphCpu, megabytes);
                out.printf("  graph: %s%n", graphNote);
            } else if (!noGraph) {
                out.printf("  parse+graph: %s%n", graphNote);
            }
            if (llvmAs != null) {
                row(out, "llvm-as -o /dev/null", asWall, gnuTime == null ? null : asCpu, megabytes);
                out.printf(Locale.ROOT, "  ratio llvm-as / ours (parse): wall %.2fx", median(asWall) / median(parseWall));
                if (gnuTime != null) {
                    out.printf(Locale.ROOT, ", CPU %.2fx", median(asCpu) / median(parseCpu));
                }
                out.println(" (>1 means ours is faster)");
            }
            out.flush();
        }

        private static void row(PrintWriter out, String what, double[] wall, double[] cpu, double megabytes) {
            out.printf(Locale.ROOT, "  %-22s wall median %8.1f ms (min %8.1f) = %6.1f MB/s", what, median(wall),
                    min(wall), megabytes / (median(wall) / 1000));
            if (cpu != null) {
                out.printf(Locale.ROOT, "; CPU median %8.1f ms = %6.1f MB/s", median(cpu),
                        megabytes / (median(cpu) / 1000));
            }
            out.println();
        }

        /** Heap retained by one parsed module (measured after GC; approximate). */
        private static long retainedHeap(String text, String name) throws MireException {
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long before = rt.totalMemory() - rt.freeMemory();
            LlvmModule module = LlvmParser.parse(text, name);
            System.gc();
            long after = rt.totalMemory() - rt.freeMemory();
            // keep the module reachable until measured
            return module.text().isEmpty() ? 0 : Math.max(0, after - before);
        }

        /** Wall and CPU milliseconds of one {@code llvm-as -o /dev/null FILE}. */
        private static double[] runLlvmAs(Path llvmAs, Path gnuTime, Path file) throws MireException {
            List<String> command = new ArrayList<>();
            if (gnuTime != null) {
                command.addAll(List.of(gnuTime.toString(), "-f", "MIRE_TIME %e %U %S"));
            }
            command.addAll(List.of(llvmAs.toString(), "-o", "/dev/null", file.toString()));
            try {
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                String err = new String(p.getErrorStream().readAllBytes());
                int rc = p.waitFor();
                double wall = (System.nanoTime() - t0) / 1e6;
                if (rc != 0) {
                    throw new MireException(file + ": llvm-as failed (exit " + rc + "): " + err.strip());
                }
                double cpu = Double.NaN;
                for (String line : err.split("\n")) {
                    if (line.startsWith("MIRE_TIME ")) {
                        String[] f = line.split(" ");
                        cpu = (Double.parseDouble(f[2]) + Double.parseDouble(f[3])) * 1000;
                    }
                }
                return new double[] {wall, cpu};
            } catch (IOException e) {
                throw new MireException("cannot run " + llvmAs + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MireException("interrupted", e);
            }
        }

        private static long processCpuNanos() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getProcessCpuTime();
            }
            return 0;
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        private static double min(double[] values) {
            return Arrays.stream(values).min().orElse(Double.NaN);
        }
    }

    /** Parses .ll files and compares per-function instruction counts with LLVM's own (opt -S round trip). */
    @Command(name = "conformance", mixinStandardHelpOptions = true,
            description = {"Parse .ll files (or every .ll under directories) and compare each function's instruction"
                + " count with LLVM's (opt-16 -S round trip; the input's own instruction lines when opt rejects it),"
                + " and check that every local's uses carry the type computed for its definition.",
                "Exit code 1 when any file fails to parse or disagrees."})
    static final class Conformance implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", arity = "1..*", description = ".ll files or directories")
        List<Path> paths;

        @Option(names = "--quiet", description = "print only failures and the summary")
        boolean quiet;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws MireException {
            PrintWriter out = spec.commandLine().getOut();
            List<Path> files = new ArrayList<>();
            for (Path p : paths) {
                if (Files.isDirectory(p)) {
                    files.addAll(org.mire.ir.IrFiles.find(p, org.mire.ir.IrLoader.InputKind.LLVM_TEXT));
                } else {
                    files.add(p);
                }
            }
            int parsed = 0;
            int agreed = 0;
            int viaText = 0;
            long functions = 0;
            long instructions = 0;
            for (Path file : files) {
                LlvmConformance.Result r = LlvmConformance.check(file);
                if (r.parsed()) {
                    parsed++;
                }
                if (r.agrees()) {
                    agreed++;
                }
                functions += r.functions();
                instructions += r.instructions();
                if (r.parsed() && r.reference() == LlvmConformance.Reference.INPUT_TEXT) {
                    viaText++;
                }
                if (!r.parsed()) {
                    out.println("PARSE-ERROR " + r.parseError());
                } else if (!r.agrees()) {
                    out.println("MISMATCH " + file + ": " + String.join("; ",
                            r.mismatches().subList(0, Math.min(5, r.mismatches().size()))));
                } else if (!quiet) {
                    out.println("OK " + file + ": " + r.functions() + " functions, " + r.instructions()
                            + " instructions" + (r.reference() == LlvmConformance.Reference.INPUT_TEXT
                            ? " (reference: input text; " + r.referenceNote() + ")" : ""));
                }
                out.flush();
            }
            out.printf(Locale.ROOT, "files %d, parsed %d (%.2f%%), counts and types agree %d (%.2f%%), functions %d,"
                    + " instructions %d, reference = input text for %d files (opt-16 rejected them)%n",
                    files.size(), parsed, 100.0 * parsed / Math.max(1, files.size()), agreed,
                    100.0 * agreed / Math.max(1, files.size()), functions, instructions, viaText);
            return parsed == files.size() && agreed == files.size() ? MireCommand.EXIT_OK
                    : MireCommand.EXIT_USER_ERROR;
        }
    }
}
