package org.mire.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.MireHome;
import org.mire.encoder.CorpusItems;
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
        description = "Train the encoder's TorchScript module on a corpus with its scripted losses (masked tokens, graph "
                + "auto-encoding, text-graph matching, optimisation-level contrast), on the CPU or a GPU, and write a "
                + "model directory with train-log.csv, train-curves.png and checkpoints. Starts from --init (default: "
                + "the shipped model): its weights (fine-tuning) or, with --reset, fresh weights of its architecture "
                + "(pre-training from scratch). A new architecture or vocabulary: python3 -m mire_training init "
                + "(training/README.md). Long runs on a GPU machine: the Python trainer on shards (mire corpus export).")
final class PretrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "CORPUS", description = "A corpus made by `mire corpus build`.")
    Path corpus;

    @Option(names = "--out", required = true, paramLabel = "MODEL_DIR", description = "Where the model is written.")
    Path out;

    @Option(names = "--init", paramLabel = "MODEL_DIR",
            description = "The model to start from: its architecture, vocabulary and (without --reset) weights "
                    + "(default: the shipped model).")
    Path init;

    @Option(names = "--reset", description = "Fresh weights (seeded by --seed) instead of --init's: pre-training from scratch.")
    boolean reset;

    @Option(names = "--vocab", paramLabel = "FILE",
            description = "Vocabulary (default: --init's). Must begin with --init's tokens; more tokens grow the model "
                    + "as `mire vocab extend` does.")
    Path vocab;

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

    @Option(names = "--seed", defaultValue = "42", description = "Seed of fresh weights, batches and masks (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--checkpoint-every", defaultValue = "200", description = "Steps between checkpoints (default ${DEFAULT-VALUE}).")
    int checkpointEvery;

    @Option(names = "--loss-weights", paramLabel = "T,E,N,M,C", defaultValue = "1,1,0.5,1,1",
            description = "Weights of token, edge, node-text, matching and opt-level contrast losses (default ${DEFAULT-VALUE}).")
    String lossWeights;

    @Option(names = "--max-files", defaultValue = "0", description = "Use at most this many files per split (0: all).")
    int maxFiles;

    @Option(names = "--jobs", defaultValue = "2", description = "Threads that parse the corpus (default ${DEFAULT-VALUE}).")
    int jobs;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() throws MireException {
        var err = spec.commandLine().getErr();
        DeviceRequest.Selection device = engine.select();
        err.println("mire: device " + device.note());
        Path initDir = init != null ? init : MireHome.shippedModel();
        Path vocabFile = vocab != null ? vocab : initDir.resolve(ModelDirectory.VOCABULARY);
        if (!Files.exists(vocabFile)) {
            throw new MireException(vocabFile + ": no vocabulary; build one with `mire vocab build` or pass --vocab");
        }
        List<String> vocabulary = ModelDirectory.readVocabulary(vocabFile);
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
        Pretrainer pretrainer = new Pretrainer(options, device.device(), line -> err.println("mire: " + line),
                initDir, reset);
        ConsoleProgress progress = new ConsoleProgress(err);
        Featuriser featuriser = new Featuriser(new NormalisedText(), vocabulary,
                pretrainer.config(vocabulary).nodeTokens());
        long started = System.nanoTime();
        CorpusItems.Loaded loaded = CorpusItems.load(corpus, out, resume, maxFiles, featuriser, jobs, progress,
                line -> err.println("mire: " + line));
        err.println(String.format(Locale.ROOT, "mire: corpus snapshot %d train files (%d functions), %d validation "
                        + "files (%d functions), %d unreadable, read in %.0f s", loaded.trainFiles().size(),
                loaded.train().size(), loaded.validationFiles().size(), loaded.validation().size(),
                loaded.failedFiles(), (System.nanoTime() - started) / 1e9));
        String corpusName = corpus.toAbsolutePath().normalize() + " (" + loaded.trainFiles().size() + " train + "
                + loaded.validationFiles().size() + " validation files)";
        ModelDirectory.Manifest manifest = pretrainer.run(loaded.train(), loaded.validation(), vocabulary, corpusName,
                out, resume, progress);
        spec.commandLine().getOut().println(out + ": " + manifest.parameters() + " parameters, module SHA-256 "
                + manifest.weightsSha256());
        return MireCommand.EXIT_OK;
    }
}
