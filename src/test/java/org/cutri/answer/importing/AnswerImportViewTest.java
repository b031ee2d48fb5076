package org.cutri.answer.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutri.answer.importing.AnswerLists.HEADER_WITH_CONTENT;
import static org.cutri.answer.importing.AnswerLists.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.cutri.answer.FollowUp;
import org.cutri.answer.FollowUpIssue;
import org.cutri.answer.AnswerSource;
import org.cutri.app.AppContext;
import org.cutri.testing.DemoData;
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
 * The answer import window over the demo commune, driven as the secretary does: she picks a list with a bad row and
 * is refused, then a good list, reads the preview (one row matched by code, one by content), ticks the match by
 * content, imports, and finds both answers shown and stored.
 */
@ExtendWith(ApplicationExtension.class)
class AnswerImportViewTest {

    @TempDir
    static Path shared;
    private static Path demo;

    private Path files;
    private TestWindow window;
    private Stage stage;
    private int july;
    private final Deque<Path> picked = new ArrayDeque<>();
    private final AtomicInteger refreshed = new AtomicInteger();
    private Node dialogRoot;

    @BeforeAll
    static void demo() {
        demo = shared.resolve("demo");
        try (AppContext context = TestContexts.open(demo)) {
            context.demo().load(false, true);
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        files = Files.createDirectories(shared.resolve("files-" + System.nanoTime()));
        AppContext context = DemoData.openCopy(demo, files);
        july = context.rounds().list().stream().filter(r -> r.startDate().getMonthValue() == 7).findFirst()
                .orElseThrow().id();
        window = TestWindow.open(stage, context);
    }

    @AfterEach
    void close() {
        window.close();
    }

    private FollowUpIssue issue(String code) {
        return window.context().followUps().followUpList(july).stream().filter(i -> i.codes().contains(code))
                .findFirst().orElseThrow();
    }

    private void pick(FxRobot robot, Path file) {
        picked.add(file);
        robot.clickOn(robot.from(dialogRoot).lookup("#chooseButton").queryButton());
    }

    @Test
    void aBadListIsRefusedThenAMatchByContentIsConfirmedAndBothAnswersAreStored(FxRobot robot) throws IOException {
        AnswerImportView view = new AnswerImportView(new AnswerImportViewModel(
                window.context().answerImport().importer(), window.context().answerImport().forRound(july),
                window.context().messages(), window.executor()), window.context().messages(),
                owner -> Optional.ofNullable(picked.poll()));
        Platform.runLater(() -> view.show(stage, refreshed::incrementAndGet));
        FxTestSupport.waitUntil(() -> robot.lookup("#answerImportButton").tryQuery().isPresent());
        dialogRoot = robot.lookup("#answerImportButton").query().getScene().getRoot();
        Label summary = robot.from(dialogRoot).lookup("#summaryLabel").queryAs(Label.class);
        TableView<AnswerImportViewModel.Line> rows = robot.from(dialogRoot).lookup("#rowTable").queryTableView();
        Node importButton = robot.from(dialogRoot).lookup("#answerImportButton").query();

        Path bad = AnswerLists.csv(files, "sai.csv", HEADER_WITH_CONTENT,
                row("YK1-021", "Sở Xây dựng", "120/SXD-QH", "15/11/2026", "Đã có trong quy hoạch.", ""),
                row("YK9-999", "Sở Y tế", "1/SYT", "15/11/2026", "Đã xử lý.", ""));
        pick(robot, bad);
        FxTestSupport.waitUntil(() -> rows.getItems().size() == 2);
        assertThat(summary.getText()).isEqualTo("Tệp có 2 dòng; 1 chỗ cần sửa. Chưa nhập gì: hãy sửa tệp rồi chọn lại.");
        assertThat(view.node().lookupAll(".table-cell").stream().filter(n -> n instanceof javafx.scene.control.Labeled)
                .map(n -> ((javafx.scene.control.Labeled) n).getText()))
                .anyMatch(text -> text != null && text.startsWith("Mã YK9-999 không có trong đợt này"));
        assertThat(importButton.isDisabled()).isTrue();

        Path good = AnswerLists.workbook(files, "tra-loi.xlsx", HEADER_WITH_CONTENT,
                row("YK1-021", "Sở Xây dựng", "120/SXD-QH", "15/11/2026", "Đã có trong quy hoạch.", null),
                row(null, "Văn phòng đăng ký đất đai", "45/VPĐK", java.time.LocalDate.of(2026, 11, 20),
                        "Sẽ cấp giấy trong quý I năm 2027.",
                        "Cử tri khu tái định cư Đồng Mới hỏi bao giờ được cấp giấy chứng nhận quyền sử dụng đất"));
        pick(robot, good);
        FxTestSupport.waitUntil(() -> rows.getItems().size() == 2 && rows.getItems().get(0).row().ok());
        AnswerImportViewModel.Line byText = rows.getItems().get(1);
        assertThat(byText.row().issueCode()).isEqualTo("YK1-047");
        assertThat(rows.getColumns().get(3).getCellData(0)).isEqualTo("theo mã");
        assertThat((String) rows.getColumns().get(3).getCellData(1)).matches("theo nội dung \\(giống \\d+%\\)");
        assertThat(rows.getColumns().get(7).getCellData(1)).isEqualTo("20/11/2026");
        assertThat(summary.getText()).isEqualTo("Tệp có 2 dòng: 1 trả lời sẽ được lưu, 0 dòng đã có (bỏ qua).\n"
                + "1 dòng khớp theo nội dung chưa được xác nhận sẽ bị bỏ qua; đánh dấu ở cột “Xác nhận” để nhận.");
        assertThat(importButton.isDisabled()).isFalse();

        CheckBox tick = robot.from(rows).lookup(".check-box").queryAs(CheckBox.class);
        robot.clickOn(tick);
        FxTestSupport.waitUntil(() -> byText.confirmedProperty().get());
        assertThat(summary.getText()).isEqualTo("Tệp có 2 dòng: 2 trả lời sẽ được lưu, 0 dòng đã có (bỏ qua).");
        assertThat(issue("YK1-047").followUp().answered()).as("the preview stores nothing").isFalse();

        robot.clickOn(importButton);
        FxTestSupport.waitUntil(() -> summary.getText().equals("Đã lưu 2 trả lời; 0 dòng đã có (bỏ qua)."));
        assertThat(importButton.isDisabled()).as("imported: not twice").isTrue();
        assertThat(refreshed.get()).isEqualTo(1);
        assertThat(issue("YK1-047").followUp()).extracting(FollowUp::answerAgency, FollowUp::answerLetterNo,
                FollowUp::answerDate, FollowUp::source).containsExactly("Văn phòng đăng ký đất đai", "45/VPĐK",
                        java.time.LocalDate.of(2026, 11, 20), AnswerSource.IMPORTED);
        assertThat(issue("YK1-021").followUp().answerText()).isEqualTo("Đã có trong quy hoạch.");
    }
}
