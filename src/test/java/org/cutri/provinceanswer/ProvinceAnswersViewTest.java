package org.cutri.provinceanswer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.answer.AnswerResult;
import org.cutri.app.Area;
import org.cutri.app.MainView;
import org.cutri.common.text.DateText;
import org.cutri.common.text.VietText;
import org.cutri.office.OfficeKind;
import org.cutri.opinion.OpinionStatus;
import org.cutri.province.ProvinceGroupMember;
import org.cutri.province.ProvinceRoundSet;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.GatedExecutor;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The province's answers screen right after start, on a province's data with two communes' real packages: it says
 * it is loading (never "nothing here") while its data is read; the older round is chosen; choosing issues back and
 * forth fills the form with each one's follow-up; a wrong date is refused with one message and nothing stored; a
 * forwarding and a pasted letter are shown (status, due date, overdue mark) and stored; a change made from an issue
 * another user changed meanwhile is refused and the newer version is shown; a group forwarded on a day before the
 * last meeting that raised it is refused, naming that day, and nothing is stored.
 */
@ExtendWith(ApplicationExtension.class)
class ProvinceAnswersViewTest {

    @TempDir
    static Path folder;

    private static Path data;

    private TestWindow window;
    private GatedExecutor gate;
    private MainView view;

    /** The province imports the two communes' packages before the window opens. */
    @BeforeAll
    static void provinceWithTwoCommunes() {
        data = ProvinceAnswerFixture.province(folder);
    }

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, TestContexts.open(data), executor -> {
            gate = new GatedExecutor(executor);
            return gate;
        });
        view = window.view();
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void forwardingAndAnAnswerAreShownAndStoredAndAWrongDateStoresNothing(FxRobot robot) {
        gate.open();
        FxTestSupport.waitUntil(() -> view.office() == OfficeKind.PROVINCE);
        ProvinceAnswerService answers = window.context().provinceAnswers();

        // While its data is read the screen says so, and says nothing of an empty list.
        gate.close();
        FxTestSupport.openArea(robot, "#nav-province_answers");
        WaitForAsyncUtils.waitForFxEvents();
        Parent root = view.screen(Area.PROVINCE_ANSWERS).root();
        List<String> shown = FxTestSupport.onFx(() -> ShownNodes.texts(root));
        assertThat(shown).contains(text("common.loading"))
                .doesNotContain(text("provinceanswer.empty.noSet"), text("provinceanswer.empty.none"),
                        text("provinceanswer.empty.filtered"));
        gate.open();

        TableView<ProvinceAnswerIssue> table = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> !table.getItems().isEmpty());
        SetChoice older = sets(robot);
        assertThat(older.count()).isEqualTo(2);
        List<ProvinceAnswerIssue> newest = List.copyOf(table.getItems());
        // The older round: while its issues are read the list says so, not the newer round's issues nor "nothing".
        gate.close();
        assertThat(Pickers.<org.cutri.opinion.Choice<String>>pick(robot, "#setBox", older.distinctWord()).label())
                .isEqualTo(older.lastLabel());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isEmpty();
        assertThat(FxTestSupport.onFx(() -> ShownNodes.texts(root))).contains(text("common.loading"))
                .doesNotContain(text("provinceanswer.empty.none"), text("provinceanswer.empty.filtered"));
        gate.open();
        FxTestSupport.waitUntil(() -> !table.getItems().isEmpty() && !table.getItems().equals(newest));
        assertThat(label(robot, "#summaryLabel")).startsWith("Hiện " + table.getItems().size() + " / ");

        // Back and forth between two issues: the form follows the issue chosen.
        ProvinceAnswerIssue first = table.getItems().get(0);
        ProvinceAnswerIssue second = table.getItems().get(1);
        robot.clickOn(row(robot, table, 0));
        FxTestSupport.waitUntil(() -> label(robot, "#detailTitle").equals(first.content()));
        robot.clickOn(row(robot, table, 1));
        FxTestSupport.waitUntil(() -> label(robot, "#detailTitle").equals(second.content()));
        assertThat(label(robot, "#detailState")).isEqualTo("Trạng thái: Mới");

        // An opinion standing alone, found by typing without diacritics.
        ProvinceAnswerIssue issue = table.getItems().stream().filter(i -> i.kind() == ProvinceAnswerIssue.Kind.OPINION)
                .findFirst().orElseThrow();
        // Both communes are copies of the demo commune: the code and the commune's name without diacritics.
        robot.clickOn("#searchField").write(issue.code() + " " + VietText.fold(issue.communeNames().get(0)));
        FxTestSupport.waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).key()).isEqualTo(issue.key());
        robot.clickOn(row(robot, table, 0));
        FxTestSupport.waitUntil(() -> label(robot, "#detailTitle").equals(issue.content()));
        LocalDate raised = issue.raisedOn();

        // A wrong date: one message beside the form, nothing stored.
        robot.clickOn("#forwardAgencyField").write("Sở Xây dựng");
        robot.clickOn("#forwardLetterField").write("12/MTTQ-BTT");
        DatePicker forwardDate = robot.lookup("#forwardDatePicker").queryAs(DatePicker.class);
        robot.clickOn(forwardDate.getEditor()).write("31/02/2026");
        robot.clickOn("#forwardButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#errorLabel").queryLabeled().isVisible());
        assertThat(label(robot, "#errorLabel")).isEqualTo("Ngày “31/02/2026” không có thật: tháng 2 năm 2026 chỉ có"
                + " 28 ngày. Hãy sửa lại ngày.");
        assertThat(answers.answerOf(commune(issue), issue.code())).isEmpty();
        assertThat(table.getItems().get(0).answer().status()).isEqualTo(OpinionStatus.NEW);

        // The right date: forwarded, due 30 days later, past already (marked overdue), and stored.
        LocalDate forwarded = raised.plusDays(2);
        robot.doubleClickOn(forwardDate.getEditor()).push(KeyCode.CONTROL, KeyCode.A)
                .write(DateText.format(forwarded));
        robot.clickOn("#forwardButton");
        FxTestSupport.waitUntil(() -> table.getItems().get(0).answer().status() == OpinionStatus.FORWARDED);
        assertThat(robot.lookup("#errorLabel").queryLabeled().isVisible()).isFalse();
        LocalDate due = forwarded.plusDays(30);
        assertThat(cell(table, 4)).isEqualTo(DateText.format(due) + " — quá hạn");
        assertThat(cell(table, 3)).isEqualTo("Đã chuyển");
        assertThat(FxTestSupport.onFx(() -> row(robot, table, 0).getStyleClass()))
                .contains(ProvinceAnswersView.OVERDUE);
        assertThat(label(robot, "#detailState")).contains("Đã chuyển Sở Xây dựng, văn bản số 12/MTTQ-BTT ngày "
                + DateText.format(forwarded) + "; hạn trả lời " + DateText.format(due) + ".");
        ProvinceAnswer stored = answers.answerOf(commune(issue), issue.code()).orElseThrow();
        assertThat(stored.status()).isEqualTo(OpinionStatus.FORWARDED);
        assertThat(stored.forwardDate()).isEqualTo(forwarded);
        assertThat(stored.dueDate()).isEqualTo(due);
        assertThat(label(robot, "#statusLabel")).isEqualTo("Đã ghi việc chuyển ý kiến " + issue.code() + ".");

        // Away and back: the form shows what is stored.
        robot.clickOn("#searchField").push(KeyCode.ESCAPE);
        FxTestSupport.waitUntil(() -> table.getItems().size() > 1);
        int at = table.getItems().stream().map(ProvinceAnswerIssue::key).toList().indexOf(issue.key());
        int other = at == 0 ? 1 : 0;
        robot.interact(() -> table.scrollTo(other));
        robot.clickOn(row(robot, table, other));
        FxTestSupport.waitUntil(() -> robot.lookup("#forwardAgencyField").queryTextInputControl().getText().isEmpty());
        robot.interact(() -> table.scrollTo(at));
        robot.clickOn(row(robot, table, at));
        FxTestSupport.waitUntil(() -> robot.lookup("#forwardAgencyField").queryTextInputControl().getText()
                .equals("Sở Xây dựng"));
        assertThat(forwardDate.getEditor().getText()).isEqualTo(DateText.format(forwarded));

        // The answer: a whole letter pasted, its paragraphs kept.
        String letter = "Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh\n\nSở Xây dựng đã bố trí vốn sửa"
                + " đường trong quý I năm 2027.";
        reveal(robot, "#answerLetterField");
        robot.clickOn("#answerLetterField").write("88/SXD-HT");
        robot.clickOn(robot.lookup("#answerDatePicker").queryAs(DatePicker.class).getEditor())
                .write(DateText.format(raised.plusDays(20)));
        Pickers.pick(robot, "#resultBox", "viec lam cu the");
        reveal(robot, "#answerTextArea");
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(letter);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#answerTextArea").push(KeyCode.CONTROL, KeyCode.V);
        reveal(robot, "#answerButton");
        robot.clickOn("#answerButton");
        FxTestSupport.waitUntil(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().answer().status() == OpinionStatus.ANSWERED);
        assertThat(cell(table, at, 3)).isEqualTo("Đã trả lời");
        assertThat(cell(table, at, 4)).isEqualTo(DateText.format(due));
        assertThat(FxTestSupport.onFx(() -> row(robot, table, at).getStyleClass()))
                .doesNotContain(ProvinceAnswersView.OVERDUE);
        assertThat(label(robot, "#detailState")).contains("Đã trả lời: Sở Xây dựng, văn bản số 88/SXD-HT ngày "
                + DateText.format(raised.plusDays(20)) + ".");
        stored = answers.answerOf(commune(issue), issue.code()).orElseThrow();
        assertThat(stored.status()).isEqualTo(OpinionStatus.ANSWERED);
        assertThat(stored.answerAgency()).isEqualTo("Sở Xây dựng");
        assertThat(stored.answerLetterNo()).isEqualTo("88/SXD-HT");
        assertThat(stored.answerText()).isEqualTo(letter);
        assertThat(stored.result()).isEqualTo(AnswerResult.ACTION);

        // Another user reopens it meanwhile: marking it not competent from the old reading is refused, and the
        // newer version is shown.
        answers.reopen(answers.reload(table.getItems().get(at)).orElseThrow());
        reveal(robot, "#redirectField");
        robot.clickOn("#redirectField").write("Tòa án nhân dân tỉnh");
        reveal(robot, "#redirectButton");
        robot.clickOn("#redirectButton");
        FxTestSupport.waitUntil(() -> label(robot, "#errorLabel").startsWith("Ý kiến này vừa được người khác sửa."));
        FxTestSupport.waitUntil(() -> "Đã chuyển".equals(cell(table, at, 3)));
        assertThat(label(robot, "#detailState")).startsWith("Trạng thái: Đã chuyển");
        assertThat(answers.answerOf(commune(issue), issue.code()).orElseThrow().status())
                .isEqualTo(OpinionStatus.FORWARDED);
    }

    @Test
    void aGroupForwardedBeforeItsLastMeetingIsRefusedNamingThatDayAndNothingIsStored(FxRobot robot) {
        gate.open();
        FxTestSupport.waitUntil(() -> view.office() == OfficeKind.PROVINCE);
        ProvinceAnswerService answers = window.context().provinceAnswers();
        // In the older round (all its meetings past), the first and the last opinion raised made one province group.
        List<ProvinceRoundSet> sets = window.context().provinceReports().roundSets();
        List<ProvinceAnswerIssue> singles = answers.issues(sets.get(sets.size() - 1)).stream()
                .filter(i -> i.kind() == ProvinceAnswerIssue.Kind.OPINION)
                .sorted(java.util.Comparator.comparing(ProvinceAnswerIssue::raisedOn)).toList();
        ProvinceAnswerIssue.Opinion early = singles.get(0).opinions().get(0);
        ProvinceAnswerIssue.Opinion late = singles.get(singles.size() - 1).opinions().get(0);
        LocalDate last = singles.get(singles.size() - 1).raisedOn();
        assertThat(last).isAfter(singles.get(0).raisedOn());
        int id = window.context().provinceGroups().create("Sửa đường liên xã", List.of(
                ProvinceGroupMember.opinion(early.communeCode(), early.roundKey(), early.code()),
                ProvinceGroupMember.opinion(late.communeCode(), late.roundKey(), late.code()))).id();

        FxTestSupport.openArea(robot, "#nav-province_answers");
        TableView<ProvinceAnswerIssue> table = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> !table.getItems().isEmpty());
        SetChoice older = sets(robot);
        Pickers.<org.cutri.opinion.Choice<String>>pick(robot, "#setBox", older.distinctWord());
        FxTestSupport.waitUntil(() -> table.getItems().stream().anyMatch(i -> i.key().equals("p" + id)));
        int at = table.getItems().stream().map(ProvinceAnswerIssue::key).toList().indexOf("p" + id);
        robot.interact(() -> table.scrollTo(at));
        robot.clickOn(row(robot, table, at));
        FxTestSupport.waitUntil(() -> label(robot, "#detailTitle").equals("Sửa đường liên xã"));

        // Dated after the first meeting but before the last: the single opinion's message, with the last day.
        LocalDate between = last.minusDays(1);
        robot.clickOn("#forwardAgencyField").write("Sở Giao thông vận tải");
        robot.clickOn(robot.lookup("#forwardDatePicker").queryAs(DatePicker.class).getEditor())
                .write(DateText.format(between));
        robot.clickOn("#forwardButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#errorLabel").queryLabeled().isVisible());
        assertThat(label(robot, "#errorLabel")).isEqualTo("Ngày chuyển " + DateText.format(between)
                + " sớm hơn ngày cử tri nêu ý kiến (" + DateText.format(last) + "). Hãy kiểm tra lại ngày.");
        assertThat(table.getItems().get(at).answer().status()).isEqualTo(OpinionStatus.NEW);
        assertThat(answers.answerOf(early.communeCode(), early.code())).isEmpty();
        assertThat(answers.answerOf(late.communeCode(), late.code())).isEmpty();
    }

    private record SetChoice(int count, String lastLabel, String chosenLabel) {

        /** A word of the older round's name that the chosen one lacks, typed without diacritics. */
        String distinctWord() {
            List<String> chosen = List.of(VietText.fold(chosenLabel).split(" "));
            return java.util.Arrays.stream(VietText.fold(lastLabel).split(" ")).filter(w -> !chosen.contains(w))
                    .findFirst().orElseThrow();
        }
    }

    /** The round sets the box offers: how many, the oldest (last) one's label and the chosen one's. */
    private static SetChoice sets(FxRobot robot) {
        return FxTestSupport.onFx(() -> {
            var box = Pickers.<org.cutri.opinion.Choice<String>>picker(robot, "#setBox");
            return new SetChoice(box.getItems().size(), box.getItems().get(box.getItems().size() - 1).label(),
                    box.getValue().label());
        });
    }

    private String text(String key) {
        return window.context().messages().get(key);
    }

    private static String commune(ProvinceAnswerIssue issue) {
        return issue.opinions().get(0).communeCode();
    }

    private static String label(FxRobot robot, String query) {
        return FxTestSupport.onFx(() -> robot.lookup(query).queryLabeled().getText());
    }

    private static String cell(TableView<ProvinceAnswerIssue> table, int column) {
        return cell(table, 0, column);
    }

    @SuppressWarnings("unchecked")
    private static String cell(TableView<ProvinceAnswerIssue> table, int row, int column) {
        return FxTestSupport.onFx(() -> (String) table.getColumns().get(column)
                .getCellObservableValue(table.getItems().get(row)).getValue());
    }

    /** The row of the table showing item {@code index}. */
    @SuppressWarnings("unchecked")
    private static TableRow<ProvinceAnswerIssue> row(FxRobot robot, TableView<ProvinceAnswerIssue> table, int index) {
        return robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .map(n -> (TableRow<ProvinceAnswerIssue>) n).filter(r -> r.getIndex() == index && !r.isEmpty())
                .findFirst().orElseThrow();
    }

    /** Scrolls the form so that the node is in sight, as a user does before clicking it. */
    private static void reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        ScrollPane scroll = robot.lookup("#detailScroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node content = scroll.getContent();
            Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double extra = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (extra > 0) {
                double wanted = inContent.getMaxY() - scroll.getViewportBounds().getHeight() + 8;
                scroll.setVvalue(Math.max(0, Math.min(1, wanted / extra)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
