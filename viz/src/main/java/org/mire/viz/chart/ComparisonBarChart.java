package org.mire.viz.chart;

import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;

/**
 * Horizontal-category bars comparing named values, with the caller's own bars set apart from the reference bars
 * (e.g. published results) by colour and a legend. Values that are NaN get no bar.
 */
public final class ComparisonBarChart extends StackPane {
    /** One bar. {@code highlighted} bars belong to the "ours" series, the others to the reference series. */
    public record Bar(String label, double value, boolean highlighted) {
    }

    private final CategoryAxis xAxis = new CategoryAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final BarChart<String, Number> chart = new BarChart<>(xAxis, yAxis);
    private final String referenceName;
    private final String highlightName;

    public ComparisonBarChart(String valueLabel, String referenceName, String highlightName) {
        this.referenceName = referenceName;
        this.highlightName = highlightName;
        yAxis.setLabel(valueLabel);
        chart.setAnimated(false);
        chart.setCategoryGap(8);
        chart.setBarGap(0);
        chart.getStyleClass().add("comparison-bar-chart");
        getChildren().add(chart);
    }

    /** Replaces the bars, in order. */
    public void setBars(List<Bar> bars) {
        XYChart.Series<String, Number> reference = new XYChart.Series<>();
        reference.setName(referenceName);
        XYChart.Series<String, Number> highlighted = new XYChart.Series<>();
        highlighted.setName(highlightName);
        xAxis.getCategories().setAll(bars.stream().filter(b -> Double.isFinite(b.value())).map(Bar::label).toList());
        for (Bar bar : bars) {
            if (Double.isFinite(bar.value())) {
                (bar.highlighted() ? highlighted : reference).getData().add(new XYChart.Data<>(bar.label(),
                        bar.value()));
            }
        }
        chart.getData().setAll(List.of(reference, highlighted));
    }

    /** Labels of the bars shown, in order. */
    public List<String> categories() {
        return List.copyOf(xAxis.getCategories());
    }

    /** The value of a bar, or NaN. */
    public double value(String label) {
        for (XYChart.Series<String, Number> series : chart.getData()) {
            for (XYChart.Data<String, Number> data : series.getData()) {
                if (data.getXValue().equals(label)) {
                    return data.getYValue().doubleValue();
                }
            }
        }
        return Double.NaN;
    }

    public BarChart<String, Number> chart() {
        return chart;
    }
}
