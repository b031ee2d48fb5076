package org.cutri.common.ui;

import javafx.scene.chart.NumberAxis;

/**
 * The value axis of a chart of counts (opinions per field, per authority) marks whole numbers only. Left to
 * range itself, a {@link NumberAxis} over small counts marks 0.5, 1.5… as if half an opinion could be raised.
 */
public final class CountAxes {

    private static final int MOST_MARKS = 10;

    private CountAxes() {
    }

    /** Ranges the axis from 0 to at least {@code largest} in whole steps of 1, 2, 5, 10, 20, 50… */
    public static void fit(NumberAxis axis, long largest) {
        long top = Math.max(1, largest);
        long step = 1;
        for (long scale = 1; top > step * MOST_MARKS; scale *= 10) {
            step = top <= 2 * scale * MOST_MARKS ? 2 * scale : top <= 5 * scale * MOST_MARKS ? 5 * scale : 10 * scale;
        }
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setLowerBound(0);
        axis.setUpperBound((double) ((top + step - 1) / step) * step);
        axis.setTickUnit(step);
    }
}
