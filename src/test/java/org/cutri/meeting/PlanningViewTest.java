package org.cutri.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.cutri.app.AppContext;
import org.cutri.app.MainWindow;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.round.ContactRound;
import org.cutri.round.SessionChoice;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Plans a round on the real window, as the secretary would: keyboard first, then fixes a clash. */
@ExtendWith(ApplicationExtension.class)
class PlanningViewTest {

    @TempDir
    static Path folder;

    private AppContext context;
    private FxTaskExecutor executor;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = TestContexts.open(folder.resolve("data-" + System.nanoTime()));
        context.demo().load(false);
        Dialogs dialogs = new Dialogs(context.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        MainWindow.open(stage, context, executor, dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
        context.close();
    }

    private static void ctrlN(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
    }

    private static void typeDate(FxRobot robot, String picker, String text) {
        DatePicker field = robot.lookup(picker).queryAs(DatePicker.class);
        robot.clickOn(field.getEditor());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    private static void replaceText(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    @Test
    void aDateTypedWrongStaysWithItsMessageWhenLeftAndSavingKeepsTheStoredDate(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-rounds");
        TableView<ContactRound> roundTable = robot.lookup("#roundTable").queryTableView();
        FxTestSupport.waitUntil(() -> roundTable.getItems().size() == context.rounds().list().size());
        ContactRound december = roundTable.getItems().stream().filter(r -> r.name().contains("trước kỳ họp thứ 3"))
                .findFirst().orElseThrow();
        LocalDate deadline = december.handinDeadline();
        assertThat(deadline).isNotNull();
        robot.interact(() -> roundTable.getSelectionModel().select(december));
        DatePicker handin = robot.lookup("#handinPicker").queryAs(DatePicker.class);
        FxTestSupport.waitUntil(() -> handin.getEditor().getText().equals("11/12/2026"));

        // "31/02" and Tab: the text and its message stay; the field once went blank without a word.
        typeDate(robot, "#handinPicker", "31/02");
        robot.type(KeyCode.TAB);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(handin.getEditor().getText()).isEqualTo("31/02");
        Label problem = robot.lookup("#roundDateProblem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("31/02");

        // Saving is refused or keeps the date: the stored deadline is never wiped by a wrong text. (Fired: the
        // form's messages may have pushed its buttons below the scrolled part of the form.)
        robot.interact(() -> robot.lookup("#roundSaveButton").queryButton().fire());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.rounds().get(december.id()).handinDeadline()).isEqualTo(deadline);
        assertThat(handin.getEditor().getText()).isIn("31/02", "11/12/2026");

        // A blank date field left with a text that is no date keeps it, with its message, too.
        robot.interact(() -> robot.lookup("#roundCancelButton").queryButton().fire());
        FxTestSupport.waitUntil(() -> handin.getEditor().getText().equals("11/12/2026"));
        typeDate(robot, "#handinPicker", "");
        robot.type(KeyCode.BACK_SPACE, KeyCode.TAB);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(handin.getEditor().getText()).as("a date emptied on purpose").isEmpty();
        typeDate(robot, "#handinPicker", "abc");
        robot.type(KeyCode.TAB);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(handin.getEditor().getText()).isEqualTo("abc");
        assertThat(problem.isVisible()).isTrue();
    }

    @Test
    void aRoundNameOrAVenueTooLongIsRefusedInWordsAndNothingChanges(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-rounds");
        TableView<ContactRound> roundTable = robot.lookup("#roundTable").queryTableView();
        FxTestSupport.waitUntil(() -> roundTable.getItems().size() == context.rounds().list().size());
        ContactRound december = roundTable.getItems().stream().filter(r -> r.name().contains("trước kỳ họp thứ 3"))
                .findFirst().orElseThrow();
        robot.interact(() -> roundTable.getSelectionModel().select(december));
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        FxTestSupport.waitUntil(() -> name.getText().equals(december.name()));

        robot.clickOn(name).type(KeyCode.END).write(" và " + "các thôn ven sông ".repeat(16));
        robot.interact(() -> robot.lookup("#roundSaveButton").queryButton().fire());
        FxTestSupport.waitUntil(() -> !FxTestSupport.fieldMessage(name).isEmpty());
        assertThat(FxTestSupport.fieldMessage(name)).isEqualTo("Nội dung quá dài: tối đa 300 ký tự.");
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(context.rounds().get(december.id()).name()).isEqualTo(december.name());
        robot.interact(() -> robot.lookup("#roundCancelButton").queryButton().fire());

        // A meeting's venue too long: the form says so in words (it was "Đã xảy ra lỗi không mong đợi").
        TableView<Meeting> meetings = robot.lookup("#meetingTable").queryTableView();
        FxTestSupport.waitUntil(() -> !meetings.getItems().isEmpty());
        Meeting first = meetings.getItems().get(0);
        robot.interact(() -> meetings.getSelectionModel().select(first));
        TextField venue = robot.lookup("#venueField").queryAs(TextField.class);
        FxTestSupport.waitUntil(() -> venue.getText().equals(first.row().venue()));
        robot.clickOn(venue).type(KeyCode.END).write(" " + "cạnh trường tiểu học ".repeat(15));
        robot.interact(() -> robot.lookup("#meetingSaveButton").queryButton().fire());
        Label meetingError = robot.lookup("#meetingFormError").queryAs(Label.class);
        FxTestSupport.waitUntil(() -> meetingError.getText() != null && !meetingError.getText().isEmpty());
        assertThat(meetingError.getText()).isEqualTo("Nội dung quá dài: tối đa 300 ký tự.");
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(context.meetings().get(first.id()).row().venue()).isEqualTo(first.row().venue());
    }

    @Test
    void planARoundWithTheKeyboardThenCreateAMeetingForEveryHamlet(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-rounds");
        TableView<ContactRound> roundTable = robot.lookup("#roundTable").queryTableView();
        FxTestSupport.waitUntil(() -> roundTable.getItems().size() == context.rounds().list().size());
        int before = roundTable.getItems().size();

        robot.clickOn("#roundFilterField");
        ctrlN(robot);
        SearchableComboBox<SessionChoice> sessionBox = robot.lookup("#sessionBox").query();
        FxTestSupport.waitUntil(() -> !sessionBox.getItems().isEmpty());
        robot.clickOn(sessionBox);
        robot.clickOn("Kỳ họp thứ 3 HĐND xã khóa I (2026–2031), 17/12/2026");

        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("Tiếp xúc cử tri trước kỳ họp thứ 3, HĐND xã khóa I, nhiệm kỳ 2026–2031");
        assertThat(robot.lookup("#sessionDatePicker").queryAs(DatePicker.class).getEditor().getText())
                .isEqualTo("17/12/2026");
        typeDate(robot, "#deploymentPicker", "26/11/2026");
        replaceText(robot, "#deploymentVenueField", "Hội trường UBND xã");
        typeDate(robot, "#startPicker", "01/12/2026");
        typeDate(robot, "#endPicker", "05/12/2026");
        typeDate(robot, "#handinPicker", "31/11/2026");

        Label problem = robot.lookup("#roundDateProblem").queryAs(Label.class);
        FxTestSupport.waitUntil(problem::isVisible);
        assertThat(problem.getText()).isEqualTo("Ngày “31/11/2026” không có thật: tháng 11 năm 2026 chỉ có 30 ngày."
                + " Hãy sửa lại ngày.");

        typeDate(robot, "#handinPicker", "08/12/2026");
        typeDate(robot, "#compilationPicker", "09/12/2026");
        FxTestSupport.waitUntil(() -> !problem.isVisible());
        assertThat(robot.lookup("#planNumberLabel").queryAs(Label.class).getText())
                .isEqualTo("Chưa có số: kế hoạch in ra là bản dự thảo; số được cấp khi bấm “Ban hành…”.");
        robot.type(KeyCode.ENTER);

        FxTestSupport.waitUntil(() -> roundTable.getItems().size() == before + 1);
        FxTestSupport.waitUntil(() -> roundTable.getSelectionModel().getSelectedItem() != null
                && roundTable.getSelectionModel().getSelectedItem().name().startsWith("Tiếp xúc cử tri trước kỳ họp thứ 3,"));
        ContactRound stored = roundTable.getSelectionModel().getSelectedItem();
        assertThat(stored.startDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(stored.handinDeadline()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(stored.sessionDate()).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(stored.deploymentVenue()).isEqualTo("Hội trường UBND xã");

        TableView<Meeting> meetings = robot.lookup("#meetingTable").queryTableView();
        ListView<MeetingConflict> conflicts = robot.lookup("#conflictList").queryListView();
        FxTestSupport.waitUntil(() -> conflicts.getItems().size() == context.hamlets().list().size());
        assertThat(meetings.getItems()).isEmpty();

        robot.clickOn("#createAllButton");

        FxTestSupport.waitUntil(() -> meetings.getItems().size() == context.hamlets().list().size());
        FxTestSupport.waitUntil(() -> conflicts.getItems().isEmpty());
        assertThat(robot.lookup("#conflictTitle").queryAs(Label.class).getText())
                .isEqualTo("Lịch không có chỗ trùng hay thiếu.");
        assertThat(context.meetings().list(stored.id())).hasSize(context.hamlets().list().size());
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).startsWith("Đã tạo 12 hội nghị.");
        screenshot(robot, "rounds-screen");

        robot.clickOn("Lịch tuần");
        FxTestSupport.waitUntil(() -> robot.lookup(".week-block").queryAll().size() == context.hamlets().list().size());
        assertThat(robot.lookup("#weekLabel").queryAs(Label.class).getText()).isEqualTo("Tuần 30/11/2026 – 06/12/2026");
        screenshot(robot, "rounds-week");
        robot.clickOn("Lịch theo ngày");
        screenshot(robot, "rounds-days");
    }

    @Test
    void aClashIsShownAndDisappearsWhenTheTimeIsChanged(FxRobot robot) {
        ContactRound round = context.rounds().list().get(0);
        // The newest demo round already has its meetings; plan a fresh one so every clash is ours.
        ContactRound fresh = context.rounds().create(new org.cutri.round.RoundDraft(round.sessionId(),
                org.cutri.round.RoundKind.BEFORE_SESSION, "Đợt thử lịch", null, null, LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 1, 8), null, null, null, null));
        List<Meeting> planned = context.meetingPlans().createForEveryHamlet(fresh.id());
        Meeting first = planned.get(0);
        Meeting second = planned.stream().filter(m -> m.id() != first.id()
                && m.row().meetingDate().equals(first.row().meetingDate())
                && m.deputies().stream().anyMatch(d -> first.deputies().stream().anyMatch(f -> f.id() == d.id())))
                .findFirst().orElseThrow();

        FxTestSupport.openArea(robot, "#nav-rounds");
        TableView<ContactRound> roundTable = robot.lookup("#roundTable").queryTableView();
        FxTestSupport.waitUntil(() -> roundTable.getItems().stream().anyMatch(r -> r.id() == fresh.id()));
        robot.interact(() -> roundTable.getSelectionModel().select(
                roundTable.getItems().stream().filter(r -> r.id() == fresh.id()).findFirst().orElseThrow()));
        TableView<Meeting> meetings = robot.lookup("#meetingTable").queryTableView();
        ListView<MeetingConflict> conflicts = robot.lookup("#conflictList").queryListView();
        FxTestSupport.waitUntil(() -> meetings.getItems().size() == planned.size());
        FxTestSupport.waitUntil(conflicts.getItems()::isEmpty);

        robot.interact(() -> meetings.getSelectionModel().select(
                meetings.getItems().stream().filter(m -> m.id() == second.id()).findFirst().orElseThrow()));
        replaceText(robot, "#startField", "09:00");
        replaceText(robot, "#endField", "11:00");
        robot.type(KeyCode.ENTER);

        FxTestSupport.waitUntil(() -> conflicts.getItems().size() == 1);
        javafx.scene.control.ListCell<?> cell = conflictCell(robot);
        String text = cell.getText();
        assertThat(text).contains("phải dự hai hội nghị cùng lúc").contains(first.hamletNames() + " lúc 08:00")
                .contains(second.hamletNames() + " lúc 09:00");
        assertThat(robot.lookup("#conflictTitle").queryAs(Label.class).getText())
                .startsWith("Cần xem lại trước khi in (1)");
        screenshot(robot, "rounds-conflict");

        // Printing now asks first, listing the clash; "Không" prints nothing and gives no number.
        robot.clickOn("#printButton");
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("phải dự hai hội nghị cùng lúc").contains("Vẫn in lịch như hiện tại?");
        robot.clickOn("Không");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.rounds().get(fresh.id()).planNumber()).isNull();

        // Clicking the clash opens the meeting concerned.
        robot.interact(() -> meetings.getSelectionModel().select(0));
        robot.clickOn(conflictCell(robot));
        FxTestSupport.waitUntil(() -> meetings.getSelectionModel().getSelectedItem() != null
                && meetings.getSelectionModel().getSelectedItem().id() == second.id());

        replaceText(robot, "#startField", "14:00");
        replaceText(robot, "#endField", "16:30");
        robot.type(KeyCode.ENTER);

        FxTestSupport.waitUntil(conflicts.getItems()::isEmpty);
        Meeting stored = context.meetings().get(second.id());
        assertThat(stored.row().startTime()).isEqualTo(LocalTime.of(14, 0));
        assertThat(stored.row().endTime()).isEqualTo(LocalTime.of(16, 30));
    }

    @Test
    void aNewMeetingTakesItsPlaceInDateOrderAtOnceAndStaysChosen(FxRobot robot) {
        ContactRound round = context.rounds().list().get(0);
        ContactRound fresh = context.rounds().create(new org.cutri.round.RoundDraft(round.sessionId(),
                org.cutri.round.RoundKind.BEFORE_SESSION, "Đợt thử thứ tự", null, null, LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 1, 8), null, null, null, null));
        List<Meeting> planned = context.meetingPlans().createForEveryHamlet(fresh.id());

        FxTestSupport.openArea(robot, "#nav-rounds");
        TableView<ContactRound> roundTable = robot.lookup("#roundTable").queryTableView();
        FxTestSupport.waitUntil(() -> roundTable.getItems().stream().anyMatch(r -> r.id() == fresh.id()));
        robot.interact(() -> roundTable.getSelectionModel().select(
                roundTable.getItems().stream().filter(r -> r.id() == fresh.id()).findFirst().orElseThrow()));
        TableView<Meeting> meetings = robot.lookup("#meetingTable").queryTableView();
        FxTestSupport.waitUntil(() -> meetings.getItems().size() == planned.size());

        // A meeting added on the first day of the round, early in the morning: it once went to the bottom.
        robot.clickOn("#meetingNewButton");
        typeDate(robot, "#meetingDatePicker", "04/01/2027");
        replaceText(robot, "#startField", "06:00");
        replaceText(robot, "#endField", "07:00");
        replaceText(robot, "#venueField", "Nhà văn hóa thử");
        ListView<Choice> hamlets = robot.lookup("#hamletList").queryListView();
        robot.interact(() -> hamlets.getItems().get(0).setSelected(true));
        robot.interact(() -> robot.lookup("#meetingSaveButton").queryButton().fire());

        FxTestSupport.waitUntil(() -> meetings.getItems().size() == planned.size() + 1);
        FxTestSupport.waitUntil(() -> meetings.getSelectionModel().getSelectedItem() != null);
        Meeting added = meetings.getSelectionModel().getSelectedItem();
        assertThat(added.row().venue()).isEqualTo("Nhà văn hóa thử");
        List<String> shownOrder = meetings.getItems().stream().map(m -> m.row().meetingDate() + " " + m.row().startTime())
                .toList();
        List<String> storedOrder = context.meetings().list(fresh.id()).stream()
                .map(m -> m.row().meetingDate() + " " + m.row().startTime()).toList();
        assertThat(shownOrder).as("the rows as the round shows them when opened again").isEqualTo(storedOrder);
        assertThat(meetings.getItems().indexOf(added)).isZero();
        assertThat(meetings.getSelectionModel().getSelectedIndex()).isZero();

        // Moved to a later day, it moves down at once, still chosen.
        typeDate(robot, "#meetingDatePicker", "06/01/2027");
        robot.interact(() -> robot.lookup("#meetingSaveButton").queryButton().fire());
        FxTestSupport.waitUntil(() -> meetings.getSelectionModel().getSelectedItem() != null
                && meetings.getSelectionModel().getSelectedItem().row().meetingDate().equals(LocalDate.of(2027, 1, 6)));
        assertThat(meetings.getItems().stream().map(Meeting::id).toList())
                .isEqualTo(context.meetings().list(fresh.id()).stream().map(Meeting::id).toList());
        assertThat(meetings.getSelectionModel().getSelectedItem().id()).isEqualTo(added.id());
    }

    private static javafx.scene.control.ListCell<?> conflictCell(FxRobot robot) {
        return robot.lookup("#conflictList .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getText() != null && !c.getText().isEmpty()).findFirst().orElseThrow();
    }

    /** With -Dcutri.screenshots=DIR, keeps a picture of the window to look at. */
    private void screenshot(FxRobot robot, String name) {
        String dir = System.getProperty("cutri.screenshots");
        if (dir == null) {
            return;
        }
        WritableImage[] holder = new WritableImage[1];
        robot.interact(() -> holder[0] = stage.getScene().snapshot(null));
        WritableImage shot = holder[0];
        int width = (int) shot.getWidth();
        int height = (int) shot.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = shot.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(out, "png", Path.of(dir, name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
