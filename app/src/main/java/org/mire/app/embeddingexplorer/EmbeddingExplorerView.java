package org.mire.app.embeddingexplorer;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.mire.embed.Distance;
import org.mire.viz.scatter.ScatterPair;
import org.mire.viz.scatter.ScatterView;
import org.mire.workspace.ExplorerState;

/** Builds the explorer's nodes and binds them to the model (MVCI view); user actions go to the controller. */
final class EmbeddingExplorerView {
    /** What the view asks the controller to do. */
    interface Actions {
        void openCorpus(Path path);

        void encode();

        void importVectors(Path file, Path metadata);

        void export(String format, Path target);

        void togglePause();

        void cancel();

        void isolateSelection();

        void showAll();

        void clearSelection();

        void computeMetrics();

        void saveBookmark(String name);

        void applyBookmark(ExplorerState.Bookmark bookmark);

        void focusRow(int row);

        void openRow(int row);

        /** Offers the encoder in this model folder as a method and selects it. */
        void addModelFolder(Path folder);

        Path sampleIrFolder();

        Path devMapFolder();
    }

    private final EmbeddingExplorerModel model;
    private final Actions actions;
    private final ScatterPair scatter = new ScatterPair();
    private final BorderPane root = new BorderPane();
    private final SplitPane centre = new SplitPane();
    private TabPane side;

    EmbeddingExplorerView(EmbeddingExplorerModel model, Actions actions) {
        this.model = model;
        this.actions = actions;
    }

    ScatterPair scatter() {
        return scatter;
    }

    Region build() {
        root.getStyleClass().add("embedding-explorer");
        root.setTop(toolbar());
        ScrollPane controls = new ScrollPane(controls());
        controls.setFitToWidth(true);
        controls.setPrefWidth(270);
        controls.setMinWidth(230);
        side = sidePanel();
        side.setPrefWidth(360);
        side.setMinWidth(300);
        scatter.setDividerPositions(0.5);
        centre.getItems().addAll(controls, scatter, side);
        centre.setDividerPositions(0.2, 0.74);
        SplitPane.setResizableWithParent(controls, false);
        SplitPane.setResizableWithParent(side, false);
        root.setCenter(centre);
        root.setBottom(statusBar());
        updateCompare();
        model.compare.addListener((o, a, b) -> updateCompare());
        return root;
    }

    private void updateCompare() {
        if (model.compare.get()) {
            if (!scatter.getItems().contains(scatter.right())) {
                scatter.getItems().add(scatter.right());
                scatter.setDividerPositions(0.5);
            }
        } else {
            scatter.getItems().remove(scatter.right());
        }
    }

    private Node toolbar() {
        MenuButton open = new MenuButton("Open corpus");
        open.setId("open-corpus");
        MenuItem devmap = new MenuItem("DevMap kernels (data set folder)");
        devmap.setOnAction(e -> {
            Path folder = actions.devMapFolder();
            if (folder != null) {
                actions.openCorpus(folder);
            } else {
                chooseFolder("DevMap data set folder").ifPresent(actions::openCorpus);
            }
        });
        MenuItem samples = new MenuItem("sample-ir");
        samples.setOnAction(e -> {
            Path folder = actions.sampleIrFolder();
            if (folder != null) {
                actions.openCorpus(folder);
            }
        });
        MenuItem folder = new MenuItem("IR folder…");
        folder.setOnAction(e -> chooseFolder("Folder of IR files").ifPresent(actions::openCorpus));
        MenuItem labels = new MenuItem("Labels CSV (file,label…)…");
        labels.setOnAction(e -> chooseFile("Labels CSV", false, "*.csv").ifPresent(actions::openCorpus));
        open.getItems().addAll(devmap, samples, folder, labels);

        ComboBox<MethodChoice> method = new ComboBox<>(model.methods);
        method.setId("method");
        method.setPromptText("embedding method");
        method.valueProperty().bindBidirectional(model.method);
        method.valueProperty().addListener((o, before, now) -> {
            if (now != null && now.asksForFolder()) {
                // ask after the popup has closed; going back to the previous choice when cancelled
                javafx.application.Platform.runLater(() -> chooseFolder("Model folder (config.json, encoder.params, "
                        + "vocab.txt)").ifPresentOrElse(actions::addModelFolder, () -> model.method.set(before)));
            }
        });
        ChoiceBox<String> device = new ChoiceBox<>();
        device.setId("device");
        device.getItems().addAll("cpu", "gpu:0", "gpu:1", "gpu:2", "gpu:3");
        device.setTooltip(new javafx.scene.control.Tooltip("Where the learned encoder runs; a GPU the PyTorch engine "
                + "does not see is an error, never a silent switch to the CPU."));
        device.valueProperty().bindBidirectional(model.device);
        device.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.method.get() == null || !model.method.get().usesDevice(), model.method));
        Button encode = new Button("Encode");
        encode.setId("encode");
        encode.disableProperty().bind(model.corpus.isNull().or(model.method.isNull()).or(model.busy));
        encode.setOnAction(e -> actions.encode());

        Button importVectors = new Button("Import vectors…");
        importVectors.setId("import-vectors");
        importVectors.setOnAction(e -> chooseFile("Vectors (TSV, CSV, .npy, Parquet)", false, "*.tsv", "*.csv", "*.npy", "*.txt", "*.parquet")
                .ifPresent(file -> actions.importVectors(file, null)));

        MenuButton export = new MenuButton("Export");
        export.setId("export");
        export.disableProperty().bind(model.left.isNull());
        export.getItems().addAll(
                exportItem("TensorBoard projector (vectors.tsv + metadata.tsv)…", "projector", null),
                exportItem("Vectors as CSV…", "csv", "*.csv"),
                exportItem("Vectors as .npy…", "npy", "*.npy"),
                exportItem("Points as CSV…", "points", "*.csv"),
                exportItem("Plot as PNG…", "png", "*.png"),
                exportItem("Plot as SVG…", "svg", "*.svg"));

        MenuButton bookmarks = new MenuButton("Bookmarks");
        bookmarks.setId("bookmarks");
        Runnable refill = () -> {
            bookmarks.getItems().clear();
            MenuItem save = new MenuItem("Save this view…");
            save.setOnAction(e -> {
                TextInputDialog dialog = new TextInputDialog("view " + (model.bookmarks.size() + 1));
                dialog.setHeaderText("Name of the bookmark");
                dialog.showAndWait().filter(s -> !s.isBlank()).ifPresent(actions::saveBookmark);
            });
            bookmarks.getItems().add(save);
            for (ExplorerState.Bookmark b : model.bookmarks) {
                MenuItem item = new MenuItem(b.name());
                item.setOnAction(e -> actions.applyBookmark(b));
                bookmarks.getItems().add(item);
            }
        };
        refill.run();
        model.bookmarks.addListener((javafx.collections.ListChangeListener<ExplorerState.Bookmark>) c -> refill.run());

        ToggleButton sidePanel = new ToggleButton("Neighbours & metrics");
        sidePanel.setId("side-panel-toggle");
        sidePanel.setSelected(true);
        sidePanel.setTooltip(new javafx.scene.control.Tooltip("Show or hide the neighbours and metrics panel "
                + "(hidden, the plots get its room)"));
        sidePanel.selectedProperty().addListener((o, was, shown) -> showSidePanel(shown));

        // a flow that wraps onto a second line when narrow: no control hides behind an overflow button
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(6, 4, open,
                new Separator(Orientation.VERTICAL), new Label("Method"), method, device, encode, importVectors,
                new Separator(Orientation.VERTICAL), export, bookmarks, sidePanel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("explorer-toolbar");
        bar.setPadding(new Insets(5, 8, 5, 8));
        return bar;
    }

    private void showSidePanel(boolean shown) {
        if (shown && !centre.getItems().contains(side)) {
            centre.getItems().add(side);
            centre.setDividerPositions(0.2, 0.74);
        } else if (!shown) {
            centre.getItems().remove(side);
            centre.setDividerPositions(0.22);
        }
    }

    private MenuItem exportItem(String text, String format, String pattern) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> {
            if (pattern == null) {
                chooseFolder("Folder for vectors.tsv and metadata.tsv").ifPresent(p -> actions.export(format, p));
            } else {
                chooseFile(text, true, pattern).ifPresent(p -> actions.export(format, p));
            }
        });
        return item;
    }

    private VBox controls() {
        VBox box = new VBox(6);
        box.setPadding(new Insets(10));

        ChoiceBox<EmbeddingExplorerModel.LoadedSet> left = new ChoiceBox<>(model.sets);
        left.setId("left-set");
        left.valueProperty().bindBidirectional(model.left);
        left.setMaxWidth(Double.MAX_VALUE);
        CheckBox compare = new CheckBox("Compare side by side with");
        compare.setId("compare");
        compare.selectedProperty().bindBidirectional(model.compare);
        ChoiceBox<EmbeddingExplorerModel.LoadedSet> right = new ChoiceBox<>(model.sets);
        right.setId("right-set");
        right.valueProperty().bindBidirectional(model.right);
        right.setMaxWidth(Double.MAX_VALUE);
        right.disableProperty().bind(model.compare.not());

        ChoiceBox<EmbeddingExplorerModel.Method> method = new ChoiceBox<>();
        method.setId("projection");
        method.getItems().addAll(EmbeddingExplorerModel.Method.values());
        method.valueProperty().bindBidirectional(model.projection);

        Slider perplexity = new Slider(2, 100, 30);
        perplexity.valueProperty().bindBidirectional(model.perplexity);
        Label perplexityValue = new Label();
        perplexityValue.textProperty().bind(model.perplexity.asString(Locale.ROOT, "perplexity %.0f"));
        Spinner<Double> rate = new Spinner<>(0, 100_000, 0, 50);
        rate.setEditable(true);
        rate.getValueFactory().valueProperty().addListener((o, a, b) -> model.learningRate.set(b));
        model.learningRate.addListener((o, a, b) -> rate.getValueFactory().setValue(b.doubleValue()));
        Spinner<Integer> iterations = new Spinner<>(250, 5000, 750, 50);
        iterations.setEditable(true);
        iterations.setId("iterations");
        iterations.getValueFactory().valueProperty().addListener((o, a, b) -> model.iterations.set(b));
        model.iterations.addListener((o, a, b) -> iterations.getValueFactory().setValue(b.intValue()));
        Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 42);
        seed.setEditable(true);
        seed.getValueFactory().valueProperty().addListener((o, a, b) -> model.seed.set(b));
        model.seed.addListener((o, a, b) -> seed.getValueFactory().setValue(b.intValue()));
        Button pause = new Button();
        pause.setId("pause");
        pause.textProperty().bind(Bindings.when(model.paused).then("Resume").otherwise("Pause"));
        pause.setOnAction(e -> actions.togglePause());
        VBox tsne = new VBox(4, perplexityValue, perplexity, row("learning rate (0 = auto)", rate),
                row("iterations", iterations), row("seed", seed), pause);
        tsne.visibleProperty().bind(model.projection.isEqualTo(EmbeddingExplorerModel.Method.TSNE));
        tsne.managedProperty().bind(tsne.visibleProperty());

        Spinner<Integer> neighbours = new Spinner<>(2, 200, 15);
        neighbours.setEditable(true);
        neighbours.getValueFactory().valueProperty().addListener((o, a, b) -> model.umapNeighbours.set(b));
        Slider minDist = new Slider(0, 1, 0.1);
        minDist.valueProperty().bindBidirectional(model.minDist);
        Label minDistValue = new Label();
        minDistValue.textProperty().bind(model.minDist.asString(Locale.ROOT, "min distance %.2f"));
        VBox umap = new VBox(4, row("neighbours", neighbours), minDistValue, minDist);
        umap.visibleProperty().bind(model.projection.isEqualTo(EmbeddingExplorerModel.Method.UMAP));
        umap.managedProperty().bind(umap.visibleProperty());

        Label leftInfo = new Label();
        leftInfo.setId("left-info");
        leftInfo.setWrapText(true);
        leftInfo.textProperty().bind(model.leftInfo);
        Label rightInfo = new Label();
        rightInfo.setWrapText(true);
        rightInfo.textProperty().bind(model.rightInfo);
        rightInfo.visibleProperty().bind(model.compare);
        rightInfo.managedProperty().bind(model.compare);

        ChoiceBox<String> colour = columnChoice("colour-by");
        colour.valueProperty().bindBidirectional(model.colourColumn);
        ChoiceBox<String> label = columnChoice("label-by");
        label.valueProperty().bindBidirectional(model.labelColumn);

        ToggleGroup tools = new ToggleGroup();
        HBox toolRow = new HBox(2);
        for (ScatterView.Tool tool : ScatterView.Tool.values()) {
            ToggleButton button = new ToggleButton(tool.name().charAt(0) + tool.name().substring(1).toLowerCase(Locale.ROOT));
            button.setToggleGroup(tools);
            button.setUserData(tool);
            button.setSelected(tool == ScatterView.Tool.PAN);
            toolRow.getChildren().add(button);
        }
        tools.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                scatter.left().toolProperty().set((ScatterView.Tool) b.getUserData());
                scatter.right().toolProperty().set((ScatterView.Tool) b.getUserData());
            }
        });

        TextField search = new TextField();
        search.setId("search");
        search.setPromptText("regex, e.g. ^rodinia");
        search.textProperty().bindBidirectional(model.searchText);
        ChoiceBox<String> searchColumn = columnChoice("search-column");
        searchColumn.valueProperty().bindBidirectional(model.searchColumn);
        Label searchResult = new Label();
        searchResult.textProperty().bind(model.searchResult);
        Button isolate = new Button("Isolate selection");
        isolate.setId("isolate");
        isolate.setOnAction(e -> actions.isolateSelection());
        Button showAll = new Button("Show all");
        showAll.setOnAction(e -> actions.showAll());
        Button clear = new Button("Clear selection");
        clear.setOnAction(e -> actions.clearSelection());

        box.getChildren().addAll(heading("Embedding"), left, compare, right, heading("Projection"), method, tsne, umap,
                leftInfo, rightInfo, heading("Display"), row("colour by", colour), row("label by", label),
                row("drag", toolRow), wrapped("Shift-drag: box, Alt-drag: lasso, click: neighbours, double-click: open "
                        + "the IR file"),
                heading("Search"), search, row("in", searchColumn), searchResult, new HBox(4, isolate, showAll),
                clear);
        for (Node node : box.getChildren()) {
            if (node instanceof Label l && !l.getStyleClass().contains("heading")) {
                muted(l);
            }
        }
        searchResult.setId("search-result");
        return box;
    }

    private ChoiceBox<String> columnChoice(String id) {
        ChoiceBox<String> choice = new ChoiceBox<>();
        choice.setId(id);
        choice.getItems().add(null);
        choice.getItems().addAll(model.columns);
        model.columns.addListener((javafx.collections.ListChangeListener<String>) c -> {
            String value = choice.getValue();
            choice.getItems().setAll(model.columns);
            choice.getItems().addFirst(null);
            if (model.columns.contains(value)) {
                choice.setValue(value);
            }
        });
        choice.setMaxWidth(Double.MAX_VALUE);
        return choice;
    }

    private TabPane sidePanel() {
        TableView<EmbeddingExplorerModel.NeighbourRow> table = new TableView<>(model.neighbours);
        table.setId("neighbours");
        table.getColumns().add(column("#", EmbeddingExplorerModel.NeighbourRow::rank, 36));
        table.getColumns().add(numberColumn("distance", EmbeddingExplorerModel.NeighbourRow::distance, 4));
        table.getColumns().add(column("label", EmbeddingExplorerModel.NeighbourRow::label, 80));
        table.getColumns().add(column("id", EmbeddingExplorerModel.NeighbourRow::id, 150));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.mire.app.ColumnHeaders.neverClipped(table);
        table.setPlaceholder(new Label("Click a point to list its nearest\nneighbours in the original space."));
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<EmbeddingExplorerModel.NeighbourRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && e.getClickCount() == 2) {
                    actions.openRow(row.getItem().row());
                } else if (!row.isEmpty()) {
                    actions.focusRow(row.getItem().row());
                }
            });
            return row;
        });
        ChoiceBox<Distance> distance = new ChoiceBox<>();
        distance.getItems().addAll(Distance.values());
        distance.valueProperty().bindBidirectional(model.distance);
        Spinner<Integer> k = new Spinner<>(1, 100, 10);
        k.setPrefWidth(80);
        k.getValueFactory().valueProperty().addListener((o, a, b) -> model.k.set(b));
        Label focused = new Label();
        focused.setId("neighbours-title");
        focused.setWrapText(true);
        focused.textProperty().bind(model.neighboursTitle);
        ToggleGroup space = new ToggleGroup();
        javafx.scene.control.RadioButton inLeft = new javafx.scene.control.RadioButton();
        inLeft.setId("neighbours-left");
        inLeft.setToggleGroup(space);
        inLeft.textProperty().bind(Bindings.createStringBinding(() -> model.left.get() == null ? "left"
                : model.left.get().name(), model.left));
        javafx.scene.control.RadioButton inRight = new javafx.scene.control.RadioButton();
        inRight.setId("neighbours-right");
        inRight.setToggleGroup(space);
        inRight.textProperty().bind(Bindings.createStringBinding(() -> model.right.get() == null ? "right"
                : model.right.get().name(), model.right));
        inLeft.setSelected(!model.neighboursInRight.get());
        inRight.setSelected(model.neighboursInRight.get());
        space.selectedToggleProperty().addListener((o, a, b) -> model.neighboursInRight.set(b == inRight));
        model.neighboursInRight.addListener((o, a, b) -> (b ? inRight : inLeft).setSelected(true));
        Label spaceLabel = new Label("Space of");
        VBox spaceChoice = new VBox(2, spaceLabel, inLeft, inRight);
        muted(spaceLabel);
        // only comparing offers two spaces to take the neighbours in
        spaceChoice.visibleProperty().bind(model.compare);
        spaceChoice.managedProperty().bind(model.compare);
        Button open = new Button("Open");
        open.setId("open-file");
        open.disableProperty().bind(model.focusedRow.lessThan(0));
        open.setOnAction(e -> actions.openRow(model.focusedRow.get()));
        open.setMinWidth(Region.USE_PREF_SIZE);
        HBox neighbourControls = new HBox(6, distance, new Label("k"), k, open);
        neighbourControls.setAlignment(Pos.CENTER_LEFT);
        VBox neighbours = new VBox(6, focused, spaceChoice, neighbourControls, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        neighbours.setPadding(new Insets(8));

        TableView<EmbeddingExplorerModel.MetricRow> metrics = new TableView<>(model.metrics);
        metrics.setId("metrics");
        metrics.getColumns().add(numberColumn("silhouette", EmbeddingExplorerModel.MetricRow::silhouette, 3));
        metrics.getColumns().add(numberColumn("k-NN acc.", EmbeddingExplorerModel.MetricRow::knnAccuracy, 3));
        metrics.getColumns().add(numberColumn("trust.", EmbeddingExplorerModel.MetricRow::trustworthiness, 3));
        metrics.getColumns().add(column("embedding", EmbeddingExplorerModel.MetricRow::set, 120));
        metrics.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.mire.app.ColumnHeaders.neverClipped(metrics); // headers were cut to "CO…", "emb… s… …"
        metrics.setPlaceholder(new Label("Choose a label column and press Compute."));
        ChoiceBox<String> labelColumn = columnChoice("metric-label");
        labelColumn.valueProperty().bindBidirectional(model.metricLabel);
        Button compute = new Button("Compute");
        compute.setId("compute-metrics");
        compute.disableProperty().bind(model.left.isNull().or(model.busy));
        compute.setOnAction(e -> actions.computeMetrics());
        Label explain = new Label("Silhouette and leave-one-out k-NN accuracy by label in the original space "
                + "(distance and k as in Neighbours); trustworthiness T(k) of the current projection.");
        explain.setWrapText(true);
        muted(explain);
        VBox metricsBox = new VBox(6, new HBox(6, new Label("label"), labelColumn, compute), metrics, explain);
        VBox.setVgrow(metrics, Priority.ALWAYS);
        metricsBox.setPadding(new Insets(8));

        TabPane tabs = new TabPane(new Tab("Neighbours", neighbours), new Tab("Metrics", metricsBox));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private Node statusBar() {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progress);
        bar.visibleProperty().bind(model.busy);
        bar.managedProperty().bind(model.busy);
        bar.setPrefWidth(180);
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.status);
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.visibleProperty().bind(model.busy);
        cancel.managedProperty().bind(model.busy);
        cancel.setOnAction(e -> actions.cancel());
        HBox bar2 = new HBox(8, bar, status, cancel);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        bar2.setAlignment(Pos.CENTER_LEFT);
        bar2.setPadding(new Insets(4, 8, 4, 8));
        return bar2;
    }

    private static <T> TableColumn<T, Object> column(String title, java.util.function.Function<T, Object> value,
                                                     double width) {
        TableColumn<T, Object> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Secondary text, in the theme's muted colour (a fixed grey was unreadable in the dark theme). */
    private static void muted(Label label) {
        label.getStyleClass().addAll("text-muted", "text-small");
    }

    private static <T> TableColumn<T, Object> numberColumn(String title, java.util.function.Function<T, Object> value,
                                                           int decimals) {
        TableColumn<T, Object> column = column(title, value, 70);
        String format = "%." + decimals + "f";
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                double number = item instanceof Double d ? d : Double.NaN;
                setText(empty || item == null ? null : Double.isNaN(number) ? "–"
                        : String.format(Locale.ROOT, format, number));
            }
        });
        return column;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heading");
        label.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 0 0;");
        return label;
    }

    private static HBox row(String text, Node control) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        muted(label);
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        if (control instanceof Region region) {
            HBox.setHgrow(region, Priority.ALWAYS);
            region.setMaxWidth(Double.MAX_VALUE);
        }
        return box;
    }

    private java.util.Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File file = chooser.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }

    private java.util.Optional<Path> chooseFile(String title, boolean save, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", patterns), patterns));
        var window = root.getScene() == null ? null : root.getScene().getWindow();
        File file = save ? chooser.showSaveDialog(window) : chooser.showOpenDialog(window);
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }

    static void onError(Consumer<String> status, Exception e) {
        status.accept(e.getMessage() == null ? e.toString() : e.getMessage());
    }
}
