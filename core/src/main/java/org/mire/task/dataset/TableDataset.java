package org.mire.task.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.mire.MireException;
import org.mire.task.TaskData;
import org.mire.task.TaskKind;

/**
 * Any task a user brings as a CSV: a {@code file} column (IR files, relative to the CSV's folder), then either a
 * {@code label} column (classification) or one or more target columns ({@code target}, or {@code target_<name>}
 * when there are several, as in the MLIR cost data set), an optional {@code group} column (kernel/program for
 * grouped splits), and any further numeric feature columns.
 */
public final class TableDataset {
    public static final String FILE = "file";
    public static final String LABEL = "label";
    public static final String TARGET = "target";
    public static final String GROUP = "group";

    private TableDataset() {
    }

    /** The target columns of a table (empty for a classification table). */
    public static List<String> targetColumns(List<String> header) {
        return header.stream().filter(c -> c.equals(TARGET) || c.startsWith(TARGET + "_")).toList();
    }

    /**
     * Loads a CSV as a task.
     *
     * @param csv    the CSV file
     * @param target for regression tables with several target columns, which one to predict (null: the only one)
     */
    public static TaskData load(Path csv, String target) throws MireException {
        if (MlirCostDataset.isCostData(csv)) {
            if (target == null) {
                throw new MireException(csv + ": an MLIR cost data set; choose the target with --target ("
                        + String.join(", ", org.mire.costdata.CostLabels.COLUMNS) + ")");
            }
            return MlirCostDataset.load(csv, target, false, false);
        }
        CsvTable table = CsvTable.read(csv);
        table.requireColumns(FILE);
        List<String> header = table.header();
        boolean classification = table.hasColumn(LABEL);
        List<String> targets = targetColumns(header);
        if (classification && !targets.isEmpty()) {
            throw new MireException(csv + ":1: has both a 'label' and a target column; keep one");
        }
        if (!classification && targets.isEmpty()) {
            throw new MireException(csv + ":1: needs a 'label' column (classification) or a 'target' column "
                    + "(regression) after 'file'");
        }
        String targetColumn = null;
        if (!classification) {
            if (target != null) {
                targetColumn = targets.contains(target) ? target : targets.contains(TARGET + "_" + target)
                        ? TARGET + "_" + target : null;
                if (targetColumn == null) {
                    throw new MireException(csv + ":1: no target column '" + target + "' (targets: "
                            + String.join(", ", targets) + ")");
                }
            } else if (targets.size() == 1) {
                targetColumn = targets.get(0);
            } else {
                throw new MireException(csv + ":1: several target columns (" + String.join(", ", targets)
                        + "); choose one with --target");
            }
        }
        List<String> featureNames = new ArrayList<>();
        for (String column : header) {
            if (!column.equals(FILE) && !column.equals(LABEL) && !column.equals(GROUP) && !targets.contains(column)) {
                featureNames.add(column);
            }
        }
        Path base = csv.toAbsolutePath().getParent();
        List<String> ids = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<String> labelTexts = new ArrayList<>();
        double[][] features = new double[table.size()][];
        double[] values = new double[table.size()];
        for (int i = 0; i < table.size(); i++) {
            CsvTable.Row record = table.rows().get(i);
            String name = record.get(FILE).strip();
            if (name.isEmpty()) {
                throw new MireException(record.where() + ": empty file name");
            }
            Path file = base.resolve(name).normalize();
            if (!Files.isRegularFile(file)) {
                throw new MireException(record.where() + ": IR file '" + name + "' not found (looked for " + file
                        + ")");
            }
            ids.add(name);
            files.add(file);
            groups.add(table.hasColumn(GROUP) ? record.get(GROUP) : name);
            double[] row = new double[featureNames.size()];
            for (int f = 0; f < row.length; f++) {
                row[f] = record.number(featureNames.get(f));
            }
            features[i] = row;
            if (classification) {
                String label = record.get(LABEL).strip();
                if (label.isEmpty()) {
                    throw new MireException(record.where() + ": empty label");
                }
                labelTexts.add(label);
            } else {
                values[i] = record.number(targetColumn);
            }
        }
        if (ids.isEmpty()) {
            throw new MireException(csv + ": no rows");
        }
        String name = csv.getFileName().toString().replaceFirst("\\.csv$", "");
        if (classification) {
            List<String> classes = new ArrayList<>(new TreeSet<>(labelTexts));
            if (classes.size() < 2) {
                throw new MireException(csv + ": only one label (" + classes.get(0) + "); a classifier needs two");
            }
            int[] labels = labelTexts.stream().mapToInt(classes::indexOf).toArray();
            return new TaskData(name, TaskKind.CLASSIFICATION, ids, files, groups, featureNames, features, classes,
                    labels, null);
        }
        return new TaskData(name + ":" + targetColumn, TaskKind.REGRESSION, ids, files, groups, featureNames,
                features, List.of(), null, values);
    }

    /**
     * Loads the rows of a CSV for prediction: files and feature columns; label, target and group columns, when
     * present, are ignored.
     */
    public static TaskData loadInputs(Path csv) throws MireException {
        CsvTable table = CsvTable.read(csv);
        table.requireColumns(FILE);
        List<String> targets = targetColumns(table.header());
        List<String> featureNames = table.header().stream().filter(c -> !c.equals(FILE) && !c.equals(LABEL)
                && !c.equals(GROUP) && !targets.contains(c)).toList();
        Path base = csv.toAbsolutePath().getParent();
        List<String> ids = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        double[][] features = new double[table.size()][];
        for (int i = 0; i < table.size(); i++) {
            CsvTable.Row record = table.rows().get(i);
            String name = record.get(FILE).strip();
            Path file = base.resolve(name).normalize();
            if (name.isEmpty() || !Files.isRegularFile(file)) {
                throw new MireException(record.where() + ": IR file '" + name + "' not found (looked for " + file
                        + ")");
            }
            ids.add(name);
            files.add(file);
            double[] row = new double[featureNames.size()];
            for (int f = 0; f < row.length; f++) {
                row[f] = record.number(featureNames.get(f));
            }
            features[i] = row;
        }
        if (ids.isEmpty()) {
            throw new MireException(csv + ": no rows");
        }
        return new TaskData(csv.getFileName().toString(), TaskKind.REGRESSION, ids, files, ids, featureNames,
                features, List.of(), null, new double[ids.size()]);
    }

    /**
     * Loads a CSV whose labels must all be among {@code knownClasses} (a saved head's), keeping their order.
     */
    public static TaskData loadWithClasses(Path csv, List<String> knownClasses) throws MireException {
        TaskData data = load(csv, null);
        if (data.kind() != TaskKind.CLASSIFICATION) {
            throw new MireException(csv + ": has targets, but the head is a classifier");
        }
        int[] labels = new int[data.size()];
        for (int i = 0; i < data.size(); i++) {
            String label = data.classes().get(data.labels()[i]);
            int known = knownClasses.indexOf(label);
            if (known < 0) {
                throw new MireException(csv + ": row " + (i + 1) + " (" + data.ids().get(i) + ") has unknown label '"
                        + label + "' (the head knows " + String.join(", ", knownClasses) + ")");
            }
            labels[i] = known;
        }
        return new TaskData(data.name(), data.kind(), data.ids(), data.files(), data.groups(), data.featureNames(),
                data.features(), knownClasses, labels, null);
    }
}
