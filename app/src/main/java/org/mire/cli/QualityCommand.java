package org.mire.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.embed.Distance;
import org.mire.embed.EmbeddingFiles;
import org.mire.embed.EmbeddingQuality;
import org.mire.embed.EmbeddingSet;
import org.mire.embed.Neighbours;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "quality", mixinStandardHelpOptions = true,
        description = "Score an embedding against a label column: silhouette and leave-one-out k-NN accuracy in the "
                + "original space, and trustworthiness of a projection (--points).")
final class QualityCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    EmbeddingInput input;

    @Option(names = "--label", paramLabel = "COLUMN", description = "The metadata column with the labels.")
    String label;

    @Option(names = "-k", defaultValue = "10", description = "Neighbours for k-NN accuracy and trustworthiness (default ${DEFAULT-VALUE}).")
    int k;

    @Mixin
    DistanceOption distance;

    @Option(names = "--points", paramLabel = "CSV", description = "A projection written by `mire project`, to score its trustworthiness.")
    Path points;

    @Option(names = "--sample", defaultValue = "5000",
            description = "Rows sampled for silhouette and trustworthiness on large sets (default ${DEFAULT-VALUE}).")
    int sample;

    @Override
    public Integer call() throws MireException {
        Distance metric = distance.metric(spec);
        EmbeddingSet set = input.read();
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "rows %d, dimension %d, distance %s%n", set.size(), set.dimension(),
                metric.name().toLowerCase(Locale.ROOT));
        if (label != null) {
            List<String> labels = set.metadata().get(label);
            if (labels == null) {
                throw new MireException(input.vectors + ": no metadata column '" + label + "' (have: "
                        + String.join(", ", set.columnNames()) + ")");
            }
            double silhouette = EmbeddingQuality.silhouette(set.vectors(), labels, metric, sample, 1);
            Neighbours.Graph graph = Neighbours.all(set.vectors(), Math.min(k, set.size() - 1), metric,
                    new ConsoleProgress(spec.commandLine().getErr(), true));
            double accuracy = EmbeddingQuality.knnAccuracy(graph, labels, graph.k());
            out.printf(Locale.ROOT, "silhouette (%s): %.4f%n", label, silhouette);
            out.printf(Locale.ROOT, "%d-NN accuracy (%s, leave-one-out): %.4f%n", graph.k(), label, accuracy);
        }
        if (points != null) {
            EmbeddingSet projected = EmbeddingFiles.read(points);
            if (projected.size() != set.size()) {
                throw new MireException(points + ": " + projected.size() + " points for " + set.size() + " vectors");
            }
            double trust = EmbeddingQuality.trustworthiness(set.vectors(), projected.vectors(), k, metric, sample, 1,
                    new ConsoleProgress(spec.commandLine().getErr(), true));
            out.printf(Locale.ROOT, "trustworthiness T(%d): %.4f%n", k, trust);
        }
        out.flush();
        return MireCommand.EXIT_OK;
    }
}
