package org.cutri.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.app.MainWindow;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the terms-and-sessions screen with the keyboard, as the secretary would. */
@ExtendWith(ApplicationExtension.class)
class CouncilViewTest {

    @TempDir
    static Path folder;

    private AppContext context;
    private FxTaskExecutor executor;
    private CouncilTerm oldTerm;

    @Start
    void start(Stage stage) {
        context = TestContexts.open(folder.resolve("data-" + System.nanoTime()));
        oldTerm = context.councils().createTerm(2021, 2026);
        context.councils().createSession(new SessionDraft(oldTerm.id(), CouncilLevel.COMMUNE, "XXI", 9,
                SessionKind.REGULAR, LocalDate.of(2025, 12, 10), LocalDate.of(2025, 12, 11)));
        Dialogs dialogs = new Dialogs(context.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        MainWindow.open(stage, context, executor, dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
        context.close();
    }

    private TableView<CouncilTerm> openCouncil(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-council");
        TableView<CouncilTerm> terms = robot.lookup("#termTable").queryTableView();
        TableView<CouncilSession> sessions = robot.lookup("#sessionTable").queryTableView();
        FxTestSupport.waitUntil(() -> terms.getItems().size() == 1 && sessions.getItems().size() == 1);
        return terms;
    }

    private static void ctrlN(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
    }

    @Test
    void addATermAndASessionWithTypedDates(FxRobot robot) {
        TableView<CouncilTerm> terms = openCouncil(robot);
        TableView<CouncilSession> sessions = robot.lookup("#sessionTable").queryTableView();

        robot.clickOn("#termFilterField");
        ctrlN(robot);
        robot.write("2026");
        assertThat(robot.lookup("#termEndField").queryAs(TextField.class).getText()).isEqualTo("2031");
        robot.type(KeyCode.ENTER);

        FxTestSupport.waitUntil(() -> terms.getItems().size() == 2);
        FxTestSupport.waitUntil(() -> terms.getSelectionModel().getSelectedItem() != null
                && terms.getSelectionModel().getSelectedItem().startYear() == 2026);
        FxTestSupport.waitUntil(() -> sessions.getItems().isEmpty());
        assertThat(robot.lookup("#sessionsTitle").queryAs(Label.class).getText()).isEqualTo("Kỳ họp của nhiệm kỳ 2026–2031");

        robot.clickOn("#sessionFilterField");
        ctrlN(robot);
        robot.clickOn("#sessionCourseField").write("i");
        robot.clickOn(robot.lookup("#sessionStartPicker").queryAs(DatePicker.class).getEditor()).write("30/03/2026");
        robot.clickOn(robot.lookup("#sessionEndPicker").queryAs(DatePicker.class).getEditor()).write("31/03/2026");
        robot.type(KeyCode.ENTER);

        FxTestSupport.waitUntil(() -> sessions.getItems().size() == 1);
        CouncilSession stored = context.councils().sessions(terms.getSelectionModel().getSelectedItem().id()).get(0);
        assertThat(stored.number()).isEqualTo(1);
        assertThat(stored.course()).isEqualTo("I");
        assertThat(stored.startDate()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(stored.endDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("Đã lưu: kỳ họp thứ 1 HĐND xã khóa I");
    }

    @Test
    void datesTypedWithoutTheYearTakeTheYearOfTheTermsSessions(FxRobot robot) {
        openCouncil(robot);
        TableView<CouncilSession> sessions = robot.lookup("#sessionTable").queryTableView();
        DatePicker start = robot.lookup("#sessionStartPicker").queryAs(DatePicker.class);

        robot.clickOn("#sessionFilterField");
        ctrlN(robot);
        robot.clickOn(start.getEditor()).write("28/11");
        robot.clickOn(robot.lookup("#sessionEndPicker").queryAs(DatePicker.class).getEditor()).write("29/11");

        // Leaving the field writes the date out in full, in the year of the term's latest session (12/2025).
        FxTestSupport.waitUntil(() -> start.getEditor().getText().equals("28/11/2025"));
        assertThat(FxTestSupport.fieldMessage(start)).isEmpty();
        robot.type(KeyCode.ENTER);

        FxTestSupport.waitUntil(() -> sessions.getItems().size() == 2);
        CouncilSession stored = context.councils().sessions(oldTerm.id()).stream().filter(s -> s.number() == 10)
                .findFirst().orElseThrow();
        assertThat(stored.startDate()).isEqualTo(LocalDate.of(2025, 11, 28));
        assertThat(stored.endDate()).isEqualTo(LocalDate.of(2025, 11, 29));
    }

    @Test
    void anImpossibleDateIsExplainedAndNotSaved(FxRobot robot) {
        openCouncil(robot);
        TableView<CouncilSession> sessions = robot.lookup("#sessionTable").queryTableView();

        robot.clickOn("#sessionFilterField");
        ctrlN(robot);
        robot.clickOn(robot.lookup("#sessionStartPicker").queryAs(DatePicker.class).getEditor()).write("31/02/2026");
        robot.clickOn(robot.lookup("#sessionEndPicker").queryAs(DatePicker.class).getEditor()).write("01/03/2026");

        Label problem = robot.lookup("#sessionDateProblem").queryAs(Label.class);
        FxTestSupport.waitUntil(problem::isVisible);
        assertThat(problem.getText())
                .isEqualTo("Ngày “31/02/2026” không có thật: tháng 2 năm 2026 chỉ có 28 ngày. Hãy sửa lại ngày.");

        robot.type(KeyCode.ENTER);

        Label formError = robot.lookup("#sessionFormError").queryAs(Label.class);
        FxTestSupport.waitUntil(formError::isVisible);
        assertThat(formError.getText()).contains("Còn ô nhập chưa đúng");
        assertThat(sessions.getItems()).hasSize(1);
        assertThat(context.councils().sessions(oldTerm.id())).hasSize(1);
    }

    @Test
    void deletingATermWithSessionsIsRefusedWithTheReasonWithoutAsking(FxRobot robot) {
        TableView<CouncilTerm> terms = openCouncil(robot);
        FxTestSupport.waitUntil(() -> terms.getSelectionModel().getSelectedItem() != null);

        robot.clickOn("#termDeleteButton");

        Label formError = robot.lookup("#termFormError").queryAs(Label.class);
        FxTestSupport.waitUntil(formError::isVisible);
        // Checked first: no "Xóa?" question for a term that cannot go.
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(formError.getText()).isEqualTo("Không xóa được nhiệm kỳ 2021–2026:"
                + " nhiệm kỳ này còn 1 kỳ họp, 0 đơn vị bầu cử và 0 đại biểu."
                + " Hãy xóa hoặc chuyển chúng sang nhiệm kỳ khác trước.");
        assertThat(terms.getItems()).hasSize(1);
        assertThat(context.councils().terms()).hasSize(1);
    }
}
