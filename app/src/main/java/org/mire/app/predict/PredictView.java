package org.mire.app.predict;

import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/** The Predict panel: a saved head, the IR files, and a table of predictions with their probabilities. */
public final class PredictView extends BorderPane {
    public PredictView(PredictController controller) {
        PredictModel model = controller.model();
        getStyleClass().add("predict-panel");

        Button load = new Button("Load head…");
        load.setId("predict-load");
        load.setOnAction(e -> {
            File chosen = new DirectoryChooser().showDialog(getScene().getWindow());
            if (chosen != null) {
                controller.loadHead(chosen.toPath());
            }
        });
        Label head = new Label();
        head.setId("predict-head");
        head.setWrapText(true);
        head.textProperty().bind(model.headDescriptionProperty());

        ListView<java.nio.file.Path> files = new ListView<>(model.files());
        files.setId("predict-files");
        files.setPrefHeight(140);
        Button add = new Button("Add files…");
        add.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("IR and sources",
                    org.mire.ir.IrFiles.globs()));
            List<File> chosen = chooser.showOpenMultipleDialog(getScene().getWindow());
            if (chosen != null) {
                chosen.forEach(f -> model.files().add(f.toPath()));
            }
        });
        Button clear = new Button("Clear");
        clear.setOnAction(e -> model.files().clear());
        Button predict = new Button("Predict");
        predict.setId("predict-run");
        predict.setDefaultButton(true);
        predict.disableProperty().bind(model.runningProperty().or(model.headProperty().isNull()));
        predict.setOnAction(e -> controller.predict());

        TableView<PredictModel.Prediction> table = new TableView<>(model.predictions());
        table.setId("predict-table");
        table.getColumns().add(column("file", PredictModel.Prediction::file, 260));
        table.getColumns().add(column("prediction", PredictModel.Prediction::prediction, 120));
        table.getColumns().add(column("probability", PredictModel.Prediction::probabilityText, 90));
        table.getColumns().add(column("all classes", PredictModel.Prediction::probabilities, 300));
        table.setPlaceholder(new Label("Predictions appear here."));

        Label status = new Label();
        status.setId("predict-status");
        status.textProperty().bind(model.statusProperty());

        HBox headLine = new HBox(8, load, head);
        headLine.setAlignment(Pos.CENTER_LEFT);
        HBox fileButtons = new HBox(6, add, clear, predict);
        VBox top = new VBox(8, headLine, new Label("IR files (the open files, and any you add)"), files,
                fileButtons);
        top.setPadding(new Insets(10));
        setTop(top);
        setCenter(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox bottom = new HBox(status);
        bottom.setPadding(new Insets(4, 10, 4, 10));
        setBottom(bottom);
    }

    private static TableColumn<PredictModel.Prediction, String> column(String title,
            java.util.function.Function<PredictModel.Prediction, String> value, double width) {
        TableColumn<PredictModel.Prediction, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(
                cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
