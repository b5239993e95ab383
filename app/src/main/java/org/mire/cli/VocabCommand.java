package org.mire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.corpus.Corpus;
import org.mire.corpus.CorpusVocabulary;
import org.mire.corpus.Split;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "vocab", mixinStandardHelpOptions = true, description = "Build token vocabularies.",
        subcommands = {VocabCommand.Build.class})
final class VocabCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Count the tokens of a corpus's train split and write vocab.txt (one token a line, id = line "
                    + "number - 1; [PAD] [UNK] [CLS] [SEP] [MASK] first).")
    static final class Build implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--corpus", required = true, paramLabel = "CORPUS", description = "A corpus folder.")
        Path corpus;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The vocab.txt to write.")
        Path out;

        @Option(names = "--min-count", paramLabel = "N", defaultValue = "5",
                description = "Keep tokens seen at least N times (default ${DEFAULT-VALUE}).")
        int minCount;

        @Option(names = "--max-size", paramLabel = "N", defaultValue = "8000",
                description = "At most N tokens, specials included (default ${DEFAULT-VALUE}).")
        int maxSize;

        @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", description = "Parallel parsers (default ${DEFAULT-VALUE}).")
        int jobs;

        @Override
        public Integer call() throws MireException {
            if (minCount < 1 || maxSize < 64) {
                throw new MireException("--min-count must be at least 1 and --max-size at least 64");
            }
            CorpusVocabulary.Result result = CorpusVocabulary.build(Corpus.open(corpus), Split.TRAIN, minCount, maxSize,
                    jobs, new ConsoleProgress(spec.commandLine().getErr()));
            result.vocabulary().save(out);
            PrintWriter o = spec.commandLine().getOut();
            o.printf("%s: %d tokens (from %d distinct in %d train files, %d token occurrences; %.3f%% of them would be "
                            + "[UNK]); sha256 %s%n", out, result.vocabulary().size(), result.distinctTokens(), result.files(),
                    result.tokens(), result.tokens() == 0 ? 0.0 : 100.0 * result.unknownTokens() / result.tokens(),
                    result.vocabulary().sha256());
            return MireCommand.EXIT_OK;
        }
    }
}
