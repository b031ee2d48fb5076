package org.cutri.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.cutri.minutes.OpinionEntry;
import org.cutri.office.OfficeKind;
import org.cutri.opinion.Opinion;
import org.cutri.province.ConsolidatedOpinion;
import org.cutri.province.PackageImportView;
import org.cutri.round.ContactRound;
import org.cutri.meeting.Meeting;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.Pickers;
import org.cutri.testing.ReportQuestions;
import org.cutri.testing.TestContexts;
import org.cutri.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The whole round in the real main window, as a new secretary does it on a fresh data folder: the
 * commune's profile, a term, two hamlets and a deputy; a round with two meetings; the minutes of three
 * opinions while switching between the meetings; the report compiled and previewed; the hand-over package
 * written to a folder; then a province office on a fresh folder of its own receives the package and shows
 * it in its summary. No error dialog may appear on the way, and no opinion may be lost or doubled.
 */
@ExtendWith(ApplicationExtension.class)
class WholeRoundWindowTest {

    private static final String COMMUNE = "Xuân Thử";
    private static final String ROUND = "Đợt đầu năm 2027";
    private static final String HAMLET_ONE = "Thôn Bãi";
    private static final String HAMLET_TWO = "Thôn Cát";
    private static final String DEPUTY = "Lê Văn Thử";
    private static final List<String> OPINIONS = List.of("Sửa cống đầu thôn", "Đường trường bị lở", "Lắp đèn ngõ");

    @TempDir
    static Path folder;

    private Path handOver;
    private Stage communeStage;
    private TestWindow commune;
    private TestWindow province;

    @Start
    void start(Stage stage) throws Exception {
        Path run = folder.resolve("run-" + System.nanoTime());
        handOver = Files.createDirectories(run.resolve("gui-tinh"));
        communeStage = stage;
        commune = TestWindow.open(stage, TestContexts.open(run.resolve("xa")), (owner, title) -> Optional.of(handOver));
        MainWindow.offerDemoWhenEmpty(commune.view());
    }

    @AfterEach
    void close(FxRobot robot) {
        try {
            commune.close();
        } finally {
            if (province != null) {
                province.close();
            }
        }
    }

    private static void ctrlA(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
    }

    private static void typeInto(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        ctrlA(robot);
        robot.write(text, 0);
    }

    private static void typeDate(FxRobot robot, String picker, String text) {
        robot.clickOn(robot.lookup(picker).queryAs(DatePicker.class).getEditor());
        ctrlA(robot);
        robot.write(text, 0);
    }

    private static void nextOpinion(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
    }

    private static String text(FxRobot robot, String query) {
        return FxTestSupport.onFx(() -> robot.lookup(query).queryLabeled().getText());
    }

    @Test
    void aWholeRoundFromTheRegisterToTheProvinceSummary(FxRobot robot) throws Exception {
        AppContext data = commune.context();

        // First start on empty data: start empty.
        FxTestSupport.waitUntil(() -> robot.lookup("#demoEmptyButton").tryQuery().isPresent());
        robot.clickOn("#demoEmptyButton");

        // Register: the commune's profile, a term, two hamlets, a deputy.
        FxTestSupport.openArea(robot, "#nav-profile");
        typeInto(robot, "#communeNameField", COMMUNE);
        robot.type(KeyCode.TAB).write("Hà Tĩnh").type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> data.commune().profile().isPresent());
        FxTestSupport.waitUntil(() -> robot.window(0) instanceof Stage s && s.getTitle().contains(COMMUNE));

        FxTestSupport.openArea(robot, "#nav-council");
        robot.clickOn("#termNewButton");
        typeInto(robot, "#termStartField", "2026");
        typeInto(robot, "#termEndField", "2031");
        robot.clickOn("#termSaveButton");
        FxTestSupport.waitUntil(() -> data.councils().terms().size() == 1);

        FxTestSupport.openArea(robot, "#nav-hamlets");
        for (String hamlet : List.of(HAMLET_ONE, HAMLET_TWO)) {
            robot.clickOn("#newButton");
            typeInto(robot, "#nameField", hamlet);
            robot.clickOn("#saveButton");
            FxTestSupport.waitUntil(() -> data.hamlets().list().stream().anyMatch(h -> h.name().equals(hamlet)));
        }

        FxTestSupport.openArea(robot, "#nav-deputies");
        robot.clickOn("#newButton");
        typeInto(robot, "#nameField", DEPUTY);
        robot.clickOn("#saveButton");
        FxTestSupport.waitUntil(() -> data.deputies().list().size() == 1);

        // Planning: a round and a meeting in each hamlet.
        FxTestSupport.openArea(robot, "#nav-rounds");
        robot.clickOn("#roundNewButton");
        typeInto(robot, "#nameField", ROUND);
        typeDate(robot, "#startPicker", "04/01/2027");
        typeDate(robot, "#endPicker", "08/01/2027");
        robot.clickOn("#roundSaveButton");
        FxTestSupport.waitUntil(() -> data.rounds().list().size() == 1);
        ContactRound round = data.rounds().list().get(0);
        planMeeting(robot, "05/01/2027", HAMLET_ONE);
        FxTestSupport.waitUntil(() -> data.meetings().list(round.id()).size() == 1);
        planMeeting(robot, "06/01/2027", HAMLET_TWO);
        FxTestSupport.waitUntil(() -> data.meetings().list(round.id()).size() == 2);
        Meeting first = meetingIn(data, round, HAMLET_ONE);
        Meeting second = meetingIn(data, round, HAMLET_TWO);

        // Minutes: two opinions in the first meeting, one in the second, switching back and forth.
        FxTestSupport.openArea(robot, "#nav-meetings");
        ListView<OpinionEntry> list = robot.lookup("#opinionList").query();
        pickMeeting(robot, "bai");
        robot.clickOn("#presentField").write("60");
        typeOpinion(robot, list, 1, OPINIONS.get(0), "giao");
        typeOpinion(robot, list, 2, OPINIONS.get(1), "giao");
        FxTestSupport.waitUntil(() -> data.opinions().listByMeeting(first.id()).size() == 2);
        pickMeeting(robot, "cat");
        FxTestSupport.waitUntil(() -> list.getItems().isEmpty());
        robot.clickOn("#presentField").write("45");
        typeOpinion(robot, list, 1, OPINIONS.get(2), "giao");
        FxTestSupport.waitUntil(() -> data.opinions().listByMeeting(second.id()).size() == 1);
        pickMeeting(robot, "bai");
        FxTestSupport.waitUntil(() -> list.getItems().size() == 2);
        assertThat(shownContents(list)).containsExactly(OPINIONS.get(0), OPINIONS.get(1));
        pickMeeting(robot, "cat");
        FxTestSupport.waitUntil(() -> list.getItems().size() == 1);
        assertThat(shownContents(list)).containsExactly(OPINIONS.get(2));
        List<Opinion> stored = Stream.concat(data.opinions().listByMeeting(first.id()).stream(),
                data.opinions().listByMeeting(second.id()).stream()).toList();
        assertThat(stored).extracting(Opinion::content).containsExactlyElementsOf(OPINIONS);
        assertThat(stored).extracting(Opinion::code).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(data.opinions().count()).isEqualTo(3);

        // Report: compiled and previewed.
        FxTestSupport.openArea(robot, "#nav-reports");
        Pickers.pick(robot, "#roundBox", "dau nam");
        FxTestSupport.waitUntil(() -> !robot.lookup("#previewButton").queryButton().isDisabled());
        robot.clickOn("#previewButton");
        ReportQuestions.answerUntil(robot, () -> robot.lookup("#page-1").tryQuery().isPresent());
        Stage preview = (Stage) robot.lookup("#page-1").query().getScene().getWindow();
        assertThat(preview.getTitle()).startsWith("Xem trước");
        robot.interact(preview::close);

        // Hand-over: the package written to a folder.
        FxTestSupport.openArea(robot, "#nav-exchange");
        Pickers.pick(robot, "#roundBox", "dau nam");
        robot.clickOn("#chooseFolderButton");
        FxTestSupport.waitUntil(() -> !robot.lookup("#writeButton").queryButton().isDisabled());
        robot.clickOn("#writeButton");
        FxTestSupport.waitUntil(() -> text(robot, "#statusLabel").contains("Đã ghi và kiểm tra xong"));
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("Đóng");
        List<Path> packages;
        try (Stream<Path> written = Files.list(handOver)) {
            packages = written.toList();
        }
        assertThat(packages).hasSize(1);
        assertThat(commune.errorDialogs()).isEmpty();
        assertThat(commune.errors()).isEmpty();
        assertThat(data.opinions().count()).isEqualTo(3);

        // The province office, on a fresh data folder, receives the package and shows it in its summary.
        robot.interact(() -> {
            communeStage.close();
            Stage provinceStage = new Stage();
            province = TestWindow.open(provinceStage, TestContexts.open(handOver.resolveSibling("tinh")));
            MainWindow.offerDemoWhenEmpty(province.view());
        });
        FxTestSupport.waitUntil(() -> robot.lookup("#provinceOfficeButton").tryQuery().isPresent());
        robot.clickOn("#provinceOfficeButton");
        FxTestSupport.waitUntil(() -> province.view().office() == OfficeKind.PROVINCE);
        FxTestSupport.openArea(robot, "#nav-province_import");
        // The secretary drops the package file on the screen.
        robot.interact(() -> ((PackageImportView) province.view().screen(Area.PROVINCE_IMPORT)).add(packages));
        TableView<?> received = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> received.getItems().size() == 1);
        robot.clickOn("#checkButton");
        // The commune's first package: the secretary compares the key's fingerprint with the commune and trusts it.
        FxTestSupport.waitUntil(() -> robot.lookup("#questionButton").tryQuery().isPresent()
                && text(robot, "#statusLabel").contains("1 từ chối"));
        robot.interact(() -> received.getSelectionModel().select(0));
        robot.clickOn("#questionButton");
        robot.clickOn("#confirmYesButton");
        FxTestSupport.waitUntil(() -> !robot.lookup("#importButton").queryButton().isDisabled());
        assertThat(text(robot, "#statusLabel")).contains("1 mới");
        robot.clickOn("#importButton");
        FxTestSupport.waitUntil(() -> province.context().province().opinions().size() == 3);
        FxTestSupport.openArea(robot, "#nav-province_summary");
        TableView<ConsolidatedOpinion> summary = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> summary.getItems().size() == 3);
        assertThat(summary.getItems()).extracting(ConsolidatedOpinion::communeName).containsOnly(COMMUNE);
        assertThat(summary.getItems()).extracting(ConsolidatedOpinion::content)
                .containsExactlyInAnyOrderElementsOf(OPINIONS);
        assertThat(province.context().province().opinions()).extracting(ConsolidatedOpinion::code)
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(Opinion::code).toList());
        assertThat(province.errorDialogs()).isEmpty();
        assertThat(commune.errorDialogs()).isEmpty();
    }

    private void planMeeting(FxRobot robot, String date, String hamlet) {
        robot.clickOn("#meetingNewButton");
        typeDate(robot, "#meetingDatePicker", date);
        typeInto(robot, "#startField", "08:00");
        tick(robot, "#hamletList", hamlet);
        tick(robot, "#deputyList", DEPUTY);
        robot.clickOn("#meetingSaveButton");
    }

    /** Ticks the line of the list that starts with this text: click on it, then Space. */
    private static void tick(FxRobot robot, String list, String text) {
        ListCell<?> cell = robot.lookup(list).lookup(".list-cell")
                .match((ListCell<?> c) -> c.getText() != null && c.getText().startsWith(text)).query();
        robot.clickOn(cell).type(KeyCode.SPACE);
        FxTestSupport.waitUntil(() -> cell.lookup(".check-box") instanceof CheckBox box && box.isSelected());
    }

    private static Meeting meetingIn(AppContext data, ContactRound round, String hamlet) {
        return data.meetings().list(round.id()).stream().filter(m -> m.hamletNames().contains(hamlet)).findFirst()
                .orElseThrow();
    }

    private static List<String> shownContents(ListView<OpinionEntry> list) {
        return FxTestSupport.onFx(() -> list.getItems().stream().map(e -> e.contentProperty().get()).toList());
    }

    private static void pickMeeting(FxRobot robot, String typed) {
        Pickers.pick(robot, "#meetingBox", typed);
        FxTestSupport.waitUntil(() -> !robot.lookup("#addOpinionButton").queryButton().isDisabled());
    }

    private static void typeOpinion(FxRobot robot, ListView<OpinionEntry> list, int count, String content, String field) {
        nextOpinion(robot);
        FxTestSupport.waitUntil(() -> list.getItems().size() == count);
        robot.write(content, 0);
        robot.type(KeyCode.TAB).write("kn", 0).type(KeyCode.TAB).write(field, 0).type(KeyCode.TAB).write("xa", 0)
                .type(KeyCode.TAB);
    }
}
