package org.mire.encoder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.embed.Provenance;
import org.mire.encoder.device.Engines;
import org.mire.ir.IrProgram;
import org.mire.progress.ProgressMonitor;

/**
 * The learned encoder as an {@link EmbeddingMethod}: module vectors from the whole module (text chunked and pooled,
 * the whole graph), function vectors from each function's tokens and subgraph. Owns its {@link Encoder}; close it
 * when done.
 */
public final class MirEncoderMethod implements EmbeddingMethod, AutoCloseable {
    public static final String ID = "mirencoder";

    private final Encoder encoder;
    private final Featuriser featuriser;
    private final TextModality text;
    private final int batchItems;
    private final Encoder.Output output;

    public MirEncoderMethod(Encoder encoder, TextModality text, int batchItems) {
        this(encoder, text, batchItems, Encoder.Output.FUSED);
    }

    /** A method giving one part of the embedding (the fused program embedding, or its text or graph half). */
    public MirEncoderMethod(Encoder encoder, TextModality text, int batchItems, Encoder.Output output) {
        this.encoder = encoder;
        this.output = output;
        this.text = text;
        this.featuriser = new Featuriser(text, encoder.vocabulary(), encoder.config().nodeTokens());
        this.batchItems = batchItems;
    }

    public Encoder encoder() {
        return encoder;
    }

    public Featuriser featuriser() {
        return featuriser;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int dimension() {
        return encoder.config().embeddingSize();
    }

    @Override
    public String fingerprint() {
        return ID + ":" + output.name().toLowerCase(java.util.Locale.ROOT) + ":" + encoder.manifest().weightsSha256() + ":" + encoder.manifest().vocabSha256() + ":"
                + text.version();
    }

    @Override
    public Provenance provenance(String level) {
        long seed = encoder.manifest().training() == null ? 0 : encoder.manifest().training().seed();
        return new Provenance(ID, encoder.manifest().weightsSha256(), Engines.engineVersion(),
                deviceName(), seed, level, Instant.now().toString());
    }

    private String deviceName() {
        return encoder.device().isGpu() ? "gpu:" + encoder.device().getDeviceId() : "cpu";
    }

    @Override
    public float[] embedModule(IrProgram program) throws MireException {
        return encoder.encode(List.of(featuriser.module(program)), 1, output, ProgressMonitor.NONE)[0];
    }

    @Override
    public List<float[]> embedFunctions(IrProgram program) throws MireException {
        return List.of(encoder.encode(featuriser.functions(program), batchItems, output, ProgressMonitor.NONE));
    }

    /** Featurises every program first and encodes all their functions together, so batches fill across files. */
    @Override
    public List<List<float[]>> embedFunctions(List<IrProgram> programs, ProgressMonitor monitor)
            throws MireException {
        List<EncoderInput> inputs = new ArrayList<>();
        int[] counts = new int[programs.size()];
        for (int i = 0; i < programs.size(); i++) {
            monitor.checkCancelled();
            List<EncoderInput> functions = featuriser.functions(programs.get(i));
            counts[i] = functions.size();
            inputs.addAll(functions);
        }
        float[][] vectors = encoder.encode(inputs, batchItems, output, monitor);
        List<List<float[]>> out = new ArrayList<>(programs.size());
        int at = 0;
        for (int count : counts) {
            out.add(List.of(java.util.Arrays.copyOfRange(vectors, at, at + count)));
            at += count;
        }
        return out;
    }

    @Override
    public List<float[]> embedModules(List<IrProgram> programs, ProgressMonitor monitor) throws MireException {
        List<EncoderInput> inputs = new ArrayList<>(programs.size());
        for (IrProgram program : programs) {
            monitor.checkCancelled();
            inputs.add(featuriser.module(program));
        }
        return List.of(encoder.encode(inputs, batchItems, output, monitor));
    }

    @Override
    public void close() {
        encoder.close();
    }
}
