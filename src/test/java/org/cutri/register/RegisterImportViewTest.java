package org.cutri.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cutri.register.RegisterImportServiceTest.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.cutri.hamlet.Hamlet;
import org.cutri.testing.FxTestSupport;
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
 * The register import from the window over the hamlets screen: a workbook with bad rows is refused with
 * every row to fix listed and nothing stored; the office's example is imported, counted in the dialog,
 * stored and listed.
 */
@ExtendWith(ApplicationExtension.class)
class RegisterImportViewTest {

    @TempDir
    static Path folder;

    private Path files;
    private Stage stage;
    private TestWindow window;
    /** What the file chooser gives next, as the user would pick it. */
    private final Deque<Path> picked = new ArrayDeque<>();

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        files = Files.createDirectories(folder.resolve("files-" + System.nanoTime()));
        window = TestWindow.open(stage, TestContexts.open(files.resolve("data")));
    }

    @AfterEach
    void close() {
        window.close();
    }

    /** As the sidebar's "Nhập sổ đăng ký từ Excel…" does, with the picked file instead of the system's chooser. */
    private Node importPicked(FxRobot robot, Path file) {
        picked.add(file);
        RegisterImportView view = new RegisterImportView(new RegisterImportViewModel(window.context().registerImport(),
                window.context().messages(), window.executor()), window.context().messages(),
                owner -> Optional.ofNullable(picked.poll()));
        Platform.runLater(() -> view.chooseAndImport(stage, window.view()::refreshShownScreen));
        FxTestSupport.waitUntil(() -> robot.lookup("#problemTable").tryQuery().isPresent());
        return robot.lookup("#problemTable").query().getScene().getRoot();
    }

    @Test
    void badRowsAreListedAndNothingIsStoredThenTheExampleIsImportedAndListed(FxRobot robot) throws IOException {
        TableView<Hamlet> hamlets = robot.lookup("#table").queryTableView();
        Path bad = RegisterImportServiceTest.workbook(files, "sai.xlsx",
                new Object[] {"Thôn", row("Tên", "Loại", "Đơn vị bầu cử"), row("Thôn Đồng Tâm", "Thôn", 1),
                        row("Làng Cũ", "Làng", 2)},
                new Object[] {"Đại biểu", row("Họ tên", "Cấp", "Đơn vị bầu cử"), row("Trần Văn Khải", "", 1)});

        Node dialog = importPicked(robot, bad);
        Label summary = robot.from(dialog).lookup("#summaryLabel").queryAs(Label.class);
        TableView<RegisterProblem> problems = robot.from(dialog).lookup("#problemTable").queryTableView();
        assertThat(summary.getText()).startsWith("Chưa nhập gì: tệp có 2 chỗ cần sửa.");
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getItems()).extracting(RegisterProblem::sheet, RegisterProblem::row)
                .containsExactly(tuple("Thôn", 3), tuple("Đại biểu", 2));
        assertThat(problems.getVisibleLeafColumns().get(2).getCellData(0)).asString().startsWith("Loại “Làng” không rõ.");
        assertThat(window.context().hamlets().list()).isEmpty();
        assertThat(window.context().deputies().list()).isEmpty();
        robot.clickOn(robot.from(dialog).lookup("Đồng ý").queryButton());
        FxTestSupport.waitUntil(() -> robot.lookup("#problemTable").tryQuery().isEmpty());

        Node second = importPicked(robot, RegisterImportServiceTest.example(files));
        Label imported = robot.from(second).lookup("#summaryLabel").queryAs(Label.class);
        int stored = window.context().hamlets().list().size();
        assertThat(stored).isPositive();
        assertThat(imported.getText()).startsWith("Đã nhập " + stored + " thôn, xóm, "
                + window.context().deputies().list().size() + " đại biểu");
        assertThat(robot.from(second).lookup("#problemTable").query().isVisible()).isFalse();
        robot.clickOn(robot.from(second).lookup("Đồng ý").queryButton());

        FxTestSupport.waitUntil(() -> hamlets.getItems().size() == stored);
        assertThat(hamlets.getItems()).extracting(Hamlet::name)
                .containsExactlyInAnyOrderElementsOf(window.context().hamlets().list().stream().map(Hamlet::name).toList());
    }
}
