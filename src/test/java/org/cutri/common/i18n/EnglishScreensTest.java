package org.cutri.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.hamlet.Hamlet;
import org.cutri.meeting.Meeting;
import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionListItem;
import org.cutri.round.ContactRound;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * With {@code -Dcutri.lang=en} the values of the drop-down lists and the table cells of fixed lists
 * (kinds, levels, statuses, authorities, forms) and the weekdays are English, and choosing an English
 * value filters by the stored value it stands for.
 */
@ExtendWith(ApplicationExtension.class)
class EnglishScreensTest {

    private static final String WEEKDAY_DATE =
            "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d{2}/\\d{2}/\\d{4}";

    @TempDir
    static Path folder;

    private AppContext context;
    private TestWindow window;

    @Start
    void start(Stage stage) {
        context = AppContext.open(folder.resolve("data-" + System.nanoTime()), Messages.load(Locale.ENGLISH));
        context.demo().load(false);
        window = TestWindow.open(stage, context);
    }

    @AfterEach
    void close() {
        window.close();
    }

    /** Opens the drop-down list, reads the texts it shows and closes it again. */
    private static List<String> shownChoices(FxRobot robot, String comboId) {
        robot.clickOn(comboId);
        FxTestSupport.waitUntil(() -> robot.lookup(".combo-box-popup .list-cell").tryQuery().isPresent());
        List<String> texts = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> !cell.isEmpty()).map(ListCell::getText).toList();
        robot.type(KeyCode.ESCAPE);
        return texts;
    }

    private static String cell(TableView<?> table, String columnId, int row) {
        TableColumn<?, ?> column = table.getVisibleLeafColumns().stream().filter(c -> columnId.equals(c.getId()))
                .findFirst().orElseThrow();
        return String.valueOf(column.getCellData(row));
    }

    @Test
    void theHamletsScreenShowsHamletKindsInEnglish(FxRobot robot) {
        TableView<Hamlet> table = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().select(0));

        assertThat(shownChoices(robot, "#kindBox")).containsExactly("Village (thôn)", "Hamlet (xóm)", "Hamlet (ấp)",
                "Village (bản)", "Residential group (tổ dân phố)", "Quarter (khu phố)");
        assertThat(cell(table, "kindColumn", 0)).isEqualTo(context.messages().label(table.getItems().get(0).kind()))
                .doesNotStartWith("Thôn").doesNotStartWith("Xóm");
    }

    @Test
    void theOpinionListOffersEnglishFiltersAndFiltersByTheValueChosen(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-opinions");
        TableView<OpinionListItem> table = robot.lookup("#table").queryTableView();
        List<OpinionListItem> stored = context.opinions().listItems();
        FxTestSupport.waitUntil(() -> table.getItems().size() == stored.size());

        assertThat(shownChoices(robot, "#authorityBox")).containsExactly("All", "Central government", "Province",
                "Commune", "Hamlet", "Other body");
        assertThat(shownChoices(robot, "#kindBox")).containsExactly("All", "Opinion", "Petition", "Complaint");
        assertThat(shownChoices(robot, "#statusBox")).containsExactly("All", "New", "Forwarded", "In progress",
                "Answered", "Outstanding", "Not within competence");
        assertThat(cell(table, "statusColumn", 0)).isIn("New", "Forwarded", "In progress", "Answered", "Outstanding",
                "Not within competence");

        robot.clickOn("#authorityBox");
        FxTestSupport.waitUntil(() -> robot.lookup(".combo-box-popup .list-cell").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> "Commune".equals(c.getText())).findFirst().orElseThrow());

        long storedForCommune = stored.stream().filter(o -> o.authority() == Authority.COMMUNE).count();
        assertThat(storedForCommune).isPositive();
        FxTestSupport.waitUntil(() -> table.getItems().size() == storedForCommune);
        assertThat(table.getItems()).allMatch(o -> o.authority() == Authority.COMMUNE);
        assertThat(robot.lookup("#authorityBox .list-cell").queryAs(ListCell.class).getText()).isEqualTo("Commune");
        assertThat(cell(table, "authorityColumn", 0)).isEqualTo("Commune");
    }

    @Test
    void thePlanningScreenShowsWeekdaysKindsAndFormsInEnglish(FxRobot robot) {
        ContactRound round = context.rounds().list().get(0);
        List<Meeting> storedMeetings = context.meetings().list(round.id());
        assertThat(storedMeetings).isNotEmpty();
        FxTestSupport.openArea(robot, "#nav-rounds");
        TableView<ContactRound> rounds = robot.lookup("#roundTable").queryTableView();
        FxTestSupport.waitUntil(() -> rounds.getItems().stream().anyMatch(r -> r.id() == round.id()));
        robot.interact(() -> rounds.getSelectionModel().select(
                rounds.getItems().stream().filter(r -> r.id() == round.id()).findFirst().orElseThrow()));
        TableView<Meeting> meetings = robot.lookup("#meetingTable").queryTableView();
        FxTestSupport.waitUntil(() -> meetings.getItems().size() == storedMeetings.size());

        assertThat(cell(meetings, "meetingDateColumn", 0)).matches(WEEKDAY_DATE);
        assertThat(cell(meetings, "meetingFormColumn", 0)).isIn("in person", "online", "in person and online");
        assertThat(cell(meetings, "meetingStatusColumn", 0)).isIn("planned", "held", "postponed");
        assertThat(shownChoices(robot, "#kindBox")).containsExactly("before the session", "after the session",
                "thematic", "election campaign");
        assertThat(robot.lookup(".week-day-title").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .anyMatch(text -> text.startsWith("Monday\n")).noneMatch(text -> text.startsWith("Thứ"));
    }
}
