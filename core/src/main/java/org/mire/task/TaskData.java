package org.mire.task;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a head learns from and is evaluated on: one row per example, each with the IR file to embed, a group
 * (the kernel, for grouped splits), optional extra numeric features and a label or a target.
 *
 * @param name         dataset name for reports, e.g. {@code devmap-amd}
 * @param kind         classification or regression
 * @param ids          one id per row
 * @param files        the IR file of each row (several rows may share one), or null entries when the task uses no IR
 * @param groups       the group of each row (kernel name); rows of one group never straddle a grouped split
 * @param featureNames names of the extra features, in column order
 * @param features     extra features, rows × featureNames.size() (may have zero columns)
 * @param classes      class names in label order (classification), else empty
 * @param labels       label index per row into {@code classes} (classification), else null
 * @param targets      target value per row (regression), else null
 */
public record TaskData(String name, TaskKind kind, List<String> ids, List<Path> files, List<String> groups,
                       List<String> featureNames, double[][] features, List<String> classes, int[] labels,
                       double[] targets) {

    public TaskData {
        ids = List.copyOf(ids);
        files = java.util.Collections.unmodifiableList(new ArrayList<>(files));
        groups = List.copyOf(groups);
        featureNames = List.copyOf(featureNames);
        classes = List.copyOf(classes);
        int n = ids.size();
        if (files.size() != n || groups.size() != n || features.length != n) {
            throw new IllegalArgumentException("rows disagree: " + n + " ids, " + files.size() + " files, "
                    + groups.size() + " groups, " + features.length + " feature rows");
        }
        for (double[] row : features) {
            if (row.length != featureNames.size()) {
                throw new IllegalArgumentException("feature row of " + row.length + " values for "
                        + featureNames.size() + " names");
            }
        }
        if (kind == TaskKind.CLASSIFICATION) {
            if (labels == null || labels.length != n || classes.isEmpty()) {
                throw new IllegalArgumentException("classification needs one label per row and class names");
            }
            for (int label : labels) {
                if (label < 0 || label >= classes.size()) {
                    throw new IllegalArgumentException("label " + label + " outside 0.." + (classes.size() - 1));
                }
            }
        } else if (targets == null || targets.length != n) {
            throw new IllegalArgumentException("regression needs one target per row");
        }
    }

    public int size() {
        return ids.size();
    }

    public int classCount() {
        return classes.size();
    }

    /** Groups as dense indices in order of first appearance (for grouped splits). */
    public int[] groupIndices() {
        List<String> seen = new ArrayList<>();
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        int[] result = new int[size()];
        for (int i = 0; i < size(); i++) {
            result[i] = index.computeIfAbsent(groups.get(i), g -> {
                seen.add(g);
                return seen.size() - 1;
            });
        }
        return result;
    }

    /** The rows at the given indices, in that order. */
    public TaskData subset(int[] rows) {
        List<String> subIds = new ArrayList<>(rows.length);
        List<Path> subFiles = new ArrayList<>(rows.length);
        List<String> subGroups = new ArrayList<>(rows.length);
        double[][] subFeatures = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            subIds.add(ids.get(rows[i]));
            subFiles.add(files.get(rows[i]));
            subGroups.add(groups.get(rows[i]));
            subFeatures[i] = features[rows[i]];
        }
        int[] subLabels = labels == null ? null : Arrays.stream(rows).map(r -> labels[r]).toArray();
        double[] subTargets = targets == null ? null : Arrays.stream(rows).mapToDouble(r -> targets[r]).toArray();
        return new TaskData(name, kind, subIds, subFiles, subGroups, featureNames, subFeatures, classes, subLabels,
                subTargets);
    }
}
