package org.cutri.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;
import org.cutri.round.SessionChoice;
import org.cutri.testing.DemoData;
import org.cutri.testing.FxTestSupport;
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
 * The planning screen used as the secretary uses it, right after the program starts: a meeting left
 * without deputies is stored and shown as a problem before printing; the pickers filter without diacritics.
 */
@ExtendWith(ApplicationExtension.class)
class PlanningFlowTest {

    private static final String ROUND = "Đợt thử đại biểu tháng Giêng";

    @TempDir
    static Path folder;
    private static Path demo;

    private AppContext context;
    private TestWindow window;
    private ContactRound round;
    private List<Meeting> planned;

    @BeforeAll
    static void buildDemo() {
        demo = DemoData.create(folder.resolve("demo"));
    }

    @Start
    void start(Stage stage) {
        context = DemoData.openCopy(demo, folder);
        ContactRound newest = context.rounds().list().get(0);
        round = context.rounds().create(new RoundDraft(newest.sessionId(), RoundKind.BEFORE_SESSION, ROUND, null, null,
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 8), null, null, null, null));
        planned = context.meetingPlans().createForEveryHamlet(round.id());
        window = TestWindow.open(stage, context);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void aMeetingSavedWithEveryDeputyUntickedIsStoredAndListedAsAProblemBeforePrinting(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-rounds");
        TableView<ContactRound> rounds = robot.lookup("#roundTable").queryTableView();
        FxTestSupport.waitUntil(() -> rounds.getItems().stream().anyMatch(r -> r.id() == round.id()));
        robot.clickOn(ROUND);
        TableView<Meeting> meetings = robot.lookup("#meetingTable").queryTableView();
        ListView<MeetingConflict> conflicts = robot.lookup("#conflictList").queryListView();
        FxTestSupport.waitUntil(() -> meetings.getItems().size() == planned.size());
        FxTestSupport.waitUntil(conflicts.getItems()::isEmpty);

        Meeting first = meetings.getItems().get(0);
        assertThat(first.deputies()).isNotEmpty();
        robot.clickOn(robot.lookup("#meetingTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() == first).findFirst().orElseThrow());
        ListView<Choice> deputyList = robot.lookup("#deputyList").queryListView();
        FxTestSupport.waitUntil(() -> deputyList.getItems().stream().filter(Choice::isSelected).count()
                == first.deputies().size());
        for (CheckBox tick : robot.lookup("#deputyList .check-box").queryAllAs(CheckBox.class)) {
            if (tick.isSelected()) {
                robot.clickOn(tick);
            }
        }
        FxTestSupport.waitUntil(() -> deputyList.getItems().stream().noneMatch(Choice::isSelected));
        robot.clickOn("#meetingSaveButton");

        FxTestSupport.waitUntil(() -> context.meetings().get(first.id()).deputies().isEmpty());
        FxTestSupport.waitUntil(() -> conflicts.getItems().size() == 1);
        assertThat(conflictLine(robot)).contains(first.hamletNames()).contains("chưa có đại biểu nào dự");
        assertThat(robot.lookup("#conflictTitle").queryLabeled().getText()).startsWith("Cần xem lại trước khi in (1)");
        assertThat(context.meetings().list(round.id())).hasSize(planned.size());

        // Printing asks first, naming the meeting without deputies; "Không" prints nothing and gives no number.
        robot.clickOn("#printButton");
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
                .contains("chưa có đại biểu nào dự").contains(first.hamletNames());
        robot.clickOn("Không");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.rounds().get(round.id()).planNumber()).isNull();

        // Ticking a deputy again clears the problem.
        robot.clickOn(robot.lookup("#deputyList .check-box").queryAllAs(CheckBox.class).iterator().next());
        robot.clickOn("#meetingSaveButton");
        FxTestSupport.waitUntil(() -> context.meetings().get(first.id()).deputies().size() == 1);
        FxTestSupport.waitUntil(conflicts.getItems()::isEmpty);
    }

    @Test
    void thePickersOfTheRoundAndMeetingFormsFilterWithoutDiacritics(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-rounds");
        TableView<ContactRound> rounds = robot.lookup("#roundTable").queryTableView();
        FxTestSupport.waitUntil(() -> rounds.getItems().stream().anyMatch(r -> r.id() == round.id()));
        SearchableComboBox<SessionChoice> sessionBox = robot.lookup("#sessionBox").query();
        SearchableComboBox<RoundKind> kindBox = robot.lookup("#kindBox").query();
        robot.clickOn(ROUND);
        FxTestSupport.waitUntil(() -> sessionBox.getValue() != null && !sessionBox.getItems().isEmpty());
        SessionChoice before = sessionBox.getValue();

        robot.clickOn("#kindBox").write("chuyen de").type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> kindBox.getValue() == RoundKind.THEMATIC);
        robot.clickOn("#kindBox").write("khong co loai nay").type(KeyCode.ENTER).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kindBox.getValue()).isEqualTo(RoundKind.THEMATIC);
        robot.clickOn("#sessionBox").write("KY HOP THU 2 HDND XA").type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> sessionBox.getValue() != null && sessionBox.getValue() != before
                && sessionBox.getValue().label(context.messages()).contains("Kỳ họp thứ 2 HĐND xã"));
        robot.clickOn("#roundSaveButton");
        FxTestSupport.waitUntil(() -> context.rounds().get(round.id()).kind() == RoundKind.THEMATIC);
        assertThat(context.rounds().get(round.id()).sessionId()).isEqualTo(sessionBox.getValue().session().id());

        TableView<Meeting> meetings = robot.lookup("#meetingTable").queryTableView();
        FxTestSupport.waitUntil(() -> meetings.getItems().size() == planned.size());
        Meeting first = meetings.getItems().get(0);
        robot.clickOn(robot.lookup("#meetingTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() == first).findFirst().orElseThrow());
        SearchableComboBox<MeetingForm> formBox = robot.lookup("#formBox").query();
        SearchableComboBox<MeetingStatus> statusBox = robot.lookup("#statusBox").query();
        FxTestSupport.waitUntil(() -> statusBox.getValue() == MeetingStatus.PLANNED);
        robot.clickOn("#formBox").write("truc tuyen").type(KeyCode.ENTER);
        robot.clickOn("#statusBox").write("hoan").type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> formBox.getValue() == MeetingForm.ONLINE
                && statusBox.getValue() == MeetingStatus.POSTPONED);
        robot.clickOn("#meetingSaveButton");
        FxTestSupport.waitUntil(() -> context.meetings().get(first.id()).row().status() == MeetingStatus.POSTPONED);
        assertThat(context.meetings().get(first.id()).row().form()).isEqualTo(MeetingForm.ONLINE);
    }

    @Test
    void aDraftPrintTakesNoNumberIssuingTakesOneAndCancellingItInTheRegisterMakesTheDraftAgain(FxRobot robot) {
        LocalDate today = LocalDate.now();
        int year = today.getYear();
        int registered = context.documentRegister().list(year).size();
        int next = context.documentRegister().nextNumber(year);
        String symbol = String.format("%02d/KH-MTTQ-BTT", next);
        FxTestSupport.openArea(robot, "#nav-rounds");
        TableView<ContactRound> rounds = robot.lookup("#roundTable").queryTableView();
        FxTestSupport.waitUntil(() -> rounds.getItems().stream().anyMatch(r -> r.id() == round.id()));
        robot.clickOn(ROUND);
        TableView<Meeting> meetings = robot.lookup("#meetingTable").queryTableView();
        FxTestSupport.waitUntil(() -> meetings.getItems().size() == planned.size());
        javafx.scene.control.Label number = robot.lookup("#planNumberLabel").queryAs(javafx.scene.control.Label.class);
        javafx.scene.control.Label status = robot.lookup("#statusLabel").queryAs(javafx.scene.control.Label.class);
        FxTestSupport.waitUntil(() -> number.getText().startsWith("Chưa có số"));

        // the draft print: no number in the document, none in the register
        robot.clickOn("#printButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#page-1").tryQuery().isPresent());
        robot.interact(() -> ((Stage) robot.lookup("#page-1").query().getScene().getWindow()).close());
        assertThat(status.getText()).startsWith("Bản dự thảo kế hoạch (chưa có số)");
        assertThat(context.rounds().get(round.id()).planNumber()).isNull();
        assertThat(context.documentRegister().list(year)).hasSize(registered);
        assertThat(context.schedulePlans().build(round.id(), today).document().header().number().replace('\u00A0', ' '))
                .isEqualTo("Số:         /KH-MTTQ-BTT");

        // "Ban hành…" says the number and the date; "Không" changes nothing
        robot.clickOn("#issuePlanButton");
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
                .contains("số " + symbol + ", ngày " + org.cutri.common.text.DateText.format(today));
        robot.clickOn("Không");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.documentRegister().list(year)).hasSize(registered);
        robot.clickOn("#issuePlanButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmYesButton").tryQuery().isPresent());
        robot.clickOn("#confirmYesButton");
        FxTestSupport.waitUntil(() -> number.getText().equals("Số: " + symbol));
        assertThat(status.getText()).isEqualTo("Đã ban hành kế hoạch số " + symbol + " ngày "
                + org.cutri.common.text.DateText.format(today) + ".");
        assertThat(robot.lookup("#issuePlanButton").queryButton().isDisabled()).as("issued once").isTrue();
        org.cutri.numbering.RegisteredDocument line = context.documentRegister().find(year, next).orElseThrow();
        assertThat(line.symbol()).isEqualTo(symbol);
        assertThat(line.source()).isEqualTo("round-plan:" + round.id());
        assertThat(line.issuedOn()).isEqualTo(today);
        assertThat(context.rounds().get(round.id()).planDate()).isEqualTo(today);

        // printed again, the plan carries its number
        robot.clickOn("#printButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#page-1").tryQuery().isPresent());
        robot.interact(() -> ((Stage) robot.lookup("#page-1").query().getScene().getWindow()).close());
        assertThat(status.getText()).isEqualTo("Kế hoạch số " + symbol + " đã sẵn sàng để xem và in.");
        assertThat(context.schedulePlans().build(round.id(), today).document().header().number())
                .isEqualTo("Số: " + symbol);
        assertThat(context.documentRegister().list(year)).hasSize(registered + 1);

        // the number cancelled in the register: the round's plan is a draft again
        FxTestSupport.openArea(robot, "#nav-documents");
        TableView<org.cutri.numbering.RegisteredDocument> register = robot.lookup("#documentTable").queryTableView();
        FxTestSupport.waitUntil(() -> register.getItems().stream().anyMatch(d -> d.symbol().equals(symbol)));
        FxTestSupport.onFx(() -> {
            register.getSelectionModel().select(register.getItems().stream().filter(d -> d.symbol().equals(symbol))
                    .findFirst().orElseThrow());
            return null;
        });
        robot.clickOn("#reasonField").write("Sai lịch của hai thôn");
        robot.clickOn("#cancelNumberButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmYesButton").tryQuery().isPresent());
        robot.clickOn("#confirmYesButton");
        FxTestSupport.waitUntil(() -> context.documentRegister().find(year, next).orElseThrow().cancelled());
        FxTestSupport.openArea(robot, "#nav-rounds");
        FxTestSupport.waitUntil(() -> number.getText().startsWith("Chưa có số"));
        assertThat(robot.lookup("#issuePlanButton").queryButton().isDisabled()).as("can be issued anew").isFalse();
        assertThat(context.rounds().get(round.id()).planNumber()).isNull();
    }

    private static String conflictLine(FxRobot robot) {
        return robot.lookup("#conflictList .list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getText).filter(t -> t != null && !t.isEmpty()).findFirst().orElseThrow();
    }
}
