package org.mire.viz.scatter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/**
 * The colour legend over a {@link ScatterView}: the column, then one swatch per value (a click selects that value's
 * points) or, for numbers, a gradient bar between the lowest and highest value.
 */
final class ScatterLegend extends VBox {
    private boolean dark;

    ScatterLegend() {
        super(2);
        setManaged(false);
        setPadding(new Insets(6, 8, 6, 8));
        setVisible(false);
        setDark(false);
    }

    /** Colours that read on the plot's background; the texts are set explicitly, not inherited from the theme. */
    void setDark(boolean isDark) {
        dark = isDark;
        setStyle(dark ? "-fx-background-color: rgba(22,27,34,0.92); -fx-border-color: #3d444d;"
                + " -fx-border-radius: 3; -fx-background-radius: 3;"
                : "-fx-background-color: rgba(255,255,255,0.92); -fx-border-color: #d0d0d0;"
                + " -fx-border-radius: 3; -fx-background-radius: 3;");
        for (javafx.scene.Node node : lookupAll(".legend-text")) {
            node.setStyle(textStyle(node.getStyleClass().contains("legend-title")));
        }
    }

    private String textStyle(boolean title) {
        return "-fx-text-fill: " + (dark ? "#e6edf3" : "#1f2328") + "; -fx-font-size: " + (title ? "11px;"
                + " -fx-font-weight: bold;" : "11px;");
    }

    private Label text(String value, boolean title) {
        Label label = new Label(value);
        label.getStyleClass().add("legend-text");
        if (title) {
            label.getStyleClass().add("legend-title");
        }
        label.setStyle(textStyle(title));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * Shows the colouring's legend.
     *
     * @param selectColour called with an RGB value when its swatch is clicked
     */
    void show(PointColouring colouring, IntConsumer selectColour) {
        getChildren().clear();
        if (colouring.column() == null) {
            setVisible(false);
            return;
        }
        getChildren().add(text(colouring.column(), true));
        if (colouring.gradient()) {
            List<Map.Entry<String, Integer>> ends = new ArrayList<>(colouring.legend().entrySet());
            Rectangle bar = new Rectangle(120, 10);
            List<Stop> stops = new ArrayList<>();
            for (int s = 0; s <= 8; s++) {
                stops.add(new Stop(s / 8.0, Palette.color(Palette.gradient(s / 8.0))));
            }
            bar.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
            Label low = text(ends.getFirst().getKey(), false);
            Label high = text(ends.getLast().getKey(), false);
            HBox row = new HBox(4, low, bar, high);
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        } else {
            for (Map.Entry<String, Integer> entry : colouring.legend().entrySet()) {
                Circle swatch = new Circle(5, Palette.color(entry.getValue()));
                HBox row = new HBox(6, swatch, text(entry.getKey(), false));
                row.setAlignment(Pos.CENTER_LEFT);
                int colour = entry.getValue();
                row.setOnMouseClicked(e -> selectColour.accept(colour));
                row.setStyle("-fx-cursor: hand;");
                getChildren().add(row);
            }
        }
        setVisible(true);
    }
}
