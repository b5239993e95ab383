package org.mire.task.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mire.MireException;
import org.mire.progress.ProgressMonitor;
import org.mire.task.TaskData;
import org.mire.task.TaskKind;
import org.mire.task.metric.SpeedupReport;

/**
 * The DevMap heterogeneous device-mapping data set (Grewe et al. CGO'13, DeepTune PACT'17) of one platform:
 * 680 (kernel, input) rows with the faster device as label, both runtimes, the Grewe static counts and the two
 * dynamic auxiliary inputs ({@code transfer}, {@code wgsize}), and the LLVM IR of each kernel.
 *
 * @param folder   the data folder
 * @param platform AMD or NVIDIA
 * @param irSource where the IR comes from
 * @param rows     the rows in file order (row index = the CSV's first column)
 */
public record DevMapDataset(Path folder, DevMapPlatform platform, IrSource irSource, List<Row> rows) {

    /** The two devices. */
    public enum Device {
        CPU, GPU
    }

    /** Where each row's IR comes from. */
    public enum IrSource {
        /** NCC's IR ({@code kernels_ir/}) via {@code ncc_ir_file_map.csv}: what NCC, IR2Vec and ProGraML use. */
        NCC,
        /** The {@code src} column compiled with clang-16; rows whose kernel does not compile faithfully are left out. */
        CLANG
    }

    /** Names of the auxiliary features {@link #auxFeatures} gives, in order. */
    public static final List<String> AUX_FEATURES = List.of("log1p_transfer", "log1p_wgsize");
    /** Names of the Grewe et al. features, in order. */
    public static final List<String> GREWE_FEATURES = List.of("F1_transfer_per_op", "F2_coalesced_per_mem",
            "F3_local_per_mem_x_wgsize", "F4_comp_per_mem");

    /**
     * One (kernel, input) run.
     *
     * @param index     0-based row index of the canonical CSV
     * @param benchmark {@code <suite>-<version>-<program>-<kernel>}: the kernel, used as group
     * @param dataset   the input size / data set name
     * @param counts    the Grewe static counts comp, rational, mem, localmem, coalesced, atomic
     * @param transfer  bytes moved between host and device
     * @param wgsize    work-group size
     * @param oracle    the faster device
     * @param runtimeCpu runtime on the CPU
     * @param runtimeGpu runtime on the GPU
     * @param src       CLgen-normalised OpenCL source
     * @param irFile    the LLVM IR file of the kernel
     */
    public record Row(int index, String benchmark, String dataset, double[] counts, double transfer, double wgsize,
                      Device oracle, double runtimeCpu, double runtimeGpu, String src, Path irFile) {

        public double runtime(Device device) {
            return device == Device.CPU ? runtimeCpu : runtimeGpu;
        }

        public String id() {
            return index + ":" + benchmark + ":" + dataset;
        }

        public String suite() {
            int dash = benchmark.indexOf('-');
            return dash < 0 ? benchmark : benchmark.substring(0, dash);
        }
    }

    public DevMapDataset {
        rows = List.copyOf(rows);
    }

    public static DevMapDataset load(Path folder, DevMapPlatform platform) throws MireException {
        return load(folder, platform, IrSource.NCC, ProgressMonitor.NONE);
    }

    /** Reads and validates the platform's CSV and resolves each row's IR. */
    public static DevMapDataset load(Path folder, DevMapPlatform platform, IrSource irSource, ProgressMonitor monitor)
            throws MireException {
        CsvTable table = CsvTable.read(folder.resolve(platform.csvName()));
        table.requireColumns("benchmark", "dataset", "comp", "rational", "mem", "localmem", "coalesced", "atomic",
                "transfer", "wgsize", "oracle", "runtime_cpu", "runtime_gpu", "src");
        String indexColumn = table.header().get(0);
        List<Row> rows = new ArrayList<>(table.size());
        for (CsvTable.Row record : table.rows()) {
            int index = indexColumn.isEmpty() ? rows.size() : record.integer(indexColumn);
            if (index != rows.size()) {
                throw new MireException(record.where() + ": row index " + index + ", expected " + rows.size());
            }
            String oracleText = record.get("oracle").strip();
            Device oracle = switch (oracleText) {
                case "CPU" -> Device.CPU;
                case "GPU" -> Device.GPU;
                default -> throw new MireException(record.where() + ": unknown oracle label '" + oracleText
                        + "' (expected CPU or GPU)");
            };
            double cpu = positiveRuntime(record, "runtime_cpu");
            double gpu = positiveRuntime(record, "runtime_gpu");
            if ((gpu < cpu) != (oracle == Device.GPU)) {
                throw new MireException(record.where() + ": oracle " + oracle + " disagrees with the runtimes (cpu "
                        + cpu + ", gpu " + gpu + ")");
            }
            double[] counts = new double[6];
            String[] countColumns = {"comp", "rational", "mem", "localmem", "coalesced", "atomic"};
            for (int i = 0; i < counts.length; i++) {
                counts[i] = record.number(countColumns[i]);
            }
            rows.add(new Row(index, record.get("benchmark"), record.get("dataset"), counts,
                    record.number("transfer"), record.number("wgsize"), oracle, cpu, gpu, record.get("src"), null));
        }
        if (rows.isEmpty()) {
            throw new MireException(table.file() + ": no rows");
        }
        List<Row> resolved = switch (irSource) {
            case NCC -> withNccIr(folder, rows);
            case CLANG -> withClangIr(folder, rows, monitor);
        };
        return new DevMapDataset(folder, platform, irSource, resolved);
    }

    private static double positiveRuntime(CsvTable.Row record, String column) throws MireException {
        double value = record.numberOrNaN(column);
        if (Double.isNaN(value)) {
            throw new MireException(record.where() + ": runtime '" + column + "' is NaN or missing");
        }
        if (value <= 0) {
            throw new MireException(record.where() + ": runtime '" + column + "' is " + value
                    + " (must be positive)");
        }
        return value;
    }

    private static List<Row> withNccIr(Path folder, List<Row> rows) throws MireException {
        CsvTable map = CsvTable.read(folder.resolve("ncc_ir_file_map.csv"));
        map.requireColumns("row", "benchmark", "dataset", "ncc_ir_file");
        Map<Integer, String> fileOfRow = new HashMap<>();
        for (CsvTable.Row record : map.rows()) {
            int row = record.integer("row");
            if (row < 0 || row >= rows.size()) {
                throw new MireException(record.where() + ": row " + row + " is not in the data set (0.."
                        + (rows.size() - 1) + ")");
            }
            if (!rows.get(row).benchmark().equals(record.get("benchmark"))
                    || !rows.get(row).dataset().equals(record.get("dataset"))) {
                throw new MireException(record.where() + ": row " + row + " is " + record.get("benchmark") + "/"
                        + record.get("dataset") + " here but " + rows.get(row).benchmark() + "/"
                        + rows.get(row).dataset() + " in the data set");
            }
            if (fileOfRow.put(row, record.get("ncc_ir_file")) != null) {
                throw new MireException(record.where() + ": row " + row + " is mapped twice");
            }
        }
        Path irFolder = folder.resolve("kernels_ir");
        List<Row> resolved = new ArrayList<>(rows.size());
        for (Row row : rows) {
            String name = fileOfRow.get(row.index());
            if (name == null) {
                throw new MireException(map.file() + ": no IR file for row " + row.index() + " (" + row.benchmark()
                        + "/" + row.dataset() + ")");
            }
            Path file = irFolder.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new MireException(file + ": missing IR file for row " + row.index() + " (" + row.benchmark()
                        + ")");
            }
            resolved.add(withIr(row, file));
        }
        return resolved;
    }

    private static List<Row> withClangIr(Path folder, List<Row> rows, ProgressMonitor monitor)
            throws MireException {
        KernelCompiler compiler = KernelCompiler.inDefaultCache();
        Map<String, Path> irOfSource = new LinkedHashMap<>();
        for (Row row : rows) {
            irOfSource.putIfAbsent(row.src(), null);
        }
        int done = 0;
        for (Map.Entry<String, Path> entry : irOfSource.entrySet()) {
            monitor.checkCancelled();
            entry.setValue(compiler.compile(entry.getKey()).orElse(null));
            monitor.progress(++done, irOfSource.size(), "compiling kernels with clang");
        }
        List<Row> resolved = new ArrayList<>();
        for (Row row : rows) {
            Path ir = irOfSource.get(row.src());
            if (ir != null) {
                resolved.add(withIr(row, ir));
            }
        }
        if (resolved.isEmpty()) {
            throw new MireException(folder + ": no kernel's src compiles with clang");
        }
        return resolved;
    }

    private static Row withIr(Row row, Path file) {
        return new Row(row.index(), row.benchmark(), row.dataset(), row.counts(), row.transfer(), row.wgsize(),
                row.oracle(), row.runtimeCpu(), row.runtimeGpu(), row.src(), file);
    }

    public int size() {
        return rows.size();
    }

    /** The auxiliary inputs of DeepTune/NCC/IR2Vec: log1p(transfer), log1p(wgsize). */
    public static double[] auxFeatures(Row row) {
        return new double[] {Math.log1p(row.transfer()), Math.log1p(row.wgsize())};
    }

    /** Grewe et al.'s four features: F1 = transfer/(comp+mem), F2 = coalesced/mem, F3 = localmem/mem·wgsize, F4 = comp/mem. */
    public static double[] greweFeatures(Row row) {
        double comp = row.counts()[0];
        double mem = row.counts()[2];
        double localmem = row.counts()[3];
        double coalesced = row.counts()[4];
        return new double[] {
            ratio(row.transfer(), comp + mem),
            ratio(coalesced, mem),
            ratio(localmem, mem) * row.wgsize(),
            ratio(comp, mem),
        };
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }

    /** Which numeric columns besides the embedding go into the head. */
    public enum FeatureSet {
        NONE, AUX, GREWE, GREWE_AUX;

        public List<String> names() {
            return switch (this) {
                case NONE -> List.of();
                case AUX -> AUX_FEATURES;
                case GREWE -> GREWE_FEATURES;
                case GREWE_AUX -> concat(GREWE_FEATURES, AUX_FEATURES);
            };
        }

        double[] of(Row row) {
            return switch (this) {
                case NONE -> new double[0];
                case AUX -> auxFeatures(row);
                case GREWE -> greweFeatures(row);
                case GREWE_AUX -> concat(greweFeatures(row), auxFeatures(row));
            };
        }

        public static FeatureSet of(String text) throws MireException {
            return switch (text.toLowerCase(java.util.Locale.ROOT)) {
                case "none" -> NONE;
                case "aux" -> AUX;
                case "grewe" -> GREWE;
                case "grewe+aux", "grewe_aux" -> GREWE_AUX;
                default -> throw new MireException("unknown DevMap feature set '" + text
                        + "'; use none, aux, grewe or grewe+aux");
            };
        }
    }

    /** The classification task: label CPU/GPU, group = benchmark, extra features as chosen. */
    public TaskData taskData(FeatureSet features) {
        List<String> ids = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        double[][] x = new double[rows.size()][];
        int[] labels = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            ids.add(row.id());
            files.add(row.irFile());
            groups.add(row.benchmark());
            x[i] = features.of(row);
            labels[i] = row.oracle().ordinal();
        }
        return new TaskData("devmap-" + platform.id(), TaskKind.CLASSIFICATION, ids, files, groups, features.names(),
                x, List.of("CPU", "GPU"), labels, null);
    }

    /**
     * Speedup over the platform's static mapping of a device prediction per row (parallel to {@link #rows()}):
     * runtime(static device) / runtime(predicted device), with the oracle's next to it.
     */
    public SpeedupReport speedup(Device[] predicted) {
        if (predicted.length != rows.size()) {
            throw new IllegalArgumentException(predicted.length + " predictions for " + rows.size() + " rows");
        }
        double[] baseline = new double[rows.size()];
        double[] chosen = new double[rows.size()];
        double[] best = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            baseline[i] = row.runtime(platform.staticDevice());
            chosen[i] = row.runtime(predicted[i]);
            best[i] = row.runtime(row.oracle());
        }
        return SpeedupReport.of(baseline, chosen, best);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> result = new ArrayList<>(a);
        result.addAll(b);
        return result;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] result = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
