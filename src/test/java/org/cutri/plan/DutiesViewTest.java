package org.cutri.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.commune.CommuneProfile;
import org.cutri.common.text.DateText;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.TestContexts;
import org.cutri.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The duty calendar as the secretary meets it: right after start, without a click, the overdue duty and this week's;
 * marking one done with its date and document (shown and stored), undoing it, a date typed wrong said to be no date, opening the plan.
 */
@ExtendWith(ApplicationExtension.class)
class DutiesViewTest {

    @TempDir
    static Path folder;

    private static final LocalDate TODAY = LocalDate.now();

    private TestWindow window;
    private AppContext context;
    private OfficePlan plan;
    private PlanDuty late;

    @Start
    void start(Stage stage) {
        context = TestContexts.open(folder.resolve("data-" + System.nanoTime()));
        context.commune().save(new CommuneProfile("Hòa Lạc", "Sơn Trà", "Hòa Lạc", "ỦY BAN MTTQ VIỆT NAM", "XÃ HÒA LẠC",
                "BAN THƯỜNG TRỰC", "MTTQ-BTT", "Vương Đình Khải", null, null));
        plan = context.plans().create(PlanKind.FREE, null, TODAY.minusDays(10));
        context.plans().updateSections(plan.id(), new PlanSections("Công tác tháng của Ban Thường trực", null, null, null,
                null, "Lưu: VT.", null, null));
        late = context.plans().addDuty(plan.id(), new DutyDraft("Báo cáo công tác tháng trước", "Văn phòng", null, null,
                TODAY.minusDays(3), null));
        context.plans().addDuty(plan.id(), new DutyDraft("Họp Ban Thường trực", "Chủ tịch", null, TODAY, TODAY, null));
        context.plans().addDuty(plan.id(), new DutyDraft("Sơ kết quý", null, null, null, TODAY.plusDays(20), null));
        context.plans().addDuty(plan.id(), new DutyDraft("Tổng kết năm", null, null, null, TODAY.plusDays(60), null));
        window = TestWindow.open(stage, context);
    }

    @AfterEach
    void close() {
        window.close();
    }

    private TableView<CalendarEntry> calendarShown(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#dutyTable").tryQuery().isPresent());
        TableView<CalendarEntry> table = robot.lookup("#dutyTable").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() == 3);
        return table;
    }

    @Test
    void rightAfterStartTheCalendarShowsTheOverdueDutyAndThisWeeksWithTheReminder(FxRobot robot) {
        TableView<CalendarEntry> table = calendarShown(robot);

        assertThat(robot.lookup("#nav-duties").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(table.getItems()).extracting(e -> e.duty().what())
                .containsExactly("Báo cáo công tác tháng trước", "Họp Ban Thường trực", "Sơ kết quý");
        assertThat(table.getItems()).extracting(CalendarEntry::state)
                .containsExactly(DueState.OVERDUE, DueState.THIS_WEEK, DueState.NEXT_DAYS);
        Label reminder = robot.lookup("#reminderLabel").queryAs(Label.class);
        assertThat(reminder.isVisible()).isTrue();
        assertThat(reminder.getText()).isEqualTo("Nhắc việc: 1 việc quá hạn, 1 việc đến hạn trong 3 ngày tới.");
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).contains("1 việc quá hạn");
        assertThat(robot.lookup("Quá hạn 3 ngày").tryQuery()).isPresent();
    }

    @Test
    void aDutyIsMarkedDoneWithItsDateAndDocumentAndUndone(FxRobot robot) {
        TableView<CalendarEntry> table = calendarShown(robot);

        robot.clickOn("Báo cáo công tác tháng trước");
        DatePicker date = robot.lookup("#doneDateField").queryAs(DatePicker.class);
        FxTestSupport.waitUntil(() -> date.getEditor().getText().equals(DateText.format(TODAY)));
        robot.doubleClickOn(date.getEditor()).eraseText(12).write(DateText.format(TODAY.minusDays(1)));
        robot.clickOn("#doneDocumentField").write("Báo cáo số 31/BC-MTTQ-BTT");
        robot.clickOn("#doneButton");

        FxTestSupport.waitUntil(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(e -> e.duty().what()).doesNotContain("Báo cáo công tác tháng trước");
        PlanDuty stored = context.plans().findDuty(late.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(DutyStatus.DONE);
        assertThat(stored.doneOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(stored.doneDocument()).isEqualTo("Báo cáo số 31/BC-MTTQ-BTT");
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .startsWith("Đã ghi xong: Báo cáo công tác tháng trước");
        assertThat(robot.lookup("#reminderLabel").queryAs(Label.class).getText())
                .isEqualTo("Nhắc việc: 0 việc quá hạn, 1 việc đến hạn trong 3 ngày tới.");

        robot.clickOn("#undoButton");

        FxTestSupport.waitUntil(() -> table.getItems().size() == 3);
        assertThat(table.getItems().get(0).duty().what()).isEqualTo("Báo cáo công tác tháng trước");
        PlanDuty reopened = context.plans().findDuty(late.id()).orElseThrow();
        assertThat(reopened.status()).isEqualTo(DutyStatus.OPEN);
        assertThat(reopened.doneOn()).isNull();
        assertThat(robot.lookup("#undoButton").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void aWronglyTypedDoneDateIsSaidToBeNoDateAndNothingIsStored(FxRobot robot) {
        TableView<CalendarEntry> table = calendarShown(robot);

        robot.clickOn("Họp Ban Thường trực");
        DatePicker date = robot.lookup("#doneDateField").queryAs(DatePicker.class);
        FxTestSupport.waitUntil(() -> !date.getEditor().getText().isEmpty());
        Label error = robot.lookup("#errorLabel").queryAs(Label.class);

        // Not "type the date" (a date was typed) but what is wrong with it and how to type it, as every date field says.
        doneOn(robot, date, "31/02/2026");
        FxTestSupport.waitUntil(() -> error.isVisible() && !error.getText().isEmpty());
        assertThat(error.getText())
                .isEqualTo("Ngày “31/02/2026” không có thật: tháng 2 năm 2026 chỉ có 28 ngày. Hãy sửa lại ngày.");
        assertThat(date.getEditor().getText()).isEqualTo("31/02/2026");

        doneOn(robot, date, "abc");
        FxTestSupport.waitUntil(() -> error.getText().contains("abc"));
        assertThat(error.getText())
                .isEqualTo("“abc” không phải là ngày: hãy gõ theo dạng ngày/tháng/năm, vd. 05/06/2026.");

        // A blank date is still asked for.
        doneOn(robot, date, "");
        FxTestSupport.waitUntil(() -> error.getText().startsWith("Hãy nhập"));
        assertThat(error.getText()).isEqualTo("Hãy nhập ngày hoàn thành (dd/mm/yyyy).");

        assertThat(table.getItems()).hasSize(3);
        assertThat(context.plans().duties(plan.id())).noneMatch(PlanDuty::done)
                .allSatisfy(d -> assertThat(d.doneOn()).isNull());
    }

    private static void doneOn(FxRobot robot, DatePicker date, String typed) {
        robot.clickOn(date.getEditor());
        robot.interact(() -> date.getEditor().clear());
        robot.write(typed);
        robot.clickOn("#doneButton");
    }

    @Test
    void aDutyOpensItsPlanInThePlansScreen(FxRobot robot) {
        calendarShown(robot);

        robot.clickOn("Sơ kết quý");
        robot.clickOn("#openButton");

        FxTestSupport.waitUntil(() -> robot.lookup("#subjectField").tryQuery().isPresent()
                && "Công tác tháng của Ban Thường trực".equals(robot.lookup("#subjectField").queryAs(TextField.class)
                        .getText()));
        assertThat(robot.lookup("#nav-plans").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#planTable").queryTableView().getSelectionModel().getSelectedItem())
                .extracting(p -> ((OfficePlan) p).id()).isEqualTo(plan.id());
    }
}
