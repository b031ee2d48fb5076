package org.cutri.opinionimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cutri.opinionimport.OpinionImportFixtures.row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.cutri.common.ui.SearchableComboBox;
import org.cutri.meeting.MeetingStatus;
import org.cutri.opinion.OpinionListItem;
import org.cutri.round.ContactRound;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.GatedExecutor;
import org.cutri.testing.RawXlsx;
import org.cutri.testing.TestContexts;
import org.cutri.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.service.query.NodeQuery;

/**
 * The opinion import dialog over the opinion list, driven as the secretary does: the round is chosen for
 * her, she picks a file ("Chọn tệp…"), reads the preview, is refused a broken file and a file with a bad
 * row (nothing stored), then imports a good one and finds its opinions stored and listed.
 */
@ExtendWith(ApplicationExtension.class)
class OpinionImportViewTest {

    @TempDir
    static Path folder;

    private Path files;
    private TestWindow window;
    private Stage stage;
    private ContactRound round;
    /** What "Chọn tệp…" gets next, as the user would pick it in the system's file chooser. */
    private final Deque<Path> picked = new ArrayDeque<>();
    /** The dialog's content: lookups stay inside it (the opinion list behind has boxes of the same names). */
    private Node dialogRoot;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        files = Files.createDirectories(folder.resolve("files-" + System.nanoTime()));
        var context = TestContexts.open(files.resolve("data"));
        round = OpinionImportFixtures.roundWithMeetings(context, files);
        window = TestWindow.open(stage, context);
    }

    @AfterEach
    void close() {
        window.close();
    }

    private void openDialog() {
        openDialog(window.executor());
    }

    private void openDialog(org.cutri.common.task.TaskExecutor executor) {
        OpinionImportViewModel viewModel = new OpinionImportViewModel(window.context().opinionImport(),
                window.context().rounds(), window.context().messages(), executor);
        OpinionImportView view = new OpinionImportView(viewModel, window.context().messages(),
                owner -> Optional.ofNullable(picked.poll()));
        // The dialog waits for its answer as in the program: open it from the FX queue, not from the test.
        Platform.runLater(() -> view.show(stage, window.view()::refreshShownScreen));
    }

    /** Opens the opinion list, then the dialog over it; returns the dialog's summary line. */
    private Label openDialogOverTheList(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-opinions");
        openDialog();
        FxTestSupport.waitUntil(() -> robot.lookup("#opinionImportButton").tryQuery().isPresent());
        dialogRoot = robot.lookup("#opinionImportButton").query().getScene().getRoot();
        return inDialog(robot, "#summaryLabel").queryAs(Label.class);
    }

    private NodeQuery inDialog(FxRobot robot, String query) {
        return robot.from(dialogRoot).lookup(query);
    }

    private void pick(FxRobot robot, Path file) {
        picked.add(file);
        robot.clickOn(inDialog(robot, "#chooseButton").queryButton());
    }

    private List<OpinionListItem> stored() {
        return window.context().opinions().listItems(round.id());
    }

    @Test
    void aBrokenFileAndABadRowAreRefusedThenAGoodFileIsImportedAndListed(FxRobot robot) throws IOException {
        FxTestSupport.openArea(robot, "#nav-opinions");
        TableView<OpinionListItem> list = robot.lookup("#table").queryTableView();
        openDialog();
        FxTestSupport.waitUntil(() -> robot.lookup("#opinionImportButton").tryQuery().isPresent());
        dialogRoot = robot.lookup("#opinionImportButton").query().getScene().getRoot();
        SearchableComboBox<ContactRound> roundBox = inDialog(robot, "#roundBox").query();
        FxTestSupport.waitUntil(() -> roundBox.getValue() != null);
        assertThat(roundBox.getValue().id()).isEqualTo(round.id());
        Label summary = inDialog(robot, "#summaryLabel").queryAs(Label.class);
        TableView<OpinionImportRow> rows = inDialog(robot, "#rowTable").queryTableView();
        Node importButton = inDialog(robot, "#opinionImportButton").query();

        // A stray opening quote: refused with its row, nothing read, nothing to import.
        Path broken = Files.writeString(files.resolve("hong.csv"), "Thôn,Nội dung\nThôn Đồng Tâm,Đề nghị sửa cầu\n"
                + "Thôn Hợp Nhất,\"Đường 5 hỏng\nThôn Tân Lập,Đề nghị nạo vét kênh\n", StandardCharsets.UTF_8);
        pick(robot, broken);
        FxTestSupport.waitUntil(() -> summary.getText().startsWith("Tệp hong.csv hỏng ở dòng 3"));
        assertThat(rows.getItems()).isEmpty();
        assertThat(importButton.isDisabled()).isTrue();
        assertThat(inDialog(robot, "#fileLabel").queryAs(Label.class).getText()).isEqualTo(broken.toString());

        // One unknown hamlet: every row shown, the bad one with its reason, still nothing to import.
        Path badRow = OpinionImportFixtures.workbook(files, "sai.xlsx", "Ý kiến", row("Thôn", "Nội dung"),
                row("Thôn Đồng Tâm", "Đề nghị làm đường"), row("Thôn Ma", "Đề nghị lắp đèn"));
        pick(robot, badRow);
        FxTestSupport.waitUntil(() -> rows.getItems().size() == 2);
        assertThat(summary.getText()).startsWith("Tệp có 2 dòng ý kiến; 1 chỗ cần sửa ở 1 dòng.");
        assertThat(rows.getItems().get(1).problems()).isNotEmpty();
        assertThat(importButton.isDisabled()).isTrue();
        assertThat(stored()).isEmpty();

        // A good CSV (a quote inside a cell is kept as typed): previewed, then imported.
        Path good = Files.writeString(files.resolve("y-kien.csv"), "\uFEFFThôn;Nội dung;Thẩm quyền\r\n"
                + "Thôn Đồng Tâm;Đường 5\" hỏng nhiều chỗ;Xã\r\n"
                + "Hợp Nhất;Đề nghị lắp đèn đường;Tỉnh\r\n"
                + "thon tan lap;Đề nghị nạo vét kênh;\r\n", StandardCharsets.UTF_8);
        pick(robot, good);
        FxTestSupport.waitUntil(() -> rows.getItems().size() == 3);
        assertThat(summary.getText()).isEqualTo("Tệp có 3 ý kiến, không có lỗi. Bấm “Nhập” để ghi vào đợt tiếp xúc.");
        assertThat(rows.getItems()).extracting(OpinionImportRow::hamlet)
                .containsExactly("Thôn Đồng Tâm", "Hợp Nhất", "thon tan lap");
        assertThat(stored()).as("the preview stores nothing").isEmpty();

        robot.clickOn(importButton);
        FxTestSupport.waitUntil(() -> summary.getText().equals("Đã nhập 3 ý kiến."));
        assertThat(importButton.isDisabled()).as("the same file cannot be imported twice").isTrue();
        assertThat(stored()).extracting(OpinionListItem::code, OpinionListItem::hamletName, OpinionListItem::content)
                .containsExactlyInAnyOrder(
                        tuple("YK" + round.id() + "-001", "Thôn Đồng Tâm", "Đường 5\" hỏng nhiều chỗ"),
                        tuple("YK" + round.id() + "-002", "Thôn Hợp Nhất", "Đề nghị lắp đèn đường"),
                        tuple("YK" + round.id() + "-003", "Thôn Tân Lập", "Đề nghị nạo vét kênh"));

        robot.clickOn(inDialog(robot, "Đóng").queryButton());
        FxTestSupport.waitUntil(() -> list.getItems().size() == 3);
        assertThat(list.getItems()).extracting(OpinionListItem::code)
                .containsExactlyInAnyOrderElementsOf(stored().stream().map(OpinionListItem::code).toList());
    }

    @Test
    void theMeetingsWhoseOpinionsAreImportedCountAsHeld(FxRobot robot) throws IOException {
        Label summary = openDialogOverTheList(robot);

        // Odd but readable text as hamlets type it: "Ð" (U+00D0) for Đ, decomposed accents, a stray quote, an
        // empty row, a date written "5/12".
        Path file = Files.writeString(files.resolve("y-kien-hop.csv"), "Thôn,Nội dung,Ngày\n"
                + "\u00D0ồng Tâm,Đề nghị sửa cầu \"tạm qua sông,5/12\n"
                + ",,\n"
                + java.text.Normalizer.normalize("Thôn Hợp Nhất,Đề nghị nạo vét kênh mương,5/12\n",
                        java.text.Normalizer.Form.NFD), StandardCharsets.UTF_8);
        pick(robot, file);
        FxTestSupport.waitUntil(() -> summary.getText().startsWith("Tệp có 2 ý kiến, không có lỗi."));
        robot.clickOn(inDialog(robot, "#opinionImportButton").queryButton());
        FxTestSupport.waitUntil(() -> summary.getText().equals("Đã nhập 2 ý kiến."));

        // The hamlets held their meetings: they handed in the opinions. The report counts them as held.
        assertThat(window.context().meetings().list(round.id()))
                .extracting(m -> m.hamletNames(), m -> m.row().status())
                .contains(tuple("Thôn Đồng Tâm", MeetingStatus.HELD), tuple("Thôn Hợp Nhất", MeetingStatus.HELD),
                        tuple("Thôn Tân Lập", MeetingStatus.PLANNED));
        assertThat(stored()).extracting(OpinionListItem::hamletName)
                .containsExactlyInAnyOrder("Thôn Đồng Tâm", "Thôn Hợp Nhất");
    }

    @Test
    void aFileImportedBeforeIsPointedOutBeforeItsOpinionsAreStoredTwice(FxRobot robot) throws IOException {
        Label summary = openDialogOverTheList(robot);
        Path file = Files.writeString(files.resolve("thon-dong-tam.csv"), "Thôn,Nội dung\n"
                + "Đồng Tâm,Đề nghị sửa cầu tạm qua sông\n"
                + "Hợp Nhất,Đề nghị nạo vét kênh mương\n", StandardCharsets.UTF_8);
        pick(robot, file);
        FxTestSupport.waitUntil(() -> summary.getText().startsWith("Tệp có 2 ý kiến, không có lỗi."));
        assertThat(summary.getText()).doesNotContain("đã được nhập");
        robot.clickOn(inDialog(robot, "#opinionImportButton").queryButton());
        FxTestSupport.waitUntil(() -> summary.getText().equals("Đã nhập 2 ý kiến."));

        // The same file again (another day, the dialog opened anew): the preview says so before anything is stored.
        pick(robot, file);
        FxTestSupport.waitUntil(() -> summary.getText().contains("2 dòng có nội dung trùng"));
        assertThat(summary.getText()).contains("(dòng 2, 3)").contains("có thể tệp này đã được nhập rồi");
        assertThat(stored()).hasSize(2);
    }

    @Test
    void hostileFilesShowTheSameReasonsAsTheCommandLineAndALongReadingCanBeStopped(FxRobot robot) throws IOException {
        GatedExecutor gate = new GatedExecutor(window.executor());
        FxTestSupport.openArea(robot, "#nav-opinions");
        openDialog(gate);
        FxTestSupport.waitUntil(() -> robot.lookup("#opinionImportButton").tryQuery().isPresent());
        dialogRoot = robot.lookup("#opinionImportButton").query().getScene().getRoot();
        gate.open();
        SearchableComboBox<ContactRound> roundBox = inDialog(robot, "#roundBox").query();
        FxTestSupport.waitUntil(() -> roundBox.getValue() != null);
        Label summary = inDialog(robot, "#summaryLabel").queryAs(Label.class);
        TableView<OpinionImportRow> rows = inDialog(robot, "#rowTable").queryTableView();
        Node importButton = inDialog(robot, "#opinionImportButton").query();
        Node progress = inDialog(robot, "#progressBox").query();
        assertThat(progress.isVisible()).isFalse();

        // A formula cell: its row is shown with the reason, nothing can be imported.
        Path formula = new RawXlsx().sheet("Ý kiến", out -> {
            out.write(RawXlsx.row(1, "Thôn", "Nội dung"));
            out.write("<row r=\"2\">" + RawXlsx.cell(0, 2, "Thôn Đồng Tâm")
                    + RawXlsx.formula(1, 2, "HYPERLINK(\"http://vi-du.invalid\",\"Bấm\")", "Bấm") + "</row>");
        }).write(files.resolve("cong-thuc.xlsx"));
        pick(robot, formula);
        FxTestSupport.waitUntil(() -> rows.getItems().size() == 1);
        assertThat(robot.from(rows).lookup(".table-cell").queryAll().stream()
                .filter(c -> c instanceof javafx.scene.control.Labeled).map(c -> ((javafx.scene.control.Labeled) c).getText())
                .filter(t -> t != null && t.startsWith("Ô B2 là công thức")).findAny()).isPresent();
        assertThat(importButton.isDisabled()).isTrue();

        // More than the maximum: the same sentence as on the command line.
        Path big = folder.resolve("lon-" + System.nanoTime() + ".csv");
        try (java.io.RandomAccessFile raw = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            raw.write("Thôn,Nội dung\n".getBytes(StandardCharsets.UTF_8));
            raw.setLength(60L * 1024 * 1024);
        }
        pick(robot, big);
        FxTestSupport.waitUntil(() -> summary.getText().startsWith("Tệp " + big.getFileName() + " quá lớn (60,0 MB)"));
        assertThat(rows.getItems()).isEmpty();

        // Hidden control characters: removed, the preview says where, the stored text is clean.
        Path hidden = Files.writeString(files.resolve("an.csv"), "Thôn,Nội dung\n"
                + "Thôn Đồng Tâm,Đề nghị \u202Esửa\u0000 cầu\n", StandardCharsets.UTF_8);
        pick(robot, hidden);
        FxTestSupport.waitUntil(() -> rows.getItems().size() == 1);
        assertThat(summary.getText()).contains("Đã bỏ các ký tự điều khiển ẩn").contains("ở dòng 2.");
        robot.clickOn(importButton);
        FxTestSupport.waitUntil(() -> summary.getText().startsWith("Đã nhập 1 ý kiến."));
        assertThat(stored()).extracting(OpinionListItem::content).containsExactly("Đề nghị sửa cầu");

        // A reading that takes long: the bar and "Dừng" show; stopping stores nothing.
        gate.close();
        Path good = OpinionImportFixtures.workbook(files, "tot.xlsx", "Ý kiến", row("Thôn", "Nội dung"),
                row("Thôn Hợp Nhất", "Đề nghị lắp đèn"));
        pick(robot, good);
        FxTestSupport.waitUntil(progress::isVisible);
        robot.clickOn(inDialog(robot, "#stopButton").queryButton());
        gate.open();
        FxTestSupport.waitUntil(() -> summary.getText().equals("Đã dừng. Chưa nhập gì."));
        assertThat(progress.isVisible()).isFalse();
        assertThat(stored()).hasSize(1);
    }
}
