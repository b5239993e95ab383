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
 * Pre-trains the encoder on items (functions with their token ids and graphs) with all three tasks at once.
 * Writes {@code train-log.csv} (one {@code train} row per step, one {@code valid} row per epoch), checkpoints to
 * {@code checkpoint/} every N steps and at each epoch's end (weights, optimiser moments, position; a resumed run
 * continues exactly where the checkpoint was taken), and finally the model directory.
 */
public final class Pretrainer {
    public static final String LOG = "train-log.csv";
    public static final String CHECKPOINT = "checkpoint";
    public static final String CURVES = "train-curves.png";
    static final String LOG_HEADER = "kind,step,epoch,loss,token_loss,edge_loss,node_loss,match_loss,lr,grad_norm,"
            + "seconds,token_acc,edge_auc,node_acc,match_acc";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
            .create();

    private final EncoderConfig config;
    private final PretrainOptions options;
    private final Device device;
    private final Consumer<String> log;
    private final Path init;

    public Pretrainer(EncoderConfig config, PretrainOptions options, Device device, Consumer<String> log) {
        this(config, options, device, log, null);
    }

    /**
     * A run that starts from the weights of the model directory {@code init} (null: random weights) instead of a
     * random initialisation: fine-tuning. Its architecture must equal {@code config} but for the vocabulary, whose
     * tokens must begin the run's vocabulary; ids beyond it get rows as {@code mire vocab extend} gives them.
     */
    public Pretrainer(EncoderConfig config, PretrainOptions options, Device device, Consumer<String> log, Path init) {
        this.config = config;
        this.options = options;
        this.device = device;
        this.log = log;
        this.init = init;
    }

    /** Where a run stands; saved as {@code checkpoint/state.json}. */
    record State(long step, int epoch, int batchInEpoch, double seconds, long seed, EncoderConfig architecture,
                 String lossWeights, long optimiserUpdates, Map<String, Double> lastValidation,
                 String initWeightsSha256) {
    }

    /** Validation metrics of one pass. */
    public record Validation(double loss, double tokenLoss, double edgeLoss, double nodeLoss, double matchLoss,
                             double tokenAccuracy, double edgeAuc, double nodeAccuracy, double matchAccuracy) {
        Map<String, Double> asMap() {
            Map<String, Double> map = new LinkedHashMap<>();
            map.put("loss", loss);
            map.put("token_loss", tokenLoss);
            map.put("edge_loss", edgeLoss);
            map.put("node_loss", nodeLoss);
            map.put("match_loss", matchLoss);
            map.put("token_acc", tokenAccuracy);
            map.put("edge_auc", edgeAuc);
            map.put("node_acc", nodeAccuracy);
            map.put("match_acc", matchAccuracy);
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
     * @param vocabulary  the tokens, id order (written as vocab.txt)
     */
    public ModelDirectory.Manifest run(List<EncoderInput> trainItems, List<EncoderInput> validationItems,
                                       List<String> vocabulary, String corpusName, Path out, boolean resume,
                                       ProgressMonitor monitor) throws MireException {
        if (vocabulary.size() != config.vocabularySize()) {
            throw new MireException("vocabulary has " + vocabulary.size() + " tokens; the configuration expects "
                    + config.vocabularySize());
        }
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
                + "token,edge,node,match = %s", batchesPerEpoch, options.epochs(), totalSteps, options.lossWeights()));
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new MireException(out + ": cannot create: " + e.getMessage(), e);
        }
        Path checkpoint = out.resolve(CHECKPOINT);
        Path logFile = out.resolve(LOG);

        try (EncoderModel model = EncoderModel.create(config, device, options.seed());
             TrainingStep trainer = new TrainingStep(model, options.lossWeights(), options.weightDecay())) {
            log.accept(String.format(Locale.ROOT, "model: %,d parameters on %s", model.parameterCount(), device));
            ModelDirectory.Manifest initial = init == null ? null : ModelDirectory.read(init);
            String initHash = initial == null ? null : initial.weightsSha256();
            State state = new State(0, 0, 0, 0, options.seed(), config, options.lossWeights().toString(), 0, Map.of(),
                    initHash);
            if (resume) {
                state = restore(checkpoint, model, trainer);
                if (!java.util.Objects.equals(initHash, state.initWeightsSha256())) {
                    throw new MireException(checkpoint + ": the checkpoint started from weights "
                            + (state.initWeightsSha256() == null ? "initialised at random" : state.initWeightsSha256())
                            + "; resume with the same --init");
                }
                truncateLog(logFile, state.step());
                log.accept(String.format(Locale.ROOT, "resumed at step %d (epoch %d, batch %d)", state.step(),
                        state.epoch() + 1, state.batchInEpoch()));
            } else {
                writeLogHeader(logFile);
                if (initial != null) {
                    startFrom(model, initial, vocabulary);
                }
            }
            long step = state.step();
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
                        TrainingStep.Result r = trainer.train(items, stepRandom(step), lr);
                        step++;
                        double seconds = secondsBefore + (System.nanoTime() - started) / 1e9;
                        if (!Float.isFinite(r.loss())) {
                            throw new MireException("training diverged at step " + step + " (loss " + r.loss()
                                    + "); lower --lr or check the corpus");
                        }
                        csv.write(String.format(Locale.ROOT, "train,%d,%d,%.5f,%.5f,%.5f,%.5f,%.5f,%.6g,%.4f,%.1f,,,,%n",
                                step, epoch + 1, r.loss(), r.tokenLoss(), r.edgeLoss(), r.nodeLoss(), r.matchLoss(),
                                lr, r.gradientNorm(), seconds));
                        monitor.progress(step, totalSteps, String.format(Locale.ROOT,
                                "epoch %d/%d step %d/%d loss %.3f (token %.3f edge %.3f node %.3f match %.3f)",
                                epoch + 1, options.epochs(), step, totalSteps, r.loss(), r.tokenLoss(), r.edgeLoss(),
                                r.nodeLoss(), r.matchLoss()));
                        boolean epochEnd = b == batches.size() - 1;
                        if (epochEnd) {
                            Validation v = validate(trainer, validation, validationBatches);
                            if (v != null) {
                                lastValidation = v.asMap();
                                csv.write(String.format(Locale.ROOT,
                                        "valid,%d,%d,%.5f,%.5f,%.5f,%.5f,%.5f,,,%.1f,%.4f,%.4f,%.4f,%.4f%n",
                                        step, epoch + 1, v.loss(), v.tokenLoss(), v.edgeLoss(), v.nodeLoss(),
                                        v.matchLoss(), seconds, v.tokenAccuracy(), v.edgeAuc(), v.nodeAccuracy(),
                                        v.matchAccuracy()));
                                csv.flush();
                                TrainingCurves.render(logFile, out.resolve(CURVES));
                                log.accept(String.format(Locale.ROOT, "epoch %d validation: token acc %.3f, edge AUC "
                                                + "%.3f, node acc %.3f, matching acc %.3f (loss %.3f)", epoch + 1,
                                        v.tokenAccuracy(), v.edgeAuc(), v.nodeAccuracy(), v.matchAccuracy(), v.loss()));
                            }
                        }
                        if (epochEnd || step % options.checkpointEvery() == 0) {
                            csv.flush();
                            int nextEpoch = epochEnd ? epoch + 1 : epoch;
                            int nextBatch = epochEnd ? 0 : b + 1;
                            save(checkpoint, model, trainer, new State(step, nextEpoch, nextBatch,
                                    secondsBefore + (System.nanoTime() - started) / 1e9, options.seed(), config,
                                    options.lossWeights().toString(), trainer.optimiser().updates(), lastValidation,
                                    initHash));
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
                    seconds, device.toString(), Hardware.describe(), lastValidation);
            List<ModelDirectory.Derivation> lineage = new ArrayList<>();
            if (initial != null) {
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

    /** Copies the weights of the model directory {@link #init} into a freshly created model. */
    private void startFrom(EncoderModel model, ModelDirectory.Manifest initial, List<String> vocabulary)
            throws MireException {
        List<String> own = ModelDirectory.readVocabulary(init.resolve(ModelDirectory.VOCABULARY));
        if (own.size() > vocabulary.size() || !vocabulary.subList(0, own.size()).equals(own)) {
            throw new MireException(init.resolve(ModelDirectory.VOCABULARY) + ": the run's vocabulary ("
                    + vocabulary.size() + " tokens) does not begin with this model's " + own.size()
                    + " tokens in order; extend the model's vocabulary with `mire vocab extend` instead");
        }
        int[] mapped = new int[1];
        int[][] sources = VocabularyExtension.rowSources(own, vocabulary.subList(own.size(), vocabulary.size()),
                mapped);
        try (EncoderModel start = EncoderModel.load(initial.architecture(), device,
                init.resolve(ModelDirectory.WEIGHTS))) {
            model.copyFrom(start, sources);
        }
        log.accept(String.format(Locale.ROOT, "starting from the weights of %s (%d tokens%s)", init, own.size(),
                own.size() == vocabulary.size() ? "" : ", " + (vocabulary.size() - own.size()) + " ids added"));
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
        float[] text = mean(view.encode(sample, options.maxBatchItems(), Encoder.Output.TEXT_RAW, monitor));
        float[] graph = mean(view.encode(sample, options.maxBatchItems(), Encoder.Output.GRAPH_RAW, monitor));
        model.network().setCentres(text, graph);
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

    private Random stepRandom(long step) {
        return new Random(options.seed() * 0x9E3779B97F4A7C15L + step);
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
        double loss = 0;
        double tokenLoss = 0;
        double edgeLoss = 0;
        double nodeLoss = 0;
        double matchLoss = 0;
        long tokenCorrect = 0;
        long tokenCount = 0;
        long nodeCorrect = 0;
        long nodeCount = 0;
        long matchCorrect = 0;
        long matchCount = 0;
        List<float[]> scores = new ArrayList<>();
        List<boolean[]> labels = new ArrayList<>();
        for (int b = 0; b < batches.size(); b++) {
            TrainingStep.Result r = trainer.evaluate(pick(items, batches.get(b)),
                    new Random(options.seed() ^ 0x5EEDL * (b + 1)));
            loss += r.loss();
            tokenLoss += r.tokenLoss();
            edgeLoss += r.edgeLoss();
            nodeLoss += r.nodeLoss();
            matchLoss += r.matchLoss();
            tokenCorrect += r.tokenCorrect();
            tokenCount += r.tokenCount();
            nodeCorrect += r.nodeCorrect();
            nodeCount += r.nodeCount();
            matchCorrect += r.matchCorrect();
            matchCount += r.matchCount();
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
        return new Validation(loss / n, tokenLoss / n, edgeLoss / n, nodeLoss / n, matchLoss / n,
                ratio(tokenCorrect, tokenCount), PretrainingObjective.auc(allScores, allLabels),
                ratio(nodeCorrect, nodeCount), ratio(matchCorrect, matchCount));
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
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
            model.save(dir.resolve(ModelDirectory.WEIGHTS));
            ModelDirectory.writeAtomically(dir.resolve("optimiser.ndlist"), trainer.optimiser().state().encode());
            ModelDirectory.writeAtomically(dir.resolve("state.json"),
                    GSON.toJson(state).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MireException(dir + ": cannot write the checkpoint: " + e.getMessage(), e);
        }
    }

    private State restore(Path dir, EncoderModel model, TrainingStep trainer) throws MireException {
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
        if (!config.equals(state.architecture())) {
            throw new MireException(stateFile + ": checkpoint architecture " + state.architecture()
                    + " differs from this run's " + config);
        }
        if (state.seed() != options.seed() || !options.lossWeights().toString().equals(state.lossWeights())) {
            throw new MireException(stateFile + ": checkpoint was made with seed " + state.seed() + " and loss weights "
                    + state.lossWeights() + "; resume with the same settings");
        }
        try (EncoderModel saved = EncoderModel.load(config, device, dir.resolve(ModelDirectory.WEIGHTS))) {
            copyWeights(saved, model);
        }
        Path optimiserFile = dir.resolve("optimiser.ndlist");
        try (NDManager scratch = model.manager().newSubManager()) {
            NDList moments = NDList.decode(scratch, Files.readAllBytes(optimiserFile));
            trainer.optimiser().restore(moments, state.optimiserUpdates());
        } catch (IOException | RuntimeException e) {
            throw new MireException(optimiserFile + ": unreadable optimiser state: " + e.getMessage(), e);
        }
        return state;
    }

    private static void copyWeights(EncoderModel from, EncoderModel to) {
        var source = from.parameters();
        var target = to.parameters();
        for (int i = 0; i < source.size(); i++) {
            target.get(i).getValue().getArray().set(source.get(i).getValue().getArray().toByteBuffer());
        }
    }
}
