package org.mire.app.train;

import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.mire.viz.chart.ComparisonBarChart;
import org.mire.viz.chart.ConfusionMatrixView;
import org.mire.viz.chart.CurveChart;

/**
 * The Train panel: choices on the left (data set, embedding, head, protocol), the live learning curve and the
 * per-fold table in the middle, the confusion matrix and the speedup bars beside the published ones on the right.
 * Builds nodes and binds them to the {@link TrainModel}; the {@link TrainController} does the work.
 */
public final class TrainView extends BorderPane {
    private final TrainModel model;
    private final TrainController controller;
    private final CurveChart curve = new CurveChart("epoch", "loss");
    private final ComparisonBarChart bars = new ComparisonBarChart("speedup", "published", "ours");
    private final ConfusionMatrixView confusion = new ConfusionMatrixView();

    public TrainView(TrainController controller) {
        this.controller = controller;
        this.model = controller.model();
        getStyleClass().add("train-panel");
        setLeft(choices());
        setCenter(results());
        setBottom(statusLine());
        model.curve().addListener((ListChangeListener<TrainModel.CurvePoint>) change -> {
            while (change.next()) {
                if (change.wasRemoved() && model.curve().isEmpty()) {
                    curve.clear();
                }
                for (TrainModel.CurvePoint point : change.getAddedSubList()) {
                    curve.add(point.series(), point.epoch(), point.value());
                }
            }
        });
        model.bars().addListener((ListChangeListener<ComparisonBarChart.Bar>) change -> bars.setBars(model.bars()));
        model.confusionProperty().addListener((obs, old, now) -> {
            if (now == null) {
                confusion.getChildren().clear();
            } else {
                confusion.setMatrix(now.classes(), now.counts());
            }
        });
    }

    private VBox choices() {
        ComboBox<TrainModel.DatasetChoice> dataset = new ComboBox<>();
        dataset.getItems().setAll(TrainModel.DatasetChoice.values());
        dataset.valueProperty().bindBidirectional(model.datasetProperty());
        dataset.setId("train-dataset");

        TextField folder = new TextField();
        folder.setPromptText("default: ../shared/datasets");
        folder.setEditable(false);
        model.dataFolderProperty().addListener((obs, old, now) -> folder.setText(now == null ? "" : now.toString()));
        Button browseFolder = new Button("…");
        browseFolder.setOnAction(e -> {
            File chosen = new DirectoryChooser().showDialog(getScene().getWindow());
            if (chosen != null) {
                model.dataFolderProperty().set(chosen.toPath());
            }
        });

        TextField csv = new TextField();
        csv.setEditable(false);
        csv.setId("train-csv");
        model.csvFileProperty().addListener((obs, old, now) -> csv.setText(now == null ? "" : now.toString()));
        Button browseCsv = new Button("…");
        browseCsv.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                model.csvFileProperty().set(chosen.toPath());
            }
        });
        TextField target = new TextField();
        target.setPromptText("target column (if several)");
        target.textProperty().bindBidirectional(model.targetProperty());

        ComboBox<String> embedding = new ComboBox<>();
        embedding.setEditable(true);
        embedding.getItems().setAll("mirencoder", "opcode-histogram", "ir2vec-style", "ir2vec-style:auto", "ir2vec-symbolic",
                "op-histogram", "opcode-histogram+ir2vec-style", "none");
        embedding.valueProperty().bindBidirectional(model.embeddingProperty());
        embedding.setId("train-embedding");

        ComboBox<String> heads = new ComboBox<>();
        heads.setEditable(true);
        heads.getItems().setAll("auto", "gbt", "gbt:trees=300,leaves=16,shrinkage=0.1", "rf", "logreg", "ridge",
                "knn:k=5", "mlp", "mlp:layers=2,width=128,dropout=0.3,epochs=300");
        heads.valueProperty().bindBidirectional(model.headsProperty());
        heads.setId("train-heads");

        ComboBox<String> protocol = new ComboBox<>();
        protocol.setEditable(true);
        protocol.getItems().setAll("stratified", "stratified:5", "grouped", "grouped:5", "loo", "split:0.2");
        protocol.valueProperty().bindBidirectional(model.protocolProperty());
        protocol.setId("train-protocol");

        TextField seed = new TextField();
        seed.setText(Long.toString(model.seedProperty().get()));
        seed.textProperty().addListener((obs, old, now) -> {
            try {
                model.seedProperty().set(Long.parseLong(now.strip()));
            } catch (NumberFormatException ignored) {
                // keep the last valid seed
            }
        });

        Button train = new Button("Train");
        train.setId("train-start");
        train.setDefaultButton(true);
        train.disableProperty().bind(model.runningProperty());
        train.setOnAction(e -> controller.train());
        Button cancel = new Button("Cancel");
        cancel.setId("train-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> controller.cancel());
        Button save = new Button("Save head…");
        save.setId("train-save");
        save.disableProperty().bind(model.resultProperty().isNull().or(model.runningProperty()));
        save.setOnAction(e -> {
            File chosen = new DirectoryChooser().showDialog(getScene().getWindow());
            if (chosen != null) {
                controller.saveHead(chosen.toPath());
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, new Label("Data set"), dataset);
        grid.addRow(row++, new Label("Data folder"), new HBox(4, folder, browseFolder));
        grid.addRow(row++, new Label("CSV"), new HBox(4, csv, browseCsv));
        grid.addRow(row++, new Label("Target"), target);
        grid.addRow(row++, new Label("Embedding"), embedding);
        grid.addRow(row++, new Label("Head"), heads);
        grid.addRow(row++, new Label("Protocol"), protocol);
        grid.addRow(row, new Label("Seed"), seed);
        HBox buttons = new HBox(6, train, cancel, save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Head 'auto' chooses per fold by nested cross-validation; thread coarsening is always "
                + "leave-one-kernel-out, and DevMap 'stratified' uses the recorded published folds.");
        hint.setWrapText(true);
        hint.setMaxWidth(300);
        VBox box = new VBox(10, grid, buttons, hint);
        box.setPadding(new Insets(10));
        box.setPrefWidth(340);
        return box;
    }

    private SplitPane results() {
        TableView<TrainModel.FoldRow> table = new TableView<>(model.folds());
        table.setId("train-folds");
        table.getColumns().add(column("fold", TrainModel.FoldRow::fold, 50));
        table.getColumns().add(column("train", TrainModel.FoldRow::trainRows, 60));
        table.getColumns().add(column("test", TrainModel.FoldRow::testRows, 50));
        table.getColumns().add(column("head (chosen)", TrainModel.FoldRow::choice, 280));
        table.getColumns().add(column("test score", TrainModel.FoldRow::score, 90));
        table.getColumns().add(column("seconds", TrainModel.FoldRow::seconds, 70));
        table.setPlaceholder(new Label("Folds appear here as they finish."));

        VBox middle = new VBox(6, curve, table);
        VBox.setVgrow(curve, Priority.ALWAYS);
        VBox.setVgrow(table, Priority.ALWAYS);

        TextArea summary = new TextArea();
        summary.setEditable(false);
        summary.setWrapText(true);
        summary.setPrefRowCount(4);
        summary.setId("train-summary");
        summary.textProperty().bind(model.summaryProperty());
        VBox right = new VBox(6, new Label("Confusion matrix"), confusion, new Label("Speedup vs published"), bars,
                summary);
        VBox.setVgrow(bars, Priority.ALWAYS);
        right.setPadding(new Insets(6));

        SplitPane split = new SplitPane(middle, right);
        split.setDividerPositions(0.55);
        return split;
    }

    private static <T> TableColumn<TrainModel.FoldRow, T> column(String title,
                                                                 java.util.function.Function<TrainModel.FoldRow, T> value,
                                                                 double width) {
        TableColumn<TrainModel.FoldRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(value.apply(
                cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private HBox statusLine() {
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        Label status = new Label();
        status.setId("train-status");
        status.textProperty().bind(model.statusProperty());
        Label saved = new Label();
        saved.textProperty().bind(model.savedHeadProperty());
        HBox line = new HBox(8, progress, status);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(4, 10, 4, 10));
        return line;
    }

    /** The curve chart, for tests and screenshots. */
    public CurveChart curveChart() {
        return curve;
    }

    public ComparisonBarChart barChart() {
        return bars;
    }

    public ConfusionMatrixView confusionView() {
        return confusion;
    }
}
