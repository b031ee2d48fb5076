package org.cutri.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.common.ui.SearchableComboBox;
import org.cutri.app.AppContext;
import org.cutri.app.MainView;
import org.cutri.app.MainWindow;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.hamlet.Hamlet;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingDraft;
import org.cutri.meeting.MeetingForm;
import org.cutri.meeting.MeetingStatus;
import org.cutri.opinion.Authority;
import org.cutri.opinion.Opinion;
import org.cutri.opinion.OpinionKind;
import org.cutri.opinion.OpinionListItem;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The secretary types a meeting's minutes with the keyboard only, then finds an opinion again. */
@ExtendWith(ApplicationExtension.class)
class MinutesViewTest {

    @TempDir
    static Path folder;

    private AppContext context;
    private FxTaskExecutor executor;
    private Meeting ben;
    private Meeting other;

    @Start
    void start(Stage stage) {
        context = TestContexts.open(folder.resolve("data-" + System.nanoTime()));
        context.demo().load(false);
        ContactRound round = context.rounds().create(new RoundDraft(null, RoundKind.BEFORE_SESSION,
                "Tiếp xúc cử tri trước kỳ họp thứ ba (thử)", null, null, LocalDate.of(2030, 12, 1),
                LocalDate.of(2030, 12, 5), null, null, null, null));
        List<Hamlet> hamlets = context.hamlets().list();
        Hamlet xomBen = hamlets.stream().filter(h -> h.name().equals("Xóm Bến")).findFirst().orElseThrow();
        Hamlet another = hamlets.stream().filter(h -> !h.name().equals("Xóm Bến")).findFirst().orElseThrow();
        ben = context.meetings().create(new MeetingDraft(round.id(), LocalDate.of(2030, 12, 2), LocalTime.of(8, 0),
                LocalTime.of(10, 30), "Nhà văn hóa xóm Bến", MeetingForm.IN_PERSON, "Hoàng Văn Thịnh", "Đinh Thị Mai",
                MeetingStatus.PLANNED, List.of(xomBen.id()), List.of(context.deputies().list().get(0).id())));
        other = context.meetings().create(new MeetingDraft(round.id(), LocalDate.of(2030, 12, 3), LocalTime.of(8, 0),
                null, "Hội trường", MeetingForm.IN_PERSON, null, null, MeetingStatus.PLANNED, List.of(another.id()),
                List.of()));
        Dialogs dialogs = new Dialogs(context.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        MainView view = MainWindow.open(stage, context, executor, dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
        context.close();
    }

    @Test
    void theMinutesNameSpeakersOnlyAfterTheCheckBoxAskedAndTheUserSaidYes(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-meetings");
        SearchableComboBox<Meeting> meetingBox = robot.lookup("#meetingBox").query();
        FxTestSupport.waitUntil(() -> meetingBox.getItems().size() == 2);
        javafx.scene.control.CheckBox names = robot.lookup("#namesBox").query();
        assertThat(names.isSelected()).isFalse();

        robot.clickOn("#namesBox");
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmNoButton").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("dữ liệu cá nhân");
        robot.clickOn("#confirmNoButton");
        FxTestSupport.waitUntil(() -> !names.isSelected());

        // A hurried Enter on the question keeps the names out: personal data leaves only by a deliberate "Có".
        robot.clickOn("#namesBox");
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmNoButton").tryQuery().isPresent());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(names.isSelected()).as("names after Enter on the question").isFalse();

        robot.clickOn("#namesBox");
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmYesButton").tryQuery().isPresent());
        robot.clickOn("#confirmYesButton");
        FxTestSupport.waitUntil(names::isSelected);
        robot.clickOn("#namesBox");
        FxTestSupport.waitUntil(() -> !names.isSelected());
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    }

    @Test
    void anOpinionTypedWithoutDiacriticsIsFlaggedAndPrintingOrSavingAsksFirst(FxRobot robot) {
        SearchableComboBox<Meeting> meetingBox = openBen(robot);
        ListView<OpinionEntry> list = robot.lookup("#opinionList").query();
        javafx.scene.control.Label warning = robot.lookup("#noDiacriticsLabel").queryAs(javafx.scene.control.Label.class);

        nextOpinion(robot);
        FxTestSupport.waitUntil(() -> list.getItems().size() == 1);
        String bare = "De nghi sua chua duong lien thon doan qua xom Ben";
        robot.write(bare).type(KeyCode.TAB);
        FxTestSupport.waitUntil(() -> stored().size() == 1 && bare.equals(stored().get(0).content()));
        FxTestSupport.waitUntil(warning::isVisible);
        assertThat(warning.getText()).contains("gõ không dấu");
        assertThat(robot.from(list).lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() != null).queryAs(javafx.scene.control.ListCell.class).getText())
                .startsWith("1. [Gõ không dấu] De nghi sua chua");

        robot.clickOn("#previewButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmNoButton").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("Ý kiến số 1", "không dấu");
        robot.clickOn("#confirmNoButton");
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(robot.lookup("#page-1").tryQuery()).as("no preview after No").isEmpty();
        // Saving as Word/PDF asks the same question first; No saves nothing.
        robot.clickOn("#saveDocumentButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmNoButton").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("Ý kiến số 1", "không dấu");
        robot.clickOn("#confirmNoButton");
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());

        // Retyped with diacritics: the flag goes away and printing asks nothing.
        javafx.scene.control.TextArea content = robot.lookup("#contentArea").query();
        robot.clickOn(content).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Đề nghị sửa chữa đường liên thôn đoạn qua xóm Bến").type(KeyCode.TAB);
        FxTestSupport.waitUntil(() -> !warning.isVisible());
        FxTestSupport.waitUntil(() -> "Đề nghị sửa chữa đường liên thôn đoạn qua xóm Bến"
                .equals(stored().get(0).content()));
        assertThat(list.getItems().get(0).noDiacriticsProperty().get()).isFalse();
        robot.clickOn("#previewButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#page-1").tryQuery().isPresent());
        assertThat(robot.lookup("#confirmNoButton").tryQuery()).isEmpty();
    }

    /** Opens the minutes screen on the meeting of Xóm Bến, ready to type. */
    private SearchableComboBox<Meeting> openBen(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-meetings");
        SearchableComboBox<Meeting> meetingBox = robot.lookup("#meetingBox").query();
        FxTestSupport.waitUntil(() -> meetingBox.getItems().size() == 2);
        robot.interact(() -> meetingBox.setValue(meetingBox.getItems().stream().filter(m -> m.id() == ben.id())
                .findFirst().orElseThrow()));
        FxTestSupport.waitUntil(() -> !robot.lookup("#addOpinionButton").queryButton().isDisabled());
        return meetingBox;
    }

    private static void nextOpinion(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
    }

    @SuppressWarnings("unchecked")
    @Test
    void typeThreeOpinionsWithTheKeyboardThenFindOneAndOpenItsMeeting(FxRobot robot) {
        SearchableComboBox<Meeting> meetingBox = openBen(robot);
        ListView<OpinionEntry> list = robot.lookup("#opinionList").query();
        robot.clickOn("#presentField").write("45");

        nextOpinion(robot);
        FxTestSupport.waitUntil(() -> list.getItems().size() == 1);
        robot.write("Đề nghị nâng cấp đường liên thôn đoạn qua xóm Bến");
        robot.type(KeyCode.TAB).write("kn").type(KeyCode.TAB).write("giao").type(KeyCode.TAB).write("xa")
                .type(KeyCode.TAB);

        nextOpinion(robot);
        FxTestSupport.waitUntil(() -> list.getItems().size() == 2);
        robot.write("Nước sạch bị đục vào mùa mưa");
        robot.type(KeyCode.TAB).type(KeyCode.TAB).write("nuoc").type(KeyCode.TAB).write("tinh").type(KeyCode.TAB);

        nextOpinion(robot);
        FxTestSupport.waitUntil(() -> list.getItems().size() == 3);
        robot.write("Phản ánh điện áp yếu giờ cao điểm");
        robot.type(KeyCode.TAB).write("pa").type(KeyCode.TAB).write("dien").type(KeyCode.TAB).write("khac")
                .type(KeyCode.TAB).write("Điện lực").type(KeyCode.TAB);

        try {
            FxTestSupport.waitUntil(() -> stored().size() == 3 && stored().get(2).authorityBody() != null);
        } catch (AssertionError e) {
            throw new AssertionError("stored: " + stored(), e);
        }
        List<Opinion> stored = stored();
        assertThat(stored).extracting(Opinion::content).containsExactly(
                "Đề nghị nâng cấp đường liên thôn đoạn qua xóm Bến", "Nước sạch bị đục vào mùa mưa",
                "Phản ánh điện áp yếu giờ cao điểm");
        assertThat(stored).extracting(Opinion::kind).containsExactly(OpinionKind.PETITION, OpinionKind.OPINION,
                OpinionKind.REFLECTION);
        assertThat(stored).extracting(o -> fieldName(o.fieldId())).containsExactly("Giao thông", "Nước sạch", "Điện");
        assertThat(stored).extracting(Opinion::authority).containsExactly(Authority.COMMUNE, Authority.PROVINCE,
                Authority.OTHER);
        assertThat(stored.get(2).authorityBody()).isEqualTo("Điện lực");
        assertThat(stored).extracting(Opinion::votersPresent).containsOnly(45);
        assertThat(stored).extracting(Opinion::speakerName).containsOnlyNulls();
        assertThat(context.meetings().get(ben.id()).row().status()).isEqualTo(MeetingStatus.HELD);
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText()).startsWith("Đã lưu lúc");

        // Alt+↑ goes back to the previous opinion.
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP).release(KeyCode.ALT);
        FxTestSupport.waitUntil(() -> list.getSelectionModel().getSelectedIndex() == 1);

        // Show another meeting, then find the opinion about clean water without diacritics and open its meeting.
        robot.interact(() -> meetingBox.setValue(meetingBox.getItems().stream().filter(m -> m.id() == other.id())
                .findFirst().orElseThrow()));
        FxTestSupport.waitUntil(() -> list.getItems().isEmpty());
        FxTestSupport.openArea(robot, "#nav-opinions");
        TableView<OpinionListItem> table = robot.lookup("#table").match(n -> n.getParent() != null
                && n.getScene() != null && n.isVisible()).queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() >= 3);
        robot.clickOn("#searchField").write("nuoc duc mua");
        FxTestSupport.waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).content()).isEqualTo("Nước sạch bị đục vào mùa mưa");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        FxTestSupport.waitUntil(() -> meetingBox.getValue() != null && meetingBox.getValue().id() == ben.id()
                && list.getItems().size() == 3);
        assertThat(robot.lookup("#nav-meetings").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void pastedControlCharactersNeverReachTheFieldsNorTheDatabase(FxRobot robot) {
        // Regression: a right-to-left override or NUL pasted from another program reached the stored minutes
        // and opinions, so the reports printed text backwards.
        SearchableComboBox<Meeting> meetingBox = openBen(robot);
        ListView<OpinionEntry> list = robot.lookup("#opinionList").query();
        javafx.scene.control.TextArea guests = robot.lookup("#guestsArea").query();
        robot.clickOn(guests);
        // What "Dán" (Ctrl+V) does with the clipboard's text: replace the selection.
        robot.interact(() -> guests.replaceSelection("Ông\u202E Lò Văn\u0000 Pọm\u0085"));
        assertThat(guests.getText()).isEqualTo("Ông Lò Văn Pọm");

        nextOpinion(robot);
        FxTestSupport.waitUntil(() -> list.getItems().size() == 1);
        javafx.scene.control.TextArea content = robot.lookup("#contentArea").query();
        robot.interact(() -> content.replaceSelection("Đề nghị \u202Esửa\u2066 cầu\u001B treo\r\nxóm Bến"));
        assertThat(content.getText()).isEqualTo("Đề nghị sửa cầu treo\nxóm Bến");
        robot.write(" gấp");
        robot.clickOn("#presentField").write("40");

        FxTestSupport.waitUntil(() -> stored().size() == 1 && stored().get(0).content().endsWith("gấp"));
        assertThat(stored().get(0).content()).isEqualTo("Đề nghị sửa cầu treo\nxóm Bến gấp");
        FxTestSupport.waitUntil(() -> "Ông Lò Văn Pọm".equals(context.meetings().get(ben.id()).row().guests()));
    }

    private List<Opinion> stored() {
        return context.opinions().listByMeeting(ben.id());
    }

    private String fieldName(Integer id) {
        return context.opinions().fields().stream().filter(f -> id != null && f.id() == id).map(f -> f.name())
                .findFirst().orElse(null);
    }
}
