package org.mire.embed;

import java.util.ArrayList;
import java.util.List;
import org.mire.MireException;
import org.mire.ir.IrProgram;
import org.mire.progress.ProgressMonitor;

/** Several embedding methods side by side: each program's vector is their vectors concatenated in order. */
public final class ConcatenatedMethod implements EmbeddingMethod {
    private final List<EmbeddingMethod> parts;

    public ConcatenatedMethod(List<EmbeddingMethod> parts) {
        if (parts.size() < 2) {
            throw new IllegalArgumentException("concatenate at least two methods");
        }
        this.parts = List.copyOf(parts);
    }

    public List<EmbeddingMethod> parts() {
        return parts;
    }

    @Override
    public String id() {
        return String.join("+", parts.stream().map(EmbeddingMethod::id).toList());
    }

    @Override
    public int dimension() {
        return parts.stream().mapToInt(EmbeddingMethod::dimension).sum();
    }

    @Override
    public String fingerprint() {
        return String.join(" + ", parts.stream().map(EmbeddingMethod::fingerprint).toList());
    }

    @Override
    public Provenance provenance(String level) {
        List<Provenance> each = parts.stream().map(p -> p.provenance(level)).toList();
        return new Provenance(id(), String.join("+", each.stream().map(Provenance::modelHash).toList()),
                String.join("+", each.stream().map(Provenance::engine).distinct().toList()),
                String.join("+", each.stream().map(Provenance::device).distinct().toList()), each.get(0).seed(), level,
                each.get(0).createdAt());
    }

    @Override
    public float[] embedModule(IrProgram program) throws MireException {
        List<float[]> vectors = new ArrayList<>();
        for (EmbeddingMethod part : parts) {
            vectors.add(part.embedModule(program));
        }
        return concat(vectors);
    }

    @Override
    public List<float[]> embedFunctions(IrProgram program) throws MireException {
        List<List<float[]>> perPart = new ArrayList<>();
        for (EmbeddingMethod part : parts) {
            perPart.add(part.embedFunctions(program));
        }
        List<float[]> result = new ArrayList<>();
        for (int f = 0; f < perPart.get(0).size(); f++) {
            List<float[]> vectors = new ArrayList<>();
            for (List<float[]> part : perPart) {
                vectors.add(part.get(f));
            }
            result.add(concat(vectors));
        }
        return result;
    }

    @Override
    public List<float[]> embedModules(List<IrProgram> programs, ProgressMonitor monitor) throws MireException {
        List<List<float[]>> perPart = new ArrayList<>();
        for (EmbeddingMethod part : parts) {
            perPart.add(part.embedModules(programs, monitor));
        }
        List<float[]> result = new ArrayList<>();
        for (int p = 0; p < programs.size(); p++) {
            List<float[]> vectors = new ArrayList<>();
            for (List<float[]> part : perPart) {
                vectors.add(part.get(p));
            }
            result.add(concat(vectors));
        }
        return result;
    }

    private float[] concat(List<float[]> vectors) {
        float[] result = new float[dimension()];
        int at = 0;
        for (float[] vector : vectors) {
            System.arraycopy(vector, 0, result, at, vector.length);
            at += vector.length;
        }
        return result;
    }
}
