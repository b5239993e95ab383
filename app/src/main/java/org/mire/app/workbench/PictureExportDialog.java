package org.mire.app.workbench;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.mire.viz.graph.GraphPicture;

/**
 * Asks how to picture the graph before the file dialog: what the view shows or the whole graph at full size, how
 * many pixels per screen pixel, whether to draw the legend above it, and whether to keep the selection's marks
 * (a clean picture by default). Shows the size in pixels as the choices change.
 */
final class PictureExportDialog extends Dialog<PictureExportDialog.Options> {
    /**
     * @param wholeGraph the whole graph at 100% zoom, or what the view shows
     * @param resolution pixels per screen pixel (PNG)
     * @param legend     whether to draw the legend above the graph
     * @param marks      whether to keep the selection, its fading of the rest, and marked nodes
     */
    record Options(boolean wholeGraph, double resolution, boolean legend, boolean marks) {
        static final Options DEFAULT = new Options(false, 2, true, false);
    }

    static final ButtonType CHOOSE_FILE = new ButtonType("Choose file…", ButtonBar.ButtonData.OK_DONE);

    private final RadioButton view = new RadioButton("What the view shows");
    private final RadioButton whole = new RadioButton("The whole graph at 100 %");
    private final ToggleGroup resolutions = new ToggleGroup();
    private final CheckBox legend = new CheckBox("The legend, above the graph");
    private final CheckBox marks = new CheckBox("The selection and highlighted nodes");
    private final Label size = new Label();

    /**
     * @param pictures takes a picture with given options (on the FX thread), for the size it will have
     */
    PictureExportDialog(Window owner, String format, Options initial, Function<Options, GraphPicture> pictures) {
        initOwner(owner);
        setTitle("Export " + format.toUpperCase(Locale.ROOT));
        setHeaderText("Export a picture of the graph");
        ToggleGroup area = new ToggleGroup();
        view.setToggleGroup(area);
        whole.setToggleGroup(area);
        (initial.wholeGraph() ? whole : view).setSelected(true);
        view.setId("picture-view");
        whole.setId("picture-whole");
        HBox scales = new HBox(4);
        for (int factor = 1; factor <= 4; factor++) {
            ToggleButton button = new ToggleButton(factor + "×");
            button.setId("picture-resolution-" + factor);
            button.setUserData((double) factor);
            button.setToggleGroup(resolutions);
            button.setSelected(factor == Math.round(initial.resolution()));
            scales.getChildren().add(button);
        }
        resolutions.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
        legend.setSelected(initial.legend());
        legend.setId("picture-legend");
        marks.setSelected(initial.marks());
        marks.setId("picture-marks");
        size.setId("picture-size");
        size.getStyleClass().add("text-muted");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(10, 4, 4, 4));
        grid.addRow(0, new Label("Picture"), view);
        grid.add(whole, 1, 1);
        grid.addRow(2, new Label("Resolution"), scales);
        grid.addRow(3, new Label("Include"), legend);
        grid.add(marks, 1, 4);
        grid.addRow(5, new Label("Size"), size);
        if ("svg".equals(format)) {
            scales.setDisable(true);
        }
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(CHOOSE_FILE, ButtonType.CANCEL);
        Runnable update = () -> {
            Options options = options();
            GraphPicture picture = pictures.apply(options);
            size.setText("svg".equals(format)
                    ? String.format(Locale.ROOT, "%,.0f × %,.0f (vector)", picture.width(), picture.height())
                    : String.format(Locale.ROOT, "%,d × %,d pixels%s", picture.pixelWidth(options.resolution()),
                    picture.pixelHeight(options.resolution()),
                    picture.resolutionFor(options.resolution()) < options.resolution()
                            ? " (lowered to stay under " + GraphPicture.MAX_PIXELS / 1_000_000 + " megapixels)" : ""));
        };
        area.selectedToggleProperty().addListener((obs, old, now) -> update.run());
        resolutions.selectedToggleProperty().addListener((obs, old, now) -> update.run());
        legend.selectedProperty().addListener((obs, old, now) -> update.run());
        update.run();
        setResultConverter(button -> button == CHOOSE_FILE ? options() : null);
    }

    Options options() {
        double resolution = resolutions.getSelectedToggle() == null ? 2
                : (double) resolutions.getSelectedToggle().getUserData();
        return new Options(whole.isSelected(), resolution, legend.isSelected(), marks.isSelected());
    }

    /** Shows the dialog and waits; empty when cancelled. */
    static Optional<Options> ask(Window owner, String format, Options initial,
                                 Function<Options, GraphPicture> pictures) {
        return new PictureExportDialog(owner, format, initial, pictures).showAndWait();
    }
}
