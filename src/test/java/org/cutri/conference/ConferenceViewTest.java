package org.cutri.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.Pickers;
import org.cutri.testing.TestContexts;
import org.cutri.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The conference screen right after start, on a real H2 file with two conferences: the one being prepared is chosen;
 * switching back and forth shows each one's programme and papers; a wrong date is said next to its field and nothing
 * is stored; a new date moves the papers' computed due date; a programme item and a participant are added, moved and
 * deleted; a conference is deleted. Every step is checked on the screen and in the data.
 */
@ExtendWith(ApplicationExtension.class)
class ConferenceViewTest {

    private static final String HELD = "Hội nghị sơ kết công tác Mặt trận quý II";
    private static final String PLANNED = "Hội nghị tổng kết công tác bầu cử";

    @TempDir
    static Path folder;

    private static Path data;
    private static Conference held;
    private static Conference planned;

    private TestWindow window;
    private AppContext context;

    @BeforeAll
    static void twoConferences() {
        data = folder.resolve("data");
        try (AppContext prepared = TestContexts.open(data)) {
            ConferenceService conferences = prepared.conferences();
            held = conferences.create(new ConferenceDraft(ConferenceKind.OTHER, HELD, LocalDate.of(2026, 6, 20), null,
                    null, VenueMode.IN_PERSON, "Phòng họp Ủy ban MTTQ xã", List.of(), ConferenceStatus.HELD, null));
            conferences.addItem(held.id(), new ItemDraft(LocalTime.of(14, 0), "Đánh giá kết quả quý II", null));
            planned = conferences.create(new ConferenceDraft(ConferenceKind.SUMMARY, PLANNED,
                    LocalDate.of(2027, 3, 20), LocalTime.of(8, 0), null, VenueMode.BOTH, "Hội trường UBND xã",
                    List.of("Nhà văn hóa thôn Đông"), ConferenceStatus.PLANNED, null));
            conferences.addTask(planned.id(), new TaskDraft("Hội Nông dân xã", "Chuẩn bị tham luận",
                    "Tham luận của Hội Nông dân", null, null, null));
        }
    }

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, TestContexts.open(data));
        context = window.context();
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void conferencesSwitchBackAndForthAndAreEditedAndDeletedOnScreenAndInTheData(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-conferences");
        TableView<Conference> list = robot.lookup("#conferenceTable").queryTableView();
        TableView<ProgrammeItem> items = robot.lookup("#itemTable").queryTableView();
        TableView<PaperTask> tasks = robot.lookup("#taskTable").queryTableView();
        TextField title = robot.lookup("#titleField").queryAs(TextField.class);
        TextField day = robot.lookup("#dayField").queryAs(TextField.class);

        // The conference being prepared is chosen first, with its papers.
        FxTestSupport.waitUntil(() -> list.getItems().size() == 2 && selected(list) != null);
        assertThat(selected(list).title()).isEqualTo(PLANNED);
        FxTestSupport.waitUntil(() -> tasks.getItems().size() == 1);
        assertThat(title.getText()).isEqualTo(PLANNED);
        assertThat(day.getText()).isEqualTo("20/03/2027");
        assertThat(items.getItems()).isEmpty();
        assertThat(tasks.getItems().get(0).dueDate()).isEqualTo(LocalDate.of(2027, 3, 17));

        // Back to the held one: its programme; again the planned one.
        robot.clickOn(HELD);
        FxTestSupport.waitUntil(() -> items.getItems().size() == 1 && tasks.getItems().isEmpty());
        assertThat(title.getText()).isEqualTo(HELD);
        assertThat(items.getItems().get(0).content()).isEqualTo("Đánh giá kết quả quý II");
        robot.clickOn(PLANNED);
        FxTestSupport.waitUntil(() -> items.getItems().isEmpty() && tasks.getItems().size() == 1);
        assertThat(title.getText()).isEqualTo(PLANNED);

        // A day February does not have: said next to the field, nothing stored.
        robot.doubleClickOn(day).eraseText(12).write("31/02/2027");
        robot.clickOn("#saveConferenceButton");
        FxTestSupport.waitUntil(() -> !FxTestSupport.fieldMessage(day).isEmpty());
        assertThat(FxTestSupport.fieldMessage(day)).contains("31/02/2027");
        assertThat(context.conferences().conference(planned.id()).heldOn()).isEqualTo(LocalDate.of(2027, 3, 20));

        // A right date: stored, and the paper's computed due date follows (three days before).
        robot.doubleClickOn(day).eraseText(12).write("27/3/2027");
        robot.clickOn("#saveConferenceButton");
        FxTestSupport.waitUntil(() -> context.conferences().conference(planned.id()).heldOn()
                .equals(LocalDate.of(2027, 3, 27)));
        FxTestSupport.waitUntil(() -> !tasks.getItems().isEmpty()
                && tasks.getItems().get(0).dueDate().equals(LocalDate.of(2027, 3, 24)));
        assertThat(context.conferences().tasks(planned.id()).get(0).dueDate()).isEqualTo(LocalDate.of(2027, 3, 24));

        // Programme: two items typed, the second moved up, then deleted.
        robot.clickOn("#itemTimeField").write("8h");
        robot.clickOn("#itemContentField").write("Khai mạc hội nghị");
        robot.clickOn("#saveItemButton");
        FxTestSupport.waitUntil(() -> items.getItems().size() == 1);
        robot.clickOn("#itemTimeField").write("7g30");
        robot.clickOn("#itemContentField").write("Đón tiếp đại biểu");
        robot.clickOn("#saveItemButton");
        FxTestSupport.waitUntil(() -> items.getItems().size() == 2);
        robot.clickOn("Đón tiếp đại biểu");
        robot.clickOn("#itemUpButton");
        FxTestSupport.waitUntil(() -> items.getItems().get(0).content().equals("Đón tiếp đại biểu"));
        assertThat(context.conferences().items(planned.id())).extracting(ProgrammeItem::startTime)
                .containsExactly(LocalTime.of(7, 30), LocalTime.of(8, 0));
        robot.clickOn("Khai mạc hội nghị");
        robot.clickOn("#deleteItemButton");
        FxTestSupport.waitUntil(() -> items.getItems().size() == 1);
        assertThat(context.conferences().items(planned.id())).extracting(ProgrammeItem::content)
                .containsExactly("Đón tiếp đại biểu");

        // A participant with an absence reason.
        robot.lookup("#tabs").queryAs(TabPane.class);
        robot.clickOn(context.messages().get("conference.tab.participants"));
        TableView<Participant> participants = robot.lookup("#participantTable").queryTableView();
        robot.clickOn("#nameField").write("Phạm Thị Hoa");
        robot.clickOn("#positionField").write("Phó Bí thư Đảng ủy");
        assertThat(Pickers.<Attendance>pick(robot, "#attendanceBox", "vang")).isEqualTo(Attendance.ABSENT);
        robot.clickOn("#reasonField").write("Đi công tác");
        robot.clickOn("#saveParticipantButton");
        FxTestSupport.waitUntil(() -> participants.getItems().size() == 1);
        Participant stored = context.conferences().participants(planned.id()).get(0);
        assertThat(stored.name()).isEqualTo("Phạm Thị Hoa");
        assertThat(stored.attendance()).isEqualTo(Attendance.ABSENT);
        assertThat(stored.absenceReason()).isEqualTo("Đi công tác");
        assertThat(stored.invited()).isTrue();

        // The held conference is deleted (after Yes): gone from the list and the data.
        robot.clickOn(HELD);
        FxTestSupport.waitUntil(() -> selected(list) != null && selected(list).title().equals(HELD));
        robot.clickOn("#deleteConferenceButton");
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("#confirmYesButton");
        FxTestSupport.waitUntil(() -> list.getItems().size() == 1);
        assertThat(context.conferences().conferences()).extracting(Conference::title).containsExactly(PLANNED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#errorLabel").queryAs(Label.class).getText()).isEmpty();
        robot.type(KeyCode.ESCAPE);
    }

    private static <T> T selected(TableView<T> table) {
        return table.getSelectionModel().getSelectedItem();
    }
}
