package org.mire.app.workbench;

import static org.mire.app.workbench.MenuItems.item;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.mire.ir.IrFiles;
import org.mire.ir.IrLoader;

/**
 * The File menu: workspaces (new, open, save, save as), files (open by dialog, samples, recent files), reload, close,
 * export, quit.
 */
final class FileMenuActions {
    private final Workbench workbench;
    private final WorkbenchController controller;
    private final WorkbenchModel model;
    private final Menu recentMenu = new Menu("Open Recent");

    FileMenuActions(Workbench workbench) {
        this.workbench = workbench;
        this.controller = workbench.controller();
        this.model = controller.model();
        model.recentFiles().addListener((ListChangeListener<String>) change -> rebuildRecent());
        rebuildRecent();
    }

    Menu menu() {
        Menu file = new Menu("File");
        Menu exportMenu = new Menu("Export");
        exportMenu.setGraphic(new FontIcon("mdi2e-export-variant"));
        exportMenu.getItems().addAll(
                item("View as PNG…", null, "Shortcut+Shift+E", () -> workbench.exportActive("png")),
                item("View as SVG…", null, null, () -> workbench.exportActive("svg")),
                new SeparatorMenuItem(),
                item("Graph as ProGraML JSON…", null, "Shortcut+E", () -> workbench.exportActive("json")),
                item("Graph as GraphML…", null, null, () -> workbench.exportActive("graphml")),
                item("Graph as GEXF…", null, null, () -> workbench.exportActive("gexf")),
                item("Graph as DOT…", null, null, () -> workbench.exportActive("dot")));
        file.getItems().addAll(
                item("New Workspace…", "mdi2f-folder-plus-outline", null, this::newWorkspace),
                item("Open Workspace…", "mdi2f-folder-star-outline", "Shortcut+Shift+O", this::openWorkspace),
                item("Save Workspace", "mdi2c-content-save-outline", "Shortcut+S", () -> workbench.workspace().save()),
                item("Save Workspace As…", null, "Shortcut+Shift+S", this::saveWorkspaceAs),
                new SeparatorMenuItem(),
                item("Open…", "mdi2f-folder-open-outline", "Shortcut+O", this::openDialog),
                samplesMenu(), recentMenu, new SeparatorMenuItem(),
                item("Reload", "mdi2r-refresh", "F5", () -> {
                    if (model.active() != null) {
                        controller.reload(model.active());
                    }
                }),
                item("Close", null, "Shortcut+W", () -> {
                    if (model.active() != null) {
                        controller.close(model.active());
                    }
                }),
                new SeparatorMenuItem(), exportMenu, new SeparatorMenuItem(),
                item("Quit", null, "Shortcut+Q", workbench::quit));
        return file;
    }

    private java.util.Optional<Path> chooseWorkspaceFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        var current = workbench.workspace().current();
        if (current != null && current.folder().getParent() != null
                && Files.isDirectory(current.folder().getParent())) {
            chooser.setInitialDirectory(current.folder().getParent().toFile());
        }
        return java.util.Optional.ofNullable(chooser.showDialog(workbench.stage())).map(File::toPath);
    }

    /** A new, empty workspace in a folder the user chooses (the current one is saved first). */
    private void newWorkspace() {
        chooseWorkspaceFolder("Folder for the new workspace").ifPresent(folder -> {
            workbench.workspace().newWorkspace(folder);
        });
    }

    private void openWorkspace() {
        chooseWorkspaceFolder("Open workspace (a folder with workspace.json)").ifPresent(folder ->
                workbench.openWorkspace(folder, opened -> { }));
    }

    private void saveWorkspaceAs() {
        chooseWorkspaceFolder("Save workspace into folder").ifPresent(folder -> workbench.workspace().saveAs(folder));
    }

    /** File chooser filters: every IR type the workbench reads ({@link IrFiles}), then by language. */
    static List<FileChooser.ExtensionFilter> irFilters() {
        List<FileChooser.ExtensionFilter> filters = new ArrayList<>();
        filters.add(new FileChooser.ExtensionFilter("IR and sources", IrFiles.globs()));
        filters.add(filter("LLVM IR text", IrLoader.InputKind.LLVM_TEXT));
        filters.add(filter("LLVM bitcode", IrLoader.InputKind.LLVM_BITCODE));
        filters.add(filter("C, C++, OpenCL", IrLoader.InputKind.C, IrLoader.InputKind.CXX, IrLoader.InputKind.OPENCL));
        filters.add(filter("MLIR", IrLoader.InputKind.MLIR));
        filters.add(new FileChooser.ExtensionFilter("All files", "*"));
        return filters;
    }

    private static FileChooser.ExtensionFilter filter(String name, IrLoader.InputKind... kinds) {
        List<String> globs = new ArrayList<>();
        for (IrLoader.InputKind kind : kinds) {
            kind.extensions().forEach(e -> globs.add("*." + e));
        }
        return new FileChooser.ExtensionFilter(name, globs);
    }

    void openDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open IR");
        chooser.getExtensionFilters().addAll(irFilters());
        String last = controller.settings().lastOpenFolder();
        if (last != null && Files.isDirectory(Path.of(last))) {
            chooser.setInitialDirectory(new File(last));
        } else if (controller.samples().folder() != null) {
            chooser.setInitialDirectory(controller.samples().folder().toFile());
        }
        List<File> files = chooser.showOpenMultipleDialog(workbench.stage());
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

    /** The bundled samples by folder; folders of more than 30 files group their files by program. */
    Menu samplesMenu() {
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
}
