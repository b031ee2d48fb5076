package org.cutri.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.meeting.Meeting;
import org.cutri.opinion.Opinion;
import org.cutri.opinion.OpinionField;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;
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
 * The minutes screen used as the secretary uses it, right after the program starts, on the demo commune:
 * pick rounds and meetings with the mouse and by typing, back and forth, edit, add and delete opinions;
 * check what is shown against what is stored, and that no error ever surfaces.
 */
@ExtendWith(ApplicationExtension.class)
class MinutesFlowTest {

    private static final String JULY = "sau kỳ họp thứ 2";
    private static final String DECEMBER = "trước kỳ họp thứ 3";
    private static final String DONG_HAI = "Thôn Đông Hải";
    private static final String PROVINCE_ROUND = "Tiếp xúc cử tri của đại biểu HĐND tỉnh, tháng 3 năm 2026";

    @TempDir
    static Path folder;
    private static Path demo;

    private AppContext context;
    private TestWindow window;

    @BeforeAll
    static void buildDemo() {
        demo = DemoData.create(folder.resolve("demo"));
    }

    @Start
    void start(Stage stage) {
        context = DemoData.openCopy(demo, folder);
        context.rounds().create(new RoundDraft(null, RoundKind.THEMATIC, PROVINCE_ROUND, null, null,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), null, null, null, null));
        window = TestWindow.open(stage, context);
    }

    @AfterEach
    void close() {
        window.close();
    }

    // ---------------------------------------------------------------- defect 1 and the whole flow

    @Test
    void theFirstMeetingOpenedShowsEachOpinionAndDeputyOnceAndDeletingRemovesExactlyThatOpinion(FxRobot robot) {
        Meeting december = openTheScreenOnDongHaiInDecember(robot);
        assertShownAsStored(december);
        List<Opinion> before = stored(december);
        assertThat(before).hasSizeGreaterThanOrEqualTo(3);

        // Delete opinion 2: exactly that opinion goes, on screen and in the data.
        ListView<OpinionEntry> list = opinionList(robot);
        robot.interact(() -> list.getSelectionModel().select(1));
        // Enter on the question means "Không": an opinion is never deleted by a hurried key.
        robot.clickOn("#deleteOpinionButton");
        robot.type(KeyCode.ENTER);
        settle();
        assertThat(stored(december)).hasSameSizeAs(before);
        assertThat(list.getItems()).hasSameSizeAs(before);
        robot.clickOn("#deleteOpinionButton");
        robot.clickOn("Có");
        FxTestSupport.waitUntil(() -> stored(december).size() == before.size() - 1);
        settle();
        assertThat(stored(december)).extracting(Opinion::code)
                .containsExactlyElementsOf(before.stream().filter(o -> o.id() != before.get(1).id())
                        .map(Opinion::code).toList());
        assertShownAsStored(december);

        // Back and forth between the rounds and meetings: always what is stored, never twice.
        Meeting july = meeting(JULY, DONG_HAI);
        for (int turn = 0; turn < 3; turn++) {
            pickWithMouse(robot, "#roundBox", JULY);
            pickWithMouse(robot, "#meetingBox", DONG_HAI);
            waitForMeeting(july);
            assertShownAsStored(july);
            pickWithMouse(robot, "#roundBox", DECEMBER);
            pickWithMouse(robot, "#meetingBox", DONG_HAI);
            waitForMeeting(december);
            assertShownAsStored(december);
        }

        // Add an opinion with the keyboard; it is stored once, with the next code, and shown as the last one.
        robot.clickOn("#addOpinionButton");
        FxTestSupport.waitUntil(() -> stored(december).size() == before.size());
        robot.write("Đề nghị lắp thêm đèn chiếu sáng ở ngã ba thôn Đông Hải.");
        robot.type(KeyCode.TAB).write("kn").type(KeyCode.TAB).write("giao").type(KeyCode.TAB).write("xa")
                .type(KeyCode.TAB);
        FxTestSupport.waitUntil(() -> stored(december).stream().anyMatch(o -> o.content().startsWith("Đề nghị lắp")
                && o.authority() != null));
        settle();
        Opinion added = stored(december).get(stored(december).size() - 1);
        assertThat(added.content()).isEqualTo("Đề nghị lắp thêm đèn chiếu sáng ở ngã ba thôn Đông Hải.");
        assertThat(fieldName(added.fieldId())).isEqualTo("Giao thông");
        assertShownAsStored(december);
        assertThat(list.getItems().get(list.getItems().size() - 1).codeProperty().get()).isEqualTo(added.code());
    }

    @Test
    void comingBackToARoundChoosesAgainTheMeetingChosenInItWithItsMinutes(FxRobot robot) {
        Meeting december = openTheScreenOnDongHaiInDecember(robot);
        Meeting july = context.meetings().list(round(JULY).id()).stream()
                .filter(m -> !m.hamletNames().equals(DONG_HAI) && !stored(m).isEmpty()).findFirst().orElseThrow();
        Meeting decemberStored = storedMeeting(december);
        Meeting julyStored = storedMeeting(july);
        List<Opinion> decemberOpinions = stored(december);
        List<Opinion> julyOpinions = stored(july);

        pickWithMouse(robot, "#roundBox", JULY);
        pickWithMouse(robot, "#meetingBox", july.hamletNames());
        waitForMeeting(july);
        assertShownAsStored(july);

        // Back to December: its meeting is chosen again, with its opinions, each once. It once came back empty.
        pickWithMouse(robot, "#roundBox", DECEMBER);
        waitForMeeting(december);
        assertShownAsStored(december);

        // And back to July: the July meeting chosen before.
        pickWithMouse(robot, "#roundBox", JULY);
        waitForMeeting(july);
        assertShownAsStored(july);

        settle();
        assertThat(storedMeeting(december)).isEqualTo(decemberStored);
        assertThat(storedMeeting(july)).isEqualTo(julyStored);
        assertThat(stored(december)).isEqualTo(decemberOpinions);
        assertThat(stored(july)).isEqualTo(julyOpinions);
    }

    // ---------------------------------------------------------------- defect 2

    @Test
    void changingTheRoundAfterTheMeetingPickerWasOpenedRaisesNoError(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-meetings");
        waitForRound(DECEMBER);
        robot.clickOn("#meetingBox");
        robot.type(KeyCode.ESCAPE);
        pickWithMouse(robot, "#roundBox", JULY);
        ContactRound july = round(JULY);
        ComboBoxBase<Meeting> meetingBox = robot.lookup("#meetingBox").query();
        FxTestSupport.waitUntil(() -> meetingItems(robot).size() == context.meetings().list(july.id()).size());
        settle();
        assertThat(window.errors()).isEmpty();

        pickWithMouse(robot, "#meetingBox", DONG_HAI);
        waitForMeeting(meeting(JULY, DONG_HAI));
        robot.clickOn("#meetingBox");
        robot.type(KeyCode.ESCAPE);
        pickWithMouse(robot, "#roundBox", DECEMBER);
        FxTestSupport.waitUntil(() -> meetingBox.getValue() == null && opinionList(robot).getItems().isEmpty());
        settle();
        assertThat(meetingItems(robot)).extracting(Meeting::id).containsExactlyElementsOf(
                context.meetings().list(round(DECEMBER).id()).stream().map(Meeting::id).toList());
    }

    // ---------------------------------------------------------------- defect 3

    @Test
    void afterSwitchingMeetingTheChoicesOfTheOpinionShowTheStoredValues(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-meetings");
        waitForRound(DECEMBER);
        Meeting december = meeting(DECEMBER, DONG_HAI);
        Meeting july = meeting(JULY, DONG_HAI);
        pickWithMouse(robot, "#meetingBox", DONG_HAI);
        waitForMeeting(december);
        assertChoicesShowStored(robot, stored(december).get(0));

        pickWithMouse(robot, "#roundBox", JULY);
        pickWithMouse(robot, "#meetingBox", DONG_HAI);
        waitForMeeting(july);
        assertChoicesShowStored(robot, stored(july).get(0));

        pickWithMouse(robot, "#roundBox", DECEMBER);
        pickWithMouse(robot, "#meetingBox", DONG_HAI);
        waitForMeeting(december);
        assertChoicesShowStored(robot, stored(december).get(0));

        // Moving to the next opinion and back shows them too.
        robot.clickOn("#contentArea");
        robot.type(KeyCode.PAGE_DOWN);
        FxTestSupport.waitUntil(() -> opinionList(robot).getSelectionModel().getSelectedIndex() == 1);
        assertChoicesShowStored(robot, stored(december).get(1));
        robot.type(KeyCode.PAGE_UP);
        FxTestSupport.waitUntil(() -> opinionList(robot).getSelectionModel().getSelectedIndex() == 0);
        assertChoicesShowStored(robot, stored(december).get(0));
    }

    // ---------------------------------------------------------------- defects 4 and 5

    @Test
    void badNumbersAreRefusedWithAMessageAndTheStoredValuesKept(FxRobot robot) {
        Meeting december = openTheScreenOnDongHaiInDecember(robot);
        Integer invited = storedMeeting(december).row().votersInvited();
        assertThat(invited).isNotNull();
        TextField invitedField = robot.lookup("#invitedField").query();
        assertThat(invitedField.getText()).isEqualTo(String.valueOf(invited));

        replaceText(robot, "#invitedField", "abc");
        robot.clickOn("#chairField");
        Label minutesError = robot.lookup("#minutesError").query();
        FxTestSupport.waitUntil(minutesError::isVisible);
        assertThat(minutesError.getText()).contains("Cử tri được mời").contains("abc").contains(String.valueOf(invited));
        settle();
        assertThat(storedMeeting(december).row().votersInvited()).isEqualTo(invited);
        assertThat(status(robot)).doesNotStartWith("Đã lưu lúc");

        // Other fields still save while one is wrong; the wrong one keeps its stored value.
        robot.write(" (thử)");
        robot.clickOn("#secretaryField");
        FxTestSupport.waitUntil(() -> storedMeeting(december).row().chairName().endsWith("(thử)"));
        assertThat(storedMeeting(december).row().votersInvited()).isEqualTo(invited);
        assertThat(minutesError.isVisible()).isTrue();

        replaceText(robot, "#invitedField", "90");
        robot.clickOn("#chairField");
        FxTestSupport.waitUntil(() -> Integer.valueOf(90).equals(storedMeeting(december).row().votersInvited()));
        FxTestSupport.waitUntil(() -> !minutesError.isVisible());

        replaceText(robot, "#startField", "25:99");
        robot.clickOn("#chairField");
        FxTestSupport.waitUntil(minutesError::isVisible);
        assertThat(minutesError.getText()).contains("25:99");
        settle();
        assertThat(storedMeeting(december).row().actualStart()).isNotNull();

        // The votes of an opinion: same rule.
        Opinion first = stored(december).get(0);
        replaceText(robot, "#votesField", "abc");
        robot.clickOn("#contentArea");
        Label opinionError = robot.lookup("#opinionError").query();
        FxTestSupport.waitUntil(() -> !opinionError.getText().isEmpty());
        assertThat(opinionError.getText()).contains("abc");
        settle();
        assertThat(stored(december).get(0).votesFor()).isEqualTo(first.votesFor());
    }

    @Test
    void anOpinionWithoutAVoteCountSaysSoAndTheVoteFieldsKeepTheirWidth(FxRobot robot) {
        Meeting december = openTheScreenOnDongHaiInDecember(robot);
        int before = stored(december).size();
        robot.clickOn("#addOpinionButton");
        FxTestSupport.waitUntil(() -> stored(december).size() == before + 1);
        robot.write("Cử tri hỏi về lịch thu gom rác.");
        Label vote = robot.lookup("#approvedLabel").query();
        assertThat(vote.getText()).doesNotContain("Được đa số tán thành").contains("Chưa ghi");

        replaceText(robot, "#votersField", "80");
        replaceText(robot, "#votesField", "12");
        FxTestSupport.waitUntil(() -> vote.getText().contains("Không được đa số"));
        TextField votes = robot.lookup("#votesField").query();
        TextField voters = robot.lookup("#votersField").query();
        assertThat(votes.getWidth()).as("votes field width").isGreaterThanOrEqualTo(40);
        assertThat(voters.getWidth()).as("voters field width").isGreaterThanOrEqualTo(40);
        FxTestSupport.waitUntil(() -> stored(december).get(before).votesFor() != null
                && stored(december).get(before).votesFor() == 12);
        assertThat(stored(december).get(before).approved()).isFalse();
    }

    @Test
    void guestsTooLongAreRefusedInWordsAndTheStoredGuestsKept(FxRobot robot) {
        Meeting december = openTheScreenOnDongHaiInDecember(robot);
        String guests = storedMeeting(december).row().guests();
        robot.interact(() -> robot.lookup("#guestsArea").queryAs(javafx.scene.control.TextArea.class)
                .setText("Đại diện Công an xã, " + "đại diện các chi hội ".repeat(100)));
        robot.clickOn("#chairField");
        Label minutesError = robot.lookup("#minutesError").query();
        FxTestSupport.waitUntil(minutesError::isVisible);
        assertThat(minutesError.getText()).contains("Nội dung quá dài: tối đa 2.000 ký tự.");
        assertThat(status(robot)).doesNotContain("không mong đợi");
        settle();
        assertThat(storedMeeting(december).row().guests()).isEqualTo(guests);
    }

    @Test
    void moreVotesForThanVotersPresentIsRefusedAtOnceAndTheOpinionIsStillSaved(FxRobot robot) {
        Meeting december = openTheScreenOnDongHaiInDecember(robot);
        int before = stored(december).size();
        robot.clickOn("#addOpinionButton");
        FxTestSupport.waitUntil(() -> stored(december).size() == before + 1);
        robot.write("Cử tri đề nghị nạo vét kênh tiêu.");
        replaceText(robot, "#votersField", "65");
        replaceText(robot, "#votesField", "70");

        Label vote = robot.lookup("#approvedLabel").query();
        Label opinionError = robot.lookup("#opinionError").query();
        FxTestSupport.waitUntil(() -> opinionError.getText().contains("70") && opinionError.getText().contains("65"));
        assertThat(vote.getText()).doesNotContain("Được đa số tán thành").contains("Chưa ghi");
        // The content typed with the wrong vote is stored all the same; the vote stays as stored (none).
        FxTestSupport.waitUntil(() -> stored(december).get(before).content().equals("Cử tri đề nghị nạo vét kênh tiêu."));
        settle();
        assertThat(stored(december).get(before).votesFor()).isNull();
        assertThat(status(robot)).doesNotStartWith("Chưa lưu được");

        replaceText(robot, "#votesField", "60");
        FxTestSupport.waitUntil(() -> Integer.valueOf(60).equals(stored(december).get(before).votesFor()));
        assertThat(stored(december).get(before).votersPresent()).isEqualTo(65);
        assertThat(stored(december).get(before).approved()).isTrue();
        FxTestSupport.waitUntil(() -> opinionError.getText().isEmpty());
        assertThat(vote.getText()).contains("Được đa số tán thành");
    }

    // ---------------------------------------------------------------- defect 6

    @Test
    void thePickersFindRoundsAndMeetingsTypedWithoutDiacritics(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-meetings");
        waitForRound(DECEMBER);
        ComboBoxBase<ContactRound> roundBox = robot.lookup("#roundBox").query();
        ComboBoxBase<Meeting> meetingBox = robot.lookup("#meetingBox").query();

        robot.clickOn("#meetingBox").write("dong hai").type(KeyCode.ENTER);
        waitForMeeting(meeting(DECEMBER, DONG_HAI));

        robot.clickOn("#roundBox").write("tinh").type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> roundBox.getValue() != null && roundBox.getValue().name().equals(PROVINCE_ROUND));

        // Nothing matches: Enter keeps the round chosen.
        robot.clickOn("#roundBox").write("khong co dot nay").type(KeyCode.ENTER).type(KeyCode.ESCAPE);
        settle();
        assertThat(roundBox.getValue()).isNotNull();
        assertThat(roundBox.getValue().name()).isEqualTo(PROVINCE_ROUND);

        robot.clickOn("#roundBox").write("SAU KY HOP").type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> roundBox.getValue() != null && roundBox.getValue().name().contains(JULY));
        robot.clickOn("#meetingBox").write("dong hai").type(KeyCode.ENTER);
        waitForMeeting(meeting(JULY, DONG_HAI));
        assertThat(meetingBox.getValue().id()).isEqualTo(meeting(JULY, DONG_HAI).id());
    }

    // ---------------------------------------------------------------- issue 13: two people editing one opinion

    /**
     * On a shared server another PC stores an edit of the opinion on screen: what is typed here afterwards is not
     * stored over it; the secretary is told in the opinion's message line and sees the other person's version, and
     * her next edit is stored over that one.
     */
    @Test
    void anEditStoredElsewhereMeanwhileIsShownAndNotOverwritten(FxRobot robot) {
        Meeting december = openTheScreenOnDongHaiInDecember(robot);
        Opinion first = stored(december).get(0);
        Opinion theirs = context.opinions().update(first.id(), first.version(),
                org.cutri.opinion.OpinionDraft.of("Bản do cán bộ khác sửa: đề nghị sửa cầu tràn thôn Đông Hải."));

        replaceText(robot, "#contentArea", "Bản đang gõ trên máy này");
        Label opinionError = robot.lookup("#opinionError").query();
        FxTestSupport.waitUntil(() -> opinionError.getText() != null && opinionError.getText().contains("người khác"));
        settle();
        assertThat(opinionError.isVisible()).isTrue();
        assertThat(((javafx.scene.control.TextInputControl) robot.lookup("#contentArea").query()).getText())
                .as("the other person's version is shown").isEqualTo(theirs.content());
        assertThat(context.opinions().find(first.id()).orElseThrow().content())
                .as("what was typed here was not stored over theirs").isEqualTo(theirs.content());

        replaceText(robot, "#contentArea", "Đề nghị sửa cầu tràn thôn Đông Hải trước mùa mưa.");
        FxTestSupport.waitUntil(() -> context.opinions().find(first.id()).orElseThrow().content()
                .equals("Đề nghị sửa cầu tràn thôn Đông Hải trước mùa mưa."));
        assertThat(context.opinions().find(first.id()).orElseThrow().version()).isGreaterThan(theirs.version());
        assertShownAsStored(december);
    }

    // ---------------------------------------------------------------- helpers

    /** Opens the minutes screen from the sidebar and picks the December meeting of Thôn Đông Hải. */
    private Meeting openTheScreenOnDongHaiInDecember(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-meetings");
        waitForRound(DECEMBER);
        Meeting december = meeting(DECEMBER, DONG_HAI);
        pickWithMouse(robot, "#meetingBox", DONG_HAI);
        waitForMeeting(december);
        return december;
    }

    /** Opens a picker with the mouse and clicks the line holding this text. */
    private void pickWithMouse(FxRobot robot, String box, String text) {
        robot.clickOn(box);
        FxTestSupport.waitUntil(() -> popupLine(robot, text) != null);
        robot.clickOn(popupLine(robot, text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ListCell<?> popupLine(FxRobot robot, String text) {
        return robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getScene() != null && c.getScene().getWindow() instanceof PopupWindow
                        && c.getScene().getWindow().isShowing() && c.isVisible() && c.getText() != null
                        && c.getText().contains(text))
                .findFirst().orElse(null);
    }

    private void waitForRound(String name) {
        FxTestSupport.waitUntil(() -> {
            ComboBoxBase<ContactRound> box = new FxRobot().lookup("#roundBox").query();
            return box.getValue() != null && box.getValue().name().contains(name)
                    && !meetingItems(new FxRobot()).isEmpty();
        });
    }

    /** Waits until the meeting is open on screen and every load still under way has finished. */
    private void waitForMeeting(Meeting expected) {
        FxTestSupport.waitUntil(() -> {
            ComboBoxBase<Meeting> box = new FxRobot().lookup("#meetingBox").query();
            return box.getValue() != null && box.getValue().id() == expected.id()
                    && !new FxRobot().lookup("#addOpinionButton").queryButton().isDisabled();
        });
        settle();
    }

    /** Lets every task queued so far finish and its result reach the screen. */
    private void settle() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        window.executor().execute(BackgroundTask.of(() -> null).onSuccess(v -> done.complete(null)));
        try {
            done.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("The background work did not finish", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertShownAsStored(Meeting meeting) {
        FxRobot robot = new FxRobot();
        List<Opinion> stored = stored(meeting);
        ListView<OpinionEntry> list = opinionList(robot);
        assertThat(list.getItems()).extracting(e -> e.codeProperty().get())
                .containsExactlyElementsOf(stored.stream().map(Opinion::code).toList());
        assertThat(list.getItems()).extracting(e -> e.numberProperty().get())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, stored.size()).boxed().toList());
        // What the rows read: after a deletion the last row once kept its old number ("1., 2., 4.").
        List<String> rows = FxTestSupport.onFx(() -> {
            list.layout();
            return list.lookupAll(".list-cell").stream().map(n -> (javafx.scene.control.ListCell<?>) n)
                    .filter(c -> !c.isEmpty() && c.getItem() != null && c.isVisible())
                    .sorted(java.util.Comparator.comparingInt(javafx.scene.control.ListCell::getIndex))
                    .map(c -> c.getIndex() + 1 + "|" + c.getText()).toList();
        });
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.substring(row.indexOf('|') + 1))
                .startsWith(row.substring(0, row.indexOf('|')) + ". "));
        List<Meeting.DeputyRef> deputies = storedMeeting(meeting).deputies();
        List<CheckBox> ticks = robot.lookup("#deputiesBox .check-box").queryAllAs(CheckBox.class).stream().toList();
        assertThat(ticks).extracting(CheckBox::getId)
                .containsExactlyInAnyOrderElementsOf(deputies.stream().map(d -> "deputy-" + d.id()).toList());
        assertThat(((TextField) robot.lookup("#invitedField").query()).getText())
                .isEqualTo(String.valueOf(storedMeeting(meeting).row().votersInvited()));
    }

    private void assertChoicesShowStored(FxRobot robot, Opinion opinion) {
        settle();
        assertThat(text(robot, "#kindField")).as("kind").isEqualTo(opinion.kind().label());
        assertThat(text(robot, "#fieldField")).as("field").isEqualTo(fieldName(opinion.fieldId()));
        assertThat(text(robot, "#authorityField")).as("authority").isEqualTo(opinion.authority().label());
        assertThat(text(robot, "#hamletField")).as("hamlet").isEqualTo(DONG_HAI);
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return ((TextField) node).getText();
    }

    private static void replaceText(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    private static ListView<OpinionEntry> opinionList(FxRobot robot) {
        return robot.lookup("#opinionList").query();
    }

    private static List<Meeting> meetingItems(FxRobot robot) {
        SearchableComboBox<Meeting> box = robot.lookup("#meetingBox").query();
        return box.getItems();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#statusLabel").queryLabeled().getText();
    }

    private ContactRound round(String name) {
        return context.rounds().list().stream().filter(r -> r.name().contains(name)).findFirst().orElseThrow();
    }

    private Meeting meeting(String roundName, String hamlet) {
        return context.meetings().list(round(roundName).id()).stream()
                .filter(m -> m.hamletNames().equals(hamlet)).findFirst().orElseThrow();
    }

    private Meeting storedMeeting(Meeting meeting) {
        return context.meetings().get(meeting.id());
    }

    private List<Opinion> stored(Meeting meeting) {
        return context.opinions().listByMeeting(meeting.id());
    }

    private String fieldName(Integer id) {
        return context.opinions().fields().stream().filter(f -> id != null && f.id() == id)
                .map(OpinionField::name).findFirst().orElse("");
    }
}
