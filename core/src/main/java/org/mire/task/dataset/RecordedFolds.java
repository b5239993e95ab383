package org.mire.task.dataset;

import java.nio.file.Path;
import java.util.Arrays;
import org.mire.MireException;

/**
 * The DevMap fold assignment recorded from scikit-learn ({@code folds_stratified10_seed204.csv}: 10-fold
 * {@code StratifiedKFold(shuffle=True, random_state=204)} on {@code oracle}, per platform), checked row by row
 * against the loaded data set.
 */
public final class RecordedFolds {
    public static final String FILE_NAME = "folds_stratified10_seed204.csv";

    private RecordedFolds() {
    }

    /**
     * The test fold of each row of {@code data}, in the data set's row order.
     *
     * @throws MireException when the file is missing, lacks a row, or disagrees with the data set
     */
    public static int[] load(Path folder, DevMapDataset data) throws MireException {
        CsvTable table = CsvTable.read(folder.resolve(FILE_NAME));
        table.requireColumns("platform", "row", "benchmark", "dataset", "oracle", "fold");
        int maxIndex = data.rows().stream().mapToInt(DevMapDataset.Row::index).max().orElse(-1);
        int[] foldOfIndex = new int[maxIndex + 1];
        Arrays.fill(foldOfIndex, -1);
        DevMapDataset.Row[] rowOfIndex = new DevMapDataset.Row[maxIndex + 1];
        for (DevMapDataset.Row row : data.rows()) {
            rowOfIndex[row.index()] = row;
        }
        for (CsvTable.Row record : table.rows()) {
            if (!record.get("platform").equals(data.platform().id())) {
                continue;
            }
            int index = record.integer("row");
            if (index < 0 || index > maxIndex || rowOfIndex[index] == null) {
                continue; // a row the data set left out (e.g. kernels that clang cannot compile)
            }
            DevMapDataset.Row row = rowOfIndex[index];
            if (!row.benchmark().equals(record.get("benchmark")) || !row.dataset().equals(record.get("dataset"))
                    || !row.oracle().name().equals(record.get("oracle"))) {
                throw new MireException(record.where() + ": row " + index + " is " + record.get("benchmark") + "/"
                        + record.get("dataset") + "/" + record.get("oracle") + " here but " + row.benchmark() + "/"
                        + row.dataset() + "/" + row.oracle() + " in the data set");
            }
            int fold = record.integer("fold");
            if (fold < 0) {
                throw new MireException(record.where() + ": negative fold " + fold);
            }
            if (foldOfIndex[index] >= 0) {
                throw new MireException(record.where() + ": row " + index + " has two folds");
            }
            foldOfIndex[index] = fold;
        }
        int[] folds = new int[data.size()];
        for (int i = 0; i < data.size(); i++) {
            int fold = foldOfIndex[data.rows().get(i).index()];
            if (fold < 0) {
                throw new MireException(table.file() + ": no fold for " + data.platform().id() + " row "
                        + data.rows().get(i).index());
            }
            folds[i] = fold;
        }
        return folds;
    }
}
