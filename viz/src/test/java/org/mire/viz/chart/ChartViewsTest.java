package org.mire.viz.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ChartViewsTest {
    private CurveChart curves;
    private ComparisonBarChart bars;
    private ConfusionMatrixView confusion;

    @Start
    void start(Stage stage) {
        curves = new CurveChart("epoch", "loss");
        bars = new ComparisonBarChart("speedup", "published", "ours");
        confusion = new ConfusionMatrixView();
        stage.setScene(new Scene(new VBox(curves, bars, confusion), 800, 900));
        stage.show();
    }

    @Test
    void curvesGrowPerSeriesAndSkipNonFiniteValues(FxRobot robot) {
        robot.interact(() -> {
            curves.add("fold 0 train", 1, 0.9);
            curves.add("fold 0 train", 2, 0.7);
            curves.add("fold 0 validation", 1, Double.NaN);
            curves.add("fold 1 train", 1, 0.8);
        });
        assertEquals(2, curves.size("fold 0 train"));
        assertEquals(0, curves.size("fold 0 validation"));
        assertEquals(List.of("fold 0 train", "fold 1 train"), curves.seriesNames());
        robot.interact(curves::clear);
        assertEquals(0, curves.size("fold 0 train"));
    }

    @Test
    void barsKeepTheirOrderAndLeaveOutMissingValues(FxRobot robot) {
        robot.interact(() -> bars.setBars(List.of(new ComparisonBarChart.Bar("Grewe", 2.91, false),
                new ComparisonBarChart.Bar("ProGraML", Double.NaN, false),
                new ComparisonBarChart.Bar("ours", 3.4, true))));
        assertEquals(List.of("Grewe", "ours"), bars.categories());
        assertEquals(3.4, bars.value("ours"));
        assertTrue(Double.isNaN(bars.value("ProGraML")));
    }

    @Test
    void confusionMatrixShowsEveryCount(FxRobot robot) {
        int[][] matrix = {{379, 21}, {31, 249}};
        robot.interact(() -> confusion.setMatrix(List.of("CPU", "GPU"), matrix));
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(matrix, confusion.matrix());
        assertEquals(2, robot.lookup(".confusion-hit").queryAll().size());
        assertEquals("21", ((Label) robot.lookup(".confusion-miss").queryAll().iterator().next()).getText());
    }
}
