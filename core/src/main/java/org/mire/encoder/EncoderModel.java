package org.mire.encoder;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValueUtils;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.mire.MireException;
import org.mire.progress.ProgressMonitor;

/**
 * The encoder network: the TorchScript module that {@code training/mire_training/model.py} defines and exports,
 * loaded into DJL's PyTorch engine on one device. Java never re-implements the network or its losses; it calls the
 * module's methods ({@code forward}, {@code pretrain_losses}, {@code reset_parameters}, {@code set_centres},
 * {@code resize_vocabulary}) with tensors built by {@link EncoderBatch}. Owns the NDManager holding the module;
 * close it when done. Not thread-safe.
 */
public final class EncoderModel implements AutoCloseable {
    /** Name of the module file in a model directory. */
    public static final String MODULE = "encoder.pt";
    /** DJL calls a scripted method other than forward when an input array carries this name prefix. */
    private static final String METHOD_MARKER = "module_method:";

    private final EncoderConfig config;
    private final Device device;
    private final PtNDManager manager;
    private final PtSymbolBlock block;
    private final boolean trainable;
    private final ParameterStore store;

    private EncoderModel(EncoderConfig config, Device device, PtNDManager manager, PtSymbolBlock block,
                         boolean trainable) {
        this.config = config;
        this.device = device;
        this.manager = manager;
        this.block = block;
        this.trainable = trainable;
        this.store = new ParameterStore(manager, false);
    }

    /**
     * Loads a module file. {@code trainable}: its parameters require gradients (training, fine-tuning); otherwise
     * it runs without autograd.
     */
    public static EncoderModel load(EncoderConfig config, Device device, Path module, boolean trainable)
            throws MireException {
        if (!Files.isRegularFile(module)) {
            throw new MireException(module + ": no such module file");
        }
        PtNDManager manager = (PtNDManager) NDManager.newBaseManager(device, "PyTorch");
        try {
            PtSymbolBlock block = JniUtils.loadModule(manager, module, true, new String[0], new String[0],
                    trainable);
            EncoderModel model = new EncoderModel(config, device, manager, block, trainable);
            model.checkShape();
            return model;
        } catch (RuntimeException e) {
            manager.close();
            throw new MireException(module + ": cannot load the TorchScript module (" + e.getMessage()
                    + "); the file is corrupt or was not written by mire_training", e);
        }
    }

    /** The token table must match the configuration: a module made for another vocabulary must not load. */
    private void checkShape() throws MireException {
        for (Pair<String, Parameter> p : parameters(true)) {
            if (p.getKey().equals("tokens")) {
                long[] shape = p.getValue().getArray().getShape().getShape();
                if (shape[0] != config.vocabularySize() || shape[1] != config.width()) {
                    throw new MireException("the module's token table is " + shape[0] + " x " + shape[1]
                            + ", the configuration needs " + config.vocabularySize() + " x " + config.width());
                }
                return;
            }
        }
        throw new MireException("the module has no token table: not a mire_training encoder");
    }

    public EncoderConfig config() {
        return config;
    }

    public Device device() {
        return device;
    }

    NDManager manager() {
        return manager;
    }

    boolean trainable() {
        return trainable;
    }

    /** Per item: program embedding, text half, graph half, raw text projection, raw graph projection. */
    NDList forward(NDList batch, boolean training) {
        plainExecutor();
        return block.forward(store, batch, training);
    }

    /**
     * Runs scripted code as written, without TorchScript's profiling executor. That executor rewrites (fuses) a
     * method's graph after its first calls, which changes float results in the last bits: a module loaded from a
     * checkpoint would then compute differently from the one that wrote it, and resumed training would not end
     * where an uninterrupted run ends. The setting is per thread, so it is made before every call.
     */
    private static void plainExecutor() {
        JniUtils.setGraphExecutorOptimize(false);
    }

    /**
     * {@link #forward} at inference, with the text rows run in groups of at most {@code tokenBudget} padded
     * positions: chunks of a long text are independent, and a module of a thousand chunks would otherwise hold a
     * thousand rows of attention scores per layer at once. Each group's intermediates are freed before the next.
     */
    NDList encode(NDList batch, int tokenBudget) {
        return encode(batch, tokenBudget, ProgressMonitor.NONE);
    }

    /**
     * As {@link #encode(NDList, int)}, checking {@code monitor} for a cancel before each group of text rows: a large
     * module is hundreds of groups (tens of seconds on a loaded CPU), and a cancel must not wait for all of them.
     * The groups are the same either way, so the vectors are too.
     */
    NDList encode(NDList batch, int tokenBudget, ProgressMonitor monitor) {
        NDArray tokens = batch.get(0);
        long rows = tokens.getShape().get(0);
        long length = tokens.getShape().get(1);
        long group = Math.max(1, tokenBudget / length);
        if (rows <= group) {
            return forward(batch, false);
        }
        NDList sums = new NDList();
        NDList counts = new NDList();
        for (long from = 0; from < rows; from += group) {
            monitor.checkCancelled();
            try (ai.djl.ndarray.NDScope scope = new ai.djl.ndarray.NDScope()) {
                NDList part = call("text_row_sums",
                        new NDList(tokens.get(new ai.djl.ndarray.index.NDIndex("{}:{}", from,
                                Math.min(rows, from + group)))), false);
                for (NDArray kept : part) {
                    ai.djl.ndarray.NDScope.unregister(kept);
                }
                sums.add(part.get(0));
                counts.add(part.get(1));
            }
        }
        monitor.checkCancelled();
        NDList arguments = new NDList(ai.djl.ndarray.NDArrays.concat(sums), ai.djl.ndarray.NDArrays.concat(counts));
        arguments.addAll(batch.subNDList(1));
        return call("embed", arguments, false);
    }

    /**
     * The scripted pre-training losses on one batch (masks from the engine's generator, seeded by the caller):
     * [0] the weighted total (differentiable), [1] the statistics in the order of {@code model.STAT_NAMES},
     * [2] held-out edge scores and [3] their labels.
     */
    NDList pretrainLosses(NDList batch, NDArray lossWeights) {
        NDList inputs = new NDList(batch);
        inputs.add(lossWeights);
        return call("pretrain_losses", inputs, true);
    }

    /** Re-initialises every weight (as the module was created), from a seeded generator. */
    public void resetParameters(long seed) {
        Engine.getInstance().setRandomSeed((int) seed);
        try (NDManager call = manager.newSubManager()) {
            call("reset_parameters", new NDList(), false);
        }
    }

    /** Sets the centres (mean raw projections of a corpus) that are subtracted before normalising. */
    void setCentres(float[] text, float[] graph) {
        try (NDManager call = manager.newSubManager()) {
            call("set_centres", new NDList(call.create(text), call.create(graph)), false);
        }
    }

    /**
     * This model with a larger vocabulary, written to {@code file} and loaded from it. Per-token parameters (the
     * token table and the two output biases) keep their entries for the old ids, and entry {@code j} of each new id
     * is the mean of the old entries listed in {@code newRowSources[j - oldSize]}, so old ids behave exactly as
     * before. Every other weight is unchanged.
     */
    EncoderModel grown(int[][] newRowSources, Path file, boolean trainableCopy) throws MireException {
        int oldSize = config.vocabularySize();
        int newSize = oldSize + newRowSources.length;
        try (NDManager call = manager.newSubManager()) {
            NDArray table = call.create(grow(parameter("tokens").toFloatArray(), config.width(), oldSize,
                    newRowSources), new ai.djl.ndarray.types.Shape(newSize, config.width()));
            NDArray tokenBias = call.create(grow(parameter("token_head.bias").toFloatArray(), 1, oldSize,
                    newRowSources));
            NDArray nodeBias = call.create(grow(parameter("node_head.bias").toFloatArray(), 1, oldSize,
                    newRowSources));
            call("resize_vocabulary", new NDList(table, tokenBias, nodeBias), false);
        }
        save(file);
        return load(config.withVocabularySize(newSize), device, file, trainableCopy);
    }

    private static float[] grow(float[] values, int row, int oldSize, int[][] newRowSources) {
        float[] grown = java.util.Arrays.copyOf(values, (oldSize + newRowSources.length) * row);
        for (int j = 0; j < newRowSources.length; j++) {
            int[] sources = newRowSources[j];
            if (sources.length == 0) {
                throw new IllegalArgumentException("new id " + (oldSize + j) + " has no source rows");
            }
            for (int id : sources) {
                for (int k = 0; k < row; k++) {
                    grown[(oldSize + j) * row + k] += values[id * row + k] / sources.length;
                }
            }
        }
        return grown;
    }

    private NDList call(String method, NDList arguments, boolean training) {
        NDArray marker = manager.create(0f);
        marker.setName(METHOD_MARKER + method);
        NDList inputs = new NDList(arguments.size() + 1);
        inputs.add(marker);
        inputs.addAll(arguments);
        plainExecutor();
        try {
            return IValueUtils.forward(block, inputs, training);
        } finally {
            marker.close();
        }
    }

    /** Writes the module (with its current weights) atomically and returns the file's SHA-256 in hex. */
    public String save(Path file) throws MireException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            org.mire.io.AtomicFiles.write(file, out -> {
                try (OutputStream hashed = new DigestOutputStream(out, digest)) {
                    JniUtils.writeModule(block, hashed, false);
                }
            });
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException | RuntimeException e) {
            throw new MireException(file + ": cannot write the module: " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The module's parameters by name (e.g. {@code text_layers.0.qkv.weight}), in the module's order. */
    List<Pair<String, Parameter>> parameters() {
        return parameters(false);
    }

    private List<Pair<String, Parameter>> parameters(boolean all) {
        List<Pair<String, Parameter>> list = new ArrayList<>();
        for (Pair<String, Parameter> pair : block.getDirectParameters()) {
            list.add(pair);
        }
        return list;
    }

    /** Number of trainable scalars. */
    public long parameterCount() {
        long count = 0;
        for (Pair<String, Parameter> pair : parameters()) {
            count += pair.getValue().getArray().size();
        }
        return count;
    }

    /** The current values of every parameter, by name (tests and vocabulary extension). */
    java.util.Map<String, float[]> weights() {
        java.util.Map<String, float[]> out = new java.util.LinkedHashMap<>();
        for (Pair<String, Parameter> pair : parameters()) {
            out.put(pair.getKey(), pair.getValue().getArray().toFloatArray());
        }
        return out;
    }

    /** Sets every parameter, in place, to values {@link #weights} returned earlier (a kept best epoch). */
    void setWeights(java.util.Map<String, float[]> values) {
        for (Pair<String, Parameter> pair : parameters()) {
            float[] value = values.get(pair.getKey());
            if (value == null) {
                throw new IllegalArgumentException("no values for parameter " + pair.getKey());
            }
            pair.getValue().getArray().set(value);
        }
    }

    PtNDArray parameter(String name) {
        for (Pair<String, Parameter> pair : parameters()) {
            if (pair.getKey().equals(name)) {
                return (PtNDArray) pair.getValue().getArray();
            }
        }
        throw new IllegalArgumentException("no parameter " + name);
    }

    @Override
    public void close() {
        block.close();
        manager.close();
    }
}
