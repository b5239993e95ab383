package org.mire.task.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mire.MireException;
import org.mire.costdata.CostDataGenerator;
import org.mire.costdata.CostLabels;
import org.mire.task.TaskData;
import org.mire.task.TaskKind;

/**
 * The MLIR cost-model data set written by {@code mire costdata generate} ({@code costdata.csv}:
 * {@code file,<targets>,<features>} with the columns of {@link CostLabels#COLUMNS} and
 * {@link CostDataGenerator#FEATURE_COLUMNS}, MLIR files under {@code mlir/}). One target is predicted at a time,
 * optionally as log1p(target) (the targets span two orders of magnitude). The group of a row is its kernel and
 * problem size ({@code matmul_f32_16x16x16}), so a grouped split keeps every tiling/unrolling variant of a problem
 * on one side.
 */
public final class MlirCostDataset {
    public static final String CSV = "costdata.csv";
    /** The numeric design parameters usable as extra features. */
    public static final List<String> PARAMETERS = List.of("d0", "d1", "d2", "d3", "tile", "vector", "unroll");

    private MlirCostDataset() {
    }

    /** Whether a folder (or CSV) holds a cost data set. */
    public static boolean isCostData(Path path) {
        Path csv = Files.isDirectory(path) ? path.resolve(CSV) : path;
        if (!Files.isRegularFile(csv)) {
            return false;
        }
        try (var lines = Files.lines(csv)) {
            return lines.findFirst().map(h -> h.strip().equals(CostDataGenerator.header())).orElse(false);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /**
     * @param folder     the folder with {@code costdata.csv}
     * @param target     one of {@link CostLabels#COLUMNS}
     * @param log        predict log1p(target)
     * @param parameters add the design parameters (and dtype) as extra features
     */
    public static TaskData load(Path folder, String target, boolean log, boolean parameters) throws MireException {
        Path csv = Files.isDirectory(folder) ? folder.resolve(CSV) : folder;
        Path base = csv.toAbsolutePath().getParent();
        if (!CostLabels.COLUMNS.contains(target)) {
            throw new MireException("unknown cost target '" + target + "'; use one of "
                    + String.join(", ", CostLabels.COLUMNS));
        }
        CsvTable table = CsvTable.read(csv);
        List<String> required = new ArrayList<>(List.of("file"));
        required.addAll(CostLabels.COLUMNS);
        required.addAll(CostDataGenerator.FEATURE_COLUMNS);
        table.requireColumns(required.toArray(String[]::new));
        List<String> featureNames = new ArrayList<>();
        if (parameters) {
            featureNames.addAll(PARAMETERS);
            featureNames.add("dtype_f64");
        }
        List<String> ids = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        double[][] features = new double[table.size()][];
        double[] targets = new double[table.size()];
        for (int i = 0; i < table.size(); i++) {
            CsvTable.Row record = table.rows().get(i);
            String name = record.get("file").strip();
            Path file = base.resolve(name).normalize();
            if (!Files.isRegularFile(file)) {
                throw new MireException(record.where() + ": MLIR file '" + name + "' not found (looked for " + file
                        + ")");
            }
            double value = record.number(target);
            if (log && value < 0) {
                throw new MireException(record.where() + ": " + target + " is negative (" + value
                        + "); cannot take log1p");
            }
            targets[i] = log ? Math.log1p(value) : value;
            ids.add(name);
            files.add(file);
            String stem = file.getFileName().toString().replaceFirst("\\.mlir$", "");
            int variant = stem.indexOf("_o");
            groups.add(variant > 0 ? stem.substring(0, variant) : record.get("kernel"));
            double[] row = new double[featureNames.size()];
            if (parameters) {
                for (int f = 0; f < PARAMETERS.size(); f++) {
                    row[f] = record.number(PARAMETERS.get(f));
                }
                row[PARAMETERS.size()] = record.get("dtype").strip().toLowerCase(Locale.ROOT).equals("f64") ? 1 : 0;
            }
            features[i] = row;
        }
        if (ids.isEmpty()) {
            throw new MireException(csv + ": no rows");
        }
        return new TaskData("mlircost:" + (log ? "log1p_" : "") + target, TaskKind.REGRESSION, ids, files, groups,
                featureNames, features, List.of(), null, targets);
    }
}
