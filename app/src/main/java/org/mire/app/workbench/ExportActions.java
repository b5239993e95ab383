package org.mire.app.workbench;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mire.app.document.DocumentModel;
import org.mire.app.document.DocumentView;
import org.mire.app.graphexplorer.GraphExplorerModel;
import org.mire.graph.Flow;
import org.mire.graph.GraphStatistics;
import org.mire.graph.NodeType;
import org.mire.graph.io.GraphFormat;
import org.mire.viz.graph.GraphPicture;
import org.mire.viz.graph.GraphView;
import org.mire.viz.graph.PictureLegend;

/**
 * File → Export and the explorer's export button: for a picture, how to draw it ({@link PictureExportDialog}); then
 * where to write, in a dialog that offers every format and writes the one the chosen file's extension names; then
 * the writing, in the background.
 */
final class ExportActions {
    /** Asks for a file; the window uses the platform's dialog, tests answer for the user. */
    interface PictureQuestion {
        Optional<PictureExportDialog.Options> ask(Window owner, String format, PictureExportDialog.Options initial,
                                                  java.util.function.Function<PictureExportDialog.Options,
                                                          GraphPicture> pictures);
    }

    private final Workbench workbench;
    private BiFunction<FileChooser, Window, File> saveDialog = FileChooser::showSaveDialog;
    private PictureQuestion pictureQuestion = PictureExportDialog::ask;
    private PictureExportDialog.Options lastPicture = PictureExportDialog.Options.DEFAULT;

    ExportActions(Workbench workbench) {
        this.workbench = workbench;
    }

    void setSaveDialog(BiFunction<FileChooser, Window, File> dialog) {
        saveDialog = dialog;
    }

    void setPictureQuestion(PictureQuestion question) {
        pictureQuestion = question;
    }

    /** Exports from a document's explorer; {@code requested} is the format of the menu item. */
    void export(DocumentModel document, DocumentView view, String requested) {
        if (view == null || document.state() != DocumentModel.State.READY) {
            return;
        }
        Window owner = workbench.stage();
        GraphExplorerModel explorer = document.explorer();
        GraphView graphView = view.explorerView().graphView();
        PictureExportDialog.Options options = lastPicture;
        if (ExportFiles.isPicture(requested)) {
            Optional<PictureExportDialog.Options> chosen = pictureQuestion.ask(owner, requested, lastPicture,
                    o -> picture(graphView, explorer, o));
            if (chosen.isEmpty()) {
                return;
            }
            options = chosen.get();
            lastPicture = options;
        }
        FileChooser chooser = chooser(document, requested);
        File chosen = saveDialog.apply(chooser, owner);
        if (chosen == null) {
            return;
        }
        String format = ExportFiles.formatOf(chosen.toPath());
        if (format == null) {
            FileChooser.ExtensionFilter filter = chooser.getSelectedExtensionFilter();
            format = filter == null ? requested : (String) filterFormat(filter);
        }
        Path file = ExportFiles.withExtension(chosen.toPath(), format);
        WorkbenchController controller = workbench.controller();
        controller.rememberExportFolder(file.getParent());
        controller.model().statusProperty().set("Exporting " + file + "…");
        var work = ExportFiles.isPicture(format)
                ? GraphExport.picture(picture(graphView, explorer, options), format, options.resolution(), file)
                : GraphExport.graph(explorer, GraphFormat.fromName(format), file);
        workbench.executor().submit("Export " + file.getFileName(), work,
                written -> controller.model().statusProperty().set("Exported " + written),
                error -> {
                    controller.model().statusProperty().set("Export failed: " + error.getMessage());
                    Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage(), ButtonType.OK);
                    alert.setHeaderText("Export failed");
                    alert.initOwner(owner);
                    alert.show();
                });
    }

    private FileChooser chooser(DocumentModel document, String requested) {
        String base = document.title().replaceAll("\\.[^.]*$", "");
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export");
        chooser.setInitialFileName(base + (ExportFiles.isPicture(requested) ? "-view." : ".") + requested);
        for (String format : ExportFiles.all()) {
            FileChooser.ExtensionFilter filter = new FileChooser.ExtensionFilter(ExportFiles.description(format)
                    + " (*." + format + ")", "*." + format);
            chooser.getExtensionFilters().add(filter);
            if (format.equals(requested)) {
                chooser.setSelectedExtensionFilter(filter);
            }
        }
        chooser.setInitialDirectory(ExportFiles.initialFolder(workbench.controller().settings().lastExportFolder(),
                document.path(), workbench.controller().samples().folder()).toFile());
        return chooser;
    }

    private static String filterFormat(FileChooser.ExtensionFilter filter) {
        return filter.getExtensions().getFirst().substring(2);
    }

    /** A picture of the view with the legend of what it shows. */
    static GraphPicture picture(GraphView view, GraphExplorerModel explorer, PictureExportDialog.Options options) {
        return view.picture(options.wholeGraph(), options.legend() ? legend(explorer) : null, options.marks());
    }

    static PictureLegend legend(GraphExplorerModel explorer) {
        if (explorer.viewModeProperty().get() == GraphExplorerModel.ViewMode.CONTROL_FLOW) {
            return PictureLegend.controlFlow(explorer.paletteProperty().get());
        }
        Set<NodeType> types = EnumSet.noneOf(NodeType.class);
        for (NodeType type : NodeType.values()) {
            if (explorer.typeVisibleProperty(type).get()) {
                types.add(type);
            }
        }
        Set<Flow> flows = EnumSet.noneOf(Flow.class);
        for (Flow flow : Flow.values()) {
            if (explorer.flowVisibleProperty(flow).get()) {
                flows.add(flow);
            }
        }
        GraphStatistics statistics = explorer.statisticsProperty().get();
        return PictureLegend.programGraph(explorer.paletteProperty().get(), types, flows,
                statistics == null ? null : statistics.nodesByType(), statistics == null ? null
                        : statistics.edgesByFlow());
    }
}
