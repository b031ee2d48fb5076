package org.cutri.deputy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.app.MainWindow;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.constituency.Constituency;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilTerm;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the deputies screen as a secretary would, keyboard first. */
@ExtendWith(ApplicationExtension.class)
class DeputyViewTest {

    @TempDir
    static Path folder;

    private AppContext context;
    private FxTaskExecutor executor;
    private CouncilTerm term;

    @Start
    void start(Stage stage) {
        context = TestContexts.open(folder.resolve("data-" + System.nanoTime()));
        term = context.councils().ensureTerm(2026, 2031);
        Constituency communeOne = context.constituencies().ensure(term.id(), CouncilLevel.COMMUNE, 1);
        context.constituencies().ensure(term.id(), CouncilLevel.COMMUNE, 2);
        Constituency provinceFour = context.constituencies().ensure(term.id(), CouncilLevel.PROVINCE, 4);
        DeputyService deputies = context.deputies();
        deputies.create(new DeputyDraft("Nguyễn Văn Hùng", CouncilLevel.COMMUNE, term.id(), communeOne.id(),
                "Chủ tịch UBND xã", "Tổ số 1"));
        deputies.create(new DeputyDraft("Nguyễn Thị Lan", CouncilLevel.COMMUNE, term.id(), null, "Bí thư Đoàn xã", null));
        Deputy nam = deputies.create(new DeputyDraft("Trần Văn Nam", CouncilLevel.PROVINCE, term.id(), provinceFour.id(),
                "Phó Giám đốc Sở Nông nghiệp", null));
        deputies.create(new DeputyDraft("Lê Thị Ánh", CouncilLevel.COMMUNE, term.id(), null, null, null));
        context.database().jdbi().useHandle(handle -> {
            int hamlet = handle.createUpdate("INSERT INTO hamlet (name, name_key, kind) VALUES ('Xóm Bến', 'xóm bến', 'XOM')")
                    .executeAndReturnGeneratedKeys("id").mapTo(Integer.class).one();
            handle.execute("INSERT INTO deputy_hamlet (deputy_id, hamlet_id) VALUES (?, ?)", nam.id(), hamlet);
        });
        Dialogs dialogs = new Dialogs(context.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        MainWindow.open(stage, context, executor, dialogs);
    }

    @BeforeEach
    void openScreen(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-deputies");
    }

    @AfterEach
    void close() {
        executor.close();
        context.close();
    }

    private static TableView<Deputy> table(FxRobot robot, int rows) {
        TableView<Deputy> table = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() == rows);
        return table;
    }

    @Test
    void deputiesAreListedByGivenNameWithTermAndConstituency(FxRobot robot) {
        TableView<Deputy> table = table(robot, 4);

        assertThat(table.getItems()).extracting(Deputy::fullName)
                .containsExactly("Lê Thị Ánh", "Nguyễn Văn Hùng", "Nguyễn Thị Lan", "Trần Văn Nam");
        assertThat(robot.lookup("2026–2031").tryQuery()).isPresent();
        assertThat(table.getItems().get(3).constituencyNumber()).isEqualTo(4);
        assertThat(table.getItems().get(3).assignedHamlets()).isEqualTo(1);
    }

    @Test
    void filteringWithoutDiacriticsFindsNguyenVan(FxRobot robot) {
        TableView<Deputy> table = table(robot, 4);

        robot.clickOn("#filterField").write("nguyen van");

        FxTestSupport.waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).fullName()).isEqualTo("Nguyễn Văn Hùng");
    }

    @Test
    void addADeputyWithTheKeyboardOnly(FxRobot robot) {
        TableView<Deputy> table = table(robot, 4);

        robot.clickOn("#filterField");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        robot.write("Phạm Thị Thu Hà");
        robot.type(KeyCode.TAB);                       // level: HĐND xã (default)
        robot.type(KeyCode.TAB);                       // term: 2026–2031 (current, default)
        // constituency: ↓ opens the list on the first of HĐND xã, 2026–2031, Enter takes it
        robot.type(KeyCode.TAB).type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.type(KeyCode.TAB).write("Ủy viên Ban Thường trực");
        robot.type(KeyCode.TAB).write("Tổ số 2");
        robot.type(KeyCode.ENTER);

        FxTestSupport.waitUntil(() -> table.getItems().size() == 5);
        Deputy stored = context.deputies().list().stream().filter(d -> d.fullName().equals("Phạm Thị Thu Hà"))
                .findFirst().orElseThrow();
        assertThat(stored.level()).isEqualTo(CouncilLevel.COMMUNE);
        assertThat(stored.termId()).isEqualTo(term.id());
        assertThat(stored.constituencyNumber()).isEqualTo(1);
        assertThat(stored.position()).isEqualTo("Ủy viên Ban Thường trực");
        assertThat(stored.deputyGroup()).isEqualTo("Tổ số 2");
        FxTestSupport.waitUntil(() -> table.getItems().get(1).fullName().equals("Phạm Thị Thu Hà"));
    }

    @Test
    void escapeDropsUnsavedEdits(FxRobot robot) {
        TableView<Deputy> table = table(robot, 4);

        robot.clickOn("Nguyễn Thị Lan");
        robot.doubleClickOn("#positionField").write("Đã sửa");
        robot.type(KeyCode.ESCAPE);

        FxTestSupport.waitUntil(() -> robot.lookup("#positionField").queryTextInputControl().getText()
                .equals("Bí thư Đoàn xã"));
        assertThat(context.deputies().list()).filteredOn(d -> d.fullName().equals("Nguyễn Thị Lan"))
                .extracting(Deputy::position).containsExactly("Bí thư Đoàn xã");
        assertThat(table.getItems()).hasSize(4);
    }

    @Test
    void deletingAsksFirstAndSaysTheAssignmentsGoToo(FxRobot robot) {
        TableView<Deputy> table = table(robot, 4);

        robot.clickOn("Trần Văn Nam").type(KeyCode.DELETE);
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains("Trần Văn Nam").contains("1 thôn, xóm")
                .contains("cũng sẽ bị xóa");
        robot.clickOn("Có");

        FxTestSupport.waitUntil(() -> table.getItems().size() == 3);
        assertThat(context.deputies().list()).extracting(Deputy::fullName).doesNotContain("Trần Văn Nam");
        int assignments = context.database().jdbi().withHandle(handle ->
                handle.createQuery("SELECT COUNT(*) FROM deputy_hamlet").mapTo(Integer.class).one());
        assertThat(assignments).isZero();
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).contains("Trần Văn Nam");
    }

    @Test
    void switchingBackAndForthThenAnEditIsStoredAndADeputyInAMeetingIsRefusedWithoutAsking(FxRobot robot) {
        TableView<Deputy> table = table(robot, 4);
        javafx.scene.control.TextField position = robot.lookup("#positionField")
                .queryAs(javafx.scene.control.TextField.class);
        javafx.scene.control.TextField group = robot.lookup("#groupField").queryAs(javafx.scene.control.TextField.class);

        robot.clickOn("Nguyễn Văn Hùng");
        FxTestSupport.waitUntil(() -> position.getText().equals("Chủ tịch UBND xã"));
        assertThat(group.getText()).isEqualTo("Tổ số 1");
        robot.clickOn("Nguyễn Thị Lan");
        FxTestSupport.waitUntil(() -> position.getText().equals("Bí thư Đoàn xã"));
        assertThat(group.getText()).isEmpty();
        robot.clickOn(group).write("Tổ số 3").type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> context.deputies().list().stream()
                .anyMatch(d -> d.fullName().equals("Nguyễn Thị Lan") && "Tổ số 3".equals(d.deputyGroup())));
        robot.clickOn("Nguyễn Văn Hùng");
        FxTestSupport.waitUntil(() -> group.getText().equals("Tổ số 1"));
        robot.clickOn("Nguyễn Thị Lan");
        FxTestSupport.waitUntil(() -> group.getText().equals("Tổ số 3"));

        // Nguyễn Văn Hùng meets voters in a planned meeting: he cannot be deleted, and is not asked about.
        Deputy hung = context.deputies().list().stream().filter(d -> d.fullName().equals("Nguyễn Văn Hùng"))
                .findFirst().orElseThrow();
        int hamlet = context.hamlets().list().get(0).id();
        org.cutri.round.ContactRound round = context.rounds().create(new org.cutri.round.RoundDraft(null,
                org.cutri.round.RoundKind.THEMATIC, "Tiếp xúc chuyên đề", null, null, java.time.LocalDate.of(2026, 9, 1),
                java.time.LocalDate.of(2026, 9, 3), null, null, null, null));
        context.meetings().create(new org.cutri.meeting.MeetingDraft(round.id(), java.time.LocalDate.of(2026, 9, 1),
                null, null, null, org.cutri.meeting.MeetingForm.IN_PERSON, null, null,
                org.cutri.meeting.MeetingStatus.PLANNED, java.util.List.of(hamlet), java.util.List.of(hung.id())));
        robot.clickOn("Nguyễn Văn Hùng");
        robot.clickOn("#deleteButton");

        Label error = robot.lookup("#formError").queryAs(Label.class);
        FxTestSupport.waitUntil(error::isVisible);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("no 'Xóa?' question first").isEmpty();
        assertThat(error.getText()).contains("Nguyễn Văn Hùng");
        assertThat(table.getItems()).hasSize(4);
        assertThat(context.deputies().list()).extracting(Deputy::fullName).contains("Nguyễn Văn Hùng");
    }
}
