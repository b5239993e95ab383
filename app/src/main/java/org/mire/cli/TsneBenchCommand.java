package org.mire.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.embed.projection.ProjectionParameters;
import org.mire.embed.projection.TsneBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "tsne", mixinStandardHelpOptions = true,
        description = "Barnes-Hut t-SNE vs Smile's exact t-SNE on the same synthetic embedding-like data (a Gaussian "
                + "mixture): time, KL(P‖Q) with the exact and the sparse P, trustworthiness T(10).")
final class TsneBenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--sizes", split = ",", defaultValue = "1000,5000,10000", description = "Point counts (default ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--dims", defaultValue = "50", description = "Input dimensions (default ${DEFAULT-VALUE}).")
    int dims;

    @Option(names = "--exact-up-to", defaultValue = "10000", description = "Largest n for Smile's exact t-SNE (default ${DEFAULT-VALUE}).")
    int exactUpTo;

    @Option(names = "--exact-kl-up-to", defaultValue = "20000",
            description = "Largest n for KL with the dense exact P (n² floats of memory; default ${DEFAULT-VALUE}).")
    int exactKlUpTo;

    @Option(names = "--trust-sample", defaultValue = "2000", description = "Query points for trustworthiness (default ${DEFAULT-VALUE}).")
    int trustSample;

    @Option(names = "--iterations", defaultValue = "750", description = "Barnes-Hut iterations (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--theta", defaultValue = "0.5", description = "Barnes-Hut θ (default ${DEFAULT-VALUE}).")
    double theta;

    @Override
    public Integer call() throws MireException {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("t-SNE benchmark: %d-D Gaussian mixture (12 clusters), perplexity 30, %d cores, Java %s%n", dims,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        ProjectionParameters.Tsne parameters = ProjectionParameters.Tsne.defaults().withIterations(iterations);
        parameters = new ProjectionParameters.Tsne(2, parameters.perplexity(), 0, iterations, 42, theta, 0,
                ProjectionParameters.TsneAlgorithm.BARNES_HUT);
        TsneBenchmark.run(sizes.stream().mapToInt(Integer::intValue).toArray(), dims, exactUpTo, exactKlUpTo,
                trustSample, parameters, out);
        return MireCommand.EXIT_OK;
    }
}
