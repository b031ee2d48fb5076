package org.cutri.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cutri.app.AppContext;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "In sổ" on the register screen: the file chosen is written in the background, as Word or Excel, and read back. */
@ExtendWith(ApplicationExtension.class)
class DocumentRegisterBookViewTest {

    @TempDir
    static Path folder;

    /** The register, written before the window opens (the FX thread only opens it). */
    @BeforeAll
    static void fill() {
        try (AppContext filling = TestContexts.open(folder.resolve("data"))) {
            filling.documentRegister().issue(IssueRequest.of("KH", "Tổ chức hội nghị tiếp xúc cử tri",
                    LocalDate.of(2026, 3, 2), null));
            filling.documentRegister().issue(IssueRequest.of("BC", "Tổng hợp ý kiến cử tri", LocalDate.of(2026, 3, 20),
                    null));
            filling.documentRegister().cancel(2026, 2, "Làm lại");
        }
    }

    private AppContext context;
    private FxTaskExecutor executor;
    private final List<Path> answers = new ArrayList<>();
    private final List<String> suggested = new ArrayList<>();

    @Start
    void start(Stage stage) {
        context = TestContexts.open(folder.resolve("data"));
        Dialogs dialogs = new Dialogs(context.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        DocumentRegisterView view = new DocumentRegisterView(new DocumentRegisterViewModel(context.documentRegister(),
                context.messages(), executor, Clock.systemDefaultZone()), context.messages(), dialogs,
                (owner, name) -> {
                    suggested.add(name);
                    return answers.isEmpty() ? Optional.empty() : Optional.of(answers.remove(0));
                });
        stage.setScene(new Scene(view.root(), 1280, 720));
        stage.show();
        view.viewModel().yearProperty().set(2026);
    }

    @AfterEach
    void close() {
        executor.close();
        context.close();
    }

    private String status(FxRobot robot) {
        return FxTestSupport.onFx(() -> robot.lookup("#registerStatusLabel").queryAs(Label.class).getText());
    }

    /** Writing a file loads POI the first time: on a busy machine longer than a screen's usual wait. */
    private static void waitLong(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(90, java.util.concurrent.TimeUnit.SECONDS, condition);
    }

    @Test
    void theBookIsWrittenToTheChosenWordAndExcelFiles(FxRobot robot) throws Exception {
        TableView<RegisteredDocument> table = robot.lookup("#documentTable").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() == 2);

        robot.clickOn("#bookButton");
        assertThat(suggested).containsExactly("So-van-ban-di-2026.docx");
        assertThat(status(robot)).as("nothing chosen, nothing written").startsWith("Năm 2026: 2 số");

        Path word = folder.resolve("so 2026.docx");
        Path excel = folder.resolve("so 2026.xlsx");
        answers.add(word);
        robot.clickOn("#bookButton");
        waitLong(() -> status(robot).startsWith("Đã ghi sổ"));
        assertThat(status(robot)).isEqualTo("Đã ghi sổ văn bản đi năm 2026 ra " + word.toAbsolutePath());
        try (InputStream in = Files.newInputStream(word); XWPFDocument docx = new XWPFDocument(in)) {
            var rows = docx.getTables().get(0).getRows();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(3).getCell(0).getText()).isEqualTo("02/BC-MTTQ-BTT");
            assertThat(rows.get(3).getCell(9).getText()).endsWith(": Làm lại");
        }
        answers.add(excel);
        robot.clickOn("#bookButton");
        waitLong(() -> status(robot).endsWith(excel.toAbsolutePath().toString()));
        try (InputStream in = Files.newInputStream(excel); Workbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Sổ văn bản đi 2026");
        }
    }
}
