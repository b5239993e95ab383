package org.mire.app.workbench;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.mire.MireVersion;
import org.mire.app.document.DocumentModel;
import org.mire.app.document.DocumentView;
import org.mire.app.graphexplorer.GraphExplorerController;
import org.mire.app.graphexplorer.GraphExplorerModel;
import org.mire.graph.GraphScope;
import org.mire.app.graphexplorer.NodeDetailsView;
import org.mire.graph.view.VisibleGraph;
import org.mire.app.background.FxTaskExecutor;
import org.mire.graph.ProgramGraph;
import org.mire.graph.io.GraphFormat;
import org.mire.viz.graph.layout.LayoutAlgorithm;

/**
 * The main window: menus and toolbar, the workspace tree on the left, one tab per document in the middle (IR text
 * and graph explorer), the details of the selected node on the right, and the status bar with background tasks.
 * Files open by dialog, drag and drop, recent files, samples and the command line.
 */
public final class Workbench {
    private static final String TITLE = "MIRE Workbench";

    private final Stage stage;
    private final WorkbenchController controller;
    private final WorkbenchModel model;
    private final FxTaskExecutor executor;
    private final TabPane tabs = new TabPane();
    private final Map<DocumentModel, Tab> tabOf = new HashMap<>();
    private final Map<DocumentModel, DocumentView> viewOf = new HashMap<>();
    private final NodeDetailsView details = new NodeDetailsView();
    private final StatusBar statusBar;
    private final WorkspaceTree tree;
    private final SplitPane main = new SplitPane();
    private final StackPane center = new StackPane();
    private final Menu recentMenu = new Menu("Open Recent");
    private final Scene scene;
    /** The embedding explorer's tab and controller, while it is open. */
    private Tab embeddingTab;
    private org.mire.app.embeddingexplorer.EmbeddingExplorerController embeddings;

    public Workbench(Stage stage, WorkbenchController controller, FxTaskExecutor executor) {
        this.stage = stage;
        this.controller = controller;
        this.model = controller.model();
        this.executor = executor;
        this.statusBar = new StatusBar(executor);
        this.tree = new WorkspaceTree(model, controller.samples());

        BorderPane root = new BorderPane();
        root.getStyleClass().add("workbench");
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(main);
        root.setBottom(statusBar);

        tree.setOnOpen(controller::open);
        tree.setOnFunction(entry -> {
            model.activeProperty().set(entry.document());
            GraphExplorerController explorer = explorerOf(entry.document());
            if (explorer != null) {
                explorer.focusFunction(entry.function());
            }
        });
        VBox left = new VBox(sectionTitle("Workspace"), tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        left.getStyleClass().add("side-panel");
        details.setMinWidth(220);
        VBox right = new VBox(details);
        VBox.setVgrow(details, Priority.ALWAYS);
        right.getStyleClass().add("side-panel");

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        center.getChildren().setAll(welcome());
        main.getItems().addAll(left, center, right);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        var settings = controller.settings();
        main.setDividerPositions(settings.leftDivider(), settings.rightDivider());

        model.documents().addListener((ListChangeListener<DocumentModel>) this::documentsChanged);
        model.activeProperty().addListener((obs, old, now) -> activeChanged(now));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            // the embedding explorer's tab is no document: selecting it leaves no document active
            DocumentModel document = now != null && now.getUserData() instanceof DocumentModel d ? d : null;
            if (document != model.active()) {
                model.activeProperty().set(document);
            }
        });
        statusBar.message().textProperty().bind(model.statusProperty());
        model.recentFiles().addListener((ListChangeListener<String>) change -> rebuildRecent());
        rebuildRecent();

        scene = new Scene(root, settings.windowWidth(), settings.windowHeight());
        scene.getStylesheets().add(Workbench.class.getResource("workbench.css").toExternalForm());
        applyTheme(model.themeProperty().get());
        model.themeProperty().addListener((obs, old, now) -> applyTheme(now));
        enableDrop();

        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        if (!Double.isNaN(settings.windowX()) && !Double.isNaN(settings.windowY())) {
            stage.setX(settings.windowX());
            stage.setY(settings.windowY());
        }
        stage.setMaximized(settings.maximized());
        stage.setOnCloseRequest(e -> saveWindow());
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }

    public WorkbenchController controller() {
        return controller;
    }

    /** The view of a document, once it has a tab. */
    public DocumentView viewOf(DocumentModel document) {
        return viewOf.get(document);
    }

    public void show() {
        stage.show();
    }

    private void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme.stylesheet());
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add(theme.isDark() ? "theme-dark" : "theme-light");
    }

    private void saveWindow() {
        double[] dividers = main.getDividerPositions();
        DocumentView active = model.active() == null ? null : viewOf.get(model.active());
        controller.saveWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                dividers.length > 0 ? dividers[0] : 0.16, dividers.length > 1 ? dividers[1] : 0.78,
                active == null ? controller.settings().documentDivider() : active.dividerPosition());
    }

    // ---- documents and tabs

    private void documentsChanged(ListChangeListener.Change<? extends DocumentModel> change) {
        while (change.next()) {
            for (DocumentModel removed : change.getRemoved()) {
                Tab tab = tabOf.remove(removed);
                viewOf.remove(removed);
                if (tab != null) {
                    tabs.getTabs().remove(tab);
                }
            }
            for (DocumentModel added : change.getAddedSubList()) {
                addTab(added);
            }
        }
        showTabsOrWelcome();
    }

    private void showTabsOrWelcome() {
        center.getChildren().setAll(model.documents().isEmpty() && embeddingTab == null ? welcome() : tabs);
    }

    // ---- the embedding explorer

    /**
     * Opens the embedding explorer as a tab beside the documents (or selects it when open). Its background work runs
     * on the workbench's executor, so it shows in the status bar's task list, and opening a point's IR file goes
     * through the same path as File → Open, so a file that fails to load shows like any other.
     */
    public org.mire.app.embeddingexplorer.EmbeddingExplorerController openEmbeddingExplorer() {
        if (embeddingTab == null) {
            Path samples = controller.samples().folder();
            Path devMap = org.mire.task.dataset.DatasetLocations.defaultFolder("devmap").orElse(null);
            embeddings = org.mire.app.embeddingexplorer.EmbeddingExplorerController.standard(executor,
                    org.mire.app.embeddingexplorer.MethodCatalog.standard(org.mire.task.EmbeddingChoice.shippedModel()),
                    org.mire.app.embeddingexplorer.EmbeddingExplorerController.defaultWorkspace(), controller::open,
                    samples, devMap);
            embeddingTab = new Tab("Embedding Explorer", embeddings.view());
            embeddingTab.setId("embedding-explorer-tab");
            embeddingTab.setGraphic(new FontIcon("mdi2s-scatter-plot-outline"));
            embeddingTab.setTooltip(new Tooltip("Embedding explorer: encode a corpus, project it, compare methods"));
            embeddingTab.setOnClosed(e -> {
                embeddings.close();
                embeddings = null;
                embeddingTab = null;
                showTabsOrWelcome();
            });
            tabs.getTabs().add(embeddingTab);
            showTabsOrWelcome();
        }
        tabs.getSelectionModel().select(embeddingTab);
        return embeddings;
    }

    /** The open embedding explorer, or null. */
    public org.mire.app.embeddingexplorer.EmbeddingExplorerController embeddingExplorer() {
        return embeddings;
    }

    private void addTab(DocumentModel document) {
        DocumentView view = new DocumentView(document, controller.controller(document),
                () -> controller.reload(document), controller.settings().documentDivider());
        view.explorerView().setExportHandler(format -> export(document, format));
        Tab tab = new Tab(document.title(), view);
        tab.setUserData(document);
        tab.setTooltip(new Tooltip(document.path() == null ? document.title() : document.path().toString()));
        FontIcon icon = new FontIcon("mdi2f-file-code-outline");
        tab.setGraphic(icon);
        document.stateProperty().addListener((obs, old, now) -> icon.setIconLiteral(
                now == DocumentModel.State.FAILED ? "mdi2f-file-alert-outline"
                        : now == DocumentModel.State.LOADING ? "mdi2f-file-clock-outline" : "mdi2f-file-code-outline"));
        tab.setOnClosed(e -> controller.close(document));
        tabOf.put(document, tab);
        viewOf.put(document, view);
        tabs.getTabs().add(tab);
    }

    private void activeChanged(DocumentModel document) {
        Tab tab = tabOf.get(document);
        if (tab != null && tabs.getSelectionModel().getSelectedItem() != tab) {
            tabs.getSelectionModel().select(tab);
        }
        GraphExplorerController explorer = document == null ? null : explorerOf(document);
        details.setExplorer(document == null ? null : document.explorer(), explorer);
        statusBar.summary().textProperty().unbind();
        statusBar.zoom().textProperty().unbind();
        if (document != null) {
            statusBar.summary().textProperty().bind(document.explorer().summaryProperty());
            DocumentView view = viewOf.get(document);
            if (view != null) {
                statusBar.zoom().textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                        "%.0f%%", view.explorerView().graphView().getScale() * 100),
                        view.explorerView().graphView().scaleProperty()));
            }
            stage.setTitle(document.title() + " — " + TITLE);
        } else {
            statusBar.summary().setText("");
            statusBar.zoom().setText("");
            stage.setTitle(TITLE);
        }
    }

    private GraphExplorerController explorerOf(DocumentModel document) {
        var documentController = controller.controller(document);
        return documentController == null ? null : documentController.explorer();
    }

    private Node welcome() {
        Label title = new Label(TITLE);
        title.getStyleClass().add(Styles.TITLE_1);
        Label subtitle = new Label("Open LLVM IR or MLIR to explore its program graph: instructions, values and "
                + "constants, with control, data and call flow.");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        subtitle.setMaxWidth(520);
        Button open = new Button("Open file…", new FontIcon("mdi2f-folder-open-outline"));
        open.getStyleClass().add(Styles.ACCENT);
        open.setDefaultButton(true);
        open.setOnAction(e -> openDialog());
        VBox box = new VBox(14, title, subtitle, open);
        var first = controller.samples().firstStart();
        if (first.isPresent()) {
            Hyperlink sample = new Hyperlink("or open the sample " + controller.samples().label(first.get()));
            sample.setOnAction(e -> controller.open(first.get()));
            box.getChildren().add(sample);
        }
        Label drop = new Label("Drop .ll, .bc, .c, .cpp, .cl or .mlir files anywhere in this window.");
        drop.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        box.getChildren().add(drop);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("welcome");
        return box;
    }

    // ---- opening

    private void enableDrop() {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean opened = false;
            if (e.getDragboard().hasFiles()) {
                for (File file : e.getDragboard().getFiles()) {
                    if (file.isFile()) {
                        controller.open(file.toPath());
                        opened = true;
                    }
                }
            }
            e.setDropCompleted(opened);
            e.consume();
        });
    }

    void openDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open IR");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("IR and sources", "*.ll", "*.bc", "*.c", "*.cc", "*.cpp", "*.cxx",
                        "*.cl", "*.mlir"),
                new FileChooser.ExtensionFilter("LLVM IR text", "*.ll"),
                new FileChooser.ExtensionFilter("LLVM bitcode", "*.bc"),
                new FileChooser.ExtensionFilter("C, C++, OpenCL", "*.c", "*.cc", "*.cpp", "*.cxx", "*.cl"),
                new FileChooser.ExtensionFilter("MLIR", "*.mlir"),
                new FileChooser.ExtensionFilter("All files", "*"));
        String last = controller.settings().lastOpenFolder();
        if (last != null && Files.isDirectory(Path.of(last))) {
            chooser.setInitialDirectory(new File(last));
        } else if (controller.samples().folder() != null) {
            chooser.setInitialDirectory(controller.samples().folder().toFile());
        }
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            files.forEach(file -> controller.open(file.toPath()));
        }
    }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        for (String file : model.recentFiles()) {
            MenuItem item = new MenuItem(Path.of(file).getFileName() + "  —  " + file);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> controller.openRecent(file));
            recentMenu.getItems().add(item);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem("Clear Recent Files");
            clear.setOnAction(e -> controller.clearRecent());
            recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }

    private Menu samplesMenu() {
        Menu menu = new Menu("Open Sample");
        menu.setGraphic(new FontIcon("mdi2b-book-open-variant"));
        Samples samples = controller.samples();
        List<Path> files = samples.files();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("No sample-ir folder found");
            none.setDisable(true);
            menu.getItems().add(none);
            return menu;
        }
        Map<String, Long> perFolder = new HashMap<>();
        for (Path file : files) {
            perFolder.merge(folderOf(samples, file), 1L, Long::sum);
        }
        Map<String, Menu> folders = new LinkedHashMap<>();
        Map<String, Menu> programs = new HashMap<>();
        for (Path file : files) {
            String folder = folderOf(samples, file);
            Menu folderMenu = folders.computeIfAbsent(folder, Menu::new);
            String name = file.getFileName().toString();
            MenuItem item = new MenuItem(name);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> controller.open(file));
            if (perFolder.get(folder) > 30 && name.contains(".")) {
                String program = name.substring(0, name.indexOf('.'));
                programs.computeIfAbsent(folder + "/" + program, k -> {
                    Menu programMenu = new Menu(program);
                    programMenu.setMnemonicParsing(false);
                    folderMenu.getItems().add(programMenu);
                    return programMenu;
                }).getItems().add(item);
            } else {
                folderMenu.getItems().add(item);
            }
        }
        menu.getItems().addAll(folders.values());
        return menu;
    }

    private static String folderOf(Samples samples, Path file) {
        Path relative = samples.folder().relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : ".";
    }

    // ---- export

    private void export(DocumentModel document, String format) {
        DocumentView view = viewOf.get(document);
        if (view == null || document.state() != DocumentModel.State.READY) {
            return;
        }
        String base = document.title().replaceAll("\\.[^.]*$", "");
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + format.toUpperCase(Locale.ROOT));
        chooser.setInitialFileName(base + ("png".equals(format) || "svg".equals(format) ? "-view." : ".")
                + format);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.toUpperCase(Locale.ROOT),
                "*." + format));
        String last = controller.settings().lastExportFolder();
        if (last != null && Files.isDirectory(Path.of(last))) {
            chooser.setInitialDirectory(new File(last));
        } else if (document.path() != null && document.path().getParent() != null) {
            chooser.setInitialDirectory(document.path().getParent().toFile());
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath();
        controller.rememberExportFolder(file.getParent());
        try {
            switch (format) {
                case "png" -> GraphExport.png(view.explorerView().graphView(), file);
                case "svg" -> GraphExport.svg(view.explorerView().graphView(), file);
                default -> GraphExport.graph(exportedGraph(document), GraphFormat.fromName(format), file);
            }
            model.statusProperty().set("Exported " + file);
        } catch (IOException | RuntimeException e) {
            model.statusProperty().set("Export failed: " + e.getMessage());
            Alert alert = new Alert(Alert.AlertType.ERROR, file + ": " + e.getMessage(), ButtonType.OK);
            alert.setHeaderText("Export failed");
            alert.initOwner(stage);
            alert.show();
        }
    }

    /** The graph as shown (scope and collapsed functions applied), or the whole graph in the control-flow view. */
    private static ProgramGraph exportedGraph(DocumentModel document) {
        VisibleGraph visible = document.explorer().visibleGraphProperty().get();
        return visible != null && document.explorer().viewModeProperty().get()
                == GraphExplorerModel.ViewMode.PROGRAM_GRAPH ? visible.graph()
                : document.explorer().graphProperty().get();
    }

    // ---- menus

    private MenuBar menuBar() {
        Menu file = new Menu("File");
        MenuItem open = item("Open…", "mdi2f-folder-open-outline", "Shortcut+O", this::openDialog);
        MenuItem close = item("Close", null, "Shortcut+W", () -> {
            if (model.active() != null) {
                controller.close(model.active());
            }
        });
        MenuItem reload = item("Reload", "mdi2r-refresh", "F5", () -> {
            if (model.active() != null) {
                controller.reload(model.active());
            }
        });
        Menu exportMenu = new Menu("Export");
        exportMenu.setGraphic(new FontIcon("mdi2e-export-variant"));
        exportMenu.getItems().addAll(
                item("View as PNG…", null, "Shortcut+Shift+E", () -> exportActive("png")),
                item("View as SVG…", null, null, () -> exportActive("svg")),
                new SeparatorMenuItem(),
                item("Graph as ProGraML JSON…", null, "Shortcut+E", () -> exportActive("json")),
                item("Graph as GraphML…", null, null, () -> exportActive("graphml")),
                item("Graph as GEXF…", null, null, () -> exportActive("gexf")),
                item("Graph as DOT…", null, null, () -> exportActive("dot")));
        MenuItem quit = item("Quit", null, "Shortcut+Q", () -> {
            saveWindow();
            Platform.exit();
        });
        file.getItems().addAll(open, samplesMenu(), recentMenu, new SeparatorMenuItem(), reload, close,
                new SeparatorMenuItem(), exportMenu, new SeparatorMenuItem(), quit);

        Menu edit = new Menu("Edit");
        edit.getItems().addAll(
                item("Find in IR…", "mdi2t-text-search", "Shortcut+F", () -> withView(v -> v.irView().showFind())),
                item("Find Nodes…", "mdi2m-magnify", "Shortcut+K", () -> withView(v -> v.explorerView()
                        .focusSearch())),
                item("Clear Selection", null, "Escape", () -> withExplorer(e -> e.selectNode(-1, false))));

        Menu view = new Menu("View");
        ToggleGroup modes = new ToggleGroup();
        RadioMenuItem programGraph = radio("Program Graph", "Shortcut+1", modes,
                () -> withModel(m -> m.viewModeProperty().set(GraphExplorerModel.ViewMode.PROGRAM_GRAPH)));
        RadioMenuItem controlFlow = radio("Control-Flow Graph", "Shortcut+2", modes,
                () -> withModel(m -> m.viewModeProperty().set(GraphExplorerModel.ViewMode.CONTROL_FLOW)));
        programGraph.setSelected(true);
        Menu layouts = new Menu("Layout");
        ToggleGroup layoutGroup = new ToggleGroup();
        int index = 0;
        for (LayoutAlgorithm algorithm : LayoutAlgorithm.values()) {
            index++;
            RadioMenuItem item = radio(algorithm.displayName(), "Shortcut+Alt+" + index, layoutGroup,
                    () -> withModel(m -> m.layoutProperty().set(algorithm)));
            item.setSelected(algorithm == LayoutAlgorithm.LAYERED);
            layouts.getItems().add(item);
        }
        Menu scopes = new Menu("Scope");
        ToggleGroup scopeGroup = new ToggleGroup();
        for (GraphScope scope : GraphScope.values()) {
            RadioMenuItem item = radio(scope.toString(), null, scopeGroup,
                    () -> withModel(m -> m.scopeProperty().set(scope)));
            item.setSelected(scope == GraphScope.MODULE);
            scopes.getItems().add(item);
        }
        CheckMenuItem labels = new CheckMenuItem("Node Labels");
        labels.setSelected(true);
        labels.setOnAction(e -> withModel(m -> m.labelsProperty().set(labels.isSelected())));
        CheckMenuItem positions = new CheckMenuItem("Position Labels");
        positions.setOnAction(e -> withModel(m -> m.positionLabelsProperty().set(positions.isSelected())));
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setSelected(model.themeProperty().get() == Theme.DARK);
        dark.setOnAction(e -> model.themeProperty().set(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        model.themeProperty().addListener((obs, old, now) -> dark.setSelected(now == Theme.DARK));
        view.getItems().addAll(programGraph, controlFlow, new SeparatorMenuItem(), layouts, scopes,
                new SeparatorMenuItem(), labels, positions, new SeparatorMenuItem(),
                item("Fit Graph", "mdi2f-fit-to-screen-outline", "Shortcut+0", () -> withView(v -> v.explorerView()
                        .graphView().fit())),
                item("Zoom In", "mdi2m-magnify-plus-outline", "Shortcut+EQUALS", () -> withView(v -> v
                        .explorerView().graphView().zoomIn())),
                item("Zoom Out", "mdi2m-magnify-minus-outline", "Shortcut+MINUS", () -> withView(v -> v
                        .explorerView().graphView().zoomOut())),
                new SeparatorMenuItem(),
                item("Fold All Functions", null, "Shortcut+Shift+MINUS", () -> withView(v -> v.irView().foldAll())),
                item("Unfold All Functions", null, "Shortcut+Shift+EQUALS", () -> withView(v -> v.irView()
                        .unfoldAll())),
                new SeparatorMenuItem(), dark);
        model.activeProperty().addListener((obs, old, now) -> {
            if (now != null) {
                GraphExplorerModel m = now.explorer();
                (m.viewModeProperty().get() == GraphExplorerModel.ViewMode.CONTROL_FLOW ? controlFlow : programGraph)
                        .setSelected(true);
                labels.setSelected(m.labelsProperty().get());
                positions.setSelected(m.positionLabelsProperty().get());
            }
        });

        Menu graph = new Menu("Graph");
        graph.getItems().addAll(
                item("Lay Out Again", "mdi2r-refresh", "Shortcut+L", () -> withExplorer(
                        GraphExplorerController::scheduleStructure)),
                item("Collapse All Other Functions", "mdi2a-arrow-collapse", null, () -> withExplorer(e -> {
                    ProgramGraph g = e.model().graphProperty().get();
                    String function = e.model().functionProperty().get();
                    if (g != null && function != null) {
                        e.collapseAllExcept(g.functionIndex(function));
                    }
                })),
                item("Expand All Functions", "mdi2a-arrow-expand", null, () -> withExplorer(
                        GraphExplorerController::expandAll)),
                new SeparatorMenuItem(),
                item("Next Search Hit", null, "F3", () -> withExplorer(e -> e.nextSearchHit(true))),
                item("Previous Search Hit", null, "Shift+F3", () -> withExplorer(e -> e.nextSearchHit(false))));

        Menu tasks = new Menu("Tasks");
        tasks.getItems().addAll(
                item("Train a Head…", "mdi2s-school-outline", "Shortcut+Shift+T",
                        () -> org.mire.app.train.TaskWindows.openTrain(stage, executor)),
                item("Predict with a Head…", "mdi2c-crystal-ball", "Shortcut+Shift+P",
                        () -> org.mire.app.train.TaskWindows.openPredict(stage, executor, model.documents().stream()
                                .map(DocumentModel::path).filter(java.util.Objects::nonNull).toList())),
                new SeparatorMenuItem(),
                item("Embedding Explorer", "mdi2s-scatter-plot-outline", "Shortcut+Shift+M",
                        this::openEmbeddingExplorer));

        Menu help = new Menu("Help");
        help.getItems().addAll(item("Keyboard Shortcuts", "mdi2k-keyboard-outline", "F1", this::showShortcuts),
                item("About MIRE Workbench", "mdi2i-information-outline", null, this::showAbout));

        MenuBar bar = new MenuBar(file, edit, view, graph, tasks, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private ToolBar toolBar() {
        Button open = new Button("Open", new FontIcon("mdi2f-folder-open-outline"));
        open.setTooltip(new Tooltip("Open an IR file (Ctrl+O)"));
        open.setOnAction(e -> openDialog());
        javafx.scene.control.MenuButton samples = new javafx.scene.control.MenuButton("Samples",
                new FontIcon("mdi2b-book-open-variant"));
        samples.getItems().setAll(samplesMenu().getItems());
        samples.setTooltip(new Tooltip("Open a bundled sample program"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button theme = new Button();
        theme.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        theme.setTooltip(new Tooltip("Switch between light and dark (Ctrl+Shift+D)"));
        Runnable themeIcon = () -> theme.setGraphic(new FontIcon(model.themeProperty().get() == Theme.DARK
                ? "mdi2w-white-balance-sunny" : "mdi2w-weather-night"));
        themeIcon.run();
        model.themeProperty().addListener((obs, old, now) -> themeIcon.run());
        theme.setOnAction(e -> controller.toggleTheme());
        Label brand = new Label("MIRE");
        brand.getStyleClass().add("brand");
        ToolBar bar = new ToolBar(brand, open, samples, spacer, theme);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private void exportActive(String format) {
        if (model.active() != null) {
            export(model.active(), format);
        }
    }

    private void withView(java.util.function.Consumer<DocumentView> action) {
        DocumentModel active = model.active();
        DocumentView view = active == null ? null : viewOf.get(active);
        if (view != null) {
            action.accept(view);
        }
    }

    private void withModel(java.util.function.Consumer<GraphExplorerModel> action) {
        if (model.active() != null) {
            action.accept(model.active().explorer());
        }
    }

    private void withExplorer(java.util.function.Consumer<GraphExplorerController> action) {
        DocumentModel active = model.active();
        GraphExplorerController explorer = active == null ? null : explorerOf(active);
        if (explorer != null) {
            action.accept(explorer);
        }
    }

    private static MenuItem item(String text, String icon, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static RadioMenuItem radio(String text, String accelerator, ToggleGroup group, Runnable action) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("side-title");
        label.setPadding(new Insets(10, 12, 6, 12));
        return label;
    }

    private void showShortcuts() {
        String text = String.join("\n",
                "Ctrl+O  open file          Ctrl+W  close          F5  reload",
                "Ctrl+F  find in IR         Ctrl+K  find nodes     F3 / Shift+F3  next / previous hit",
                "Ctrl+1  program graph      Ctrl+2  control-flow graph",
                "Ctrl+Alt+1..5  layouts     Ctrl+L  lay out again",
                "Ctrl+0  fit                Ctrl+= / Ctrl+-  zoom    wheel: zoom to cursor, drag: pan",
                "Ctrl+E  export graph       Ctrl+Shift+E  export view as PNG",
                "Ctrl+Shift+D  dark theme   Esc  clear selection",
                "Ctrl+Shift+T  train a task head   Ctrl+Shift+P  predict with a saved head",
                "Ctrl+Shift+M  embedding explorer (encode a corpus, project, compare methods)",
                "Click a node: select it and its IR line.  Click an IR line: mark its nodes.",
                "Double-click a collapsed function to expand it; right-click a node for more.");
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setHeaderText("Keyboard shortcuts");
        Label content = new Label(text);
        content.getStyleClass().add("shortcuts");
        alert.getDialogPane().setContent(content);
        alert.initOwner(stage);
        alert.show();
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setHeaderText("MIRE Workbench " + MireVersion.version());
        alert.setContentText("A research workbench for learned embeddings of compiler IR.\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version")
                + "\nGPL-3.0-or-later");
        alert.initOwner(stage);
        alert.show();
    }
}
