package org.mire.app.train;

import java.io.File;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.mire.app.ColumnHeaders;
import org.mire.viz.chart.ComparisonBarChart;
import org.mire.viz.chart.ConfusionMatrixView;
import org.mire.viz.chart.CurveChart;
import org.mire.workspace.TrainingRun;

/**
 * The Train panel: choices on the left (data set, embedding, head, protocol: a form of label and control rows, one
 * row more for each further option), the run shown (the one running or one of the workspace's finished runs) in the
 * middle with its loss curves (the mean over folds, or one fold) and the per-fold table, the confusion matrix and the
 * speedup bars beside the published ones on the right, each shown only when the task has it. Builds nodes and binds
 * them to the {@link TrainModel}; the {@link TrainController} does the work.
 */
public final class TrainView extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm")
            .withZone(ZoneId.systemDefault());

    private final TrainModel model;
    private final TrainController controller;
    private final CurveChart curve = new CurveChart("epoch", "loss");
    private final ComparisonBarChart bars = new ComparisonBarChart("speedup", "published", "ours");
    private final ConfusionMatrixView confusion = new ConfusionMatrixView();
    private final GridPane form = new GridPane();
    private int formRows;

    public TrainView(TrainController controller) {
        this.controller = controller;
        this.model = controller.model();
        getStyleClass().add("train-panel");
        setLeft(choices());
        setCenter(results());
        setBottom(statusLine());
        model.curve().addListener((ListChangeListener<TrainingRun.CurvePoint>) change -> redrawCurves());
        model.curveFoldProperty().addListener((obs, old, now) -> redrawCurves());
        model.bars().addListener((ListChangeListener<TrainingRun.Bar>) change -> redrawBars());
        model.confusionProperty().addListener((obs, old, now) -> redrawConfusion());
        // a run restored from a workspace before this panel was first opened is already in the model
        redrawCurves();
        redrawBars();
        redrawConfusion();
    }

    private void redrawCurves() {
        curve.setSeries(LossCurves.series(model.curve(), model.curveFoldProperty().get()));
    }

    private void redrawBars() {
        bars.setBars(model.bars().stream()
                .map(b -> new ComparisonBarChart.Bar(b.label(), b.value(), b.highlighted())).toList());
    }

    private void redrawConfusion() {
        TrainingRun.Confusion now = model.confusionProperty().get();
        if (now == null) {
            confusion.getChildren().clear();
        } else {
            confusion.setMatrix(now.classes(), now.counts());
        }
    }

    /** A row of the form: a label that keeps its width, and a control that takes the rest. */
    private void addRow(String label, Node control) {
        Label name = new Label(label);
        name.setMinWidth(Region.USE_PREF_SIZE);
        if (control instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
            region.setMinWidth(80);
        }
        GridPane.setHgrow(control, Priority.ALWAYS);
        form.addRow(formRows++, name, control);
    }

    private Node choices() {
        ComboBox<TrainModel.DatasetChoice> dataset = new ComboBox<>();
        dataset.getItems().setAll(TrainModel.DatasetChoice.values());
        dataset.valueProperty().bindBidirectional(model.datasetProperty());
        dataset.setId("train-dataset");

        TextField folder = new TextField();
        folder.setPromptText("default: ../shared/datasets");
        folder.setEditable(false);
        folder.textProperty().bind(Bindings.createStringBinding(() -> model.dataFolderProperty().get() == null ? ""
                : model.dataFolderProperty().get().toString(), model.dataFolderProperty()));
        Button browseFolder = new Button("…");
        browseFolder.setMinWidth(Region.USE_PREF_SIZE);
        browseFolder.setOnAction(e -> {
            File chosen = new DirectoryChooser().showDialog(getScene().getWindow());
            if (chosen != null) {
                model.dataFolderProperty().set(chosen.toPath());
            }
        });

        TextField csv = new TextField();
        csv.setEditable(false);
        csv.setId("train-csv");
        csv.textProperty().bind(Bindings.createStringBinding(() -> model.csvFileProperty().get() == null ? ""
                : model.csvFileProperty().get().toString(), model.csvFileProperty()));
        Button browseCsv = new Button("…");
        browseCsv.setMinWidth(Region.USE_PREF_SIZE);
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

        ComboBox<String> embedding = editable("train-embedding", List.of("mirencoder", "opcode-histogram",
                "ir2vec-style", "ir2vec-style:auto", "ir2vec-symbolic", "op-histogram",
                "opcode-histogram+ir2vec-style", "none"));
        embedding.valueProperty().bindBidirectional(model.embeddingProperty());
        ComboBox<String> heads = editable("train-heads", List.of("auto", "gbt",
                "gbt:trees=300,leaves=16,shrinkage=0.1", "rf", "logreg", "ridge", "knn:k=5", "mlp",
                "mlp:layers=2,width=128,dropout=0.3,epochs=300"));
        heads.valueProperty().bindBidirectional(model.headsProperty());
        CheckBox fineTune = new CheckBox("Fine-tune the encoder");
        fineTune.setId("train-fine-tune");
        fineTune.setMinWidth(Region.USE_PREF_SIZE);
        fineTune.selectedProperty().bindBidirectional(model.fineTuneProperty());
        fineTune.setTooltip(new Tooltip("Adapt the encoder (embedding mirencoder or mirencoder:DIR) to the task "
                + "together with a small head, inside every fold (docs/tasks.md)"));
        heads.disableProperty().bind(model.fineTuneProperty());
        // a disabled control gets no mouse events: its wrapper says why it is disabled
        StackPane headsBox = new StackPane(heads);
        headsBox.setAlignment(Pos.CENTER_LEFT);
        heads.setMaxWidth(Double.MAX_VALUE);
        heads.setMinWidth(80);
        Tooltip headsIgnored = new Tooltip("Not used when fine-tuning: the encoder is fine-tuned with its own head "
                + "(one hidden layer of 64 units)");
        headsBox.setId("train-heads-box");
        Runnable headsTooltip = () -> {
            if (model.fineTuneProperty().get()) {
                Tooltip.install(headsBox, headsIgnored);
            } else {
                Tooltip.uninstall(headsBox, headsIgnored);
            }
        };
        headsTooltip.run();
        model.fineTuneProperty().addListener((obs, old, now) -> headsTooltip.run());
        ComboBox<String> protocol = editable("train-protocol", List.of("stratified", "stratified:5", "grouped",
                "grouped:5", "loo", "split:0.2", "none"));
        protocol.valueProperty().bindBidirectional(model.protocolProperty());

        TextField seed = new TextField(Long.toString(model.seedProperty().get()));
        seed.textProperty().addListener((obs, old, now) -> {
            try {
                model.seedProperty().set(Long.parseLong(now.strip()));
            } catch (NumberFormatException ignored) {
                // keep the last valid seed
            }
        });
        model.seedProperty().addListener((obs, old, now) -> {
            if (!seed.getText().strip().equals(now.toString())) {
                seed.setText(now.toString());
            }
        });

        form.setHgap(8);
        form.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        form.getColumnConstraints().setAll(labels, controls);
        addRow("Data set", dataset);
        addRow("Data folder", withButton(folder, browseFolder));
        addRow("CSV", withButton(csv, browseCsv));
        addRow("Target", target);
        addRow("Embedding", embedding);
        form.add(fineTune, 1, formRows++);
        addRow("Head", headsBox);
        addRow("Protocol", protocol);
        addRow("Seed", seed);

        Button train = new Button("Train");
        train.setId("train-start");
        train.setDefaultButton(true);
        train.disableProperty().bind(model.runningProperty());
        train.setOnAction(e -> {
            // Enter in a combo box's editor fires this default button before the box takes the typed text
            for (ComboBox<String> box : List.of(embedding, heads, protocol)) {
                box.commitValue();
            }
            controller.train();
        });
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
        for (Button button : List.of(train, cancel, save)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(6, train, cancel, save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Head 'auto' chooses per fold by nested cross-validation; thread coarsening is always "
                + "leave-one-kernel-out, and DevMap 'stratified' uses the recorded published folds. Fine-tuning needs "
                + "the learned encoder and takes minutes per fold. A head can be saved from the last run of this "
                + "session.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(10, form, buttons, hint);
        box.setPadding(new Insets(10));
        box.setPrefWidth(360);
        box.setMinWidth(300);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(Region.USE_PREF_SIZE);
        scroll.setPrefWidth(372);
        return scroll;
    }

    private static ComboBox<String> editable(String id, List<String> items) {
        ComboBox<String> box = new ComboBox<>();
        box.setEditable(true);
        box.getItems().setAll(items);
        box.setId(id);
        box.setPrefWidth(200);
        return box;
    }

    private static HBox withButton(TextField field, Button button) {
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setMinWidth(60);
        field.setMaxWidth(Double.MAX_VALUE);
        HBox box = new HBox(4, field, button);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node results() {
        ComboBox<TrainingRun> runs = new ComboBox<>(model.runs());
        runs.setId("train-runs");
        runs.setPromptText("no finished run yet");
        runs.valueProperty().bindBidirectional(model.shownRunProperty());
        runs.setCellFactory(list -> new RunCell());
        runs.setButtonCell(new RunCell());
        runs.disableProperty().bind(model.runningProperty());
        runs.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(runs, Priority.ALWAYS);

        ComboBox<Integer> fold = new ComboBox<>();
        fold.setId("train-curve-fold");
        fold.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null || value == LossCurves.MEAN ? "mean over folds" : "fold " + value;
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        Runnable refillFolds = () -> {
            List<Integer> choices = new ArrayList<>();
            choices.add(LossCurves.MEAN);
            choices.addAll(LossCurves.folds(model.curve()));
            if (!fold.getItems().equals(choices)) {
                Integer chosen = model.curveFoldProperty().get();
                fold.getItems().setAll(choices);
                fold.setValue(choices.contains(chosen) ? chosen : LossCurves.MEAN);
            }
        };
        refillFolds.run();
        model.curve().addListener((ListChangeListener<TrainingRun.CurvePoint>) c -> refillFolds.run());
        fold.valueProperty().addListener((obs, old, now) -> model.curveFoldProperty().set(
                now == null ? LossCurves.MEAN : now));
        model.curveFoldProperty().addListener((obs, old, now) -> fold.setValue(now.intValue()));

        Label runLabel = new Label("Run");
        runLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label curvesLabel = new Label("Loss");
        curvesLabel.setMinWidth(Region.USE_PREF_SIZE);
        fold.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(8, runLabel, runs, curvesLabel, fold);
        header.setAlignment(Pos.CENTER_LEFT);

        TableView<TrainingRun.Fold> table = new TableView<>(model.folds());
        table.setId("train-folds");
        table.getColumns().add(column("fold", TrainingRun.Fold::fold, 50));
        table.getColumns().add(column("train", TrainingRun.Fold::trainRows, 60));
        table.getColumns().add(column("test", TrainingRun.Fold::testRows, 50));
        table.getColumns().add(column("head (chosen)", TrainingRun.Fold::choice, 260));
        table.getColumns().add(column("test score", TrainingRun.Fold::score, 90));
        table.getColumns().add(column("seconds", TrainingRun.Fold::seconds, 70));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnHeaders.neverClipped(table); // a header drawn as "head (c…" says nothing
        table.setPlaceholder(new Label("Folds appear here as they finish."));

        curve.chart().setLegendSide(javafx.geometry.Side.TOP);
        // heads fitted in one step (gbt, rf, logreg, knn…) have no loss per epoch: say so instead of empty axes
        Label noCurve = new Label("No loss curve: only mlp heads learn by epochs; the others are fitted in one step.");
        noCurve.setId("train-no-curve");
        noCurve.setWrapText(true);
        curve.visibleProperty().bind(Bindings.isNotEmpty(model.curve()));
        noCurve.visibleProperty().bind(curve.visibleProperty().not());
        javafx.scene.layout.StackPane curveArea = new javafx.scene.layout.StackPane(curve, noCurve);
        curveArea.setMinHeight(180);
        table.setMinHeight(120);
        VBox middle = new VBox(6, header, curveArea, table);
        VBox.setVgrow(curveArea, Priority.ALWAYS);
        VBox.setVgrow(table, Priority.SOMETIMES);
        middle.setPadding(new Insets(6));

        TextArea summary = new TextArea();
        summary.setEditable(false);
        summary.setWrapText(true);
        summary.setPrefRowCount(4);
        summary.setId("train-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label confusionTitle = new Label("Confusion matrix");
        VBox confusionBox = new VBox(4, confusionTitle, confusion);
        confusionBox.setId("train-confusion");
        confusionBox.visibleProperty().bind(model.confusionProperty().isNotNull());
        confusionBox.managedProperty().bind(confusionBox.visibleProperty());
        Label barsTitle = new Label("Speedup vs published");
        VBox barsBox = new VBox(4, barsTitle, bars);
        barsBox.setId("train-speedup");
        VBox.setVgrow(bars, Priority.ALWAYS);
        // a task without published speedups (a CSV task) has no bars: no empty chart either
        barsBox.visibleProperty().bind(Bindings.isNotEmpty(model.bars()));
        barsBox.managedProperty().bind(barsBox.visibleProperty());
        VBox right = new VBox(8, confusionBox, barsBox, summary);
        VBox.setVgrow(barsBox, Priority.ALWAYS);
        right.setPadding(new Insets(6));

        SplitPane split = new SplitPane(middle, right);
        split.setDividerPositions(0.64);
        return split;
    }

    /** A finished run in the chooser: what it trained and when. */
    private static final class RunCell extends ListCell<TrainingRun> {
        @Override
        protected void updateItem(TrainingRun run, boolean empty) {
            super.updateItem(run, empty);
            if (empty || run == null) {
                setText(null);
                return;
            }
            String when;
            try {
                when = TIME.format(Instant.parse(run.finishedAt()));
            } catch (RuntimeException e) {
                when = "";
            }
            setText((when.isEmpty() ? "" : when + " · ") + run.title());
        }
    }

    private static <T> TableColumn<TrainingRun.Fold, T> column(String title,
                                                               java.util.function.Function<TrainingRun.Fold, T> value,
                                                               double width) {
        TableColumn<TrainingRun.Fold, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(value.apply(
                cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private HBox statusLine() {
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        progress.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("train-status");
        status.textProperty().bind(model.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Label saved = new Label();
        saved.setId("train-saved-head");
        saved.textProperty().bind(Bindings.createStringBinding(() -> model.savedHeadProperty().get().isBlank() ? ""
                : "Head saved in " + model.savedHeadProperty().get(), model.savedHeadProperty()));
        HBox line = new HBox(8, progress, status, saved);
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
