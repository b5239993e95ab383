package org.mire.app;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Keeps a table's columns at least as wide as their headers in the font the theme gives them, so that squeezing the
 * table (a narrow panel, a resize policy that fills the width) never clips a header to "…": the table scrolls
 * sideways instead. Measured on the headers as drawn, after each layout, since the font comes from the stylesheet.
 */
public final class ColumnHeaders {
    private ColumnHeaders() {
    }

    public static void neverClipped(TableView<?> table) {
        table.needsLayoutProperty().addListener((obs, was, now) -> {
            if (!now) {
                widen(table);
            }
        });
    }

    private static void widen(TableView<?> table) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label label) {
                double needed = Math.ceil(label.prefWidth(-1) + header.snappedLeftInset()
                        + header.snappedRightInset() + label.snappedLeftInset() + label.snappedRightInset()) + 6;
                TableColumnBase<?, ?> column = header.getTableColumn();
                if (column.getMinWidth() < needed) {
                    column.setMinWidth(needed);
                    if (column.getPrefWidth() < needed) {
                        column.setPrefWidth(needed);
                    }
                }
            }
        }
    }
}
