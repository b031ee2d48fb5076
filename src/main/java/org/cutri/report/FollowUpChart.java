package org.cutri.report;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.CountAxes;

/**
 * The chart of a round's answers, per authority (grouped bars: received, forwarded, answered on time, late, overdue,
 * satisfactory), with a line saying what the whole round counts or why there is nothing to show. It is placed on
 * the rounds screen and follows the round chosen there.
 */
public final class FollowUpChart {

    private final FollowUpChartViewModel viewModel;
    private final BarChart<String, Number> chart;
    private final NumberAxis valueAxis = new NumberAxis();
    private final VBox root;

    public FollowUpChart(FollowUpChartViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        CategoryAxis authorityAxis = new CategoryAxis();
        valueAxis.setLabel(messages.get("report.followUp.axis"));
        chart = new BarChart<>(authorityAxis, valueAxis);
        chart.setId("followUpChart");
        chart.setTitle(messages.get("report.followUp.title"));
        chart.setAnimated(false);
        chart.setCategoryGap(18);
        chart.setBarGap(1);
        VBox.setVgrow(chart, Priority.ALWAYS);
        Label message = new Label();
        message.setId("followUpMessage");
        message.setWrapText(true);
        // as high as its wrapped lines: the chart below gives way, never the words
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.getStyleClass().add("form-hint");
        message.textProperty().bind(viewModel.messageProperty());
        chart.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.bars()));
        root = new VBox(6, message, chart);
        root.setPadding(new Insets(8));
        viewModel.bars().addListener((ListChangeListener<FollowUpChartViewModel.Bars>) change -> fill());
        fill();
    }

    /** One series per measure, one category per authority: the FX thread only draws what was read. */
    private void fill() {
        List<String> names = viewModel.seriesNames();
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        int largest = 0;
        for (int s = 0; s < names.size(); s++) {
            XYChart.Series<String, Number> one = new XYChart.Series<>();
            one.setName(names.get(s));
            for (FollowUpChartViewModel.Bars bars : viewModel.bars()) {
                int value = bars.counts().get(s);
                one.getData().add(new XYChart.Data<>(bars.authority(), value));
                largest = Math.max(largest, value);
            }
            series.add(one);
        }
        CountAxes.fit(valueAxis, largest);
        chart.getData().setAll(viewModel.bars().isEmpty() ? List.of() : series);
    }

    public Node root() {
        return root;
    }

    public FollowUpChartViewModel viewModel() {
        return viewModel;
    }
}
