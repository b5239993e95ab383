package org.mire.viz.chart;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * A confusion matrix as a grid of counts, rows = actual class, columns = predicted class; each cell is shaded by
 * its share of its row, the diagonal in one hue and errors in another.
 */
public final class ConfusionMatrixView extends GridPane {
    private int[][] counts = new int[0][0];

    public ConfusionMatrixView() {
        setHgap(2);
        setVgap(2);
        setPadding(new Insets(6));
        getStyleClass().add("confusion-matrix");
    }

    public void setMatrix(List<String> classes, int[][] matrix) {
        getChildren().clear();
        counts = new int[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            counts[i] = matrix[i].clone();
        }
        Label corner = new Label("actual \\ predicted");
        corner.getStyleClass().add("confusion-corner");
        add(corner, 0, 0);
        for (int c = 0; c < classes.size(); c++) {
            Label header = new Label(classes.get(c));
            header.getStyleClass().add("confusion-header");
            GridPane.setHalignment(header, HPos.CENTER);
            add(header, c + 1, 0);
            Label rowHeader = new Label(classes.get(c));
            rowHeader.getStyleClass().add("confusion-header");
            add(rowHeader, 0, c + 1);
        }
        for (int a = 0; a < matrix.length; a++) {
            int rowTotal = 0;
            for (int count : matrix[a]) {
                rowTotal += count;
            }
            for (int p = 0; p < matrix[a].length; p++) {
                Label cell = new Label(Integer.toString(matrix[a][p]));
                cell.setMinSize(56, 32);
                cell.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
                cell.setAlignment(Pos.CENTER);
                double share = rowTotal == 0 ? 0 : (double) matrix[a][p] / rowTotal;
                String colour = a == p ? "rgba(46, 139, 87, %.2f)" : "rgba(205, 92, 92, %.2f)";
                cell.setStyle("-fx-background-color: " + String.format(java.util.Locale.ROOT, colour,
                        0.12 + 0.78 * share) + ";");
                cell.getStyleClass().add(a == p ? "confusion-hit" : "confusion-miss");
                add(cell, p + 1, a + 1);
            }
        }
    }

    /** The counts shown. */
    public int[][] matrix() {
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }
}
