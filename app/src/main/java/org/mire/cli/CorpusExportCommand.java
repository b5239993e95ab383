package org.mire.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.corpus.Split;
import org.mire.encoder.shard.ShardExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Featurise a corpus (or .ll/.bc files and folders) into training shards for the Python trainer "
                + "(training/README.md): OUT/shard-NNNNN.npz, OUT/vocab.txt, OUT/manifest.json. The same function at "
                + "several opt levels is one group (contrastive positives). Format: docs/formats.md.")
final class CorpusExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CORPUS|IR", arity = "1..*",
            description = "A corpus folder (mire corpus build) or IR files and folders.")
    List<Path> inputs;

    @Option(names = "--vocab", required = true, paramLabel = "FILE", description = "The vocabulary (vocab.txt).")
    Path vocab;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the shards.")
    Path out;

    @Option(names = "--split", defaultValue = "train", description = "Corpus split: train or validation (default ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--max-nodes", defaultValue = "2500",
            description = "Leave out functions with larger graphs; 0 keeps all (default ${DEFAULT-VALUE}).")
    int maxNodes;

    @Option(names = "--max-function-tokens", defaultValue = "1024",
            description = "Keep the first N tokens of a function; 0 keeps all (default ${DEFAULT-VALUE}).")
    int maxFunctionTokens;

    @Option(names = "--shard-mib", defaultValue = "48", description = "Most MiB per shard, at most 60 (default ${DEFAULT-VALUE}).")
    double shardMib;

    @Option(names = "--limit-mib", defaultValue = "0",
            description = "Stop after this many MiB of shards, a random sample of whole sources (default: no limit).")
    double limitMib;

    @Option(names = "--node-tokens", defaultValue = "4", description = "Token ids per node text, the model's nodeTokens (default ${DEFAULT-VALUE}).")
    int nodeTokens;

    @Option(names = "--exclude-package", paramLabel = "NAME",
            description = "Leave out this corpus package (repeatable), e.g. sample-ir, which mire check-model evaluates on.")
    List<String> excludePackages = new java.util.ArrayList<>();

    @Option(names = "--skip-sources", defaultValue = "0", paramLabel = "N",
            description = "Skip the first N sources of the seeded order: the rest of the corpus after an export limited "
                    + "by --limit-mib (its manifest's summary.sources) (default ${DEFAULT-VALUE}).")
    int skipSources;

    @Option(names = "--seed", defaultValue = "42", description = "Order of the sources (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--jobs", defaultValue = "2", description = "Parser threads (default ${DEFAULT-VALUE}).")
    int jobs;

    @Override
    public Integer call() throws MireException {
        var err = spec.commandLine().getErr();
        Split chosen = Split.parse(split);
        ShardExport.Options options;
        try {
            options = new ShardExport.Options(maxNodes, maxFunctionTokens, shardMib, limitMib, chosen, seed, jobs,
                    nodeTokens, java.util.Set.copyOf(excludePackages), skipSources);
        } catch (IllegalArgumentException e) {
            throw new MireException(e.getMessage());
        }
        ShardExport.Summary summary = ShardExport.run(inputs, vocab, out, options, new ConsoleProgress(err),
                line -> err.println("mire: " + line));
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "%s: %d shards, %.1f MiB, %d functions (%d tokens, %d nodes, %d edges)", out, summary.shards(),
                summary.bytes() / 1048576.0, summary.functions(), summary.tokens(), summary.nodes(), summary.edges()));
        return MireCommand.EXIT_OK;
    }
}
