package org.cutri.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
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
 * The public-sentiment screen right after start, on a real H2 file with two monthly periods: the open period is
 * chosen with its notes; switching periods back and forth shows each one's notes; a note is added with pickers typed
 * without diacritics, changed, carried over and deleted, and each step is shown and stored; an empty note is refused
 * with its message and nothing stored.
 */
@ExtendWith(ApplicationExtension.class)
class SentimentViewTest {

    @TempDir
    static Path folder;

    private static Path data;
    private static List<SentimentPeriod> months;

    private TestWindow window;
    private AppContext context;

    /** The data is written before the window starts (a loaded machine would otherwise outrun the start's timeout). */
    @BeforeAll
    static void twoMonths() {
        data = folder.resolve("data");
        try (AppContext prepared = TestContexts.open(data)) {
            prepared.hamlets().create(new HamletDraft("Thôn Đồng Lạc", HamletKind.THON, null, null, null));
            prepared.hamlets().create(new HamletDraft("Xóm Gò Đình", HamletKind.XOM, null, null, null));
            SentimentService sentiment = prepared.sentiment();
            months = sentiment.createMonthly(YearMonth.of(2026, 10), YearMonth.of(2026, 11));
            sentiment.createNote(new NoteDraft(months.get(0).id(), sentiment.topics().get(2).id(), null, "Chợ phiên",
                    sentiment.sources().get(1).id(), "Giá lúa giống tăng", Spread.PART, false, null, null, false));
            sentiment.createNote(new NoteDraft(months.get(0).id(), sentiment.topics().get(5).id(), null, "Bờ kênh",
                    sentiment.sources().get(0).id(), "Rác thải ven kênh", Spread.MANY, false, null, null, false));
            sentiment.issue(months.get(0).id(), java.time.LocalDate.of(2026, 10, 31));
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
    void periodsSwitchBackAndForthAndANoteIsAddedChangedCarriedAndDeleted(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-sentiment");
        TableView<SentimentPeriod> periods = robot.lookup("#periodTable").queryTableView();
        TableView<SentimentNote> notes = robot.lookup("#table").queryTableView();
        // The open period (November, nothing yet) is chosen first; the reported October is listed below it.
        FxTestSupport.waitUntil(() -> periods.getItems().size() == 2 && selected(periods) != null);
        assertThat(selected(periods).label()).isEqualTo("Tháng 11/2026");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notes.getItems()).isEmpty();
        assertThat(text(robot, "#periodSummary")).contains("Tháng 11/2026", "30/11/2026");

        // Back to October: its two notes; again November: none.
        robot.clickOn("Tháng 10/2026");
        FxTestSupport.waitUntil(() -> notes.getItems().size() == 2);
        assertThat(notes.getItems()).extracting(SentimentNote::content)
                .containsExactlyInAnyOrder("Giá lúa giống tăng", "Rác thải ven kênh");
        assertThat(text(robot, "#periodSummary")).contains("Đã ban hành báo cáo số 1");
        robot.clickOn("Tháng 11/2026");
        FxTestSupport.waitUntil(() -> selected(periods).label().equals("Tháng 11/2026") && notes.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notes.getItems()).isEmpty();

        // An empty note is refused with its message; nothing is stored.
        robot.clickOn("#newButton");
        robot.clickOn("#saveButton");
        TextArea content = robot.lookup("#contentArea").queryAs(TextArea.class);
        FxTestSupport.waitUntil(() -> !FxTestSupport.fieldMessage(content).isEmpty());
        assertThat(FxTestSupport.fieldMessage(content)).isEqualTo("Hãy ghi Nhân dân nghĩ gì, hỏi gì.");
        assertThat(context.sentiment().notes(months.get(1).id())).isEmpty();

        // Add: the pickers filter without diacritics.
        assertThat(Pickers.<SentimentEntry>pick(robot, "#topicBox", "dat dai").name())
                .isEqualTo("Đất đai, giải phóng mặt bằng");
        assertThat(Pickers.<SentimentEntry>pick(robot, "#sourceBox", "cuu chien").name()).isEqualTo("Hội Cựu chiến binh");
        assertThat(Pickers.<org.cutri.hamlet.Hamlet>pick(robot, "#hamletBox", "go dinh").name()).isEqualTo("Xóm Gò Đình");
        robot.clickOn(content).write("Bà con hỏi tiến độ đo đạc lại đất");
        robot.clickOn("#hotSpotBox");
        robot.clickOn("#hotSpotField").write("Hai hộ tranh chấp lối đi");
        robot.clickOn("#saveButton");
        FxTestSupport.waitUntil(() -> notes.getItems().size() == 1);
        SentimentNote added = notes.getItems().get(0);
        assertThat(added.placeName()).isEqualTo("Xóm Gò Đình");
        SentimentNote stored = context.sentiment().notes(months.get(1).id()).get(0);
        assertThat(stored.content()).isEqualTo("Bà con hỏi tiến độ đo đạc lại đất");
        assertThat(stored.hotSpot()).isTrue();
        assertThat(stored.hotSpotNote()).isEqualTo("Hai hộ tranh chấp lối đi");
        assertThat(stored.sourceName()).isEqualTo("Hội Cựu chiến binh");
        FxTestSupport.waitUntil(() -> selected(periods) != null && selected(periods).notes() == 1);

        // Edit: the content and the spread.
        robot.clickOn(content).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write("Bà con hỏi lịch đo đạc lại đất ở xóm");
        Pickers.pick(robot, "#spreadBox", "nhieu");
        robot.clickOn("#saveButton");
        FxTestSupport.waitUntil(() -> notes.getItems().size() == 1
                && notes.getItems().get(0).content().equals("Bà con hỏi lịch đo đạc lại đất ở xóm"));
        assertThat(context.sentiment().note(added.id()).spread()).isEqualTo(Spread.MANY);
        assertThat(context.sentiment().note(added.id()).content()).isEqualTo("Bà con hỏi lịch đo đạc lại đất ở xóm");

        // Back to October and again to November: the note is still there, read from the data.
        robot.clickOn("Tháng 10/2026");
        FxTestSupport.waitUntil(() -> notes.getItems().size() == 2);
        robot.clickOn("Tháng 11/2026");
        FxTestSupport.waitUntil(() -> notes.getItems().size() == 1);

        // Carry over: November has no next period yet, the message says so and nothing is stored.
        robot.clickOn("Bà con hỏi lịch đo đạc lại đất ở xóm");
        robot.clickOn("#carryButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#formError").queryAs(Label.class).isVisible());
        assertThat(text(robot, "#formError")).contains("Chưa có kỳ báo cáo nào sau kỳ \"Tháng 11/2026\"");
        // Add December, go back to November and carry the note over.
        robot.clickOn("#nextMonthButton");
        FxTestSupport.waitUntil(() -> periods.getItems().size() == 3 && selected(periods) != null
                && selected(periods).label().equals("Tháng 12/2026"));
        robot.clickOn("Tháng 11/2026");
        FxTestSupport.waitUntil(() -> notes.getItems().size() == 1);
        robot.clickOn("Bà con hỏi lịch đo đạc lại đất ở xóm");
        robot.clickOn("#carryButton");
        FxTestSupport.waitUntil(() -> notes.getItems().size() == 1 && notes.getItems().get(0).carriedOn());
        int december = context.sentiment().periods().get(0).id();
        assertThat(context.sentiment().notes(december)).singleElement()
                .satisfies(n -> assertThat(n.carriedFromId()).isEqualTo(added.id()));

        // The November note cannot be deleted while December's copy follows it: the reason, no question, nothing gone.
        robot.clickOn("Bà con hỏi lịch đo đạc lại đất ở xóm");
        robot.clickOn("#deleteButton");
        FxTestSupport.waitUntil(() -> text(robot, "#formError").contains("đã được chuyển sang kỳ sau"));
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(context.sentiment().notes(months.get(1).id())).hasSize(1);

        // Delete December's copy (Yes): gone from the list and the data; November's note stays.
        robot.clickOn("Tháng 12/2026");
        FxTestSupport.waitUntil(() -> notes.getItems().size() == 1 && notes.getItems().get(0).carried());
        robot.clickOn("Bà con hỏi lịch đo đạc lại đất ở xóm");
        robot.clickOn("#deleteButton");
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("Có");
        FxTestSupport.waitUntil(() -> notes.getItems().isEmpty());
        assertThat(context.sentiment().notes(december)).isEmpty();
        assertThat(context.sentiment().notes(months.get(1).id())).hasSize(1);
        FxTestSupport.waitUntil(() -> periods.getItems().stream()
                .anyMatch(p -> p.label().equals("Tháng 12/2026") && p.notes() == 0));
        robot.clickOn("Tháng 11/2026");
        FxTestSupport.waitUntil(() -> notes.getItems().size() == 1 && !notes.getItems().get(0).carriedOn());

        // The period's own text for section I and a later deadline, through its dialog: shown and stored.
        robot.clickOn("#editPeriodButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#periodGeneralArea").tryQuery().isPresent());
        robot.clickOn("#periodGeneralArea").write("Tình hình Nhân dân ổn định.");
        javafx.scene.control.TextField deadline = robot.lookup("#periodDeadlinePicker .text-field")
                .queryAs(javafx.scene.control.TextField.class);
        robot.doubleClickOn(deadline).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write("05/12/2026");
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        robot.clickOn(pane.lookupButton(javafx.scene.control.ButtonType.OK));
        FxTestSupport.waitUntil(() -> context.sentiment().period(months.get(1).id()).generalText() != null);
        SentimentPeriod edited = context.sentiment().period(months.get(1).id());
        assertThat(edited.generalText()).isEqualTo("Tình hình Nhân dân ổn định.");
        assertThat(edited.deadline()).isEqualTo(java.time.LocalDate.of(2026, 12, 5));
        FxTestSupport.waitUntil(() -> text(robot, "#periodSummary").contains("hạn gửi báo cáo 05/12/2026"));
    }

    private static SentimentPeriod selected(TableView<SentimentPeriod> table) {
        return FxTestSupport.onFx(() -> table.getSelectionModel().getSelectedItem());
    }

    private static String text(FxRobot robot, String query) {
        return FxTestSupport.onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }
}
