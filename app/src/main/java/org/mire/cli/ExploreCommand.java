package org.mire.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mire.app.embeddings.ExplorerApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "explore", mixinStandardHelpOptions = true,
        description = "Open the embedding explorer: load a corpus (IR folder, labels CSV or the DevMap folder) and "
                + "vectors, project them (t-SNE, PCA, UMAP), compare two side by side.")
final class ExploreCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "PATH", description = "IR folder, labels CSV (file,label…) or the DevMap data set folder.")
    Path corpus;

    @Option(names = "--vectors", paramLabel = "FILE", description = "Vectors to import (TSV/CSV/.npy or `mire encode` output); repeat for a second set.")
    List<Path> vectors;

    @Option(names = "--projection", defaultValue = "tsne", description = "tsne, pca or umap (default ${DEFAULT-VALUE}).")
    String projection;

    @Option(names = {"--colour", "--color"}, paramLabel = "COLUMN", description = "Metadata column to colour by.")
    String colour;

    @Option(names = "--compare", description = "Show the first two vector sets side by side.")
    boolean compare;

    @Option(names = "--search", paramLabel = "REGEX", description = "Highlight rows matching this regular expression (any column).")
    String search;

    @Option(names = "--focus", paramLabel = "REGEX", description = "Select the first row whose id matches and list its neighbours.")
    String focus;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace folder for the encoding cache and bookmarks (default ~/.mire/workspace).")
    Path workspace;

    @Option(names = "--screenshot", paramLabel = "PNG", description = "Render once the projections are done, write this PNG and exit.")
    Path screenshot;

    @Option(names = "--size", defaultValue = "1600x1000", description = "Window size (default ${DEFAULT-VALUE}).")
    String size;

    @Override
    public Integer call() {
        String[] wh = size.toLowerCase(Locale.ROOT).split("x");
        if (screenshot != null && System.getenv("DISPLAY") == null && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        Path home = Path.of(System.getProperty("mire.home", "."));
        Path sampleIr = home.resolve("sample-ir");
        Path devMap = home.resolve("../shared/datasets/devmap").normalize();
        String method = switch (projection.toLowerCase(Locale.ROOT)) {
            case "pca" -> "PCA";
            case "umap" -> "UMAP";
            default -> "TSNE";
        };
        ExplorerApp.Outcome outcome = ExplorerApp.run(new ExplorerApp.Options(corpus, vectors == null ? List.of() : vectors, method, colour,
                compare, search, focus, screenshot == null ? null : screenshot.toAbsolutePath(),
                workspace != null ? workspace : Path.of(System.getProperty("user.home"), ".mire", "workspace"),
                Files.isDirectory(sampleIr) ? sampleIr : null, Files.isDirectory(devMap) ? devMap : null,
                Integer.parseInt(wh[0]), Integer.parseInt(wh[1])));
        if (!outcome.message().isEmpty()) {
            (outcome.exitCode() == 0 ? spec.commandLine().getOut() : spec.commandLine().getErr())
                    .println(outcome.exitCode() == 0 ? outcome.message() : "mire: " + outcome.message());
        }
        return outcome.exitCode();
    }
}
