package org.mire.task.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.mire.MireException;
import org.mire.task.TaskData;
import org.mire.task.TaskKind;
import org.mire.task.metric.SpeedupReport;

/**
 * The thread-coarsening data set (Magni et al. PACT'14, DeepTune PACT'17): 17 OpenCL kernels, each run with
 * coarsening factors 1…32 on four GPUs. The task is to predict, per GPU, the factor with the lowest runtime.
 *
 * @param folder  the data folder
 * @param kernels the kernels in the order of the runtimes file
 */
public record ThreadCoarseningDataset(Path folder, List<Kernel> kernels) {
    /** All coarsening factors, the class labels of the task. */
    public static final int[] FACTORS = {1, 2, 4, 8, 16, 32};

    /** The four GPUs, in the column order of the published tables. */
    public enum Gpu {
        CYPRESS("Cypress", "AMD Radeon HD 5900"),
        TAHITI("Tahiti", "AMD Tahiti 7970"),
        FERMI("Fermi", "NVIDIA GTX 480"),
        KEPLER("Kepler", "NVIDIA Tesla K20c");

        private final String column;
        private final String displayName;

        Gpu(String column, String displayName) {
            this.column = column;
            this.displayName = displayName;
        }

        /** The suffix of the data set's columns ({@code runtime_Fermi}). */
        public String column() {
            return column;
        }

        public String displayName() {
            return displayName;
        }

        public String id() {
            return column.toLowerCase(Locale.ROOT);
        }

        public static Gpu of(String text) throws MireException {
            for (Gpu gpu : values()) {
                if (gpu.column.equalsIgnoreCase(text)) {
                    return gpu;
                }
            }
            throw new MireException("unknown GPU '" + text + "'; use cypress, tahiti, fermi or kepler");
        }
    }

    /**
     * One kernel.
     *
     * @param name     the kernel name ({@code sgemm})
     * @param irFile   its LLVM IR ({@code kernels_ir/<name>.ll})
     * @param src      its CLgen-normalised OpenCL source (the factor-1 kernel)
     * @param factors  the factors that have a row in the runtimes file, ascending
     * @param pca      Magni et al.'s 7 PCA features per factor (parallel to {@code factors})
     * @param runtimes per GPU, the runtime per factor (parallel to {@code factors}); NaN where not recorded
     */
    public record Kernel(String name, Path irFile, String src, int[] factors, double[][] pca,
                         Map<Gpu, double[]> runtimes) {

        /** The runtime at a factor, or NaN when it was not recorded. */
        public double runtime(Gpu gpu, int factor) {
            int at = Arrays.binarySearch(factors, factor);
            return at < 0 ? Double.NaN : runtimes.get(gpu)[at];
        }

        /** The factor actually run for a prediction: itself when recorded, else the largest recorded factor. */
        public int clamp(Gpu gpu, int factor) {
            if (!Double.isNaN(runtime(gpu, factor))) {
                return factor;
            }
            double[] times = runtimes.get(gpu);
            for (int i = factors.length - 1; i >= 0; i--) {
                if (!Double.isNaN(times[i])) {
                    return factors[i];
                }
            }
            throw new IllegalStateException(name + " has no runtime on " + gpu);
        }

        /** The factor with the lowest recorded runtime. */
        public int oracle(Gpu gpu) {
            double[] times = runtimes.get(gpu);
            int best = -1;
            for (int i = 0; i < factors.length; i++) {
                if (!Double.isNaN(times[i]) && (best < 0 || times[i] < times[best])) {
                    best = i;
                }
            }
            return factors[best];
        }

        /** Speedup of a predicted factor over factor 1, after clamping. */
        public double speedup(Gpu gpu, int predicted) {
            return runtime(gpu, 1) / runtime(gpu, clamp(gpu, predicted));
        }
    }

    public ThreadCoarseningDataset {
        kernels = List.copyOf(kernels);
    }

    /** Reads and validates {@code pact-2014-runtimes.csv} against {@code pact-2014-oracles.csv} and the IR files. */
    public static ThreadCoarseningDataset load(Path folder) throws MireException {
        CsvTable table = CsvTable.read(folder.resolve("pact-2014-runtimes.csv"));
        List<String> columns = new ArrayList<>(List.of("kernel", "cf", "src"));
        for (int i = 1; i <= 7; i++) {
            columns.add("PCA" + i);
        }
        for (Gpu gpu : Gpu.values()) {
            columns.add("runtime_" + gpu.column());
        }
        table.requireColumns(columns.toArray(String[]::new));

        record Run(int factor, double[] pca, EnumMap<Gpu, Double> runtimes) {
        }
        Map<String, TreeMap<Integer, Run>> runsOfKernel = new LinkedHashMap<>();
        Map<String, String> srcOfKernel = new LinkedHashMap<>();
        for (CsvTable.Row record : table.rows()) {
            String kernel = record.get("kernel").strip();
            int factor = record.integer("cf");
            if (Arrays.stream(FACTORS).noneMatch(f -> f == factor)) {
                throw new MireException(record.where() + ": unknown coarsening factor " + factor + " (expected one of "
                        + Arrays.toString(FACTORS) + ")");
            }
            double[] pca = new double[7];
            for (int i = 0; i < 7; i++) {
                pca[i] = record.number("PCA" + (i + 1));
            }
            EnumMap<Gpu, Double> runtimes = new EnumMap<>(Gpu.class);
            for (Gpu gpu : Gpu.values()) {
                double runtime = record.numberOrNaN("runtime_" + gpu.column());
                if (!Double.isNaN(runtime) && runtime <= 0) {
                    throw new MireException(record.where() + ": runtime_" + gpu.column() + " is " + runtime
                            + " (must be positive)");
                }
                if (Double.isNaN(runtime) && factor == 1) {
                    throw new MireException(record.where() + ": runtime_" + gpu.column() + " of " + kernel
                            + " at factor 1 is NaN; it is the speedup baseline");
                }
                runtimes.put(gpu, runtime);
            }
            TreeMap<Integer, Run> runs = runsOfKernel.computeIfAbsent(kernel, k -> new TreeMap<>());
            if (runs.put(factor, new Run(factor, pca, runtimes)) != null) {
                throw new MireException(record.where() + ": " + kernel + " has two rows for factor " + factor);
            }
            srcOfKernel.putIfAbsent(kernel, record.get("src"));
        }
        if (runsOfKernel.isEmpty()) {
            throw new MireException(table.file() + ": no rows");
        }
        List<Kernel> kernels = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Integer, Run>> entry : runsOfKernel.entrySet()) {
            String name = entry.getKey();
            if (!entry.getValue().containsKey(1)) {
                throw new MireException(table.file() + ": " + name + " has no row for factor 1, the speedup baseline");
            }
            List<Run> runs = new ArrayList<>(entry.getValue().values());
            int[] factors = runs.stream().mapToInt(Run::factor).toArray();
            double[][] pca = runs.stream().map(Run::pca).toArray(double[][]::new);
            EnumMap<Gpu, double[]> runtimes = new EnumMap<>(Gpu.class);
            for (Gpu gpu : Gpu.values()) {
                runtimes.put(gpu, runs.stream().mapToDouble(run -> run.runtimes().get(gpu)).toArray());
            }
            Path ir = folder.resolve("kernels_ir").resolve(name + ".ll");
            if (!Files.isRegularFile(ir)) {
                throw new MireException(ir + ": missing IR file of kernel " + name);
            }
            kernels.add(new Kernel(name, ir, srcOfKernel.get(name), factors, pca, runtimes));
        }
        checkOracles(folder.resolve("pact-2014-oracles.csv"), kernels);
        return new ThreadCoarseningDataset(folder, kernels);
    }

    /** The oracle file must name, for each kernel and GPU, the factor with the lowest recorded runtime. */
    private static void checkOracles(Path file, List<Kernel> kernels) throws MireException {
        CsvTable table = CsvTable.read(file);
        table.requireColumns("kernel");
        Map<String, Kernel> byName = new LinkedHashMap<>();
        kernels.forEach(k -> byName.put(k.name(), k));
        int seen = 0;
        for (CsvTable.Row record : table.rows()) {
            Kernel kernel = byName.get(record.get("kernel").strip());
            if (kernel == null) {
                throw new MireException(record.where() + ": kernel '" + record.get("kernel")
                        + "' has no runtimes in pact-2014-runtimes.csv");
            }
            seen++;
            for (Gpu gpu : Gpu.values()) {
                if (!table.hasColumn("cf_" + gpu.column())) {
                    continue;
                }
                int factor = record.integer("cf_" + gpu.column());
                if (factor != kernel.oracle(gpu)) {
                    throw new MireException(record.where() + ": oracle factor of " + kernel.name() + " on "
                            + gpu.column() + " is " + factor + " but the runtimes give " + kernel.oracle(gpu));
                }
            }
        }
        if (seen != kernels.size()) {
            throw new MireException(file + ": " + seen + " kernels, but the runtimes file has " + kernels.size());
        }
    }

    /**
     * Speedup over factor 1 of a predicted factor per kernel (parallel to {@link #kernels()}); a factor without a
     * recorded runtime is clamped to the largest recorded one.
     */
    public SpeedupReport speedup(Gpu gpu, int[] predictedFactors) {
        if (predictedFactors.length != kernels.size()) {
            throw new IllegalArgumentException(predictedFactors.length + " predictions for " + kernels.size()
                    + " kernels");
        }
        double[] baseline = new double[kernels.size()];
        double[] chosen = new double[kernels.size()];
        double[] best = new double[kernels.size()];
        for (int i = 0; i < kernels.size(); i++) {
            Kernel kernel = kernels.get(i);
            baseline[i] = kernel.runtime(gpu, 1);
            chosen[i] = kernel.runtime(gpu, kernel.clamp(gpu, predictedFactors[i]));
            best[i] = kernel.runtime(gpu, kernel.oracle(gpu));
        }
        return SpeedupReport.of(baseline, chosen, best);
    }

    public Kernel kernel(String name) {
        return kernels.stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
    }

    /** The classification task of one GPU: label = oracle factor, group = kernel, no extra features. */
    public TaskData taskData(Gpu gpu) {
        List<String> ids = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        int[] labels = new int[kernels.size()];
        for (int i = 0; i < kernels.size(); i++) {
            Kernel kernel = kernels.get(i);
            ids.add(kernel.name());
            files.add(kernel.irFile());
            labels[i] = Arrays.binarySearch(FACTORS, kernel.oracle(gpu));
        }
        List<String> classes = Arrays.stream(FACTORS).mapToObj(Integer::toString).toList();
        return new TaskData("threadcoarsening-" + gpu.id(), TaskKind.CLASSIFICATION, ids, files, ids, List.of(),
                new double[kernels.size()][0], classes, labels, null);
    }
}
