package org.cutri.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskTracker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The shared strip the report screen, the hand-over and the province import moved to: "Dừng" runs the screen's own
 * stop (which also says "Đang dừng…"), and the report's short reading shows a moving bar without "Dừng".
 */
@ExtendWith(ApplicationExtension.class)
class TaskProgressTest {

    private final TaskTracker tracker = new TaskTracker();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final AtomicInteger stops = new AtomicInteger();
    private TaskProgress strip;

    @Start
    void start(Stage stage) {
        strip = new TaskProgress();
        strip.setStopText("Dừng");
        strip.follow(tracker, () -> {
            stops.incrementAndGet();
            tracker.cancel();
        });
        strip.showWhileBusy(busy, tracker);
        stage.setScene(new Scene(new VBox(strip), 500, 100));
        stage.show();
    }

    @Test
    void stopRunsTheScreensOwnStopAndGreysOutUntilTheWorkHasStopped(FxRobot robot) {
        Button stop = robot.lookup("#stopButton").queryButton();
        assertThat(strip.isVisible()).as("nothing runs: no strip").isFalse();

        robot.interact(() -> tracker.track(BackgroundTask.run(() -> { })));
        assertThat(strip.isVisible()).isTrue();
        assertThat(stop.isVisible()).isTrue();

        robot.clickOn(stop);
        assertThat(stops.get()).as("the screen's stop ran, once").isEqualTo(1);
        assertThat(stop.isDisabled()).as("greyed out while it stops").isTrue();
    }

    @Test
    void whileBusyTheStripShowsAMovingBarWithoutStop(FxRobot robot) {
        robot.interact(() -> busy.set(true));
        Button stop = robot.lookup("#stopButton").queryButton();
        ProgressBar bar = robot.lookup("#progressBar").query();
        assertThat(strip.isVisible()).isTrue();
        assertThat(bar.getProgress()).isEqualTo(ProgressBar.INDETERMINATE_PROGRESS);
        assertThat(stop.isVisible()).as("reading cannot be stopped").isFalse();
        assertThat(stop.isManaged()).isFalse();

        robot.interact(() -> busy.set(false));
        assertThat(strip.isVisible()).isFalse();
    }
}
