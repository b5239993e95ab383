package org.mire.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.encoder.CorpusItems;
import org.mire.encoder.EncoderConfig;
import org.mire.encoder.Featuriser;
import org.mire.encoder.ModelDirectory;
import org.mire.encoder.NormalisedText;
import org.mire.encoder.PretrainOptions;
import org.mire.encoder.Pretrainer;
import org.mire.encoder.TaskWeights;
import org.mire.encoder.device.DeviceRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "pretrain", mixinStandardHelpOptions = true,
        description = "Pre-train the encoder on a corpus (masked tokens, graph auto-encoding, text-graph matching) and "
                + "write a model directory with train-log.csv, train-curves.png and checkpoints.")
final class PretrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "CORPUS", description = "A corpus made by `mire corpus build`.")
    Path corpus;

    @Option(names = "--out", required = true, paramLabel = "MODEL_DIR", description = "Where the model is written.")
    Path out;

    @Option(names = "--vocab", paramLabel = "FILE", description = "Vocabulary (default: CORPUS/vocab.txt).")
    Path vocab;

    @Option(names = "--init", paramLabel = "MODEL_DIR",
            description = "Start from this model's weights instead of random ones (fine-tuning). The architecture is "
                    + "the model's; the vocabulary (default: the model's vocab.txt) must begin with the model's tokens.")
    Path init;

    @Option(names = "--resume", description = "Continue from MODEL_DIR/checkpoint exactly where it stopped.")
    boolean resume;

    @Option(names = "--epochs", defaultValue = "3", description = "Passes over the training functions (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batch", paramLabel = "NODES,TOKENS,ITEMS", defaultValue = "3000,4096,32",
            description = "Batch budgets: graph nodes, padded tokens, functions (default ${DEFAULT-VALUE}).")
    String batch;

    @Option(names = "--max-nodes", defaultValue = "2500", description = "Leave out training functions with larger graphs (default ${DEFAULT-VALUE}).")
    int maxNodes;

    @Option(names = "--lr", defaultValue = "1e-3", description = "Peak learning rate (default ${DEFAULT-VALUE}).")
    float learningRate;

    @Option(names = "--warmup", defaultValue = "200", description = "Warm-up steps (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of weights, batches and masks (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--checkpoint-every", defaultValue = "200", description = "Steps between checkpoints (default ${DEFAULT-VALUE}).")
    int checkpointEvery;

    @Option(names = "--loss-weights", paramLabel = "T,E,N,M", defaultValue = "1,1,0.5,1",
            description = "Weights of token, edge, node-text and matching losses (default ${DEFAULT-VALUE}).")
    String lossWeights;

    @Option(names = "--max-files", defaultValue = "0", description = "Use at most this many files per split (0: all).")
    int maxFiles;

    @Option(names = "--jobs", defaultValue = "2", description = "Threads that parse the corpus (default ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--width", defaultValue = "160", description = "Hidden width (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--heads", defaultValue = "4", description = "Attention heads (default ${DEFAULT-VALUE}).")
    int heads;

    @Option(names = "--text-layers", defaultValue = "3", description = "Transformer layers (default ${DEFAULT-VALUE}).")
    int textLayers;

    @Option(names = "--graph-layers", defaultValue = "3", description = "Message-passing layers (default ${DEFAULT-VALUE}).")
    int graphLayers;

    @Option(names = "--max-tokens", defaultValue = "256", description = "Tokens per text chunk (default ${DEFAULT-VALUE}).")
    int maxTokens;

    @Option(names = "--embedding", defaultValue = "128", description = "Embedding dimension (default ${DEFAULT-VALUE}).")
    int embedding;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() throws MireException {
        var err = spec.commandLine().getErr();
        DeviceRequest.Selection device = engine.select();
        err.println("mire: device " + device.note());
        ModelDirectory.Manifest initial = init == null ? null : ModelDirectory.read(init);
        Path vocabFile = vocab != null ? vocab : initial != null ? init.resolve(ModelDirectory.VOCABULARY)
                : corpus.resolve("vocab.txt");
        if (!Files.exists(vocabFile)) {
            throw new MireException(vocabFile + ": no vocabulary; build one with `mire vocab build` or pass --vocab");
        }
        List<String> vocabulary = ModelDirectory.readVocabulary(vocabFile);
        EncoderConfig config;
        if (initial != null) {
            for (String option : List.of("--width", "--heads", "--text-layers", "--graph-layers", "--max-tokens",
                    "--embedding")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    throw new MireException(option + " cannot be combined with --init: the architecture is "
                            + init + "'s");
                }
            }
            config = initial.architecture().withVocabularySize(vocabulary.size());
        } else {
            try {
                config = new EncoderConfig(vocabulary.size(), width, heads, textLayers, 3 * width, maxTokens,
                        graphLayers, 8, 4, embedding, 0.1f);
            } catch (IllegalArgumentException e) {
                throw new MireException("architecture: " + e.getMessage());
            }
        }
        String[] budgets = batch.split(",");
        if (budgets.length != 3) {
            throw new MireException("--batch needs NODES,TOKENS,ITEMS, e.g. 3000,4096,32");
        }
        PretrainOptions options;
        try {
            options = PretrainOptions.defaults().withEpochs(epochs)
                    .withBatch(Integer.parseInt(budgets[0].strip()), Integer.parseInt(budgets[1].strip()),
                            Integer.parseInt(budgets[2].strip()))
                    .withMaxGraphNodes(maxNodes).withLearningRate(learningRate, warmup).withSeed(seed)
                    .withCheckpointEvery(checkpointEvery).withLossWeights(TaskWeights.parse(lossWeights));
        } catch (IllegalArgumentException e) {
            throw new MireException("pretrain options: " + e.getMessage());
        }
        ConsoleProgress progress = new ConsoleProgress(err);
        Featuriser featuriser = new Featuriser(new NormalisedText(), vocabulary, config.nodeTokens());
        long started = System.nanoTime();
        CorpusItems.Loaded loaded = CorpusItems.load(corpus, out, resume, maxFiles, featuriser, jobs, progress,
                line -> err.println("mire: " + line));
        err.println(String.format(Locale.ROOT, "mire: corpus snapshot %d train files (%d functions), %d validation "
                        + "files (%d functions), %d unreadable, read in %.0f s", loaded.trainFiles().size(),
                loaded.train().size(), loaded.validationFiles().size(), loaded.validation().size(),
                loaded.failedFiles(), (System.nanoTime() - started) / 1e9));
        Pretrainer pretrainer = new Pretrainer(config, options, device.device(), line -> err.println("mire: " + line),
                init);
        String corpusName = corpus.toAbsolutePath().normalize() + " (" + loaded.trainFiles().size() + " train + "
                + loaded.validationFiles().size() + " validation files)";
        ModelDirectory.Manifest manifest = pretrainer.run(loaded.train(), loaded.validation(), vocabulary, corpusName,
                out, resume, progress);
        spec.commandLine().getOut().println(out + ": " + manifest.parameters() + " parameters, weights SHA-256 "
                + manifest.weightsSha256());
        return MireCommand.EXIT_OK;
    }
}
