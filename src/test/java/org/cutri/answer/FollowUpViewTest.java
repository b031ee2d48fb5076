package org.cutri.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.app.Area;
import org.cutri.common.text.DateText;
import org.cutri.common.text.VietText;
import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionStatus;
import org.cutri.round.ContactRound;
import org.cutri.testing.DemoData;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.Pickers;
import org.cutri.testing.ShownNodes;
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

/**
 * The follow-up screen (Trả lời cử tri) on the demo commune as the program shows it (July followed up, its groups
 * accepted; December held in part), opened from the sidebar right after start: what it shows, and what the forms
 * store (read back through {@code context.followUps()}).
 */
@ExtendWith(ApplicationExtension.class)
class FollowUpViewTest {

    @TempDir
    static Path folder;
    private static Path template;

    private TestWindow window;
    private AppContext context;
    private ContactRound july;
    private ContactRound december;

    @BeforeAll
    static void demo() {
        template = folder.resolve("template");
        try (AppContext context = TestContexts.open(template)) {
            context.demo().load(false, true);
        }
    }

    @Start
    void start(Stage stage) {
        context = DemoData.openCopy(template, folder);
        List<ContactRound> rounds = context.rounds().list();
        december = rounds.get(0);
        july = rounds.get(1);
        window = TestWindow.open(stage, context);
    }

    @AfterEach
    void close() {
        window.close();
    }

    /** Opens the screen and waits until it lists the issues of the round it chose. */
    private TableView<FollowUpIssue> open(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-answers");
        TableView<FollowUpIssue> table = table();
        FxTestSupport.waitUntil(() -> !table.getItems().isEmpty());
        return table;
    }

    @SuppressWarnings("unchecked")
    private TableView<FollowUpIssue> table() {
        return (TableView<FollowUpIssue>) FxTestSupport.onFx(() -> ShownNodes.of(
                window.view().screen(Area.ANSWERS).root(), TableView.class).stream().findFirst().orElseThrow());
    }

    private <T extends Node> T node(FxRobot robot, String id) {
        return robot.lookup(id).query();
    }

    private List<Integer> leads(List<FollowUpIssue> issues) {
        return issues.stream().map(FollowUpIssue::leadId).toList();
    }

    private void waitForRows(TableView<FollowUpIssue> table, List<FollowUpIssue> expected) {
        FxTestSupport.waitUntil(() -> leads(table.getItems()).equals(leads(expected)));
    }

    /** Clicks the row of this issue, as the user does, and waits until the detail shows it. */
    private void choose(FxRobot robot, TableView<FollowUpIssue> table, int leadId) {
        int index = FxTestSupport.onFx(() -> leads(table.getItems()).indexOf(leadId));
        assertThat(index).isNotNegative();
        robot.interact(() -> table.scrollTo(index));
        TableRow<?> row = FxTestSupport.onFx(() -> ShownNodes.of(table, TableRow.class).stream()
                .filter(r -> r.getItem() instanceof FollowUpIssue i && i.leadId() == leadId).findFirst().orElseThrow());
        robot.clickOn(row);
        FxTestSupport.waitUntil(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().leadId() == leadId);
    }

    private void tab(FxRobot robot, String text) {
        Node header = FxTestSupport.onFx(() -> robot.lookup(".tab-label").queryAll().stream()
                .filter(n -> n instanceof Label l && text.equals(l.getText())).findFirst().orElseThrow());
        robot.clickOn(header);
    }

    /** Clicks the field, selects what it holds and types the text over it. */
    private void type(FxRobot robot, String id, String text) {
        TextField field = node(robot, id);
        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
        FxTestSupport.waitUntil(() -> text.equals(field.getText()));
    }

    private FollowUpIssue stored(int leadId) {
        return context.followUps().issueOf(leadId).orElseThrow();
    }

    private String text(FxRobot robot, String id) {
        Label label = node(robot, id);
        return FxTestSupport.onFx(label::getText);
    }

    @Test
    void anIssueIsForwardedAnsweredByPastingAndAssessedAndTheRoundsSwitchBackAndForth(FxRobot robot) {
        TableView<FollowUpIssue> table = open(robot);
        // The newest round with issues, its own issues first, then July's unresolved ones carried over.
        waitForRows(table, context.followUps().followUpList(december.id()));
        assertThat(FxTestSupport.onFx(() -> Pickers.<ContactRound>picker(robot, "#roundBox").getValue().id()))
                .isEqualTo(december.id());
        assertThat(table.getItems()).anyMatch(FollowUpIssue::carriedOver);
        int carried = FxTestSupport.onFx(() -> table.getItems().indexOf(table.getItems().stream()
                .filter(FollowUpIssue::carriedOver).findFirst().orElseThrow()));
        robot.interact(() -> table.scrollTo(carried));
        FxTestSupport.waitUntil(() -> ShownNodes.texts(table).stream().anyMatch(t -> t.startsWith("Tồn đọng\n(từ đợt")));

        Pickers.pick(robot, "#roundBox", "sau ky");
        waitForRows(table, context.followUps().followUpList(july.id()));
        Pickers.pick(robot, "#roundBox", "truoc");
        waitForRows(table, context.followUps().followUpList(december.id()));

        FollowUpIssue issue = table.getItems().stream().filter(i -> !i.carriedOver()
                && i.authority() == Authority.COMMUNE).findFirst().orElseThrow();
        choose(robot, table, issue.leadId());
        FxTestSupport.waitUntil(() -> !robot.lookup("#opinionList").queryListView().getItems().isEmpty());
        assertThat(robot.lookup("#opinionList").queryListView().getItems()).hasSize(issue.opinionIds().size());

        // A date that does not exist: said next to the fields, nothing stored.
        type(robot, "#forwardAgencyField", "UBND xã");
        type(robot, "#forwardLetterField", "45/CV");
        type(robot, "#forwardDateField", "31/02/2026");
        robot.clickOn("#forwardButton");
        FxTestSupport.waitUntil(() -> !text(robot, "#forwardMessage").isEmpty());
        assertThat(text(robot, "#forwardMessage")).contains("31/02/2026");
        assertThat(stored(issue.leadId()).followUp().forwarded()).isFalse();

        // Typed without its year: the due date the rule gives is shown before saving.
        LocalDate sent = issue.raisedOn();
        type(robot, "#forwardDateField", String.format("%02d/%02d", sent.getDayOfMonth(), sent.getMonthValue()));
        String due = org.cutri.common.text.DateText.format(sent.plusDays(30));
        FxTestSupport.waitUntil(() -> text(robot, "#forwardDueLabel").contains(due));
        robot.clickOn("#forwardButton");
        FxTestSupport.waitUntil(() -> stored(issue.leadId()).followUp().forwarded());
        FollowUp forwarded = stored(issue.leadId()).followUp();
        assertThat(forwarded.forwardLetterNo()).isEqualTo("45/CV");
        assertThat(forwarded.forwardDate()).isEqualTo(sent);
        assertThat(forwarded.dueDate()).isEqualTo(sent.plusDays(30));
        FxTestSupport.waitUntil(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().followUp().status() == OpinionStatus.FORWARDED
                && ShownNodes.texts(table).containsAll(List.of("Đã chuyển", due)));
        assertThat(FxTestSupport.onFx(() -> ((TextField) node(robot, "#forwardLetterField")).getText()))
                .as("the form keeps showing the saved values").isEqualTo("45/CV");

        // An empty answer is refused in words; nothing stored.
        tab(robot, "Trả lời");
        type(robot, "#answerDateField", org.cutri.common.text.DateText.format(sent));
        robot.clickOn("#answerButton");
        FxTestSupport.waitUntil(() -> text(robot, "#answerMessage").startsWith("Chưa nhập nội dung trả lời"));
        assertThat(stored(issue.leadId()).followUp().status()).isEqualTo(OpinionStatus.FORWARDED);

        // The answer letter pasted whole.
        String letter = "Kính gửi Ban Thường trực UBMTTQ xã,\nUBND xã đã kiểm tra và sẽ sửa xong trước Tết.\nTrân trọng.";
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(letter);
            Clipboard.getSystemClipboard().setContent(content);
        });
        TextArea area = node(robot, "#answerArea");
        robot.clickOn(area).press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> letter.equals(area.getText()));
        Pickers.pick(robot, "#resultBox", "viec");
        robot.clickOn("#answerButton");
        FxTestSupport.waitUntil(() -> stored(issue.leadId()).followUp().answered());
        FollowUp answered = stored(issue.leadId()).followUp();
        assertThat(answered.answerText()).as("a pasted letter keeps its lines").isEqualTo(letter);
        assertThat(answered.answerAgency()).isEqualTo("UBND xã");
        assertThat(answered.result()).isEqualTo(AnswerResult.ACTION);
        FxTestSupport.waitUntil(() -> FxTestSupport.onFx(() -> ShownNodes.texts(table)).contains("Đã trả lời"));

        // The Front judges it unsatisfactory.
        tab(robot, "Đánh giá của Mặt trận");
        Pickers.pick(robot, "#assessmentBox", "chua thoa");
        type(robot, "#assessmentNoteField", "Chưa nêu hạn");
        robot.clickOn("#assessButton");
        FxTestSupport.waitUntil(() -> stored(issue.leadId()).followUp().assessment() == Assessment.UNSATISFACTORY);
        assertThat(stored(issue.leadId()).followUp().assessmentNote()).isEqualTo("Chưa nêu hạn");
        FxTestSupport.waitUntil(() -> FxTestSupport.onFx(() -> ShownNodes.texts(table)).contains("Chưa thỏa đáng"));

        // Another issue and back: each shows its own values, none left over from the other.
        FollowUpIssue other = table.getItems().stream().filter(i -> i.leadId() != issue.leadId() && !i.carriedOver())
                .findFirst().orElseThrow();
        choose(robot, table, other.leadId());
        FxTestSupport.waitUntil(() -> FxTestSupport.onFx(area::getText).isEmpty());
        assertThat(FxTestSupport.onFx(() -> ((TextField) node(robot, "#assessmentNoteField")).getText())).isEmpty();
        choose(robot, table, issue.leadId());
        FxTestSupport.waitUntil(() -> letter.equals(FxTestSupport.onFx(area::getText)));
        assertThat(FxTestSupport.onFx(() -> ((TextField) node(robot, "#assessmentNoteField")).getText()))
                .isEqualTo("Chưa nêu hạn");

        // Changed by someone else meanwhile: the save is refused, the issue read again and the form says so.
        context.followUps().reopen(stored(issue.leadId()));
        tab(robot, "Đánh giá của Mặt trận");
        robot.clickOn("#assessButton");
        FxTestSupport.waitUntil(() -> text(robot, "#assessMessage").startsWith("Ý kiến này vừa được người khác sửa"));
        FxTestSupport.waitUntil(() -> FxTestSupport.onFx(area::getText).isEmpty());
        assertThat(stored(issue.leadId()).followUp().status()).isEqualTo(OpinionStatus.FORWARDED);
    }

    @Test
    void aGroupForwardedBeforeTheLastHamletMetIsRefusedNamingThatDayAndNothingIsStored(FxRobot robot) {
        // A July group whose hamlets met on different days, open again (the demo answered some of July's).
        FollowUpIssue group = context.followUps().followUpList(july.id()).stream().filter(i -> i.groupId() != null)
                .filter(i -> meetingDays(i).stream().distinct().count() > 1).findFirst().orElseThrow();
        if (group.followUp().status() == OpinionStatus.ANSWERED
                || group.followUp().status() == OpinionStatus.NOT_COMPETENT) {
            group = context.followUps().reopen(group);
        }
        List<FollowUp> before = group.opinionIds().stream().map(id -> stored(id).followUp()).toList();
        LocalDate last = meetingDays(group).stream().max(LocalDate::compareTo).orElseThrow();
        assertThat(last).isAfter(group.raisedOn());
        TableView<FollowUpIssue> table = open(robot);
        Pickers.pick(robot, "#roundBox", "sau ky");
        waitForRows(table, context.followUps().followUpList(july.id()));
        choose(robot, table, group.leadId());

        LocalDate between = last.minusDays(1);
        type(robot, "#forwardAgencyField", "UBND xã");
        type(robot, "#forwardLetterField", "3/MTTQ");
        type(robot, "#forwardDateField", DateText.format(between));
        robot.clickOn("#forwardButton");
        FxTestSupport.waitUntil(() -> !text(robot, "#forwardMessage").isEmpty());
        assertThat(text(robot, "#forwardMessage")).isEqualTo("Ngày chuyển " + DateText.format(between)
                + " sớm hơn ngày cử tri nêu ý kiến (" + DateText.format(last) + "). Hãy kiểm tra lại ngày.");
        assertThat(group.opinionIds().stream().map(id -> stored(id).followUp()).toList())
                .as("a refusal stores nothing").isEqualTo(before);
    }

    @Test
    void anAnswerOnAForwardingOlderThanTheCorrectedMeetingDayIsRefusedUntilTheForwardingIsRecordedAgain(FxRobot robot) {
        // A July issue forwarded and not yet answered; its meeting's day corrected afterwards, past the forwarding.
        FollowUpIssue issue = context.followUps().followUpList(july.id()).stream().filter(i -> i.groupId() == null)
                .filter(i -> i.followUp().status() == OpinionStatus.FORWARDED).findFirst().orElseThrow();
        LocalDate forwardedOn = issue.followUp().forwardDate();
        LocalDate heldOn = forwardedOn.plusDays(2);
        context.database().jdbi().useHandle(h -> h.createUpdate("UPDATE meeting SET meeting_date = :day WHERE id ="
                + " (SELECT meeting_id FROM opinion WHERE id = :id)").bind("day", heldOn).bind("id", issue.leadId())
                .execute());
        FollowUp before = stored(issue.leadId()).followUp();
        TableView<FollowUpIssue> table = open(robot);
        Pickers.pick(robot, "#roundBox", "sau ky");
        waitForRows(table, context.followUps().followUpList(july.id()));
        choose(robot, table, issue.leadId());

        tab(robot, "Trả lời");
        LocalDate answeredOn = heldOn.plusDays(5);
        type(robot, "#answerAgencyField", "UBND tỉnh");
        type(robot, "#answerLetterField", "77/UBND-KT");
        type(robot, "#answerDateField", DateText.format(answeredOn));
        TextArea area = node(robot, "#answerArea");
        robot.clickOn(area).write("Đã giao Sở Xây dựng khảo sát tuyến tránh.");
        robot.clickOn("#answerButton");
        FxTestSupport.waitUntil(() -> !text(robot, "#answerMessage").isEmpty());
        assertThat(text(robot, "#answerMessage")).isEqualTo("Việc chuyển đã ghi ngày " + DateText.format(forwardedOn)
                + ", sớm hơn ngày cử tri nêu ý kiến (" + DateText.format(heldOn) + "): ngày hội nghị đã được sửa sau"
                + " khi chuyển. Chưa lưu trả lời. Hãy ghi lại việc chuyển với ngày đúng trước, rồi lưu trả lời.");
        assertThat(stored(issue.leadId()).followUp()).as("a refusal stores nothing").isEqualTo(before);

        // The forwarding recorded again with its true day: the answer typed meanwhile is still in its form.
        tab(robot, "Chuyển");
        type(robot, "#forwardDateField", DateText.format(heldOn.plusDays(1)));
        robot.clickOn("#forwardButton");
        FxTestSupport.waitUntil(() -> heldOn.plusDays(1).equals(stored(issue.leadId()).followUp().forwardDate()));
        tab(robot, "Trả lời");
        FxTestSupport.waitUntil(() -> FxTestSupport.onFx(area::getText).equals("Đã giao Sở Xây dựng khảo sát tuyến tránh."));
        assertThat(FxTestSupport.onFx(() -> ((TextField) node(robot, "#answerLetterField")).getText()))
                .isEqualTo("77/UBND-KT");
        robot.clickOn("#answerButton");
        FxTestSupport.waitUntil(() -> stored(issue.leadId()).followUp().answered());
        assertThat(stored(issue.leadId()).followUp()).extracting(FollowUp::answerLetterNo, FollowUp::answerDate,
                FollowUp::answerText).containsExactly("77/UBND-KT", answeredOn, "Đã giao Sở Xây dựng khảo sát tuyến tránh.");

        // Another issue and back: the stored answer is shown, nothing typed is carried over to the other one.
        FollowUpIssue other = table.getItems().stream().filter(i -> i.leadId() != issue.leadId()).findFirst()
                .orElseThrow();
        choose(robot, table, other.leadId());
        FxTestSupport.waitUntil(() -> !FxTestSupport.onFx(area::getText).equals("Đã giao Sở Xây dựng khảo sát tuyến tránh."));
        choose(robot, table, issue.leadId());
        FxTestSupport.waitUntil(() -> FxTestSupport.onFx(area::getText).equals("Đã giao Sở Xây dựng khảo sát tuyến tránh."));
    }

    @Test
    void anAnswerTheVotersFoundUnsatisfactoryAtTheReadBackSaysSoInTheAssessmentColumn(FxRobot robot) {
        FollowUpIssue answered = context.followUps().issues(july.id()).stream()
                .filter(i -> i.followUp().status() == OpinionStatus.ANSWERED && i.followUp().assessment() == null)
                .findFirst().orElseThrow();
        int meeting = context.meetings().list(december.id()).get(0).row().id();
        context.followUps().react(meeting, answered, Assessment.UNSATISFACTORY, "Nước vẫn đục");
        TableView<FollowUpIssue> table = open(robot);
        waitForRows(table, context.followUps().followUpList(december.id()));

        // Carried over into December because of the voters' word: the row says whose word it is.
        choose(robot, table, answered.leadId());
        FxTestSupport.waitUntil(() -> FxTestSupport.onFx(() -> ShownNodes.texts(table)).contains("Chưa thỏa đáng\n(cử tri)"));
    }

    private List<LocalDate> meetingDays(FollowUpIssue issue) {
        return List.copyOf(context.database().jdbi().withHandle(h -> FollowUpStore.meetingDays(h, issue.opinionIds()))
                .values());
    }

    @Test
    void overdueItemsStandOutAreListedAcrossRoundsAndFollowACorrectedRuleSet(FxRobot robot) {
        TableView<FollowUpIssue> table = open(robot);
        LocalDate today = LocalDate.now();
        Pickers.pick(robot, "#roundBox", "sau ky");
        waitForRows(table, context.followUps().followUpList(july.id()));
        FollowUpIssue late = context.followUps().followUpList(july.id()).stream().filter(i -> i.overdueOn(today))
                .findFirst().orElseThrow();
        long days = ChronoUnit.DAYS.between(late.followUp().dueDate(), today);
        choose(robot, table, late.leadId());
        TableRow<?> row = FxTestSupport.onFx(() -> ShownNodes.of(table, TableRow.class).stream()
                .filter(r -> r.getItem() instanceof FollowUpIssue i && i.leadId() == late.leadId()).findFirst()
                .orElseThrow());
        assertThat(FxTestSupport.onFx(() -> row.getPseudoClassStates().toString())).contains("overdue");
        assertThat(FxTestSupport.onFx(() -> ShownNodes.texts(row))).anyMatch(t -> t.endsWith("Quá hạn " + days + " ngày"));
        Node dueCell = FxTestSupport.onFx(() -> row.lookupAll("." + FollowUpView.OVERDUE_CELL).iterator().next());
        assertThat(dueCell).isNotNull();
        assertThat(text(robot, "#detailState")).contains("Quá hạn " + days + " ngày");

        robot.clickOn("#overdueOnlyBox");
        List<FollowUpIssue> overdueInJuly = context.followUps().followUpList(july.id()).stream()
                .filter(i -> i.overdueOn(today)).toList();
        waitForRows(table, overdueInJuly);
        robot.clickOn("#overdueOnlyBox");
        type(robot, "#searchField", "dien luc");
        FxTestSupport.waitUntil(() -> !table.getItems().isEmpty() && table.getItems().stream()
                .allMatch(i -> VietText.fold(String.valueOf(i.followUp().forwardAgency()) + i.authorityBody()
                        + i.content()).contains("dien luc")));
        type(robot, "#searchField", "");

        robot.clickOn("#allOverdueButton");
        waitForRows(table, context.followUps().overdue(today));
        assertThat(table.getItems()).hasSizeGreaterThanOrEqualTo(2);
        robot.clickOn("#allOverdueButton");
        waitForRows(table, context.followUps().followUpList(july.id()));

        // A corrected rule set moves the due date of an open item, in the list and in the detail.
        FollowUpIssue provincial = context.followUps().followUpList(july.id()).stream()
                .filter(i -> i.authority() == Authority.PROVINCE && i.followUp().forwarded() && !i.followUp().answered())
                .findFirst().orElseThrow();
        LocalDate sent = provincial.followUp().forwardDate();
        choose(robot, table, provincial.leadId());

        robot.clickOn("#rulesButton");
        TextField province = FxTestSupport.onFx(() -> robot.lookup("#days-province").queryAs(TextField.class));
        FxTestSupport.waitUntil(() -> "30".equals(province.getText()));
        robot.doubleClickOn(province).write("45");
        FxTestSupport.waitUntil(() -> "45".equals(province.getText()));
        robot.clickOn("#saveRuleSetButton");
        FxTestSupport.waitUntil(() -> text(robot, "#ruleSetMessage").startsWith("Đã lưu bộ thời hạn"));
        assertThat(stored(provincial.leadId()).followUp().dueDate()).isEqualTo(sent.plusDays(45));
        robot.clickOn("Đóng");

        String due = org.cutri.common.text.DateText.format(sent.plusDays(45));
        FxTestSupport.waitUntil(() -> table.getSelectionModel().getSelectedItem() != null
                && sent.plusDays(45).equals(table.getSelectionModel().getSelectedItem().followUp().dueDate()));
        FxTestSupport.waitUntil(() -> ShownNodes.texts(table).stream().anyMatch(t -> t.startsWith(due)));
        assertThat(text(robot, "#detailState")).contains("hạn trả lời " + due);

        // A new forwarding now shows the corrected days before it is saved.
        tab(robot, "Chuyển");
        type(robot, "#forwardDateField", org.cutri.common.text.DateText.format(sent.plusDays(1)));
        FxTestSupport.waitUntil(() -> text(robot, "#forwardDueLabel")
                .contains(org.cutri.common.text.DateText.format(sent.plusDays(46)) + " (45 ngày"));
    }

    @Test
    void theImportOfAnAgencysListOpensFromTheScreenForTheChosenRound(FxRobot robot) {
        open(robot);
        Pickers.pick(robot, "#roundBox", "sau ky");
        FxTestSupport.waitUntil(() -> !table().getItems().isEmpty());

        robot.clickOn("#importButton");

        FxTestSupport.waitUntil(() -> robot.lookup("#chooseButton").tryQuery().isPresent());
        assertThat(FxTestSupport.onFx(() -> robot.lookup(".dialog-pane").queryAll().stream()
                .anyMatch(n -> n.getScene().getWindow() instanceof Stage stage
                        && "Nhập trả lời từ danh sách của cơ quan".equals(stage.getTitle())))).isTrue();
        robot.clickOn("Đóng");
        FxTestSupport.waitUntil(() -> robot.lookup("#chooseButton").tryQuery().isEmpty());
        assertThat(FxTestSupport.onFx(() -> table().getItems().isEmpty())).as("the screen stays as it was").isFalse();
    }
}
