package org.mire.embed;

import java.util.ArrayList;
import java.util.List;
import org.mire.MireException;
import org.mire.ir.IrProgram;
import org.mire.progress.ProgressMonitor;

/**
 * A way to turn programs into vectors: the learned encoder, a baseline (opcode histogram, IR2Vec-style
 * symbolic vectors), or another model directory. Implementations are thread-confined unless stated otherwise.
 */
public interface EmbeddingMethod {

    /** Short stable id used in files and the UI, e.g. {@code mirencoder}, {@code opcode-histogram}. */
    String id();

    int dimension();

    /**
     * A fingerprint of everything that determines the vectors (weights hash, configuration, version); together with
     * a file's content hash it keys the embedding cache.
     */
    String fingerprint();

    /** Provenance template for sets made by this method (level and time are filled in by the caller). */
    Provenance provenance(String level);

    /** The module-level vector of one program. */
    float[] embedModule(IrProgram program) throws MireException;

    /** One vector per defined function, in {@link IrProgram#functionNames()} order. */
    List<float[]> embedFunctions(IrProgram program) throws MireException;

    /** Module vectors of many programs; learned methods override this to batch. */
    default List<float[]> embedModules(List<IrProgram> programs, ProgressMonitor monitor) throws MireException {
        List<float[]> vectors = new ArrayList<>(programs.size());
        for (int i = 0; i < programs.size(); i++) {
            monitor.checkCancelled();
            vectors.add(embedModule(programs.get(i)));
            monitor.progress(i + 1, programs.size(), "encoded " + programs.get(i).sourceName());
        }
        return vectors;
    }

    /**
     * The function vectors of many programs, one list per program in {@link IrProgram#functionNames()} order;
     * learned methods override this to fill batches across programs.
     */
    default List<List<float[]>> embedFunctions(List<IrProgram> programs, ProgressMonitor monitor)
            throws MireException {
        List<List<float[]>> vectors = new ArrayList<>(programs.size());
        for (int i = 0; i < programs.size(); i++) {
            monitor.checkCancelled();
            vectors.add(embedFunctions(programs.get(i)));
            monitor.progress(i + 1, programs.size(), "encoded the functions of " + programs.get(i).sourceName());
        }
        return vectors;
    }
}
