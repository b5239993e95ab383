package org.mire.encoder;

import ai.djl.Device;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.mire.MireException;
import org.mire.encoder.device.Engines;
import org.mire.encoder.device.Hardware;
import org.mire.progress.ProgressMonitor;

/**
 * Pre-trains the encoder's TorchScript module on items (functions with their token ids, graphs and groups) with
 * the module's own scripted losses, on the CPU or a GPU through DJL. The run starts from the module of a model
 * directory ({@code init}): continuing from its weights (fine-tuning) or, with {@code reset}, from fresh seeded
 * weights of the same architecture (pre-training from scratch). A new architecture or vocabulary is made once by
 * {@code python3 -m mire_training init} (see docs/decisions/0004-encoder-engine.md); a vocabulary that extends the
 * model's grows it as {@code mire vocab extend} does.
 * Writes {@code train-log.csv} (one {@code train} row per step, one {@code valid} row per epoch; the Python
 * trainer's columns), checkpoints to {@code checkpoint/} every N steps and at each epoch's end (module, optimiser
 * moments, position; a resumed run continues exactly where the checkpoint was taken), and finally the model
 * directory.
 */
public final class Pretrainer {
    public static final String LOG = "train-log.csv";
    public static final String CHECKPOINT = "checkpoint";
    public static final String CURVES = "train-curves.png";
    static final String LOG_HEADER = "kind,step,epoch,loss,token_loss,edge_loss,node_loss,match_loss,contrast_loss,"
            + "lr,grad_norm,seconds,token_acc,edge_auc,node_acc,match_acc,contrast_acc";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
            .create();

    private final PretrainOptions options;
    private final Device device;
    private final Consumer<String> log;
    private final Path init;
    private final boolean reset;
    private final ModelDirectory.Manifest initial;

    /**
     * @param init  the model directory whose module (architecture, vocabulary, weights) the run starts from
     * @param reset start from fresh weights (seeded by the options) instead of {@code init}'s
     */
    public Pretrainer(PretrainOptions options, Device device, Consumer<String> log, Path init, boolean reset)
            throws MireException {
        this.options = options;
        this.device = device;
        this.log = log;
        this.init = init;
        this.reset = reset;
        this.initial = ModelDirectory.read(init);
    }

    /** The architecture of a run with {@code vocabulary}: the initial model's, with the vocabulary's size. */
    public EncoderConfig config(List<String> vocabulary) {
        return initial.architecture().withVocabularySize(vocabulary.size());
    }

    /** Where a run stands; saved as {@code checkpoint/state.json}. */
    record State(long step, int epoch, int batchInEpoch, double seconds, long seed, EncoderConfig architecture,
                 String lossWeights, long optimiserUpdates, Map<String, Double> lastValidation,
                 String initWeightsSha256, boolean reset, long functionsSeen, long tokensSeen, long nodesSeen) {
    }

    /** Validation metrics of one pass. */
    public record Validation(double loss, double tokenLoss, double edgeLoss, double nodeLoss, double matchLoss,
                             double contrastLoss, double tokenAccuracy, double edgeAuc, double nodeAccuracy,
                             double matchAccuracy, double contrastAccuracy) {
        Map<String, Double> asMap() {
            Map<String, Double> map = new LinkedHashMap<>();
            map.put("loss", loss);
            map.put("token_loss", tokenLoss);
            map.put("edge_loss", edgeLoss);
            map.put("node_loss", nodeLoss);
            map.put("match_loss", matchLoss);
            map.put("contrast_loss", contrastLoss);
            map.put("token_acc", tokenAccuracy);
            map.put("edge_auc", edgeAuc);
            map.put("node_acc", nodeAccuracy);
            map.put("match_acc", matchAccuracy);
            map.put("contrast_acc", contrastAccuracy);
            return map;
        }
    }

    /** Items a run leaves out, with the reason, for the log and the model card. */
    public List<EncoderInput> trainable(List<EncoderInput> items) {
        List<EncoderInput> kept = new ArrayList<>(items.size());
        for (EncoderInput item : items) {
            if (item.graph().nodeCount() <= options.maxGraphNodes() && item.graph().nodeCount() > 0
                    && item.tokens().length >= 2) {
                kept.add(item);
            }
        }
        return kept;
    }

    /**
     * Runs (or resumes) pre-training and writes the model directory.
     *
     * @param corpusName  recorded in the training summary
     * @param vocabulary  the tokens, id order (written as vocab.txt): the initial model's, or an extension of it
     */
    public ModelDirectory.Manifest run(List<EncoderInput> trainItems, List<EncoderInput> validationItems,
                                       List<String> vocabulary, String corpusName, Path out, boolean resume,
                                       ProgressMonitor monitor) throws MireException {
        EncoderConfig config = config(vocabulary);
        List<EncoderInput> train = trainable(trainItems);
        List<EncoderInput> validation = trainable(validationItems);
        if (train.size() < 2) {
            throw new MireException(corpusName + ": only " + train.size() + " usable training items; need at least 2");
        }
        log.accept(String.format(Locale.ROOT, "training items %d (of %d; %d left out: over %d nodes or empty), "
                        + "validation items %d", train.size(), trainItems.size(), trainItems.size() - train.size(),
                options.maxGraphNodes(), validation.size()));
        SizeBatcher batcher = new SizeBatcher(options.nodeBudget(), options.tokenBudget(), options.maxBatchItems(),
                config.maxTokens());
        int batchesPerEpoch = batcher.batches(train, new Random(options.seed())).size();
        long totalSteps = (long) batchesPerEpoch * options.epochs();
        List<int[]> validationBatches = validation.size() >= 2 ? batcher.batches(validation, null) : List.of();
        log.accept(String.format(Locale.ROOT, "%d batches per epoch, %d epochs, %d steps; loss weights "
                + "token,edge,node,match,contrast = %s", batchesPerEpoch, options.epochs(), totalSteps,
                options.lossWeights()));
        Path checkpoint = out.resolve(CHECKPOINT);
        Path logFile = out.resolve(LOG);
        try {
            Files.createDirectories(checkpoint);
        } catch (IOException e) {
            throw new MireException(out + ": cannot create: " + e.getMessage(), e);
        }

        String initHash = initial.weightsSha256();
        State state = new State(0, 0, 0, 0, options.seed(), config, options.lossWeights().toString(), 0, Map.of(),
                initHash, reset, 0, 0, 0);
        State saved = resume ? readState(checkpoint) : null;
        try (EncoderModel model = saved != null
                ? EncoderModel.load(config, device, checkpoint.resolve(ModelDirectory.MODULE), true)
                : startingModel(config, vocabulary, checkpoint);
             TrainingStep trainer = new TrainingStep(model, options.lossWeights(), options.weightDecay())) {
            log.accept(String.format(Locale.ROOT, "model: %,d parameters on %s", model.parameterCount(), device));
            if (saved != null) {
                state = saved;
                restoreOptimiser(checkpoint, model, trainer, state);
                truncateLog(logFile, state.step());
                log.accept(String.format(Locale.ROOT, "resumed at step %d (epoch %d, batch %d)", state.step(),
                        state.epoch() + 1, state.batchInEpoch()));
            } else {
                writeLogHeader(logFile);
            }
            long step = state.step();
            long functionsSeen = state.functionsSeen();
            long tokensSeen = state.tokensSeen();
            long nodesSeen = state.nodesSeen();
            double secondsBefore = state.seconds();
            long started = System.nanoTime();
            Map<String, Double> lastValidation = state.lastValidation();
            try (BufferedWriter csv = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND)) {
                for (int epoch = state.epoch(); epoch < options.epochs(); epoch++) {
                    List<int[]> batches = batcher.batches(train, new Random(options.seed() + 1000003L * (epoch + 1)));
                    int first = epoch == state.epoch() ? state.batchInEpoch() : 0;
                    for (int b = first; b < batches.size(); b++) {
                        monitor.checkCancelled();
                        List<EncoderInput> items = pick(train, batches.get(b));
                        float lr = learningRate(step, totalSteps);
                        TrainingStep.Result r = trainer.train(items, stepSeed(step), lr);
                        step++;
                        functionsSeen += items.size();
                        for (EncoderInput item : items) {
                            tokensSeen += Math.min(item.tokens().length + 2, config.maxTokens());
                            nodesSeen += item.graph().nodeCount();
                        }
                        double seconds = secondsBefore + (System.nanoTime() - started) / 1e9;
                        if (!Float.isFinite(r.loss())) {
                            throw new MireException("training diverged at step " + step + " (loss " + r.loss()
                                    + "); lower --lr or check the corpus");
                        }
                        csv.write(String.format(Locale.ROOT,
                                "train,%d,%d,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f,%.6g,%.4f,%.1f,,,,,%n",
                                step, epoch + 1, r.loss(), r.tokenLoss(), r.edgeLoss(), r.nodeLoss(), r.matchLoss(),
                                r.contrastLoss(), lr, r.gradientNorm(), seconds));
                        monitor.progress(step, totalSteps, String.format(Locale.ROOT,
                                "epoch %d/%d step %d/%d loss %.3f (token %.3f edge %.3f node %.3f match %.3f "
                                        + "contrast %.3f)", epoch + 1, options.epochs(), step, totalSteps, r.loss(),
                                r.tokenLoss(), r.edgeLoss(), r.nodeLoss(), r.matchLoss(), r.contrastLoss()));
                        boolean epochEnd = b == batches.size() - 1;
                        if (epochEnd) {
                            Validation v = validate(trainer, validation, validationBatches);
                            if (v != null) {
                                lastValidation = v.asMap();
                                csv.write(String.format(Locale.ROOT,
                                        "valid,%d,%d,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f,,,%.1f,%.4f,%.4f,%.4f,%.4f,%.4f%n",
                                        step, epoch + 1, v.loss(), v.tokenLoss(), v.edgeLoss(), v.nodeLoss(),
                                        v.matchLoss(), v.contrastLoss(), seconds, v.tokenAccuracy(), v.edgeAuc(),
                                        v.nodeAccuracy(), v.matchAccuracy(), v.contrastAccuracy()));
                                csv.flush();
                                TrainingCurves.render(logFile, out.resolve(CURVES));
                                log.accept(String.format(Locale.ROOT, "epoch %d validation: token acc %.3f, edge AUC "
                                                + "%.3f, node acc %.3f, matching acc %.3f, contrast acc %.3f "
                                                + "(loss %.3f)", epoch + 1, v.tokenAccuracy(), v.edgeAuc(),
                                        v.nodeAccuracy(), v.matchAccuracy(), v.contrastAccuracy(), v.loss()));
                            }
                        }
                        if (epochEnd || step % options.checkpointEvery() == 0) {
                            csv.flush();
                            int nextEpoch = epochEnd ? epoch + 1 : epoch;
                            int nextBatch = epochEnd ? 0 : b + 1;
                            save(checkpoint, model, trainer, new State(step, nextEpoch, nextBatch,
                                    secondsBefore + (System.nanoTime() - started) / 1e9, options.seed(), config,
                                    options.lossWeights().toString(), trainer.optimiser().updates(), lastValidation,
                                    initHash, reset, functionsSeen, tokensSeen, nodesSeen));
                        }
                    }
                }
            } catch (IOException e) {
                throw new MireException(logFile + ": cannot write: " + e.getMessage(), e);
            }
            setCentres(model, train, monitor);
            double seconds = secondsBefore + (System.nanoTime() - started) / 1e9;
            ModelDirectory.TrainingSummary summary = new ModelDirectory.TrainingSummary(corpusName, train.size(),
                    validation.size(), options.epochs(), step, options.seed(), options.lossWeights().toString(),
                    seconds, device.toString(), Hardware.describe(), functionsSeen, tokensSeen, nodesSeen,
                    lastValidation);
            List<ModelDirectory.Derivation> lineage = new ArrayList<>();
            if (!reset) {
                lineage.addAll(initial.lineage());
                lineage.add(new ModelDirectory.Derivation(ModelDirectory.Derivation.FINE_TUNED,
                        initial.weightsSha256(), initial.vocabSha256(), initial.architecture().vocabularySize(),
                        init.toAbsolutePath().normalize().toString(), String.format(Locale.ROOT,
                        "%d steps on %s from its weights", step, corpusName)));
            }
            ModelDirectory.Manifest manifest = ModelDirectory.write(out, model, vocabulary, Engines.engineVersion(),
                    summary, lineage);
            ModelCard.write(out, manifest);
            log.accept(String.format(Locale.ROOT, "wrote %s (%,d parameters, %.0f s of training)", out,
                    model.parameterCount(), seconds));
            return manifest;
        }
    }

    /**
     * The module a new run starts from: the initial model's, grown to the run's vocabulary where that extends the
     * model's (ids beyond it get rows as {@code mire vocab extend} gives them), with fresh weights when asked.
     */
    private EncoderModel startingModel(EncoderConfig config, List<String> vocabulary, Path checkpoint)
            throws MireException {
        List<String> own = ModelDirectory.readVocabulary(init.resolve(ModelDirectory.VOCABULARY));
        if (own.size() > vocabulary.size() || !vocabulary.subList(0, own.size()).equals(own)) {
            throw new MireException(init.resolve(ModelDirectory.VOCABULARY) + ": the run's vocabulary ("
                    + vocabulary.size() + " tokens) does not begin with this model's " + own.size()
                    + " tokens in order. A network for another vocabulary is made with `python3 -m mire_training "
                    + "init --vocab FILE --out DIR` (training/README.md), then `mire pretrain --init DIR --reset`");
        }
        EncoderModel model = EncoderModel.load(initial.architecture(), device, init.resolve(ModelDirectory.MODULE),
                own.size() == vocabulary.size());
        if (own.size() < vocabulary.size()) {
            int[] mapped = new int[1];
            int[][] sources = VocabularyExtension.rowSources(own, vocabulary.subList(own.size(), vocabulary.size()),
                    mapped);
            try (EncoderModel base = model) {
                model = base.grown(sources, checkpoint.resolve("grown.pt"), true);
            }
            log.accept(String.format(Locale.ROOT, "vocabulary grown from %d to %d tokens (%d new rows from LLVM "
                    + "counterparts)", own.size(), vocabulary.size(), mapped[0]));
        }
        if (reset) {
            model.resetParameters(options.seed());
            log.accept("fresh weights (seed " + options.seed() + ") with the architecture of " + init);
        } else {
            log.accept("starting from the weights of " + init);
        }
        if (!model.config().equals(config)) {
            model.close();
            throw new IllegalStateException("model " + model.config() + " for a run of " + config);
        }
        return model;
    }

    /** Items the centres are averaged over (evenly spaced through the training items). */
    static final int CENTRE_ITEMS = 1500;

    /** Sets the embedding centres to the mean raw projections of (a sample of) the training items. */
    private void setCentres(EncoderModel model, List<EncoderInput> train, ProgressMonitor monitor) {
        List<EncoderInput> sample = new ArrayList<>();
        double stride = Math.max(1.0, (double) train.size() / CENTRE_ITEMS);
        for (double i = 0; i < train.size() && sample.size() < CENTRE_ITEMS; i += stride) {
            sample.add(train.get((int) i));
        }
        Encoder view = Encoder.wrap(model, null, List.of());
        model.setCentres(new float[model.config().embeddingSize()], new float[model.config().embeddingSize()]);
        float[] text = mean(view.encode(sample, options.maxBatchItems(), Encoder.Output.TEXT_RAW, monitor));
        float[] graph = mean(view.encode(sample, options.maxBatchItems(), Encoder.Output.GRAPH_RAW, monitor));
        model.setCentres(text, graph);
        log.accept("embedding centres set from " + sample.size() + " training functions");
    }

    private static float[] mean(float[][] vectors) {
        float[] mean = new float[vectors[0].length];
        for (float[] v : vectors) {
            for (int k = 0; k < mean.length; k++) {
                mean[k] += v[k] / vectors.length;
            }
        }
        return mean;
    }

    static List<EncoderInput> pick(List<EncoderInput> items, int[] indices) {
        List<EncoderInput> picked = new ArrayList<>(indices.length);
        for (int i : indices) {
            picked.add(items.get(i));
        }
        return picked;
    }

    /** The seed of step {@code step}: its text windows, and every mask the module draws. */
    private long stepSeed(long step) {
        return options.seed() * 1_000_003L + step;
    }

    float learningRate(long step, long totalSteps) {
        double peak = options.learningRate();
        if (step < options.warmupSteps()) {
            return (float) (peak * (step + 1) / options.warmupSteps());
        }
        double progress = Math.min(1.0, (double) (step - options.warmupSteps())
                / Math.max(1, totalSteps - options.warmupSteps()));
        return (float) (peak * (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * progress))));
    }

    /** Validation with fixed batches and fixed masks, so epochs are comparable. */
    Validation validate(TrainingStep trainer, List<EncoderInput> items, List<int[]> batches) {
        if (batches.isEmpty()) {
            return null;
        }
        double[] sums = new double[14];
        List<float[]> scores = new ArrayList<>();
        List<boolean[]> labels = new ArrayList<>();
        for (int b = 0; b < batches.size(); b++) {
            TrainingStep.Result r = trainer.evaluate(pick(items, batches.get(b)), options.seed() * 1_000_003L + b);
            double[] row = {r.loss(), r.tokenLoss(), r.edgeLoss(), r.nodeLoss(), r.matchLoss(), r.contrastLoss(),
                r.tokenCorrect(), r.tokenCount(), r.nodeCorrect(), r.nodeCount(), r.matchCorrect(), r.matchCount(),
                r.contrastCorrect(), r.contrastCount()};
            for (int k = 0; k < row.length; k++) {
                sums[k] += row[k];
            }
            scores.add(r.edgeScores());
            labels.add(r.edgeLabels());
        }
        int total = scores.stream().mapToInt(s -> s.length).sum();
        float[] allScores = new float[total];
        boolean[] allLabels = new boolean[total];
        int at = 0;
        for (int k = 0; k < scores.size(); k++) {
            System.arraycopy(scores.get(k), 0, allScores, at, scores.get(k).length);
            System.arraycopy(labels.get(k), 0, allLabels, at, labels.get(k).length);
            at += scores.get(k).length;
        }
        int n = batches.size();
        return new Validation(sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n, sums[4] / n, sums[5] / n,
                ratio(sums[6], sums[7]), auc(allScores, allLabels), ratio(sums[8], sums[9]),
                ratio(sums[10], sums[11]), ratio(sums[12], sums[13]));
    }

    /** Area under the ROC curve (Mann–Whitney, ties counted half); NaN when one class is missing. */
    static double auc(float[] scores, boolean[] labels) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Float.compare(scores[a], scores[b]));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[order[k]]) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    private static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    private static void writeLogHeader(Path logFile) throws MireException {
        try {
            Files.writeString(logFile, LOG_HEADER + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MireException(logFile + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Drops log rows written after the checkpoint, so a resumed run's log reads as one run. */
    private static void truncateLog(Path logFile, long step) throws MireException {
        try {
            List<String> kept = new ArrayList<>();
            if (Files.exists(logFile)) {
                for (String line : Files.readAllLines(logFile, StandardCharsets.UTF_8)) {
                    String[] cells = line.split(",", 3);
                    if (cells.length < 2 || !cells[1].chars().allMatch(Character::isDigit)
                            || Long.parseLong(cells[1]) <= step) {
                        kept.add(line);
                    }
                }
            }
            if (kept.isEmpty()) {
                kept.add(LOG_HEADER);
            }
            Files.write(logFile, kept, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MireException(logFile + ": cannot rewrite: " + e.getMessage(), e);
        }
    }

    private static void save(Path dir, EncoderModel model, TrainingStep trainer, State state) throws MireException {
        try {
            Files.createDirectories(dir);
            model.save(dir.resolve(ModelDirectory.MODULE));
            ModelDirectory.writeAtomically(dir.resolve("optimiser.ndlist"), trainer.optimiser().state().encode());
            ModelDirectory.writeAtomically(dir.resolve("state.json"),
                    GSON.toJson(state).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MireException(dir + ": cannot write the checkpoint: " + e.getMessage(), e);
        }
    }

    /** The checkpoint's state, checked against this run's settings. */
    private State readState(Path dir) throws MireException {
        Path stateFile = dir.resolve("state.json");
        if (!Files.exists(stateFile)) {
            throw new MireException(stateFile + ": no checkpoint to resume from");
        }
        State state;
        try {
            state = GSON.fromJson(Files.readString(stateFile), State.class);
        } catch (IOException | com.google.gson.JsonParseException e) {
            throw new MireException(stateFile + ": unreadable checkpoint state: " + e.getMessage(), e);
        }
        if (state.seed() != options.seed() || !options.lossWeights().toString().equals(state.lossWeights())) {
            throw new MireException(stateFile + ": checkpoint was made with seed " + state.seed() + " and loss weights "
                    + state.lossWeights() + "; resume with the same settings");
        }
        if (!java.util.Objects.equals(initial.weightsSha256(), state.initWeightsSha256()) || state.reset() != reset) {
            throw new MireException(stateFile + ": the checkpoint started from " + state.initWeightsSha256()
                    + (state.reset() ? " with fresh weights" : "") + "; resume with the same --init and --reset");
        }
        return state;
    }

    private void restoreOptimiser(Path dir, EncoderModel model, TrainingStep trainer, State state)
            throws MireException {
        if (!model.config().equals(state.architecture())) {
            throw new MireException(dir + ": checkpoint architecture " + state.architecture()
                    + " differs from this run's " + model.config());
        }
        Path optimiserFile = dir.resolve("optimiser.ndlist");
        try (NDManager scratch = model.manager().newSubManager()) {
            NDList moments = NDList.decode(scratch, Files.readAllBytes(optimiserFile));
            trainer.optimiser().restore(moments, state.optimiserUpdates());
        } catch (IOException | RuntimeException e) {
            throw new MireException(optimiserFile + ": unreadable optimiser state: " + e.getMessage(), e);
        }
    }
}
