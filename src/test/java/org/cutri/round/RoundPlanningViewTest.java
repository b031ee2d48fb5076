package org.cutri.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.meeting.Meeting;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.Pickers;
import org.cutri.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The rounds on the planning screen with the demo commune, right after start: switching rounds shows each
 * round's own meetings; a round with meetings is refused at once; dates typed without the year take the
 * session's; a free round is deleted after "Có".
 */
@ExtendWith(ApplicationExtension.class)
class RoundPlanningViewTest {

    @TempDir
    static Path folder;

    private TestWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, folder, context -> context.demo().load(false));
    }

    @AfterEach
    void close() {
        window.close();
    }

    private static void clickRound(FxRobot robot, ContactRound round) {
        robot.clickOn(robot.lookup(".table-row-cell").match((Node n) -> n instanceof TableRow<?> r
                && r.getItem() instanceof ContactRound c && c.id() == round.id()).queryAs(Node.class));
    }

    private static List<Integer> shownMeetings(TableView<Meeting> meetings) {
        return FxTestSupport.onFx(() -> meetings.getItems().stream().map(Meeting::id).sorted().toList());
    }

    private List<Integer> storedMeetings(ContactRound round) {
        return window.context().meetings().list(round.id()).stream().map(Meeting::id).sorted().toList();
    }

    @Test
    void roundsSwitchBackAndForthAndOnlyAFreeRoundIsDeletedAfterAsking(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-rounds");
        TableView<ContactRound> rounds = robot.lookup("#roundTable").queryTableView();
        TableView<Meeting> meetings = robot.lookup("#meetingTable").queryTableView();
        FxTestSupport.waitUntil(() -> rounds.getItems().size() == 2);
        ContactRound first = window.context().rounds().list().get(0);
        ContactRound second = window.context().rounds().list().get(1);

        for (ContactRound round : List.of(second, first, second, first)) {
            clickRound(robot, round);
            FxTestSupport.waitUntil(() -> shownMeetings(meetings).equals(storedMeetings(round)));
        }
        assertThat(storedMeetings(first)).isNotEmpty();

        // A round with meetings: refused with the reason, no question.
        robot.clickOn("#roundDeleteButton");
        Label error = robot.lookup("#roundFormError").queryAs(Label.class);
        FxTestSupport.waitUntil(error::isVisible);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(error.getText()).contains(first.name());
        assertThat(window.context().rounds().list()).hasSize(2);

        // A new round with dates typed without the year: they take the session's year.
        robot.clickOn("#roundFilterField");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        Pickers.pick(robot, "#sessionBox", "thu 3 hdnd xa");
        assertThat(robot.lookup("#sessionBox .list-cell").queryAs(ListCell.class).getText())
                .isEqualTo("Kỳ họp thứ 3 HĐND xã khóa I (2026–2031), 17/12/2026");
        DatePicker start = robot.lookup("#startPicker").queryAs(DatePicker.class);
        robot.clickOn(start.getEditor()).write("7/12");
        robot.clickOn(robot.lookup("#endPicker").queryAs(DatePicker.class).getEditor()).write("10/12");
        FxTestSupport.waitUntil(() -> start.getEditor().getText().equals("07/12/2026"));
        robot.type(KeyCode.ENTER);

        FxTestSupport.waitUntil(() -> rounds.getItems().size() == 3);
        ContactRound added = window.context().rounds().list().stream()
                .filter(r -> r.id() != first.id() && r.id() != second.id()).findFirst().orElseThrow();
        assertThat(added.startDate()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(added.endDate()).isEqualTo(LocalDate.of(2026, 12, 10));

        // The new round has no meeting: it may go, after "Có".
        FxTestSupport.waitUntil(() -> rounds.getSelectionModel().getSelectedItem() != null
                && rounds.getSelectionModel().getSelectedItem().id() == added.id());
        robot.clickOn("#roundDeleteButton");
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("Có");
        FxTestSupport.waitUntil(() -> rounds.getItems().size() == 2);
        assertThat(window.context().rounds().list()).extracting(ContactRound::id)
                .containsExactlyInAnyOrder(first.id(), second.id());
    }
}
