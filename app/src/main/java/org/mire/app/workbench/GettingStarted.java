package org.mire.app.workbench;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.mire.app.document.DocumentModel;
import org.mire.app.graphexplorer.GraphExplorerModel;

/**
 * The welcome page, and Help → Getting Started: the whole product on one page — program graphs (with samples in
 * each language), the embedding explorer, training and predicting with task heads, and the command line — each
 * with links that open it.
 */
final class GettingStarted {
    /** The commands the page shows, one per job (train and predict need a labels CSV of yours: file,label). */
    static final List<String> COMMANDS = List.of(
            "mire graph sample-ir/mlir/scf_while.mlir --function collatz --cfg -o cfg.dot",
            "mire stats sample-ir/ll/quicksort.O1.ll",
            "mire encode sample-ir/ll --out embeddings.csv",
            "mire project embeddings.csv --method umap -o points.csv",
            "mire train labels.csv --embedding mirencoder -o head",
            "mire predict --head head sample-ir/c/kmeans.c",
            "mire --help");

    private final Workbench workbench;

    GettingStarted(Workbench workbench) {
        this.workbench = workbench;
    }

    /** The page; {@code welcome} adds the open-a-file call to action on top (no document is open). */
    Node page(boolean welcome) {
        Label title = new Label("MIRE Workbench");
        title.getStyleClass().add(Styles.TITLE_1);
        Label subtitle = new Label("Learned embeddings of compiler IR: look at a program as the graphs a model sees, "
                + "embed a corpus and explore it, train a task head on the embeddings and predict with it — in this "
                + "window or from the command line.");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        subtitle.setMaxWidth(760);
        VBox top = new VBox(10, title, subtitle);
        top.setAlignment(Pos.CENTER);
        if (welcome) {
            Button open = new Button("Open file…", new FontIcon("mdi2f-folder-open-outline"));
            open.getStyleClass().add(Styles.ACCENT);
            open.setDefaultButton(true);
            open.setId("welcome-open");
            open.setOnAction(e -> workbench.openDialog());
            top.getChildren().add(open);
        }

        FlowPane cards = new FlowPane(16, 16);
        cards.setAlignment(Pos.TOP_CENTER);
        cards.setPrefWrapLength(3 * 300 + 2 * 16);
        cards.getChildren().addAll(graphs(), explorer(), train(), predict(), commandLine());

        Label drop = new Label("Drop .ll, .bc, .c, .cpp, .cl or .mlir files anywhere in this window. "
                + "Help → Getting Started shows this page again.");
        drop.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox page = new VBox(22, top, cards, drop);
        page.setAlignment(Pos.TOP_CENTER);
        page.setPadding(new Insets(28, 24, 24, 24));
        page.getStyleClass().add("welcome");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("welcome-scroll");
        scroll.setId(welcome ? "welcome-page" : "getting-started-page");
        return scroll;
    }

    private VBox graphs() {
        VBox card = card("mdi2g-graph-outline", "Program graphs",
                "Open LLVM IR, MLIR, or C, C++ and OpenCL source (shown above its IR, compiled at an -O level you "
                        + "choose, lines linked both ways). See the ProGraML program graph and each function's "
                        + "control-flow graph; click a node to find its line; export pictures and graphs.");
        Hyperlink open = link("Open a file…", "welcome-open-file", workbench::openDialog);
        card.getChildren().add(open);
        sample("ll/quicksort.O1.ll", "LLVM IR: quicksort", "welcome-sample-ll", document -> { })
                .ifPresent(card.getChildren()::add);
        // The link promises the CFG, so it opens on that view.
        sample("mlir/affine_matmul.mlir", "MLIR: an affine loop nest and its CFG", "welcome-sample-mlir",
                document -> document.explorer().viewModeProperty().set(GraphExplorerModel.ViewMode.CONTROL_FLOW))
                .ifPresent(card.getChildren()::add);
        sample("c/kmeans.c", "C: k-means, source beside its IR", "welcome-sample-c", document -> { })
                .ifPresent(card.getChildren()::add);
        return card;
    }

    private Optional<Hyperlink> sample(String relative, String text, String id, Consumer<DocumentModel> then) {
        Samples samples = workbench.controller().samples();
        return samples.files().stream().filter(p -> p.endsWith(Path.of(relative))).findFirst()
                .map(file -> link(text, id, () -> then.accept(workbench.controller().open(file))));
    }

    private VBox explorer() {
        VBox card = card("mdi2s-scatter-plot-outline", "Embedding explorer",
                "Encode a corpus (the samples, the DevMap data set, a folder of yours) with the MIREncoder or a "
                        + "baseline, project it with PCA, UMAP or t-SNE, colour it by program, language or -O level, "
                        + "compare two embeddings side by side, find neighbours.");
        card.getChildren().add(link("Open the embedding explorer (Ctrl+Shift+M)", "welcome-explorer",
                workbench::openEmbeddingExplorer));
        return card;
    }

    private VBox train() {
        VBox card = card("mdi2s-school-outline", "Train a head",
                "Cross-validate a classifier or regressor on embeddings of labelled programs (DevMap device mapping, "
                        + "thread coarsening, your own labels CSV), compare embeddings and heads, save the final "
                        + "head.");
        card.getChildren().add(link("Train a head… (Ctrl+Shift+T)", "welcome-train", workbench::openTrain));
        return card;
    }

    private VBox predict() {
        VBox card = card("mdi2c-crystal-ball", "Predict",
                "Apply a saved head to the open files or to any IR, and see each prediction with its probability.");
        card.getChildren().add(link("Predict with a head… (Ctrl+Shift+P)", "welcome-predict", workbench::openPredict));
        return card;
    }

    private VBox commandLine() {
        VBox card = card("mdi2c-console-line", "Command line",
                "Every job of this window is a mire command too, on the same code: for scripts, clusters and "
                        + "reproducible results.");
        Label commands = new Label(String.join("\n", COMMANDS));
        commands.getStyleClass().add("welcome-commands");
        commands.setId("welcome-commands");
        commands.setWrapText(false);
        commands.setMinWidth(Region.USE_PREF_SIZE);
        Hyperlink copy = link("Copy the commands", "welcome-copy-commands", () -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(String.join("\n", COMMANDS) + "\n");
            Clipboard.getSystemClipboard().setContent(content);
            workbench.controller().model().statusProperty().set("Copied " + COMMANDS.size() + " commands");
        });
        card.getChildren().addAll(commands, copy);
        card.setPrefWidth(2 * 300 + 16);
        return card;
    }

    private static VBox card(String icon, String heading, String text) {
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add("welcome-card-icon");
        Label title = new Label(heading, graphic);
        title.getStyleClass().add(Styles.TITLE_4);
        Label body = new Label(text);
        body.setWrapText(true);
        body.getStyleClass().add(Styles.TEXT_MUTED);
        VBox card = new VBox(8, title, body);
        card.getStyleClass().add("welcome-card");
        card.setPrefWidth(300);
        card.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    private static Hyperlink link(String text, String id, Runnable action) {
        Hyperlink link = new Hyperlink(text);
        link.setId(id);
        link.setOnAction(e -> action.run());
        link.setTooltip(new Tooltip(text));
        link.setWrapText(true);
        return link;
    }
}
