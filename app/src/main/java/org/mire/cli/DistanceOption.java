package org.mire.cli;

import org.mire.embed.Distance;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --distance cosine|euclidean} of the embedding commands. */
final class DistanceOption {
    @Option(names = "--distance", defaultValue = "cosine", description = "cosine or euclidean (default ${DEFAULT-VALUE}).")
    String distance;

    /** The distance; a misspelt one is a usage error. */
    Distance metric(CommandSpec spec) {
        try {
            return Distance.parse(distance);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
