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
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.common.task.TaskMonitor;
import org.cutri.hamlet.Hamlet;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.Hold;
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
 * stored and listed. "Dừng" while it stores the rows stores nothing, and the same file imports afterwards.
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
        Node dialog = startImport(robot, file, window.context().registerImport());
        FxTestSupport.waitUntil(() -> !robot.from(dialog).lookup("#progressBox").query().isVisible());
        return dialog;
    }

    /** Starts importing the file with {@code service}; returns the dialog showing its progress. */
    private Node startImport(FxRobot robot, Path file, RegisterImportService service) {
        picked.add(file);
        RegisterImportView view = new RegisterImportView(new RegisterImportViewModel(service,
                window.context().messages(), window.executor()), window.context().messages(),
                owner -> Optional.ofNullable(picked.poll()));
        Platform.runLater(() -> view.chooseAndImport(stage, window.view()::refreshShownScreen));
        FxTestSupport.waitUntil(() -> robot.lookup("#problemTable").tryQuery().isPresent());
        return robot.lookup("#problemTable").query().getScene().getRoot();
    }

    /** The real import; it holds once it has stored a third of the rows (inside the transaction). */
    static final class HeldImport extends RegisterImportService {
        final Hold hold = new Hold();
        final AtomicBoolean rolledBack = new AtomicBoolean();

        HeldImport(AppContext c) {
            super(c.database().jdbi(), c.councils(), c.constituencies(), c.hamlets(), c.deputies());
        }

        @Override
        public RegisterImportResult importFile(Path file, TaskMonitor monitor) {
            try {
                return super.importFile(file, hold.atProgressPast(monitor, 0.3));
            } catch (CancellationException e) {
                rolledBack.set(true);
                throw e;
            }
        }
    }

    @Test
    void stoppingTheImportStoresNothingAndSaysSoThenTheFileImports(FxRobot robot) throws IOException {
        TableView<Hamlet> hamlets = robot.lookup("#table").queryTableView();
        Path file = RegisterImportServiceTest.example(files);
        HeldImport held = new HeldImport(window.context());
        try {
            Node dialog = startImport(robot, file, held);
            held.hold.awaitReached();
            Label summary = robot.from(dialog).lookup("#summaryLabel").queryAs(Label.class);
            Button stop = robot.from(dialog).lookup("#stopButton").queryButton();
            FxTestSupport.waitUntil(() -> stop.isVisible()
                    && summary.getText().equals("Đang nhập sổ đăng ký từ so-dang-ky.xlsx…"));
            assertThat(robot.from(dialog).lookup("#progressBar").queryAs(ProgressBar.class).getProgress())
                    .isGreaterThanOrEqualTo(0.3);
            assertThat(robot.from(dialog).lookup("Đồng ý").queryButton().isDisabled()).as("Dừng is the way out")
                    .isTrue();
            robot.clickOn(stop);
            held.hold.release();

            FxTestSupport.waitUntil(() -> summary.getText().equals("Đã dừng nhập sổ đăng ký. Chưa nhập gì: danh sách "
                    + "thôn, xóm và đại biểu vẫn như trước."));
            assertThat(held.rolledBack).as("stopped inside the transaction").isTrue();
            assertThat(window.context().hamlets().list()).as("no hamlet stored").isEmpty();
            assertThat(window.context().deputies().list()).as("no deputy stored").isEmpty();
            assertThat(window.context().councils().currentTerm()).as("no term created").isEmpty();
            assertThat(robot.from(dialog).lookup("#progressBox").query().isVisible()).isFalse();
            assertThat(hamlets.getItems()).isEmpty();
            robot.clickOn(robot.from(dialog).lookup("Đồng ý").queryButton());
        } finally {
            held.hold.release();
        }

        Node again = importPicked(robot, file);
        int stored = window.context().hamlets().list().size();
        assertThat(stored).isPositive();
        assertThat(robot.from(again).lookup("#summaryLabel").queryAs(Label.class).getText())
                .startsWith("Đã nhập " + stored + " thôn, xóm");
        robot.clickOn(robot.from(again).lookup("Đồng ý").queryButton());
        FxTestSupport.waitUntil(() -> hamlets.getItems().size() == stored);
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
