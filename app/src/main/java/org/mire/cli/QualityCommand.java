package org.mire.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.embed.Distance;
import org.mire.embed.EmbeddingFiles;
import org.mire.embed.EmbeddingQuality;
import org.mire.embed.EmbeddingSet;
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

    @Option(names = "--sample", defaultValue = "" + EmbeddingQuality.DEFAULT_SAMPLE,
            description = "Rows sampled for silhouette and trustworthiness on large sets (default ${DEFAULT-VALUE}).")
    int sample;

    @Override
    public Integer call() throws MireException {
        Distance metric = distance.metric(spec);
        EmbeddingSet set = input.read();
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "rows %d, dimension %d, distance %s%n", set.size(), set.dimension(),
                metric.name().toLowerCase(Locale.ROOT));
        float[][] projected = null;
        if (points != null) {
            EmbeddingSet read = EmbeddingFiles.read(points);
            if (read.size() != set.size()) {
                throw new MireException(points + ": " + read.size() + " points for " + set.size() + " vectors");
            }
            projected = read.vectors();
        }
        EmbeddingQuality.Report report = EmbeddingQuality.score(set, label, metric, k, projected, sample,
                new ConsoleProgress(spec.commandLine().getErr(), true));
        if (label != null) {
            out.printf(Locale.ROOT, "silhouette (%s): %.4f%n", label, report.silhouette());
            out.printf(Locale.ROOT, "%d-NN accuracy (%s, leave-one-out): %.4f%n", report.k(), label,
                    report.knnAccuracy());
        }
        if (points != null) {
            out.printf(Locale.ROOT, "trustworthiness T(%d): %s%n", report.k(), Double.isNaN(report.trustworthiness())
                    ? "n/a (needs k < rows/2)" : String.format(Locale.ROOT, "%.4f", report.trustworthiness()));
        }
        out.flush();
        return MireCommand.EXIT_OK;
    }
}
