package org.cutri.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.cutri.app.AppContext;
import org.cutri.meeting.Meeting;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.HeldSave;
import org.cutri.testing.ScreenOnStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Lưu Word/PDF…" on the minutes screen (issue 7) shows its progress with "Dừng"; pressing it while the file is
 * being written leaves the old file of that name as it was, no file half-written, and says so in the status.
 * The writing is held half-way until the test has pressed "Dừng".
 */
@ExtendWith(ApplicationExtension.class)
class MinutesSaveStopTest {

    @TempDir
    Path folder;

    private HeldSave held;

    @Start
    void start(Stage stage) throws IOException {
        held = HeldSave.open(folder, "bien-ban.docx");
        AppContext context = held.context();
        Meeting meeting = context.rounds().list().stream().flatMap(r -> context.meetings().list(r.id()).stream())
                .findFirst().orElseThrow();
        MinutesViewModel viewModel = new MinutesViewModel(context.rounds(), context.meetings(), context.opinions(),
                context.minutes(), context.messages(), held.executor(), Duration.millis(400), held.saver());
        MinutesView view = new MinutesView(viewModel, context.messages(), held.executor(), held.dialogs(),
                held.saveDialog());
        ScreenOnStage.show(stage, view);
        view.open(meeting.id());
    }

    @AfterEach
    void close() {
        held.close();
    }

    @Test
    void stoppingTheSaveKeepsTheOldFileAndSaysSo(FxRobot robot) throws IOException {
        Button save = robot.lookup("#saveDocumentButton").queryButton();
        FxTestSupport.waitUntil(() -> !save.isDisabled());
        Label status = robot.lookup("#screenStatus").queryAs(Label.class);

        robot.clickOn(save);
        held.hold().awaitReached();
        Button stop = robot.lookup("#stopButton").queryButton();
        FxTestSupport.waitUntil(() -> stop.isVisible() && status.getText().equals("Đang lưu bien-ban.docx…"));
        assertThat(save.isDisabled()).as("one save at a time").isTrue();
        robot.clickOn(stop);
        held.hold().release();

        FxTestSupport.waitUntil(() -> status.getText().equals(held.target().stoppedStatus()));
        assertThat(held.hold().reportsAfterStop()).as("nothing written after the stop").isZero();
        held.target().assertUntouched();
        assertThat(robot.lookup("#progressBox").query().isVisible()).as("no progress or Dừng shown").isFalse();
        assertThat(save.isDisabled()).isFalse();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("no 'saved' message, no error").isEmpty();
    }
}
