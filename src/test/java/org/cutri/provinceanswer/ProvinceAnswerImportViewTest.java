package org.cutri.provinceanswer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutri.answer.importing.AnswerLists.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.cutri.answer.importing.AnswerImportView;
import org.cutri.answer.importing.AnswerImportViewModel;
import org.cutri.answer.importing.AnswerLists;
import org.cutri.app.AppContext;
import org.cutri.common.i18n.Messages;
import org.cutri.opinion.OpinionStatus;
import org.cutri.testing.FxTestSupport;
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
 * The province imports an agency's answer list from its answers screen, as the province's secretary does, on a real
 * province data folder with two communes' packages: "Nhập trả lời từ tệp…" opens the preview; a list whose code both
 * communes use is refused until the "Xã" column names the commune; the good list shows one row matched by code and one
 * by content, the match by content is ticked, "Nhập" stores both; the screen then shows them answered and the
 * answers are stored.
 */
@ExtendWith(ApplicationExtension.class)
class ProvinceAnswerImportViewTest {

    private static final String[] HEADER = {"Mã", "Xã", "Cơ quan trả lời", "Số văn bản", "Ngày", "Nội dung trả lời",
        "Nội dung ý kiến"};

    @TempDir
    static Path shared;
    private static Path data;

    private Path folder;

    private TestWindow window;
    private ProvinceAnswersViewModel viewModel;
    private ProvinceAnswersView screen;
    private final Deque<Path> picked = new ArrayDeque<>();

    /** The province imports the two communes' packages before the window opens (it takes a while). */
    @BeforeAll
    static void provinceWithTwoCommunes() {
        data = ProvinceAnswerFixture.province(shared);
    }

    @Start
    void start(Stage stage) throws IOException {
        folder = Files.createDirectories(shared.resolve("files-" + System.nanoTime()));
        AppContext context = TestContexts.open(data);
        window = TestWindow.open(stage, context);
        Messages messages = context.messages();
        viewModel = new ProvinceAnswersViewModel(context.provinceAnswers(), context.provinceReports(), messages,
                window.executor(), Clock.systemDefaultZone());
        screen = new ProvinceAnswersView(viewModel, messages, (owner, afterImport) -> new AnswerImportView(
                new AnswerImportViewModel(context.provinceAnswerImport().importer(), context.provinceAnswerImport(),
                        messages, window.executor()), messages, files -> Optional.ofNullable(picked.poll()))
                .show(owner, afterImport));
        stage.getScene().setRoot(screen.root());
        stage.setWidth(1280);
        stage.setHeight(720);
        screen.activate();
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void anAgencysListIsPreviewedConfirmedAndImportedIntoTheCommunesOpinions(FxRobot robot) throws IOException {
        TableView<ProvinceAnswerIssue> table = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> !table.getItems().isEmpty() && viewModel.sets().size() == 2);
        // The older round (July): its meetings are well past, the answer letters are not in the future.
        List<ProvinceAnswerIssue> newest = List.copyOf(table.getItems());
        robot.interact(() -> viewModel.setProperty().set(viewModel.sets().get(viewModel.sets().size() - 1)));
        FxTestSupport.waitUntil(() -> !table.getItems().isEmpty() && !table.getItems().equals(newest));
        List<ProvinceAnswerIssue> alone = table.getItems().stream()
                .filter(i -> i.kind() == ProvinceAnswerIssue.Kind.OPINION
                        && i.opinions().get(0).communeCode().equals("tan-phuc"))
                .toList();
        ProvinceAnswerIssue byCode = alone.get(0);
        ProvinceAnswerIssue byContent = alone.get(1);
        assertThat(byCode.raisedOn()).isBefore(LocalDate.now().minusDays(20));
        String date = day(byCode.raisedOn().plusDays(15));

        // Back and forth in the list: the form follows; nothing is answered yet.
        robot.clickOn(rowOf(robot, table, table.getItems().indexOf(byContent)));
        FxTestSupport.waitUntil(() -> label(robot, "#detailTitle").equals(byContent.content()));
        robot.clickOn(rowOf(robot, table, table.getItems().indexOf(byCode)));
        FxTestSupport.waitUntil(() -> label(robot, "#detailTitle").equals(byCode.content()));
        assertThat(label(robot, "#detailState")).isEqualTo("Trạng thái: Mới");

        robot.clickOn("#importButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#answerImportButton").tryQuery().isPresent());
        Node dialogRoot = robot.lookup("#answerImportButton").query().getScene().getRoot();
        Label summary = robot.from(dialogRoot).lookup("#summaryLabel").queryAs(Label.class);
        TableView<AnswerImportViewModel.Line> rows = robot.from(dialogRoot).lookup("#rowTable").queryTableView();
        Node importButton = robot.from(dialogRoot).lookup("#answerImportButton").query();
        assertThat(robot.from(dialogRoot).lookup("#introLabel").queryAs(Label.class).getText()).contains("“Xã”");

        // The code is used by both communes and the list does not say which.
        picked.add(AnswerLists.csv(folder, "khong-xa.csv", HEADER,
                row(byCode.code(), "", "Sở Công Thương", "8/SCT", date, "Đã yêu cầu sửa đường điện.", "")));
        robot.clickOn(robot.from(dialogRoot).lookup("#chooseButton").queryButton());
        FxTestSupport.waitUntil(() -> rows.getItems().size() == 1);
        assertThat(summary.getText()).isEqualTo("Tệp có 1 dòng; 1 chỗ cần sửa. Chưa nhập gì: hãy sửa tệp rồi chọn lại.");
        assertThat(FxTestSupport.onFx(() -> (String) rows.getColumns().get(9).getCellData(0)))
                .startsWith("Mã " + byCode.code() + " có ở nhiều xã (Hòa Lạc, Tân Phúc)");
        assertThat(importButton.isDisabled()).isTrue();

        picked.add(AnswerLists.workbook(folder, "tra-loi.xlsx", HEADER,
                row(byCode.code(), "Tân Phúc", "Sở Công Thương", "8/SCT", date, "Đã yêu cầu sửa đường điện.", null),
                row(null, null, "Sở Y tế", "3/SYT", date, "Đã bố trí thêm bác sĩ.", byContent.content())));
        robot.clickOn(robot.from(dialogRoot).lookup("#chooseButton").queryButton());
        FxTestSupport.waitUntil(() -> rows.getItems().size() == 2 && rows.getItems().get(0).row().ok());
        assertThat(FxTestSupport.onFx(() -> List.of((String) rows.getColumns().get(1).getCellData(0),
                (String) rows.getColumns().get(2).getCellData(0), (String) rows.getColumns().get(3).getCellData(0))))
                .containsExactly(byCode.code(), "Tân Phúc: " + byCode.content(), "theo mã");
        assertThat((String) FxTestSupport.onFx(() -> rows.getColumns().get(3).getCellData(1)))
                .matches("theo nội dung \\(giống \\d+%\\)");
        assertThat(summary.getText()).isEqualTo("Tệp có 2 dòng: 1 trả lời sẽ được lưu, 0 dòng đã có (bỏ qua).\n"
                + "1 dòng khớp theo nội dung chưa được xác nhận sẽ bị bỏ qua; đánh dấu ở cột “Xác nhận” để nhận.");
        String contentMatch = rows.getItems().get(1).row().issue().key();
        String contentCommune = contentMatch.equals(byContent.key()) ? "tan-phuc" : "hoa-lac";

        robot.clickOn(robot.from(rows).lookup(".check-box").queryAs(CheckBox.class));
        FxTestSupport.waitUntil(() -> rows.getItems().get(1).confirmedProperty().get());
        assertThat(summary.getText()).isEqualTo("Tệp có 2 dòng: 2 trả lời sẽ được lưu, 0 dòng đã có (bỏ qua).");
        assertThat(window.context().provinceAnswers().answersOf("tan-phuc")).as("the preview stores nothing").isEmpty();

        robot.clickOn(importButton);
        FxTestSupport.waitUntil(() -> summary.getText().equals("Đã lưu 2 trả lời; 0 dòng đã có (bỏ qua)."));
        assertThat(importButton.isDisabled()).as("imported: not twice").isTrue();
        robot.clickOn(robot.from(dialogRoot).lookup(".button").match((Node n) -> n instanceof javafx.scene.control.Button b
                && b.getText().equals("Đóng")).queryButton());
        FxTestSupport.waitUntil(() -> robot.lookup("#answerImportButton").tryQuery().isEmpty());

        // Shown: the list refreshed, the issue answered, its form filled with the letter.
        int index = FxTestSupport.onFx(() -> table.getItems().stream().map(ProvinceAnswerIssue::key).toList()
                .indexOf(byCode.key()));
        FxTestSupport.waitUntil(() -> table.getItems().get(index).answer().answered());
        assertThat(FxTestSupport.onFx(() -> (String) table.getColumns().stream()
                .filter(c -> c.getId().equals("statusColumn")).findFirst().orElseThrow().getCellData(index)))
                .startsWith("Đã trả lời");
        robot.clickOn(rowOf(robot, table, index));
        FxTestSupport.waitUntil(() -> robot.lookup("#answerAgencyField").queryAs(TextField.class).getText()
                .equals("Sở Công Thương"));
        assertThat(robot.lookup("#answerLetterField").queryAs(TextField.class).getText()).isEqualTo("8/SCT");

        // Stored: on Tân Phúc's opinion only, and the match by content on the issue shown.
        ProvinceAnswerService answers = window.context().provinceAnswers();
        assertThat(answers.answerOf("tan-phuc", byCode.code()).orElseThrow())
                .extracting(ProvinceAnswer::status, ProvinceAnswer::answerAgency, ProvinceAnswer::answerText)
                .containsExactly(OpinionStatus.ANSWERED, "Sở Công Thương", "Đã yêu cầu sửa đường điện.");
        assertThat(answers.answerOf("hoa-lac", byCode.code())).isEmpty();
        assertThat(answers.answerOf(contentCommune, byContent.code()).orElseThrow().answerLetterNo())
                .isEqualTo("3/SYT");
    }

    private static String day(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static String label(FxRobot robot, String query) {
        return FxTestSupport.onFx(() -> robot.lookup(query).queryLabeled().getText());
    }

    /** The row of the table showing item {@code index}. */
    @SuppressWarnings("unchecked")
    private static TableRow<ProvinceAnswerIssue> rowOf(FxRobot robot, TableView<ProvinceAnswerIssue> table, int index) {
        robot.interact(() -> table.scrollTo(index));
        return robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .map(n -> (TableRow<ProvinceAnswerIssue>) n).filter(r -> r.getIndex() == index && !r.isEmpty())
                .findFirst().orElseThrow();
    }
}
