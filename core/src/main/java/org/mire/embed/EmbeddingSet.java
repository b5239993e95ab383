package org.mire.embed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of vectors with one id per row, metadata columns and provenance — what encoding produces, what
 * projections, neighbours, task heads and exports consume.
 *
 * @param ids        row ids (usually a file path relative to the corpus, plus {@code #function} at function level)
 * @param vectors    one vector per row, all of the same dimension
 * @param metadata   column name → one value per row, in column order (e.g. {@code file}, {@code function},
 *                   {@code label}); may be empty
 * @param provenance where the vectors came from
 */
public record EmbeddingSet(List<String> ids, float[][] vectors, Map<String, List<String>> metadata,
                           Provenance provenance) {

    public EmbeddingSet {
        ids = List.copyOf(ids);
        if (vectors.length != ids.size()) {
            throw new IllegalArgumentException(ids.size() + " ids but " + vectors.length + " vectors");
        }
        int dimension = vectors.length == 0 ? 0 : vectors[0].length;
        for (float[] vector : vectors) {
            if (vector.length != dimension) {
                throw new IllegalArgumentException("vectors of different dimensions: " + dimension + " and "
                        + vector.length);
            }
        }
        LinkedHashMap<String, List<String>> columns = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> column : metadata.entrySet()) {
            if (column.getValue().size() != ids.size()) {
                throw new IllegalArgumentException("metadata column " + column.getKey() + " has "
                        + column.getValue().size() + " values for " + ids.size() + " rows");
            }
            columns.put(column.getKey(), List.copyOf(column.getValue()));
        }
        metadata = java.util.Collections.unmodifiableMap(columns);
    }

    public int size() {
        return ids.size();
    }

    public int dimension() {
        return vectors.length == 0 ? 0 : vectors[0].length;
    }

    public List<String> columnNames() {
        return new ArrayList<>(metadata.keySet());
    }

    /** This set with one more (or a replaced) metadata column. */
    public EmbeddingSet withColumn(String name, List<String> values) {
        LinkedHashMap<String, List<String>> columns = new LinkedHashMap<>(metadata);
        columns.put(name, values);
        return new EmbeddingSet(ids, vectors, columns, provenance);
    }

    /**
     * Both sets restricted to their common ids, in the first set's order (so that two views of the rows line up).
     *
     * @throws org.mire.MireException when they share no id
     */
    public static EmbeddingSet[] align(EmbeddingSet first, EmbeddingSet second) throws org.mire.MireException {
        if (first.ids().equals(second.ids())) {
            return new EmbeddingSet[] {first, second};
        }
        Map<String, Integer> inSecond = new HashMap<>();
        for (int i = 0; i < second.size(); i++) {
            inSecond.putIfAbsent(second.ids().get(i), i);
        }
        List<Integer> a = new ArrayList<>();
        List<Integer> b = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            Integer j = inSecond.get(first.ids().get(i));
            if (j != null) {
                a.add(i);
                b.add(j);
            }
        }
        if (a.isEmpty()) {
            throw new org.mire.MireException("the two embedding sets have no row id in common");
        }
        return new EmbeddingSet[] {subset(first, a), subset(second, b)};
    }

    /** The given rows of a set, in that order. */
    public static EmbeddingSet subset(EmbeddingSet set, List<Integer> rows) {
        List<String> ids = new ArrayList<>();
        float[][] vectors = new float[rows.size()][];
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        for (String column : set.columnNames()) {
            metadata.put(column, new ArrayList<>());
        }
        for (int r = 0; r < rows.size(); r++) {
            int i = rows.get(r);
            ids.add(set.ids().get(i));
            vectors[r] = set.vectors()[i];
            for (String column : set.columnNames()) {
                metadata.get(column).add(set.metadata().get(column).get(i));
            }
        }
        return new EmbeddingSet(ids, vectors, metadata, set.provenance());
    }
}
