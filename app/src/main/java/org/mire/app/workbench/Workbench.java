package org.mire.app.workbench;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
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
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.mire.app.background.FxTaskExecutor;
import org.mire.app.background.TaskExecutor;
import org.mire.app.document.DocumentModel;
import org.mire.app.document.DocumentView;
import org.mire.app.graphexplorer.GraphExplorerController;
import org.mire.app.graphexplorer.GraphExplorerModel;
import org.mire.app.graphexplorer.GraphViewStates;
import org.mire.app.graphexplorer.NodeDetailsView;
import org.mire.app.predict.PredictWindow;
import org.mire.app.train.TrainWindow;
import org.mire.app.workspace.WorkspaceController;
import org.mire.workspace.GraphViewState;
import org.mire.workspace.WorkspaceFolder;
import org.mire.workspace.WorkspaceState;

/**
 * The main window: menus and toolbar, the workspace tree on the left, one tab per document in the middle (IR text
 * and graph explorer), the details of the selected node on the right, and the status bar with background tasks.
 * Files open by dialog, drag and drop, recent files, samples and the command line. Everything the window holds (open
 * files and their views, the embedding explorer, the Train and Predict panels) belongs to a workspace
 * ({@link WorkspaceController}), saved every few seconds when changed and on quit, and restored on the next start.
 * Each menu is a small action class
 * ({@link FileMenuActions}, {@link EditMenuActions}, {@link ViewMenuActions}, {@link GraphMenuActions},
 * {@link TasksMenuActions}, {@link HelpMenuActions}) working through this window's package-private accessors.
 */
public final class Workbench {
    private static final String TITLE = "MIRE Workbench";
    /** How often a changed workspace is saved. */
    static final double AUTOSAVE_SECONDS = 15;

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
    private final FileMenuActions fileMenu;
    private final ExportActions exports = new ExportActions(this);
    private final Scene scene;
    private final TrainWindow trainWindow;
    private final PredictWindow predictWindow;
    private final WorkspaceController workspace;
    private final javafx.animation.Timeline autosave;
    /** Views of files a workspace is reopening, applied once each file has loaded. */
    private final Map<Path, GraphViewState> pendingViews = new HashMap<>();
    /** The right-hand panel (node details) while the embedding explorer's tab, which has no use for it, is hidden. */
    private Node hiddenDetails;
    private double[] dividersBeforeExplorer;
    private boolean autosaves = true;
    /** The embedding explorer's tab and controller, while it is open. */
    private Tab embeddingTab;
    private Tab gettingStartedTab;
    private org.mire.app.embeddingexplorer.EmbeddingExplorerController embeddings;

    public Workbench(Stage stage, WorkbenchController controller, FxTaskExecutor executor) {
        this.stage = stage;
        this.controller = controller;
        this.model = controller.model();
        this.executor = executor;
        this.statusBar = new StatusBar(executor);
        this.tree = new WorkspaceTree(model, controller.samples());
        this.trainWindow = new TrainWindow(TrainWindow.controller(executor));
        this.predictWindow = new PredictWindow(PredictWindow.controller(executor), this::openFiles);
        this.workspace = new WorkspaceController(executor, new WorkspaceWindow());
        this.autosave = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(AUTOSAVE_SECONDS), e -> workspace.autosave()));
        autosave.setCycleCount(javafx.animation.Animation.INDEFINITE);

        BorderPane root = new BorderPane();
        root.getStyleClass().add("workbench");
        fileMenu = new FileMenuActions(this);
        MenuBar menuBar = new MenuBar(fileMenu.menu(), new EditMenuActions(this).menu(),
                new ViewMenuActions(this).menu(), new GraphMenuActions(this).menu(),
                new TasksMenuActions(this).menu(), new HelpMenuActions(this).menu());
        menuBar.setUseSystemMenuBar(true);
        root.setTop(new VBox(menuBar, toolBar()));
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
        tabs.setTabMaxWidth(280); // "Embedding Explorer" and long file names whole
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
            giveExplorerRoom(now != null && now == embeddingTab);
        });
        statusBar.message().textProperty().bind(model.statusProperty());

        scene = new Scene(root, settings.windowWidth(), settings.windowHeight());
        scene.getStylesheets().add(Workbench.class.getResource("workbench.css").toExternalForm());
        applyTheme(model.themeProperty().get());
        model.themeProperty().addListener((obs, old, now) -> applyTheme(now));
        workspace.currentProperty().addListener((obs, old, now) -> {
            controller.rememberWorkspace(now == null ? null : now.folder());
            updateTitle();
        });
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
        stage.setOnCloseRequest(e -> {
            saveWindow();
            workspace.saveNow();
        });
        // a closed window saves nothing more (its executor may be gone)
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> autosave.stop());
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

    TaskExecutor executor() {
        return executor;
    }

    void quit() {
        saveWindow();
        workspace.saveNow();
        Platform.exit();
    }

    // ---- the workspace

    public WorkspaceController workspace() {
        return workspace;
    }

    /**
     * Opens a workspace folder (restoring what it holds), saves it every {@value #AUTOSAVE_SECONDS} s when changed
     * from then on, and runs {@code then} with whether it opened.
     */
    public void openWorkspace(Path folder, java.util.function.Consumer<Boolean> then) {
        workspace.open(folder, opened -> {
            if (opened && autosave.getStatus() != javafx.animation.Animation.Status.RUNNING && autosaves) {
                autosave.play();
            }
            then.accept(opened);
        });
    }

    /** Screenshots show a workspace without changing it. */
    public void disableAutosave() {
        autosaves = false;
        autosave.stop();
    }

    public TrainWindow trainWindow() {
        return trainWindow;
    }

    public PredictWindow predictWindow() {
        return predictWindow;
    }

    /** The open documents' files (for the Predict panel). */
    private java.util.List<Path> openFiles() {
        return model.documents().stream().map(DocumentModel::path).filter(java.util.Objects::nonNull).toList();
    }

    private void updateTitle() {
        DocumentModel active = model.active();
        WorkspaceFolder folder = workspace.current();
        String suffix = folder == null ? TITLE : TITLE + " — " + folder.name();
        stage.setTitle(active == null ? suffix : active.title() + " — " + suffix);
    }

    /** The window as the workspace sees it. */
    private final class WorkspaceWindow implements WorkspaceController.Window {
        @Override
        public WorkspaceState capture() {
            java.util.List<WorkspaceState.OpenFile> files = new java.util.ArrayList<>();
            for (DocumentModel document : model.documents()) {
                if (document.path() == null) {
                    continue; // a generated program has no file to reopen
                }
                DocumentView view = viewOf.get(document);
                GraphViewState state = document.state() == DocumentModel.State.READY && view != null
                        ? GraphViewStates.capture(document.explorer(), view.explorerView().graphView(),
                        view.dividerPosition()) : pendingViews.get(document.path());
                files.add(new WorkspaceState.OpenFile(document.path(), state));
            }
            DocumentModel active = model.active();
            return new WorkspaceState(files, active == null ? null : active.path(),
                    embeddings == null ? null : embeddings.state(),
                    java.util.List.copyOf(trainWindow.controller().model().runs()),
                    predictWindow.controller().state());
        }

        @Override
        public void restore(WorkspaceState state) {
            for (DocumentModel document : java.util.List.copyOf(model.documents())) {
                controller.close(document);
            }
            pendingViews.clear();
            if (embeddingTab != null && state.explorer() == null) {
                tabs.getTabs().remove(embeddingTab);
                embeddings.close();
                embeddings = null;
                embeddingTab = null;
                showTabsOrWelcome();
            }
            trainWindow.controller().restore(state.trainingRuns());
            predictWindow.controller().restore(state.predict());
            DocumentModel active = null;
            for (WorkspaceState.OpenFile file : state.files()) {
                if (file.view() != null) {
                    pendingViews.put(file.path(), file.view());
                }
                DocumentModel document = controller.open(file.path());
                restoreViewWhenLoaded(document);
                if (file.path().equals(state.activeFile())) {
                    active = document;
                }
            }
            if (state.explorer() != null) {
                openEmbeddingExplorer().restore(state.explorer()); // its tab after the files', where it was opened
            }
            if (active != null) {
                model.activeProperty().set(active);
            } else if (embeddingTab != null) {
                tabs.getSelectionModel().select(embeddingTab);
            }
        }

        @Override
        public void status(String line) {
            model.statusProperty().set(line);
        }

        @Override
        public void problems(String title, java.util.List<String> lines) {
            Alert alert = new Alert(Alert.AlertType.WARNING, String.join("\n", lines), ButtonType.OK);
            alert.setHeaderText(title);
            alert.initOwner(stage);
            alert.getDialogPane().setMinWidth(560);
            alert.show();
        }
    }

    /** Applies a reopened file's recorded view once it has loaded (a file that fails to load keeps its error tab). */
    private void restoreViewWhenLoaded(DocumentModel document) {
        GraphViewState state = pendingViews.get(document.path());
        if (state == null) {
            return;
        }
        javafx.beans.value.ChangeListener<DocumentModel.State> listener = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends DocumentModel.State> obs,
                                DocumentModel.State old, DocumentModel.State now) {
                if (now == DocumentModel.State.LOADING) {
                    return;
                }
                document.stateProperty().removeListener(this);
                pendingViews.remove(document.path());
                DocumentView view = viewOf.get(document);
                GraphExplorerController explorer = explorerOf(document);
                if (now == DocumentModel.State.READY && view != null && explorer != null) {
                    GraphViewStates.restore(state, document.explorer(), explorer, view.explorerView().graphView());
                }
            }
        };
        document.stateProperty().addListener(listener);
        if (document.state() != DocumentModel.State.LOADING) {
            listener.changed(document.stateProperty(), DocumentModel.State.LOADING, document.state());
        }
    }

    /** The explorer's tab gets the width of the node details panel, which has nothing to show for it. */
    private void giveExplorerRoom(boolean explorerShown) {
        if (explorerShown && hiddenDetails == null && main.getItems().size() == 3) {
            dividersBeforeExplorer = main.getDividerPositions();
            hiddenDetails = main.getItems().remove(2);
            main.setDividerPositions(dividersBeforeExplorer[0]);
        } else if (!explorerShown && hiddenDetails != null) {
            main.getItems().add(hiddenDetails);
            hiddenDetails = null;
            main.setDividerPositions(dividersBeforeExplorer);
        }
    }

    /** Whether the node details panel is shown (it gives way to the embedding explorer). */
    public boolean detailsShown() {
        return hiddenDetails == null;
    }

    private void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme.stylesheet());
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add(theme.isDark() ? "theme-dark" : "theme-light");
        if (embeddings != null) {
            embeddings.setDark(theme.isDark());
        }
    }

    private void saveWindow() {
        double[] dividers = hiddenDetails == null ? main.getDividerPositions() : dividersBeforeExplorer;
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
        center.getChildren().setAll(tabs.getTabs().isEmpty() ? welcome() : tabs);
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
            // bookmarks are kept with the workspace (null: no bookmarks file of its own)
            embeddings = org.mire.app.embeddingexplorer.EmbeddingExplorerController.standard(executor,
                    org.mire.app.embeddingexplorer.MethodCatalog.standard(org.mire.task.EmbeddingChoice.shippedModel()),
                    null, controller::open, samples, devMap);
            embeddings.setDark(model.themeProperty().get().isDark());
            embeddingTab = new Tab("Embedding Explorer", embeddings.view());
            embeddingTab.setId("embedding-explorer-tab");
            embeddingTab.setGraphic(new FontIcon("mdi2s-scatter-plot-outline"));
            embeddingTab.setTooltip(new Tooltip("Embedding explorer: encode a corpus, project it, compare methods"));
            embeddingTab.setOnClosed(e -> {
                embeddings.close();
                embeddings = null;
                embeddingTab = null;
                giveExplorerRoom(false);
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
        GraphViewState recorded = document.path() == null ? null : pendingViews.get(document.path());
        double divider = recorded != null && recorded.textDivider() > 0.02 && recorded.textDivider() < 0.98
                ? recorded.textDivider() : controller.settings().documentDivider();
        DocumentView view = new DocumentView(document, controller.controller(document),
                () -> controller.reload(document), divider);
        view.explorerView().setExportHandler(format -> export(document, format));
        view.wrapLinesProperty().bind(model.wrapLinesProperty());
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
        } else {
            statusBar.summary().setText("");
            statusBar.zoom().setText("");
        }
        updateTitle();
    }

    private GraphExplorerController explorerOf(DocumentModel document) {
        var documentController = controller.controller(document);
        return documentController == null ? null : documentController.explorer();
    }

    private Node welcome() {
        return new GettingStarted(this).page(true);
    }

    /** Help → Getting Started: the welcome page as a tab, beside open documents. */
    void openGettingStarted() {
        if (gettingStartedTab == null) {
            gettingStartedTab = new Tab("Getting started", new GettingStarted(this).page(false));
            gettingStartedTab.setId("getting-started-tab");
            gettingStartedTab.setGraphic(new FontIcon("mdi2h-help-circle-outline"));
            gettingStartedTab.setOnClosed(e -> {
                gettingStartedTab = null;
                showTabsOrWelcome();
            });
            tabs.getTabs().add(gettingStartedTab);
            showTabsOrWelcome();
        }
        tabs.getSelectionModel().select(gettingStartedTab);
    }

    /** Tasks → Train a Head. */
    void openTrain() {
        trainWindow.show(stage);
    }

    /** Tasks → Predict with a Head, with the open files listed. */
    void openPredict() {
        predictWindow.show(stage);
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
        fileMenu.openDialog();
    }

    // ---- export

    private void export(DocumentModel document, String format) {
        exports.export(document, viewOf.get(document), format);
    }

    /** The export actions, for tests that answer the dialogs. */
    ExportActions exports() {
        return exports;
    }

    // ---- toolbar and the menus' access to the active document

    private ToolBar toolBar() {
        Button open = new Button("Open", new FontIcon("mdi2f-folder-open-outline"));
        open.setTooltip(new Tooltip("Open an IR file (Ctrl+O)"));
        open.setOnAction(e -> openDialog());
        javafx.scene.control.MenuButton samples = new javafx.scene.control.MenuButton("Samples",
                new FontIcon("mdi2b-book-open-variant"));
        samples.getItems().setAll(fileMenu.samplesMenu().getItems());
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

    void exportActive(String format) {
        if (model.active() != null) {
            export(model.active(), format);
        }
    }

    void withView(java.util.function.Consumer<DocumentView> action) {
        DocumentModel active = model.active();
        DocumentView view = active == null ? null : viewOf.get(active);
        if (view != null) {
            action.accept(view);
        }
    }

    void withModel(java.util.function.Consumer<GraphExplorerModel> action) {
        if (model.active() != null) {
            action.accept(model.active().explorer());
        }
    }

    void withExplorer(java.util.function.Consumer<GraphExplorerController> action) {
        DocumentModel active = model.active();
        GraphExplorerController explorer = active == null ? null : explorerOf(active);
        if (explorer != null) {
            action.accept(explorer);
        }
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("side-title");
        label.setPadding(new Insets(10, 12, 6, 12));
        return label;
    }
}
