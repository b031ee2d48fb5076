package org.cutri.common.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.ProgressBar;

/**
 * Progress bars that redraw only when the user can see a change. Long work reports its progress at every step
 * (thousands of pages, tens of thousands of opinions), and each reported value would redraw the bar in the next
 * frame: on a busy two-core office PC that drawing, sixty times a second for a minute, competes with the window
 * for the processor and frames come late (docs/benchmarks.md, ResponsivenessBenchmark). A bar follows its work
 * in whole percent: at most a hundred redraws over the whole task, the same look.
 */
public final class ProgressBars {

    /** The step a bar moves by: one percent (1.4 pixels of a 140-pixel bar). */
    static final double STEP = 0.01;

    private ProgressBars() {
    }

    /**
     * Binds the bar's progress to {@code progress} rounded down to whole percent; a negative value (the amount of
     * work not known yet) stays negative: the moving bar.
     */
    public static void follow(ProgressBar bar, ObservableValue<? extends Number> progress) {
        bar.progressProperty().bind(coarse(progress));
    }

    /** {@code progress} rounded down to whole percent, changing only when that rounded value changes. */
    static DoubleProperty coarse(ObservableValue<? extends Number> progress) {
        Coarse shown = new Coarse(progress);
        // listened to weakly, holding its source: the bar holds both, and they go with the bar
        progress.addListener(new WeakChangeListener<>(shown));
        return shown;
    }

    private static double round(Number value) {
        double v = value == null ? ProgressBar.INDETERMINATE_PROGRESS : value.doubleValue();
        return v < 0 ? ProgressBar.INDETERMINATE_PROGRESS : Math.floor(Math.min(1.0, v) / STEP + 1e-9) * STEP;
    }

    /** The rounded value; setting an equal value changes nothing, so the bar is not redrawn. */
    private static final class Coarse extends SimpleDoubleProperty implements ChangeListener<Number> {
        /** Held so that a binding made only for the bar (Bindings.when…) lives as long as the bar. */
        private final ObservableValue<? extends Number> source;

        Coarse(ObservableValue<? extends Number> source) {
            super(round(source.getValue()));
            this.source = source;
        }

        @Override
        public void changed(ObservableValue<? extends Number> observable, Number old, Number now) {
            set(round(now));
        }
    }
}
