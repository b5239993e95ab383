package org.mire.costdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.mire.MireException;
import org.mire.ir.mlir.MlirModule;
import org.mire.ir.mlir.MlirParser;
import org.mire.progress.ProgressMonitor;

/**
 * The non-learned baseline for the MLIR cost model: each variant's MLIR as a histogram of operation names
 * (read by our parser, implicit terminators left out), plus the total, fitted to each target by ridge-regularised
 * least squares, evaluated with seeded k-fold cross-validation.
 */
public final class CostModelBaseline {
    /** Ridge strength relative to the mean diagonal of XᵀX; small, only to keep the system solvable. */
    static final double RIDGE = 1e-4;

    /** A loaded dataset: one feature row (op counts) and one value per target for each variant. */
    public record Dataset(List<String> files, List<String> opNames, double[][] features, Map<String, double[]> targets,
                          List<String> kernels) {
    }

    /** Cross-validated metrics of one target. */
    public record Result(String target, org.mire.task.metric.RegressionReport metrics) {
    }

    private CostModelBaseline() {
    }

    public static Dataset load(Path dir, ProgressMonitor monitor) throws MireException {
        Path csv = dir.resolve("costdata.csv");
        List<String> lines;
        try {
            lines = Files.readAllLines(csv);
        } catch (IOException e) {
            throw new MireException(csv + ": cannot read: " + e.getMessage(), e);
        }
        if (lines.isEmpty() || !lines.getFirst().startsWith("file,")) {
            throw new MireException(csv + ":1: not a costdata CSV (no 'file,...' header)");
        }
        List<String> header = List.of(lines.getFirst().split(","));
        int kernelColumn = header.indexOf("kernel");
        List<String> files = new ArrayList<>();
        List<String> kernels = new ArrayList<>();
        List<Map<String, Integer>> histograms = new ArrayList<>();
        Map<String, List<Double>> targets = new LinkedHashMap<>();
        for (String target : CostLabels.COLUMNS) {
            if (!header.contains(target)) {
                throw new MireException(csv + ":1: no column '" + target + "'");
            }
            targets.put(target, new ArrayList<>());
        }
        TreeMap<String, Integer> names = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            monitor.checkCancelled();
            monitor.progress(i, lines.size() - 1, "reading " + (i) + "/" + (lines.size() - 1));
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != header.size()) {
                throw new MireException(csv + ":" + (i + 1) + ": " + cells.length + " cells, header has "
                        + header.size());
            }
            Path file = dir.resolve(cells[0]);
            MlirModule module;
            try {
                module = MlirParser.parse(Files.readString(file), cells[0]);
            } catch (IOException e) {
                throw new MireException(csv + ":" + (i + 1) + ": cannot read " + file + ": " + e.getMessage(), e);
            }
            Map<String, Integer> histogram = new TreeMap<>();
            module.walk(op -> {
                if (!op.implicit() && !op.name().equals("builtin.module") && !op.name().equals("func.func")) {
                    histogram.merge(op.name(), 1, Integer::sum);
                }
            });
            histogram.keySet().forEach(n -> names.putIfAbsent(n, 0));
            histograms.add(histogram);
            files.add(cells[0]);
            kernels.add(kernelColumn >= 0 ? cells[kernelColumn] : "");
            for (String target : CostLabels.COLUMNS) {
                try {
                    targets.get(target).add(Double.parseDouble(cells[header.indexOf(target)]));
                } catch (NumberFormatException e) {
                    throw new MireException(csv + ":" + (i + 1) + ": '" + target + "' is not a number");
                }
            }
        }
        List<String> opNames = new ArrayList<>(names.keySet());
        double[][] features = new double[files.size()][opNames.size() + 2];
        for (int r = 0; r < files.size(); r++) {
            double total = 0;
            for (int c = 0; c < opNames.size(); c++) {
                features[r][c] = histograms.get(r).getOrDefault(opNames.get(c), 0);
                total += features[r][c];
            }
            features[r][opNames.size()] = total;
            features[r][opNames.size() + 1] = 1;   // intercept
        }
        Map<String, double[]> targetArrays = new LinkedHashMap<>();
        targets.forEach((k, v) -> targetArrays.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return new Dataset(files, opNames, features, targetArrays, kernels);
    }

    /** Seeded k-fold assignment: fold of each row. */
    public static int[] folds(int n, int k, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order.get(i)] = i % k;
        }
        return fold;
    }

    /** k-fold cross-validated predictions of the op-count linear model for every target. */
    public static List<Result> crossValidate(Dataset data, int k, long seed) throws MireException {
        int n = data.files().size();
        if (n < k || k < 2) {
            throw new MireException("cross-validation needs at least " + Math.max(k, 2) + " rows and 2 folds (have "
                    + n + " rows, " + k + " folds)");
        }
        int[] fold = folds(n, k, seed);
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, double[]> target : data.targets().entrySet()) {
            double[] y = target.getValue();
            double[] predicted = new double[n];
            for (int f = 0; f < k; f++) {
                List<Integer> train = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (fold[i] != f) {
                        train.add(i);
                    }
                }
                double[] w = fit(data.features(), y, train);
                for (int i = 0; i < n; i++) {
                    if (fold[i] == f) {
                        predicted[i] = dot(w, data.features()[i]);
                    }
                }
            }
            results.add(new Result(target.getKey(), org.mire.task.metric.RegressionReport.of(y, predicted)));
        }
        return results;
    }

    /** Ridge least squares on the given rows. */
    static double[] fit(double[][] x, double[] y, List<Integer> rows) {
        int d = x[0].length;
        double[][] a = new double[d][d + 1];
        for (int r : rows) {
            double[] xr = x[r];
            for (int i = 0; i < d; i++) {
                if (xr[i] == 0) {
                    continue;
                }
                for (int j = 0; j < d; j++) {
                    a[i][j] += xr[i] * xr[j];
                }
                a[i][d] += xr[i] * y[r];
            }
        }
        double trace = 0;
        for (int i = 0; i < d; i++) {
            trace += a[i][i];
        }
        double lambda = RIDGE * Math.max(trace / d, 1e-12);
        for (int i = 0; i < d; i++) {
            a[i][i] += lambda;
        }
        // Gaussian elimination with partial pivoting.
        for (int c = 0; c < d; c++) {
            int pivot = c;
            for (int r = c + 1; r < d; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] tmp = a[c];
            a[c] = a[pivot];
            a[pivot] = tmp;
            if (Math.abs(a[c][c]) < 1e-300) {
                continue;
            }
            for (int r = c + 1; r < d; r++) {
                double factor = a[r][c] / a[c][c];
                if (factor != 0) {
                    for (int j = c; j <= d; j++) {
                        a[r][j] -= factor * a[c][j];
                    }
                }
            }
        }
        double[] w = new double[d];
        for (int i = d - 1; i >= 0; i--) {
            double s = a[i][d];
            for (int j = i + 1; j < d; j++) {
                s -= a[i][j] * w[j];
            }
            w[i] = Math.abs(a[i][i]) < 1e-300 ? 0 : s / a[i][i];
        }
        return w;
    }

    private static double dot(double[] w, double[] x) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i] * x[i];
        }
        return s;
    }
}
