package org.mire.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mire.MireException;
import org.mire.csv.CsvRecords;

/**
 * Keeps the benchmark suites that the evaluation kernels come from out of a corpus by name, before anything is
 * compiled: a package that bundles Rodinia or Polybench, or a kernel file named after one of their programs, is a
 * copy (or a near copy) of what the encoder is evaluated on even where no hash matches.
 *
 * <ul>
 *   <li>A source whose path has a folder or file named after a suite (AMD APP SDK, NPB, Parboil, Polybench,
 *       Rodinia, SHOC, the NVIDIA OpenCL SDK) is excluded, whatever its language.</li>
 *   <li>An OpenCL source or an IR file whose file stem, or whose folder, is named after one of the evaluation
 *       programs or kernels (the DevMap {@code benchmark} column's program part, the thread-coarsening {@code kernel}
 *       column) is excluded; names are compared in lower case without separators, a leading {@code ocl} and a
 *       trailing {@code kernel(s)}, so {@code BlackScholes_Kernels.cl} and {@code oclBlackScholes/} both match
 *       {@code BlackScholes}. C and C++ files are not matched by program name: {@code fft.c} or {@code sort.c} in
 *       a C library is not a GPU benchmark, and the hash and near-duplicate checks still see them.</li>
 * </ul>
 */
final class EvaluationSuites {
    /** Suite names, matched against each path component in lower case with separators removed. */
    private static final List<Pattern> SUITES = List.of(
            Pattern.compile("amdappsdk|amdapp|appsdk"),
            Pattern.compile("^npb(\\d.*)?$|nasparallel"),
            Pattern.compile("parboil"),
            Pattern.compile("polybench"),
            Pattern.compile("rodinia"),
            Pattern.compile("^shoc(\\d.*)?$"),
            Pattern.compile("nvidia.*sdk|gpucomputingsdk|nvidiaopencl|oclsdk"));

    /** Program names shorter than this are not matched (NPB's {@code BT}, {@code CG}, ... are too common). */
    private static final int MIN_PROGRAM_NAME = 3;

    private final Set<String> programs;

    private EvaluationSuites(Set<String> programs) {
        this.programs = programs;
    }

    /** Only the fixed suite names (no datasets folder). */
    static EvaluationSuites suitesOnly() {
        return new EvaluationSuites(Set.of());
    }

    /** The suite names and the program and kernel names of the datasets' CSV files. */
    static EvaluationSuites load(Path datasets) throws MireException {
        Set<String> programs = new TreeSet<>();
        List<Path> csvFiles = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(datasets)) {
            walk.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().forEach(csvFiles::add);
        } catch (IOException e) {
            throw new MireException(datasets + ": cannot list the evaluation datasets: " + e.getMessage(), e);
        }
        for (Path csv : csvFiles) {
            List<CsvRecords.Record> rows = CsvRecords.read(csv);
            if (rows.isEmpty()) {
                continue;
            }
            List<String> header = rows.getFirst().fields();
            int benchmark = header.indexOf("benchmark");
            int kernel = header.indexOf("kernel");
            for (CsvRecords.Record row : rows.subList(1, rows.size())) {
                if (benchmark >= 0 && benchmark < row.fields().size()) {
                    addProgram(programs, programOf(row.fields().get(benchmark)));
                }
                if (kernel >= 0 && kernel < row.fields().size()) {
                    // thread coarsening names kernels alone (mriQ); DevMap's compile table by benchmark name
                    addProgram(programs, programOf(row.fields().get(kernel)));
                }
            }
        }
        return new EvaluationSuites(programs);
    }

    /** Normalised evaluation program names. */
    Set<String> programs() {
        return programs;
    }

    /**
     * The program of a DevMap benchmark name {@code <suite>-<version>-<program>-<kernel>}
     * ({@code rodinia-3.1-backprop-bpnn_adjust_weights_ocl} → {@code backprop}), or the whole name when it has
     * another shape.
     */
    static String programOf(String benchmark) {
        String[] parts = benchmark.split("-");
        for (int i = 1; i + 1 < parts.length; i++) {
            if (parts[i].matches("\\d+(\\.\\d+)*")) {
                return parts[i + 1];
            }
        }
        return benchmark;
    }

    private static void addProgram(Set<String> programs, String name) {
        String key = key(name);
        if (key.length() >= MIN_PROGRAM_NAME) {
            programs.add(key);
        }
    }

    /** Lower case, letters and digits only, without a leading "ocl" and a trailing "kernel(s)". */
    static String key(String name) {
        String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (key.startsWith("ocl") && key.length() > 3) {
            key = key.substring(3);
        }
        key = key.replaceFirst("kernels?$", "");
        return key;
    }

    /**
     * Why a source is excluded by name, or null: {@code source} is the manifest's source path
     * ({@code pkgs/pocl-3.1/examples/Rodinia/...}).
     */
    String match(String source) {
        String[] parts = source.split("/");
        for (String part : parts) {
            String flat = part.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            for (Pattern suite : SUITES) {
                if (suite.matcher(flat).find()) {
                    return "path component '" + part + "' names an evaluation suite";
                }
            }
        }
        String file = parts[parts.length - 1];
        String lower = file.toLowerCase(Locale.ROOT);
        boolean kernelLike = lower.endsWith(".cl") || lower.endsWith(".ll") || lower.endsWith(".bc");
        if (!kernelLike || programs.isEmpty()) {
            return null;
        }
        int dot = file.indexOf('.');
        String stem = dot < 0 ? file : file.substring(0, dot);
        if (programs.contains(key(stem))) {
            return "file '" + file + "' is named after an evaluation program (" + key(stem) + ")";
        }
        if (parts.length >= 4) {
            // a folder below the package root (not the --from folder or the package itself)
            String folder = parts[parts.length - 2];
            if (programs.contains(key(folder))) {
                return "folder '" + folder + "' is named after an evaluation program (" + key(folder) + ")";
            }
        }
        return null;
    }
}
