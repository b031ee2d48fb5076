package org.cutri.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.answer.Answer;
import org.cutri.answer.AnswerResult;
import org.cutri.answer.AnswerSource;
import org.cutri.answer.Assessment;
import org.cutri.answer.FollowUpIssue;
import org.cutri.answer.FollowUpService;
import org.cutri.app.AppContext;
import org.cutri.common.task.BackgroundTask;
import org.cutri.document.OfficialDocument;
import org.cutri.meeting.Meeting;
import org.cutri.opinion.Opinion;
import org.cutri.opinion.OpinionStatus;
import org.cutri.round.ContactRound;
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
 * A meeting of a later round on the minutes screen, right after start, on a real H2 file holding the demo commune with
 * answers to some July opinions: the July answers of the meeting's hamlet are read back and the voters' reaction is
 * recorded, shown again after switching meetings, and carries the issue over; an opinion that repeats a July issue is
 * offered, linked ("Nêu lần thứ 2"), written so in the minutes, and unlinked.
 */
@ExtendWith(ApplicationExtension.class)
class MinutesReadBackFlowTest {

    private static final String DECEMBER = "trước kỳ họp thứ 3";
    private static final String JULY = "sau kỳ họp thứ 2";
    private static final String DONG_HAI = "Thôn Đông Hải";
    private static final String NOTE = "Chưa rõ thời gian";
    private static final LocalDate ANSWERED_ON = LocalDate.of(2026, 9, 15);

    @TempDir
    static Path folder;
    private static Path demo;

    private AppContext context;
    private TestWindow window;
    private FollowUpService followUps;
    /** A July issue of Thôn Đông Hải answered by letter (its answer is read back in December). */
    private FollowUpIssue answered;
    /** A July issue of Thôn Đông Hải with no answer yet (it carries over). */
    private FollowUpIssue open;

    @BeforeAll
    static void buildDemo() {
        demo = DemoData.create(folder.resolve("demo"));
    }

    @Start
    void start(Stage stage) {
        context = DemoData.openCopy(demo, folder);
        followUps = context.followUps();
        List<FollowUpIssue> julyOfDongHai = followUps.issues(round(JULY).id()).stream()
                .filter(i -> i.hamlets().contains(DONG_HAI)).toList();
        FollowUpIssue first = julyOfDongHai.stream().filter(i -> i.followUp().status() == OpinionStatus.ANSWERED)
                .findFirst().orElseThrow();
        answered = followUps.answer(first, new Answer("UBND xã Tân Phúc", "112/UBND-KT", ANSWERED_ON,
                "UBND xã đã đưa tuyến đường vào kế hoạch sửa chữa quý I năm 2027.", AnswerResult.DECISION),
                AnswerSource.TYPED);
        // The demo settles every July issue of Đông Hải; the last one is taken back to "forwarded" to stay open.
        FollowUpIssue last = julyOfDongHai.get(julyOfDongHai.size() - 1);
        open = julyOfDongHai.stream().filter(i -> !i.resolved()).findFirst()
                .orElseGet(() -> followUps.reopen(followUps.reload(last).orElseThrow()));
        window = TestWindow.open(stage, context);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void theJulyAnswersAreReadBackAndTheVotersReactionIsStoredShownAgainAndCarriesOver(FxRobot robot) {
        Meeting december = openOnDecember(robot, DONG_HAI);
        robot.clickOn("#readBackTab");
        String item = "#readback-" + answered.leadId();
        FxTestSupport.waitUntil(() -> robot.lookup(item).tryQuery().isPresent());
        assertThat(texts(robot, item)).contains(answered.code()).contains("112/UBND-KT")
                .contains("đã đưa tuyến đường vào kế hoạch");
        assertThat(robot.lookup("#readback-" + open.leadId()).tryQuery()).as("the open July issue is read back too")
                .isPresent();
        assertThat(followUps.carriedInto(december.row().roundId())).extracting(FollowUpIssue::leadId)
                .doesNotContain(answered.leadId());

        clickInReadBack(robot, item + "-no");
        FxTestSupport.waitUntil(() -> followUps.reactionsAt(december.id()).get(answered.leadId())
                == Assessment.UNSATISFACTORY);
        clickInReadBack(robot, item + "-note").write(NOTE);
        FxTestSupport.waitUntil(() -> NOTE.equals(storedNote(december, answered)));
        assertThat(followUps.carriedInto(december.row().roundId())).extracting(FollowUpIssue::leadId)
                .as("not satisfactory to the voters: it carries over").contains(answered.leadId());

        // Another hamlet's meeting shows its own answers, no reaction of Đông Hải; back again, the reaction is there.
        Meeting other = meetingOf(DECEMBER, "Xóm Bến");
        for (int turn = 0; turn < 2; turn++) {
            pick(robot, "#meetingBox", "Xóm Bến");
            waitForMeeting(robot, other);
            assertThat(robot.lookup(item).tryQuery()).isEmpty();
            assertThat(readBackShownIds(robot)).containsExactlyElementsOf(readBackIds(other));
            pick(robot, "#meetingBox", DONG_HAI);
            waitForMeeting(robot, december);
            FxTestSupport.waitUntil(() -> robot.lookup(item).tryQuery().isPresent());
            assertThat(selected(robot, item + "-no")).isTrue();
            assertThat(selected(robot, item + "-yes")).isFalse();
            assertThat(((TextField) robot.lookup(item + "-note").query()).getText()).isEqualTo(NOTE);
        }

        // The minutes say what was read back and how the voters took it.
        assertThat(documentText(december)).contains("Trả lời ý kiến cử tri kỳ trước")
                .contains("chưa thỏa đáng với 1 ý kiến (" + answered.code() + ": " + NOTE + ")");

        clickInReadBack(robot, item + "-clear");
        FxTestSupport.waitUntil(() -> followUps.reactionsAt(december.id()).isEmpty());
        assertThat(((TextField) robot.lookup(item + "-note").query()).getText()).isEmpty();
        assertThat(followUps.carriedInto(december.row().roundId())).extracting(FollowUpIssue::leadId)
                .doesNotContain(answered.leadId());
    }

    @Test
    void anOpinionRepeatingAJulyIssueIsOfferedLinkedCountedAndUnlinked(FxRobot robot) {
        Meeting december = openOnDecember(robot, DONG_HAI);
        int before = stored(december).size();
        assertThat(followUps.carriedInto(december.row().roundId())).extracting(FollowUpIssue::leadId)
                .contains(open.leadId());
        robot.clickOn("#addOpinionButton");
        FxTestSupport.waitUntil(() -> stored(december).size() == before + 1);
        paste(robot, open.content());
        FxTestSupport.waitUntil(() -> open.content().equals(stored(december).get(before).content()));
        FxTestSupport.waitUntil(() -> robot.lookup("#raisedAgainOffer-0").tryQuery().isPresent());
        String offer = ((Label) robot.lookup("#raisedAgainOffer-0").query()).getText();
        assertThat(offer).startsWith("Có thể là ý kiến đã nêu trước: " + open.code() + " — ")
                .contains(open.roundName());

        robot.clickOn("#raisedAgainLink-0");
        String times = "Nêu lần thứ 2 (từ " + org.cutri.common.text.DateText.format(open.raisedOn()) + ")";
        FxTestSupport.waitUntil(() -> robot.lookup("#raisedAgainLabel").tryQuery().isPresent());
        assertThat(((Label) robot.lookup("#raisedAgainLabel").query()).getText()).startsWith(times)
                .contains(open.code());
        ListView<OpinionEntry> list = robot.lookup("#opinionList").query();
        FxTestSupport.waitUntil(() -> robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(c -> c.getListView() == list && c.getText() != null && c.getText().contains(times)));
        Opinion added = stored(december).get(before);
        assertThat(followUps.raisedAgainOf(added.id())).hasValueSatisfying(again -> {
            assertThat(again.code()).isEqualTo(open.code());
            assertThat(again.raisedTimes()).isEqualTo(2);
            assertThat(again.firstRaisedOn()).isEqualTo(open.raisedOn());
        });
        assertThat(followUps.carriedInto(december.row().roundId())).extracting(FollowUpIssue::leadId)
                .as("raised again: the new opinion carries it on").doesNotContain(open.leadId());
        assertThat(documentText(december)).contains(times + ".");

        // Shown again after switching meetings.
        pick(robot, "#meetingBox", "Xóm Bến");
        waitForMeeting(robot, meetingOf(DECEMBER, "Xóm Bến"));
        pick(robot, "#meetingBox", DONG_HAI);
        waitForMeeting(robot, december);
        robot.interact(() -> list.getSelectionModel().select(before));
        FxTestSupport.waitUntil(() -> robot.lookup("#raisedAgainLabel").tryQuery().isPresent());

        robot.clickOn("#raisedAgainUnlink");
        FxTestSupport.waitUntil(() -> followUps.raisedAgainOf(added.id()).isEmpty());
        FxTestSupport.waitUntil(() -> robot.lookup("#raisedAgainOffer-0").tryQuery().isPresent());
        assertThat(robot.lookup("#raisedAgainLabel").tryQuery()).isEmpty();
        assertThat(followUps.carriedInto(december.row().roundId())).extracting(FollowUpIssue::leadId)
                .contains(open.leadId());
        assertThat(documentText(december)).doesNotContain("Nêu lần thứ");
    }

    // ---------------------------------------------------------------- helpers

    private Meeting openOnDecember(FxRobot robot, String hamlet) {
        FxTestSupport.openArea(robot, "#nav-meetings");
        FxTestSupport.waitUntil(() -> {
            org.cutri.common.ui.SearchableComboBox<ContactRound> box = robot.lookup("#roundBox").query();
            return box.getValue() != null && box.getValue().name().contains(DECEMBER);
        });
        Meeting december = meetingOf(DECEMBER, hamlet);
        pick(robot, "#meetingBox", hamlet);
        waitForMeeting(robot, december);
        return december;
    }

    /** Scrolls the read-back list to the node, as the secretary does, and clicks it. */
    private static org.testfx.api.FxRobotInterface clickInReadBack(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        javafx.scene.control.ScrollPane scroll = robot.lookup("#readBackScroll").query();
        robot.interact(() -> {
            javafx.geometry.Bounds at = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double hidden = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (hidden > 0) {
                scroll.setVvalue(Math.min(1, Math.max(0, (at.getMinY() - 20) / hidden)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.clickOn(node);
    }

    /** Picks by typing a few letters without diacritics, as the hint says, and Enter. */
    private void pick(FxRobot robot, String box, String text) {
        robot.clickOn(box).write(org.cutri.common.text.VietText.fold(text).replaceAll("^(thon|xom) ", ""))
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Pastes the text where the caret is, as a secretary pastes what she typed elsewhere. */
    private static void paste(FxRobot robot, String text) {
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);
    }

    /** Waits until the meeting is open, its read-back list loaded, and every task queued so far has finished. */
    private void waitForMeeting(FxRobot robot, Meeting expected) {
        FxTestSupport.waitUntil(() -> {
            org.cutri.common.ui.SearchableComboBox<Meeting> box = robot.lookup("#meetingBox").query();
            return box.getValue() != null && box.getValue().id() == expected.id()
                    && !robot.lookup("#addOpinionButton").queryButton().isDisabled();
        });
        CompletableFuture<Void> done = new CompletableFuture<>();
        window.executor().execute(BackgroundTask.of(() -> null).onSuccess(v -> done.complete(null)));
        try {
            done.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("The background work did not finish", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String texts(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.Parent.class).lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"));
    }

    private static boolean selected(FxRobot robot, String id) {
        return FxTestSupport.onFx(() -> ((ToggleButton) robot.lookup(id).query()).isSelected());
    }

    private static List<String> readBackShownIds(FxRobot robot) {
        javafx.scene.layout.VBox box = robot.lookup("#readBackBox").query();
        return FxTestSupport.onFx(() -> box.getChildren().stream().map(Node::getId).toList());
    }

    private List<String> readBackIds(Meeting meeting) {
        return context.minutes().readBack(meeting.id()).stream().map(i -> "readback-" + i.issue().leadId()).toList();
    }

    private String storedNote(Meeting meeting, FollowUpIssue issue) {
        return context.minutes().readBack(meeting.id()).stream().filter(i -> i.issue().leadId() == issue.leadId())
                .findFirst().map(org.cutri.answer.MeetingAnswers.ReadBackItem::note).orElse(null);
    }

    private String documentText(Meeting meeting) {
        OfficialDocument document = context.minutes().document(meeting.id(), false);
        return document.body().stream().map(block -> block instanceof OfficialDocument.Paragraph p
                ? p.runs().stream().map(OfficialDocument.Run::text).collect(Collectors.joining())
                : String.valueOf(block)).collect(Collectors.joining("\n"));
    }

    private ContactRound round(String name) {
        return context.rounds().list().stream().filter(r -> r.name().contains(name)).findFirst().orElseThrow();
    }

    private Meeting meetingOf(String roundName, String hamlet) {
        return context.meetings().list(round(roundName).id()).stream()
                .filter(m -> m.hamletNames().equals(hamlet)).findFirst().orElseThrow();
    }

    private List<Opinion> stored(Meeting meeting) {
        return context.opinions().listByMeeting(meeting.id());
    }
}

