package org.mire.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mire.app.embeddingexplorer.EmbeddingExplorerApp;
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

    @Option(names = "--encode", paramLabel = "METHOD", description = "Encode the corpus with this method at start: "
            + "mirencoder (the shipped model), mirencoder:DIR, opcode-histogram, ir2vec-style, op-histogram; repeat "
            + "for a second set (shown side by side, the first on the left).")
    List<String> encode;

    @Option(names = "--model", paramLabel = "DIR", description = "Offer the encoder in this model folder as a "
            + "method (repeatable).")
    List<Path> models;

    @Option(names = "--device", paramLabel = "DEVICE", defaultValue = "cpu", description = "Where the learned "
            + "encoder runs: cpu, gpu or gpu:N (no fallback: a GPU the engine does not see is an error). Default "
            + "${DEFAULT-VALUE}.")
    String device;

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
    public Integer call() throws org.mire.MireException {
        org.mire.encoder.device.DeviceRequest.parse(device); // a typo fails here, not after the window opened
        String[] wh = size.toLowerCase(Locale.ROOT).split("x");
        if (screenshot != null && System.getenv("DISPLAY") == null && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        String method = switch (projection.toLowerCase(Locale.ROOT)) {
            case "pca" -> "PCA";
            case "umap" -> "UMAP";
            default -> "TSNE";
        };
        EmbeddingExplorerApp.Outcome outcome = EmbeddingExplorerApp.run(new EmbeddingExplorerApp.Options(corpus, vectors == null ? List.of() : vectors,
                models == null ? List.of() : models, encode == null ? List.of() : encode, device, method, colour,
                compare, search, focus, screenshot == null ? null : screenshot.toAbsolutePath(),
                workspace != null ? workspace : org.mire.app.settings.Workspace.defaultFolder(),
                org.mire.MireHome.sampleIr().orElse(null),
                org.mire.task.dataset.DatasetLocations.defaultFolder(org.mire.task.dataset.DatasetLocations.DEVMAP)
                        .orElse(null),
                Integer.parseInt(wh[0]), Integer.parseInt(wh[1])));
        if (!outcome.message().isEmpty()) {
            (outcome.exitCode() == 0 ? spec.commandLine().getOut() : spec.commandLine().getErr())
                    .println(outcome.exitCode() == 0 ? outcome.message() : "mire: " + outcome.message());
        }
        return outcome.exitCode();
    }
}
