package org.mire.costdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.mire.MireException;
import org.mire.ir.IrParseException;
import org.mire.ir.mlir.MlirModule;
import org.mire.ir.mlir.MlirParser;
import org.mire.progress.CancelledException;
import org.mire.progress.ProgressMonitor;
import org.mire.tools.ExternalTool;

/**
 * Generates the MLIR cost-model dataset: for each kernel variant, the transformed MLIR
 * ({@code mlir-opt}: linalg → affine, loop order, tiling, vectorisation, unrolling), lowered to the LLVM dialect,
 * translated to LLVM IR ({@code mlir-translate --mlir-to-llvmir}), compiled ({@code llc -O2} for x86-64
 * Skylake) and labelled ({@code llvm-mca -mcpu=skylake -register-file-stats}).
 *
 * <p>Output in the chosen folder: {@code mlir/<id>.mlir} (the transformed kernel, the file the models read),
 * {@code costdata.csv} ({@code file,targets…,features…}, rows in generation order), {@code failed.csv} (variants
 * the tools rejected, with the reason). Resumable: variants already in {@code costdata.csv},
 * {@code costdata.csv.part} or {@code failed.csv} are not redone. Deterministic: the same seed selects and orders the
 * same variants, and the tools are deterministic.
 */
public final class CostDataGenerator {
    /** The machine llc compiles for and llvm-mca models, fixed so labels do not depend on the host. */
    public static final String TRIPLE = "x86_64-unknown-linux-gnu";
    public static final String CPU = "skylake";
    public static final int MCA_ITERATIONS = 100;
    public static final List<String> FEATURE_COLUMNS = List.of("kernel", "dtype", "d0", "d1", "d2", "d3", "order",
            "tile", "vector", "unroll", "mlir_ops");
    private static final long TOOL_TIMEOUT = 300;
    private static final List<ExternalTool> TOOLS = List.of(ExternalTool.MLIR_OPT, ExternalTool.MLIR_TRANSLATE,
            ExternalTool.LLC, ExternalTool.LLVM_MCA);

    /** What a run did. */
    public record Summary(int rows, int generatedNow, int failed, int reused, long millis) {
    }

    private CostDataGenerator() {
    }

    /** Fails with the Debian packages to install when a tool is missing. */
    public static void requireTools() throws MireException {
        List<String> missing = new ArrayList<>();
        List<String> packages = new ArrayList<>();
        for (ExternalTool tool : TOOLS) {
            if (!tool.isAvailable()) {
                missing.add(tool.baseName() + "-" + ExternalTool.PREFERRED_LLVM);
                if (!packages.contains(tool.debianPackage())) {
                    packages.add(tool.debianPackage());
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new MireException("costdata needs " + String.join(", ", missing)
                    + " on the PATH; install with: sudo apt-get install " + String.join(" ", packages));
        }
    }

    public static Summary generate(Path out, int count, int jobs, long seed, ProgressMonitor monitor)
            throws MireException {
        if (count < 1) {
            throw new MireException("--count must be at least 1 (was " + count + ")");
        }
        if (jobs < 1) {
            throw new MireException("--jobs must be at least 1 (was " + jobs + ")");
        }
        requireTools();
        long start = System.nanoTime();
        Path mlirDir = out.resolve("mlir");
        Path csv = out.resolve("costdata.csv");
        Path part = out.resolve("costdata.csv.part");
        Path failedCsv = out.resolve("failed.csv");
        try {
            Files.createDirectories(mlirDir);
        } catch (IOException e) {
            throw new MireException(out + ": cannot create the output folder: " + e.getMessage(), e);
        }
        Map<String, String> rows = new HashMap<>();    // id -> CSV row
        Map<String, String> failed = new HashMap<>();  // id -> reason
        readRows(csv, rows);
        readRows(part, rows);
        readFailures(failedCsv, failed);
        int reused = rows.size();

        // Walk the seeded order until `count` variants have rows (or are known to fail, which does not count).
        List<KernelVariant> order = KernelSpace.ordered(seed);
        List<KernelVariant> selected = new ArrayList<>();
        List<KernelVariant> todo = new ArrayList<>();
        int planned = 0;
        for (KernelVariant v : order) {
            if (planned >= count) {
                break;
            }
            if (failed.containsKey(v.id())) {
                continue;
            }
            selected.add(v);
            planned++;
            if (!rows.containsKey(v.id())) {
                todo.add(v);
            }
        }
        AtomicInteger done = new AtomicInteger(selected.size() - todo.size());
        int reusedSelected = done.get();
        AtomicInteger generated = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        monitor.progress(done.get(), count, "costdata: " + done.get() + "/" + count + " labelled");
        // More variants may be needed when some fail; keep a cursor into the order.
        int cursor = order.indexOf(selected.isEmpty() ? null : selected.getLast()) + 1;
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "costdata");
            t.setDaemon(true);
            return t;
        });
        try (Writer partWriter = Files.newBufferedWriter(part, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND); Writer failWriter = Files.newBufferedWriter(failedCsv,
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            while (!todo.isEmpty()) {
                List<Future<?>> futures = new ArrayList<>();
                for (KernelVariant v : todo) {
                    futures.add(pool.submit(() -> {
                        if (monitor.isCancelled()) {
                            return null;
                        }
                        try {
                            String row = label(v, out);
                            synchronized (partWriter) {
                                partWriter.write(row + "\n");
                                partWriter.flush();
                                rows.put(v.id(), row);
                            }
                            generated.incrementAndGet();
                        } catch (MireException e) {
                            synchronized (failWriter) {
                                failWriter.write(v.id() + "," + csvField(e.getMessage()) + "\n");
                                failWriter.flush();
                                failed.put(v.id(), e.getMessage());
                            }
                            failures.incrementAndGet();
                        }
                        done.incrementAndGet();
                        int labelled = reusedSelected + generated.get();
                        monitor.progress(labelled, count, "costdata: " + labelled + "/" + count + " labelled, "
                                + failures.get() + " rejected by the tools");
                        return null;
                    }));
                }
                for (Future<?> future : futures) {
                    try {
                        future.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        Throwable cause = e.getCause();
                        if (cause instanceof IOException io) {
                            throw new MireException(out + ": " + io.getMessage(), io);
                        }
                        throw new IllegalStateException(cause);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new CancelledException();
                    }
                }
                monitor.checkCancelled();
                // Replace the variants that failed by the next ones in the seeded order.
                todo = new ArrayList<>();
                List<KernelVariant> kept = new ArrayList<>();
                for (KernelVariant v : selected) {
                    if (!failed.containsKey(v.id())) {
                        kept.add(v);
                    }
                }
                selected.clear();
                selected.addAll(kept);
                while (selected.size() < count && cursor < order.size()) {
                    KernelVariant v = order.get(cursor++);
                    if (failed.containsKey(v.id())) {
                        continue;
                    }
                    selected.add(v);
                    if (!rows.containsKey(v.id())) {
                        todo.add(v);
                    }
                }
            }
        } catch (IOException e) {
            throw new MireException(out + ": " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        writeCsv(csv, selected, rows);
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            throw new MireException(part + ": " + e.getMessage(), e);
        }
        return new Summary(selected.size(), generated.get(), failed.size(), reused,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Runs the tool chain on one variant and returns its CSV row. */
    static String label(KernelVariant v, Path out) throws MireException {
        Path work;
        try {
            work = Files.createTempDirectory(out, ".work-" + v.id() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path kernel = work.resolve("kernel.mlir");
            Files.writeString(kernel, KernelSpace.mlir(v));
            Path transformed = work.resolve("transformed.mlir");
            List<String> args = new ArrayList<>(KernelSpace.transformPasses(v));
            args.addAll(List.of(kernel.toString(), "-o", transformed.toString()));
            run(ExternalTool.MLIR_OPT, v, args);
            Path lowered = work.resolve("lowered.mlir");
            args = new ArrayList<>(KernelSpace.TO_LLVM);
            args.addAll(List.of(transformed.toString(), "-o", lowered.toString()));
            run(ExternalTool.MLIR_OPT, v, args);
            Path ll = work.resolve("kernel.ll");
            run(ExternalTool.MLIR_TRANSLATE, v, List.of("--mlir-to-llvmir", lowered.toString(), "-o", ll.toString()));
            Path asm = work.resolve("kernel.s");
            run(ExternalTool.LLC, v, List.of("-O2", "-mtriple=" + TRIPLE, "-mcpu=" + CPU, ll.toString(), "-o",
                    asm.toString()));
            String report = run(ExternalTool.LLVM_MCA, v, List.of("-mtriple=" + TRIPLE, "-mcpu=" + CPU,
                    "-register-file-stats", "-iterations=" + MCA_ITERATIONS, asm.toString()));
            CostLabels labels = CostLabels.of(report, Files.readString(asm), v.id());
            String mlirText = Files.readString(transformed);
            int ops = countOps(mlirText, v.id() + ".mlir");
            Path target = out.resolve("mlir").resolve(v.id() + ".mlir");
            org.mire.io.AtomicFiles.writeString(target, mlirText);
            List<String> fields = new ArrayList<>();
            fields.add("mlir/" + v.id() + ".mlir");
            fields.addAll(labels.values());
            List<Integer> d = v.dims();
            fields.add(v.kernel());
            fields.add(v.dtype());
            for (int i = 0; i < 4; i++) {
                fields.add(i < d.size() ? Integer.toString(d.get(i)) : "0");
            }
            StringBuilder order = new StringBuilder();
            for (int o : v.order()) {
                order.append(o);
            }
            fields.add(order.toString());
            fields.add(Integer.toString(v.tile()));
            fields.add(Integer.toString(v.vector()));
            fields.add(Integer.toString(v.unroll()));
            fields.add(Integer.toString(ops));
            return String.join(",", fields);
        } catch (IOException e) {
            throw new MireException(v.id() + ": " + e.getMessage(), e);
        } finally {
            deleteTree(work);
        }
    }

    /** Our own parser reads every generated file; a failure here is a parser bug worth knowing about. */
    private static int countOps(String text, String name) throws IrParseException {
        MlirModule module = MlirParser.parse(text, name);
        int[] ops = {0};
        module.walk(op -> {
            if (!op.implicit()) {
                ops[0]++;
            }
        });
        return ops[0];
    }

    private static String run(ExternalTool tool, KernelVariant v, List<String> args) throws MireException {
        ExternalTool.Result result = tool.runForResult(args, TOOL_TIMEOUT);
        if (result.exitCode() != 0) {
            String first = result.stderr().strip().split("\\R", 2)[0];
            throw new MireException(v.id() + ": " + tool.baseName() + " failed (exit " + result.exitCode() + "): "
                    + (first.length() > 200 ? first.substring(0, 200) : first));
        }
        return result.stdout();
    }

    public static String header() {
        List<String> columns = new ArrayList<>();
        columns.add("file");
        columns.addAll(CostLabels.COLUMNS);
        columns.addAll(FEATURE_COLUMNS);
        return String.join(",", columns);
    }

    private static void writeCsv(Path csv, List<KernelVariant> selected, Map<String, String> rows)
            throws MireException {
        StringBuilder text = new StringBuilder(header()).append('\n');
        for (KernelVariant v : selected) {
            String row = rows.get(v.id());
            if (row != null) {
                text.append(row).append('\n');
            }
        }
        try {
            org.mire.io.AtomicFiles.writeString(csv, text);
        } catch (IOException e) {
            throw new MireException(csv + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Reads complete rows of a costdata CSV (a partial last line from an interrupted run is ignored). */
    private static void readRows(Path file, Map<String, String> rows) throws MireException {
        if (!Files.exists(file)) {
            return;
        }
        try {
            String content = Files.readString(file);
            String[] lines = content.split("\n", -1);
            int complete = content.endsWith("\n") ? lines.length - 1 : lines.length - 1;
            for (int i = 0; i < complete; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("file,")) {
                    continue;
                }
                String fileField = line.substring(0, Math.max(line.indexOf(','), 0));
                if (!fileField.startsWith("mlir/") || !fileField.endsWith(".mlir")) {
                    throw new MireException(file + ":" + (i + 1) + ": not a costdata row");
                }
                rows.put(fileField.substring(5, fileField.length() - 5), line);
            }
        } catch (IOException e) {
            throw new MireException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static void readFailures(Path file, Map<String, String> failed) throws MireException {
        if (!Files.exists(file)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                int comma = line.indexOf(',');
                if (comma > 0) {
                    failed.put(line.substring(0, comma), line.substring(comma + 1));
                }
            }
        } catch (IOException e) {
            throw new MireException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String csvField(String s) {
        String oneLine = s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
        return "\"" + oneLine.replace("\"", "\"\"") + "\"";
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless; the next run does not read it
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }

    /** Counts of the rows per value of a feature column, for reports. */
    public static Map<String, Integer> countBy(List<String[]> rows, int column) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String[] row : rows) {
            counts.merge(row[column], 1, Integer::sum);
        }
        return counts;
    }
}
