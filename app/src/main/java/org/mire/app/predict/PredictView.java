package org.mire.app.predict;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.mire.app.ColumnHeaders;
import org.mire.workspace.PredictState;

/**
 * The Predict panel: a saved head; the inputs, one row per IR file with a column per extra feature the head needs
 * (editable; a CSV can fill them); and the predictions with their probabilities, or the error of a file that failed.
 */
public final class PredictView extends BorderPane {
    private final PredictModel model;
    private final PredictController controller;
    private final TableView<PredictModel.Input> inputs;

    /**
     * @param openFiles the workbench's open files, for "Add open files" (may give an empty list)
     */
    public PredictView(PredictController controller, Supplier<List<java.nio.file.Path>> openFiles) {
        this.controller = controller;
        this.model = controller.model();
        getStyleClass().add("predict-panel");

        Button load = new Button("Load head…");
        load.setId("predict-load");
        load.setMinWidth(Region.USE_PREF_SIZE); // a long head description must not squeeze it to "…"
        load.setOnAction(e -> {
            File chosen = new DirectoryChooser().showDialog(getScene().getWindow());
            if (chosen != null) {
                controller.loadHead(chosen.toPath());
            }
        });
        Label head = new Label();
        head.setId("predict-head");
        head.setWrapText(true);
        head.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(head, Priority.ALWAYS);
        head.textProperty().bind(model.headDescriptionProperty());

        inputs = new TableView<>(model.inputs());
        inputs.setId("predict-files");
        inputs.setEditable(true);
        inputs.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        inputs.setPlaceholder(new Label("Add IR files (or the open files) to predict."));
        inputs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnHeaders.neverClipped(inputs);
        rebuildInputColumns();
        model.featureNames().addListener((ListChangeListener<String>) c -> rebuildInputColumns());
        inputs.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                removeSelected();
            }
        });

        Button add = new Button("Add files…");
        add.setId("predict-add");
        add.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("IR and sources",
                    org.mire.ir.IrFiles.globs()));
            List<File> chosen = chooser.showOpenMultipleDialog(getScene().getWindow());
            if (chosen != null) {
                controller.addFiles(chosen.stream().map(File::toPath).toList());
            }
        });
        Button addOpen = new Button("Add open files");
        addOpen.setId("predict-add-open");
        addOpen.setOnAction(e -> controller.addFiles(openFiles.get()));
        Button csv = new Button("From CSV…");
        csv.setId("predict-csv");
        csv.setTooltip(new javafx.scene.control.Tooltip("Rows of file and the head's feature columns, "
                + "as mire predict --csv reads them"));
        csv.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                controller.addFromCsv(chosen.toPath());
            }
        });
        Button remove = new Button("Remove");
        remove.setId("predict-remove");
        remove.disableProperty().bind(inputs.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> removeSelected());
        Button clear = new Button("Clear");
        clear.setId("predict-clear");
        clear.setOnAction(e -> controller.clear());
        Button predict = new Button("Predict");
        predict.setId("predict-run");
        predict.setDefaultButton(true);
        predict.disableProperty().bind(model.runningProperty().or(model.headProperty().isNull()));
        predict.setOnAction(e -> controller.predict());
        for (Button button : List.of(add, addOpen, csv, remove, clear, predict)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }

        TableView<PredictState.Row> table = new TableView<>(model.predictions());
        table.setId("predict-table");
        table.getColumns().add(column("file", r -> r.file().getFileName().toString(), 220));
        table.getColumns().add(column("prediction", PredictState.Row::prediction, 100));
        table.getColumns().add(column("probability", PredictModel::probabilityText, 90));
        table.getColumns().add(column("all classes", PredictState.Row::probabilities, 200));
        TableColumn<PredictState.Row, String> error = column("error", r -> r.error() == null ? "" : r.error(), 300);
        error.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove("danger");
                if (!empty && item != null && !item.isEmpty()) {
                    getStyleClass().add("danger");
                }
            }
        });
        table.getColumns().add(error);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnHeaders.neverClipped(table);
        table.setPlaceholder(new Label("Predictions appear here."));

        Label status = new Label();
        status.setId("predict-status");
        status.textProperty().bind(model.statusProperty());

        HBox headLine = new HBox(8, load, head);
        headLine.setAlignment(Pos.CENTER_LEFT);
        HBox fileButtons = new HBox(6, add, addOpen, csv, remove, clear, predict);
        fileButtons.setAlignment(Pos.CENTER_LEFT);
        Label inputsTitle = new Label("IR files to predict (select and press Delete to remove)");
        VBox top = new VBox(8, headLine, inputsTitle, inputs, fileButtons);
        VBox.setVgrow(inputs, Priority.ALWAYS);
        top.setPadding(new Insets(10));
        SplitPane split = new SplitPane(top, table);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        setCenter(split);
        HBox bottom = new HBox(status);
        bottom.setPadding(new Insets(4, 10, 4, 10));
        setBottom(bottom);
    }

    private void removeSelected() {
        controller.remove(List.copyOf(inputs.getSelectionModel().getSelectedItems()));
    }

    /** The file column, then one editable column per feature the head needs. */
    private void rebuildInputColumns() {
        inputs.getColumns().clear();
        TableColumn<PredictModel.Input, String> file = new TableColumn<>("file");
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file().toString()));
        file.setPrefWidth(420);
        inputs.getColumns().add(file);
        for (int f = 0; f < model.featureNames().size(); f++) {
            int feature = f;
            TableColumn<PredictModel.Input, Double> column = new TableColumn<>(model.featureNames().get(f));
            column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(
                    c.getValue().features()[feature]));
            column.setCellFactory(TextFieldTableCell.forTableColumn(new StringConverter<>() {
                @Override
                public String toString(Double value) {
                    return value == null || Double.isNaN(value) ? "" : value == Math.rint(value)
                            ? Long.toString(value.longValue()) : String.format(Locale.ROOT, "%.6g", value);
                }

                @Override
                public Double fromString(String text) {
                    try {
                        return text == null || text.isBlank() ? Double.NaN : Double.parseDouble(text.strip());
                    } catch (NumberFormatException e) {
                        return Double.NaN;
                    }
                }
            }));
            column.setOnEditCommit(e -> controller.setFeature(e.getTablePosition().getRow(), feature,
                    e.getNewValue() == null ? Double.NaN : e.getNewValue()));
            column.setEditable(true);
            column.setPrefWidth(110);
            inputs.getColumns().add(column);
        }
    }

    private static TableColumn<PredictState.Row, String> column(String title,
            java.util.function.Function<PredictState.Row, String> value, double width) {
        TableColumn<PredictState.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
