package org.mire.encoder;

import ai.djl.Device;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mire.MireException;
import org.mire.encoder.device.NativeMemory;
import org.mire.progress.ProgressMonitor;

/**
 * A loaded model directory, ready to encode: one long-lived network on one device, closed with this object.
 * Loading verifies the SHA-256 of weights and vocabulary and the configuration before reading a weight.
 * Not thread-safe: use one encoder per thread.
 */
public final class Encoder implements AutoCloseable {
    /** Default limits of one inference batch. */
    public static final int NODE_BUDGET = 20_000;
    public static final int TOKEN_BUDGET = 16_384;
    /**
     * Text rows run through the transformer in groups of at most so many padded positions (8 full chunks): the
     * attention scores of a group stay in cache, and a group of 64 chunks ran at half the rate on two CPU cores
     * (docs/benchmarks.md, "The model at twice the rate"; ADR 0013).
     */
    static final int GROUP_POSITIONS = 2_048;

    private final Path directory;
    private final ModelDirectory.Manifest manifest;
    private final List<String> vocabulary;
    private final EncoderModel model;
    private double flops;
    private long modelNanos;

    private Encoder(Path directory, ModelDirectory.Manifest manifest, List<String> vocabulary, EncoderModel model) {
        this.directory = directory;
        this.manifest = manifest;
        this.vocabulary = vocabulary;
        this.model = model;
    }

    public static Encoder load(Path directory, Device device) throws MireException {
        ModelDirectory.Manifest manifest = ModelDirectory.read(directory);
        List<String> vocabulary = ModelDirectory.readVocabulary(directory.resolve(ModelDirectory.VOCABULARY));
        EncoderModel model = EncoderModel.load(manifest.architecture(), device,
                directory.resolve(ModelDirectory.MODULE), false);
        return new Encoder(directory, manifest, vocabulary, model);
    }

    /**
     * A randomly initialised encoder with the architecture and vocabulary of a model directory: the baseline that
     * shows how much of a trained model's behaviour comes from training rather than from its structure.
     */
    public static Encoder untrained(Path directory, Device device, long seed) throws MireException {
        ModelDirectory.Manifest manifest = ModelDirectory.read(directory);
        List<String> vocabulary = ModelDirectory.readVocabulary(directory.resolve(ModelDirectory.VOCABULARY));
        EncoderModel model = EncoderModel.load(manifest.architecture(), device,
                directory.resolve(ModelDirectory.MODULE), false);
        model.resetParameters(seed);
        return new Encoder(directory, manifest, vocabulary, model);
    }

    /** An encoder over an in-memory model (tests, and encoding right after training). */
    static Encoder wrap(EncoderModel model, ModelDirectory.Manifest manifest, List<String> vocabulary) {
        return new Encoder(null, manifest, vocabulary, model);
    }

    public Path directory() {
        return directory;
    }

    public ModelDirectory.Manifest manifest() {
        return manifest;
    }

    public EncoderConfig config() {
        return model.config();
    }

    public List<String> vocabulary() {
        return vocabulary;
    }

    public Device device() {
        return model.device();
    }

    /**
     * Which embedding to return: the program embedding, its text or graph half, or (for computing the centres) the
     * raw projections before centring and normalising. In the order of the module's outputs.
     */
    public enum Output { FUSED, TEXT, GRAPH, TEXT_RAW, GRAPH_RAW }

    /** Fused embeddings of the inputs, in input order. */
    public float[][] encode(List<EncoderInput> inputs, int maxBatchItems, ProgressMonitor monitor) {
        return encode(inputs, maxBatchItems, Output.FUSED, monitor);
    }

    /**
     * Embeddings of the inputs in input order, batched by size (at most {@code maxBatchItems} items,
     * {@value #NODE_BUDGET} nodes and {@value #TOKEN_BUDGET} padded tokens per batch).
     */
    public float[][] encode(List<EncoderInput> inputs, int maxBatchItems, Output output, ProgressMonitor monitor) {
        float[][] result = new float[inputs.size()][];
        if (inputs.isEmpty()) {
            return result;
        }
        List<int[]> batches = inputs.size() == 1 ? List.<int[]>of(new int[] {0})
                : new SizeBatcher(NODE_BUDGET, TOKEN_BUDGET, Math.max(2, maxBatchItems), config().maxTokens(), true)
                        .batches(inputs, null);
        int done = 0;
        for (int[] batch : batches) {
            monitor.checkCancelled();
            List<EncoderInput> items = new ArrayList<>(batch.length);
            for (int i : batch) {
                items.add(inputs.get(i));
            }
            float[][] vectors = encodeBatch(items, output, monitor);
            for (int k = 0; k < batch.length; k++) {
                result[batch[k]] = vectors[k];
            }
            done += batch.length;
            monitor.progress(done, inputs.size(), "encoded " + done + " of " + inputs.size());
        }
        return result;
    }

    private float[][] encodeBatch(List<EncoderInput> items, Output output, ProgressMonitor monitor) {
        EncoderBatch batch = EncoderBatch.ofChunks(items, config());
        try {
            try (NDScope scope = new NDScope(); NDManager manager = model.manager().newSubManager()) {
                scope.suppressNotUsedWarning();
                long started = System.nanoTime();
                NDList outputs = model.encode(batch.toNDList(manager), GROUP_POSITIONS, monitor);
                float[] flat = outputs.get(output.ordinal()).toFloatArray();
                modelNanos += System.nanoTime() - started;
                flops += ModelFlops.of(config(), batch);
                int dimension = config().embeddingSize();
                float[][] vectors = new float[items.size()][dimension];
                for (int i = 0; i < items.size(); i++) {
                    System.arraycopy(flat, i * dimension, vectors[i], 0, dimension);
                }
                return vectors;
            }
        } finally {
            NativeMemory.releaseFreed(); // the batch's tensors are freed: give their pages back
        }
    }

    /** Floating-point operations of the module in every batch encoded so far ({@link ModelFlops}). */
    public double flops() {
        return flops;
    }

    /** Seconds spent in the module (input tensors in, embeddings out) so far. */
    public double modelSeconds() {
        return modelNanos / 1e9;
    }

    @Override
    public void close() {
        model.close();
    }
}
