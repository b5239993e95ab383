package org.mire.viz.chart;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;

/**
 * Learning curves that grow while training runs: named series of (step, value) points, appended one at a time.
 * Call its methods on the FX thread. Knows nothing about what the curves mean.
 */
public final class CurveChart extends StackPane {
    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
    private final Map<String, XYChart.Series<Number, Number>> series = new LinkedHashMap<>();

    public CurveChart(String xLabel, String yLabel) {
        xAxis.setLabel(xLabel);
        yAxis.setLabel(yLabel);
        xAxis.setForceZeroInRange(false);
        yAxis.setForceZeroInRange(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(true);
        chart.getStyleClass().add("curve-chart");
        getChildren().add(chart);
    }

    /** Appends a point to the named series, creating the series on first use. */
    public void add(String name, double x, double y) {
        if (!Double.isFinite(y)) {
            return;
        }
        series.computeIfAbsent(name, n -> {
            XYChart.Series<Number, Number> created = new XYChart.Series<>();
            created.setName(n);
            chart.getData().add(created);
            return created;
        }).getData().add(new XYChart.Data<>(x, y));
    }

    /**
     * Replaces what the chart draws with these series (name → (x, y) points), in order; series that exist keep
     * their place and colour.
     */
    public void setSeries(Map<String, java.util.List<double[]>> lines) {
        series.keySet().retainAll(lines.keySet());
        chart.getData().retainAll(series.values());
        for (Map.Entry<String, java.util.List<double[]>> line : lines.entrySet()) {
            XYChart.Series<Number, Number> target = series.computeIfAbsent(line.getKey(), n -> {
                XYChart.Series<Number, Number> created = new XYChart.Series<>();
                created.setName(n);
                chart.getData().add(created);
                return created;
            });
            java.util.List<XYChart.Data<Number, Number>> data = new java.util.ArrayList<>();
            for (double[] point : line.getValue()) {
                if (Double.isFinite(point[1])) {
                    data.add(new XYChart.Data<>(point[0], point[1]));
                }
            }
            target.getData().setAll(data);
        }
    }

    /** Number of points in a series (0 when absent). */
    public int size(String name) {
        XYChart.Series<Number, Number> s = series.get(name);
        return s == null ? 0 : s.getData().size();
    }

    public java.util.List<String> seriesNames() {
        return java.util.List.copyOf(series.keySet());
    }

    public void clear() {
        chart.getData().clear();
        series.clear();
    }

    public LineChart<Number, Number> chart() {
        return chart;
    }
}
