package org.mire.encoder;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.mire.MireException;

/**
 * The network with its weights on one device. Owns the NDManager that holds the weights; close it when done.
 */
public final class EncoderModel implements AutoCloseable {
    private final EncoderConfig config;
    private final Device device;
    private final NDManager manager;
    private final EncoderNetwork network;

    private EncoderModel(EncoderConfig config, Device device) {
        this.config = config;
        this.device = device;
        this.manager = NDManager.newBaseManager(device);
        this.network = new EncoderNetwork(config);
    }

    /** A freshly initialised model; the same seed gives the same weights. */
    public static EncoderModel create(EncoderConfig config, Device device, long seed) {
        EncoderModel model = new EncoderModel(config, device);
        Engine.getInstance().setRandomSeed((int) seed);
        model.network.initialize(model.manager, DataType.FLOAT32);
        return model;
    }

    /** A model with the weights of {@code weights} (architecture from {@code config}). */
    public static EncoderModel load(EncoderConfig config, Device device, Path weights) throws MireException {
        EncoderModel model = new EncoderModel(config, device);
        try {
            model.network.initialize(model.manager, DataType.FLOAT32);
            List<ai.djl.ndarray.types.Shape> expected = new ArrayList<>();
            for (Pair<String, Parameter> p : model.parameters()) {
                expected.add(p.getValue().getArray().getShape());
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(weights));
                 DataInputStream data = new DataInputStream(in)) {
                model.network.loadParameters(model.manager, data);
                if (data.read() != -1) {
                    throw new MalformedModelException("trailing bytes after the last parameter");
                }
            }
            // DJL loads whatever shapes the file holds; a model for another architecture must not load silently.
            List<Pair<String, Parameter>> loaded = model.parameters();
            for (int i = 0; i < loaded.size(); i++) {
                ai.djl.ndarray.types.Shape shape = loaded.get(i).getValue().getArray().getShape();
                if (!shape.equals(expected.get(i))) {
                    throw new MalformedModelException("parameter " + loaded.get(i).getKey() + " has shape " + shape
                            + ", the configuration needs " + expected.get(i));
                }
            }
            return model;
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            throw new MireException(weights + ": cannot read the weights (" + e.getMessage()
                    + "); the file is corrupt or was made for another architecture", e);
        }
    }

    /**
     * Copies every weight of {@code source} into this model. The two may differ only in vocabulary size, this one's
     * at least as large: per-token parameters (token embedding, output biases) keep the source's entries for ids
     * below its size, and entry {@code j} of each new id is the mean of the source's entries listed in
     * {@code newRowSources[j - sourceSize]}, so old ids behave exactly as before.
     */
    public void copyFrom(EncoderModel source, int[][] newRowSources) throws MireException {
        int oldSize = source.config.vocabularySize();
        int newSize = config.vocabularySize();
        if (!source.config.withVocabularySize(newSize).equals(config) || newSize < oldSize) {
            throw new MireException("cannot start from a model of architecture " + source.config
                    + ": this model is " + config + " (only a larger vocabulary may differ)");
        }
        if (newRowSources.length != newSize - oldSize) {
            throw new IllegalArgumentException(newRowSources.length + " new row sources for "
                    + (newSize - oldSize) + " new ids");
        }
        List<Pair<String, Parameter>> from = source.parameters();
        List<Pair<String, Parameter>> to = parameters();
        for (int i = 0; i < to.size(); i++) {
            Parameter target = to.get(i).getValue();
            float[] values = from.get(i).getValue().getArray().toFloatArray();
            if (network.isPerToken(target) && newSize > oldSize) {
                int row = values.length / oldSize;
                float[] grown = java.util.Arrays.copyOf(values, newSize * row);
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
                values = grown;
            }
            target.getArray().set(values);
        }
    }

    /** Writes the weights atomically (temp file, then rename) and returns their SHA-256 in hex. */
    public String save(Path weights) throws MireException {
        Path temp = weights.resolveSibling(weights.getFileName() + ".tmp");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (OutputStream file = Files.newOutputStream(temp);
                 DigestOutputStream hashed = new DigestOutputStream(new BufferedOutputStream(file), digest);
                 DataOutputStream out = new DataOutputStream(hashed)) {
                network.saveParameters(out);
            }
            Files.move(temp, weights, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new MireException(weights + ": cannot write the weights: " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    EncoderNetwork network() {
        return network;
    }

    ParameterStore newStore() {
        return new ParameterStore(manager, false);
    }

    /** The trainable parameters in a stable order (their path names in the block tree). */
    List<Pair<String, Parameter>> parameters() {
        List<Pair<String, Parameter>> list = new ArrayList<>();
        for (Pair<String, Parameter> pair : network.getParameters()) {
            list.add(pair);
        }
        return list;
    }

    /** Number of trainable scalars. */
    public long parameterCount() {
        long count = 0;
        for (Pair<String, Parameter> pair : network.getParameters()) {
            count += pair.getValue().getArray().size();
        }
        return count;
    }

    @Override
    public void close() {
        manager.close();
    }
}
