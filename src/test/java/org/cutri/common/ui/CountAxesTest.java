package org.cutri.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A chart of opinion counts marks whole numbers only: no "0,5 ý kiến" on the report screen's axis. */
@ExtendWith(ApplicationExtension.class)
class CountAxesTest {

    private BarChart<String, Number> counted;
    private BarChart<String, Number> plain;

    @Start
    void start(Stage stage) {
        counted = chart(new NumberAxis());
        CountAxes.fit((NumberAxis) counted.getYAxis(), 3);
        plain = chart(new NumberAxis());
        stage.setScene(new Scene(new HBox(counted, plain), 900, 400));
        stage.show();
    }

    private static BarChart<String, Number> chart(ValueAxis<Number> axis) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), axis);
        chart.setAnimated(false);
        chart.setPrefSize(440, 380);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.getData().add(new XYChart.Data<>("Giao thông", 3));
        series.getData().add(new XYChart.Data<>("Đất đai", 1));
        series.getData().add(new XYChart.Data<>("Môi trường", 2));
        chart.getData().add(series);
        return chart;
    }

    private static List<Double> ticks(BarChart<String, Number> chart) {
        Axis<Number> axis = chart.getYAxis();
        return axis.getTickMarks().stream().map(mark -> mark.getValue().doubleValue()).toList();
    }

    @Test
    void smallCountsAreMarkedInWholeNumbers(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // The plain axis is what the screen had: it marks halves for counts of 1 to 3.
        assertThat(ticks(plain)).anyMatch(value -> value != Math.rint(value));
        assertThat(ticks(counted)).isNotEmpty().allMatch(value -> value == Math.rint(value))
                .contains(0.0, 1.0, 2.0, 3.0);
    }

    @Test
    void largeCountsAreMarkedInRoundSteps(FxRobot robot) {
        robot.interact(() -> CountAxes.fit((NumberAxis) counted.getYAxis(), 237));
        WaitForAsyncUtils.waitForFxEvents();
        NumberAxis axis = (NumberAxis) counted.getYAxis();
        assertThat(axis.getTickUnit()).isEqualTo(50);
        assertThat(axis.getUpperBound()).isEqualTo(250);
    }
}
