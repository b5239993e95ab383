package org.mire.app.workbench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.mire.app.document.DocumentModel;

/**
 * The workspace on the left: the open files with their functions (click one to show it), and the bundled samples by
 * folder and program (click one to open it).
 */
final class WorkspaceTree extends TreeView<WorkspaceTree.Entry> {
    enum Kind { SECTION, DOCUMENT, FUNCTION, FOLDER, SAMPLE }

    record Entry(Kind kind, String label, Path path, DocumentModel document, String function) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final TreeItem<Entry> openFiles = new TreeItem<>(new Entry(Kind.SECTION, "Open files", null, null, null));
    private final TreeItem<Entry> samples = new TreeItem<>(new Entry(Kind.SECTION, "Samples", null, null, null));
    private final WorkbenchModel model;
    private final Samples sampleFiles;
    private Consumer<Path> onOpen = path -> { };
    private Consumer<Entry> onFunction = entry -> { };

    WorkspaceTree(WorkbenchModel model, Samples sampleFiles) {
        this.model = model;
        this.sampleFiles = sampleFiles;
        getStyleClass().add("workspace-tree");
        TreeItem<Entry> root = new TreeItem<>(new Entry(Kind.SECTION, "Workspace", null, null, null));
        root.getChildren().addAll(openFiles, samples);
        openFiles.setExpanded(true);
        samples.setExpanded(true);
        setRoot(root);
        setShowRoot(false);
        setCellFactory(view -> new EntryCell());
        buildSamples();
        model.documents().addListener((ListChangeListener<DocumentModel>) change -> rebuildDocuments());
        model.activeProperty().addListener((obs, old, now) -> selectDocument(now));
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                activate(getSelectionModel().getSelectedItem());
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                activate(getSelectionModel().getSelectedItem());
            }
        });
    }

    void setOnOpen(Consumer<Path> handler) {
        onOpen = handler;
    }

    void setOnFunction(Consumer<Entry> handler) {
        onFunction = handler;
    }

    private void activate(TreeItem<Entry> item) {
        if (item == null) {
            return;
        }
        Entry entry = item.getValue();
        switch (entry.kind()) {
            case SAMPLE -> onOpen.accept(entry.path());
            case DOCUMENT -> model.activeProperty().set(entry.document());
            case FUNCTION -> onFunction.accept(entry);
            default -> { }
        }
    }

    private void rebuildDocuments() {
        openFiles.getChildren().clear();
        for (DocumentModel document : model.documents()) {
            TreeItem<Entry> item = new TreeItem<>(new Entry(Kind.DOCUMENT, document.title(), document.path(),
                    document, null));
            fillFunctions(item, document);
            // the graph, not the state: a reload (another -O level) changes the functions once its graph is set
            document.explorer().graphProperty().addListener((obs, old, now) -> fillFunctions(item, document));
            openFiles.getChildren().add(item);
        }
        selectDocument(model.active());
    }

    private static void fillFunctions(TreeItem<Entry> item, DocumentModel document) {
        item.getChildren().clear();
        var graph = document.explorer().graphProperty().get();
        if (graph == null) {
            return;
        }
        for (String function : graph.definedFunctions()) {
            item.getChildren().add(new TreeItem<>(new Entry(Kind.FUNCTION, function, document.path(), document,
                    function)));
        }
        item.setExpanded(item.getChildren().size() <= 40);
    }

    private void selectDocument(DocumentModel document) {
        for (TreeItem<Entry> item : openFiles.getChildren()) {
            if (item.getValue().document() == document) {
                getSelectionModel().select(item);
                return;
            }
        }
    }

    /** Samples by folder; a folder with many files is grouped by program (the part of the name before the dot). */
    private void buildSamples() {
        List<Path> files = sampleFiles.files();
        if (files.isEmpty()) {
            samples.getChildren().add(new TreeItem<>(new Entry(Kind.SECTION, "(no sample-ir folder found)", null,
                    null, null)));
            return;
        }
        Path folder = sampleFiles.folder();
        Map<String, List<Path>> byFolder = new LinkedHashMap<>();
        for (Path file : files) {
            Path relative = folder.relativize(file);
            String group = relative.getNameCount() > 1 ? relative.getName(0).toString() : ".";
            byFolder.computeIfAbsent(group, g -> new java.util.ArrayList<>()).add(file);
        }
        for (Map.Entry<String, List<Path>> group : byFolder.entrySet()) {
            TreeItem<Entry> folderItem = new TreeItem<>(new Entry(Kind.FOLDER, group.getKey() + "  ("
                    + group.getValue().size() + ")", folder.resolve(group.getKey()), null, null));
            if (group.getValue().size() > 30) {
                Map<String, TreeItem<Entry>> programs = new LinkedHashMap<>();
                for (Path file : group.getValue()) {
                    String name = file.getFileName().toString();
                    String program = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                    programs.computeIfAbsent(program, p -> {
                        TreeItem<Entry> programItem = new TreeItem<>(new Entry(Kind.FOLDER, p, null, null, null));
                        folderItem.getChildren().add(programItem);
                        return programItem;
                    }).getChildren().add(sample(file));
                }
            } else {
                for (Path file : group.getValue()) {
                    folderItem.getChildren().add(sample(file));
                }
            }
            folderItem.setExpanded("large".equals(group.getKey()));
            samples.getChildren().add(folderItem);
        }
    }

    private static TreeItem<Entry> sample(Path file) {
        return new TreeItem<>(new Entry(Kind.SAMPLE, file.getFileName().toString(), file, null, null));
    }

    /** A cell with an icon per kind of entry. */
    private static final class EntryCell extends TreeCell<Entry> {
        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("workspace-section", "workspace-function");
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(entry.label());
            String icon = switch (entry.kind()) {
                case SECTION -> null;
                case DOCUMENT -> entry.document().state() == DocumentModel.State.FAILED
                        ? "mdi2f-file-alert-outline" : "mdi2f-file-code-outline";
                case FUNCTION -> "mdi2f-function-variant";
                case FOLDER -> "mdi2f-folder-outline";
                case SAMPLE -> entry.path().toString().endsWith(".ll") ? "mdi2f-file-document-outline"
                        : "mdi2f-file-outline";
            };
            setGraphic(icon == null ? null : new FontIcon(icon));
            if (entry.kind() == Kind.SECTION) {
                getStyleClass().add("workspace-section");
            } else if (entry.kind() == Kind.FUNCTION) {
                getStyleClass().add("workspace-function");
            }
            setTooltip(entry.path() == null ? null : new Tooltip(entry.path().toString()));
        }
    }
}
