package org.cutri.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A long task reports progress at every page or opinion; the bar on screen moves in whole percent, so it is
 * redrawn at most a hundred times over the task instead of at every frame (issue 7: frames came late on a busy
 * machine while the report's preview was written).
 */
@ExtendWith(ApplicationExtension.class)
class ProgressBarsTest {

    private ProgressBar bar;
    private final DoubleProperty work = new SimpleDoubleProperty(-1);
    private final BooleanProperty running = new SimpleBooleanProperty(true);

    @Start
    void start(Stage stage) {
        bar = new ProgressBar();
        // as the preview window binds it: the work's progress while it runs, else a moving bar
        ProgressBars.follow(bar, Bindings.when(running).then(work).otherwise(ProgressBar.INDETERMINATE_PROGRESS));
        stage.setScene(new Scene(new StackPane(bar), 200, 40));
        stage.show();
    }

    @Test
    void theBarMovesInWholePercentWhateverTheWorkReports(FxRobot robot) {
        AtomicInteger redraws = new AtomicInteger();
        robot.interact(() -> {
            assertThat(bar.getProgress()).isNegative();
            bar.progressProperty().addListener((o, old, now) -> redraws.incrementAndGet());
            // 3,849 pages written, each reported
            for (int page = 1; page <= 3849; page++) {
                work.set(page / 3849.0);
            }
        });

        assertThat(redraws.get()).isBetween(100, 101);
        assertThat(bar.getProgress()).isEqualTo(1.0);
        robot.interact(() -> work.set(0.4567));
        assertThat(bar.getProgress()).isCloseTo(0.45, org.assertj.core.data.Offset.offset(1e-9));
        robot.interact(() -> running.set(false));
        assertThat(bar.getProgress()).as("the moving bar once the work is over").isNegative();
    }

    @Test
    void theBarStillFollowsAfterAGarbageCollection(FxRobot robot) throws InterruptedException {
        // the Bindings.when made for the bar is held by nobody else
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(20);
        }
        robot.interact(() -> work.set(0.25));
        assertThat(bar.getProgress()).isEqualTo(0.25);
    }
}
