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

@Command(name = "vocab", mixinStandardHelpOptions = true,
        description = "Build token vocabularies, extend a model's vocabulary, measure [UNK] rates.",
        subcommands = {VocabCommand.Build.class, VocabCommand.Extend.class, VocabCommand.Coverage.class})
final class VocabCommand extends GroupCommand {

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

    @Command(name = "extend", mixinStandardHelpOptions = true,
            description = "Append the tokens of new IR (e.g. MLIR) that a model's vocabulary lacks to its end, grow the "
                    + "token embedding by as many rows, and write a complete new model directory. Old ids and their "
                    + "weights are unchanged; fine-tune the result with `mire pretrain --init`.")
    static final class Extend implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--model", required = true, paramLabel = "MODEL_DIR", description = "The base model directory.")
        Path model;

        @Option(names = "--from", required = true, arity = "1..*", paramLabel = "DIR_OR_CORPUS",
                description = "IR to count: a corpus (its train files), a folder (its .mlir and .ll files) or files.")
        java.util.List<Path> from;

        @Option(names = "--out", required = true, paramLabel = "NEW_MODEL_DIR", description = "Where the extended model is written.")
        Path out;

        @Option(names = "--min-count", paramLabel = "N", defaultValue = "3",
                description = "Add tokens seen at least N times (default ${DEFAULT-VALUE}).")
        int minCount;

        @Override
        public Integer call() throws MireException {
            var err = spec.commandLine().getErr();
            org.mire.encoder.VocabularyExtension.Result r = org.mire.encoder.VocabularyExtension.extend(model, from,
                    minCount, out, new ConsoleProgress(err), line -> err.println("mire: " + line));
            PrintWriter o = spec.commandLine().getOut();
            o.printf("%s: %d tokens (%d + %d added), weights SHA-256 %s, vocab SHA-256 %s%n", out,
                    r.manifest().architecture().vocabularySize(), r.manifest().architecture().vocabularySize()
                            - r.added().size(), r.added().size(), r.manifest().weightsSha256(),
                    r.manifest().vocabSha256());
            o.printf("inputs before: %s%ninputs after:  %s%n", r.before(), r.after());
            return MireCommand.EXIT_OK;
        }
    }

    @Command(name = "coverage", mixinStandardHelpOptions = true,
            description = "How many statement and graph-node tokens of some IR a model's vocabulary maps to [UNK].")
    static final class Coverage implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--model", required = true, paramLabel = "MODEL_DIR", description = "A model directory.")
        Path model;

        @Option(names = "--from", required = true, arity = "1..*", paramLabel = "DIR_OR_CORPUS",
                description = "A corpus (its train files), a folder (its .mlir and .ll files) or files.")
        java.util.List<Path> from;

        @Option(names = "--top", defaultValue = "0", paramLabel = "N",
                description = "Also list the N most frequent [UNK] tokens (default ${DEFAULT-VALUE}).")
        int top;

        @Override
        public Integer call() throws MireException {
            org.mire.encoder.ModelDirectory.read(model);
            java.util.List<String> vocabulary = org.mire.encoder.ModelDirectory.readVocabulary(
                    model.resolve(org.mire.encoder.ModelDirectory.VOCABULARY));
            java.util.List<Path> files = org.mire.encoder.VocabularyExtension.files(from);
            org.mire.encoder.VocabularyExtension.Counts counts = org.mire.encoder.VocabularyExtension.count(files,
                    new org.mire.encoder.NormalisedText(), new ConsoleProgress(spec.commandLine().getErr()));
            PrintWriter o = spec.commandLine().getOut();
            o.printf("%d files, %d vocabulary tokens: %s%n", files.size(), vocabulary.size(),
                    org.mire.encoder.VocabularyExtension.coverage(counts, vocabulary));
            if (top > 0) {
                for (String token : org.mire.encoder.VocabularyExtension.newTokens(counts, vocabulary, 1).stream()
                        .limit(top).toList()) {
                    o.printf("%8d  %s%n", counts.all().get(token), token);
                }
            }
            return MireCommand.EXIT_OK;
        }
    }
}
