package org.cutri.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundViewModel;
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
 * "Lưu Word/PDF…" on the planning screen (issue 7) shows its progress with "Dừng". Pressing it while the plan
 * is being written leaves the old file as it was and the database as it was. A save never numbers the plan (only
 * "Ban hành…" does, decision 0045): the save that ends writes the draft and the register stays as it was. The writing
 * is held half-way until the test has pressed "Dừng".
 */
@ExtendWith(ApplicationExtension.class)
class PlanSaveStopTest {

    @TempDir
    Path folder;

    private HeldSave held;
    private AppContext context;

    @Start
    void start(Stage stage) throws IOException {
        held = HeldSave.open(folder, "ke-hoach.docx");
        context = held.context();
        FxTaskExecutor executor = held.executor();
        PlanningViewModel viewModel = new PlanningViewModel(
                new RoundViewModel(context.rounds(), context.councils(), context.commune(), context.messages(), executor),
                new MeetingViewModel(context.meetings(), context.meetingPlans(), context.hamlets(), context.messages(),
                        executor),
                context.schedulePlans(), new PlanFiles(context.database().jdbi(), context.schedulePlans(), held.saver()),
                context.messages(), executor, Clock.systemDefaultZone());
        ScreenOnStage.show(stage, new PlanningView(viewModel, context.messages(), held.dialogs(), executor,
                held.saveDialog()));
    }

    @AfterEach
    void close() {
        held.close();
    }

    /** The numbers given so far (the register of outgoing documents). */
    private int numbersGiven() {
        return context.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM document_number")
                .mapTo(Integer.class).one());
    }

    /** Clicks "Lưu Word/PDF…", saying yes if the schedule's problems are listed first. */
    private static void clickSave(FxRobot robot, Button save) {
        robot.clickOn(save);
        robot.lookup("#confirmYesButton").tryQuery().ifPresent(robot::clickOn);
    }

    @Test
    void stoppingTheSaveKeepsTheOldFileTakesNoNumberAndSaysSo(FxRobot robot) throws IOException {
        Button save = robot.lookup("#saveFileButton").queryButton();
        FxTestSupport.waitUntil(() -> !save.isDisabled());
        ContactRound round = robot.lookup("#roundTable").<ContactRound>queryTableView().getSelectionModel()
                .getSelectedItem();
        assertThat(round.planNumber()).as("a plan not printed yet").isNull();
        int numbersBefore = numbersGiven();
        Label status = robot.lookup("#screenStatus").queryAs(Label.class);

        clickSave(robot, save);
        held.hold().awaitReached();
        Button stop = robot.lookup("#stopButton").queryButton();
        FxTestSupport.waitUntil(() -> stop.isVisible() && status.getText().equals("Đang lưu ke-hoach.docx…"));
        assertThat(save.isDisabled()).as("one save at a time").isTrue();
        robot.clickOn(stop);
        held.hold().release();

        FxTestSupport.waitUntil(() -> status.getText().equals(held.target().stoppedStatus()));
        held.target().assertUntouched();
        assertThat(context.rounds().get(round.id()).planNumber()).as("the plan has no number yet").isNull();
        assertThat(numbersGiven()).as("no number taken from the register").isEqualTo(numbersBefore);
        assertThat(robot.lookup("#progressBox").query().isVisible()).as("no progress or Dừng shown").isFalse();

        clickSave(robot, save);
        FxTestSupport.waitUntil(() -> status.getText().startsWith("Đã lưu bản dự thảo kế hoạch (chưa có số)"));
        assertThat(context.rounds().get(round.id()).planNumber()).as("a saved draft is not numbered").isNull();
        assertThat(numbersGiven()).as("saving takes no number").isEqualTo(numbersBefore);
        assertThat(held.target().replaced()).as("the file saved").isTrue();
    }
}
