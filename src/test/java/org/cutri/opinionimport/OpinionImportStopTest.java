package org.cutri.opinionimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.cutri.opinion.OpinionListItem;
import org.cutri.round.ContactRound;
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
 * "Dừng" in the opinion import dialog (issue 7) stops the import while it stores the rows: the transaction is
 * rolled back, no opinion of the file is stored, and "Nhập" then imports the same file completely. The import
 * is held after it has begun storing, until the test has clicked "Dừng".
 */
@ExtendWith(ApplicationExtension.class)
class OpinionImportStopTest {

    @TempDir
    Path folder;

    private TestWindow window;
    private Stage stage;
    private ContactRound round;
    private HeldImport service;
    private Path file;

    /** The real import; its first import holds once it has begun storing the rows. */
    static final class HeldImport extends OpinionImportService {
        final Hold hold = new Hold();
        final AtomicBoolean rolledBack = new AtomicBoolean();
        private boolean first = true;

        HeldImport(AppContext c) {
            super(c.database().jdbi(), c.rounds(), c.meetings(), c.hamlets(), c.opinions());
        }

        @Override
        public OpinionImportResult importFile(Path file, int roundId, boolean withNames, TaskMonitor monitor) {
            if (!first) {
                return super.importFile(file, roundId, withNames, monitor);
            }
            first = false;
            try {
                // the preview is the first half; past it, the rows are being stored
                return super.importFile(file, roundId, withNames, hold.atProgressPast(monitor, 0.5));
            } catch (CancellationException e) {
                rolledBack.set(true);
                throw e;
            }
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        AppContext context = TestContexts.open(folder.resolve("data"));
        round = OpinionImportFixtures.roundWithMeetings(context, folder);
        file = Files.writeString(folder.resolve("y-kien.csv"), "Thôn;Nội dung\r\n"
                + "Thôn Đồng Tâm;Đề nghị sửa đường liên thôn\r\n"
                + "Hợp Nhất;Đề nghị lắp đèn đường\r\n"
                + "thon tan lap;Đề nghị nạo vét kênh\r\n", StandardCharsets.UTF_8);
        service = new HeldImport(context);
        window = TestWindow.open(stage, context);
    }

    @AfterEach
    void close() {
        service.hold.release();
        window.close();
    }

    private List<OpinionListItem> stored() {
        return window.context().opinions().listItems(round.id());
    }

    @Test
    void aStoppedImportStoresNothingAndTheSameFileImportsAfterwards(FxRobot robot) {
        OpinionImportViewModel viewModel = new OpinionImportViewModel(service, window.context().rounds(),
                window.context().messages(), window.executor());
        OpinionImportView view = new OpinionImportView(viewModel, window.context().messages(),
                owner -> Optional.of(file));
        Platform.runLater(() -> view.show(stage, () -> { }));
        FxTestSupport.waitUntil(() -> robot.lookup("#opinionImportButton").tryQuery().isPresent());
        Node dialog = robot.lookup("#opinionImportButton").query().getScene().getRoot();
        FxTestSupport.waitUntil(() -> !robot.from(dialog).lookup("#chooseButton").queryButton().isDisabled());
        robot.clickOn(robot.from(dialog).lookup("#chooseButton").queryButton());
        TableView<OpinionImportRow> rows = robot.from(dialog).lookup("#rowTable").queryTableView();
        Label summary = robot.from(dialog).lookup("#summaryLabel").queryAs(Label.class);
        FxTestSupport.waitUntil(() -> rows.getItems().size() == 3
                && summary.getText().startsWith("Tệp có 3 ý kiến"));
        Node importButton = robot.lookup("#opinionImportButton").query();

        robot.clickOn(importButton);
        service.hold.awaitReached();
        Button cancel = robot.from(dialog).lookup("#stopButton").queryButton();
        ProgressBar progress = robot.from(dialog).lookup("#progressBar").query();
        FxTestSupport.waitUntil(() -> cancel.isVisible() && progress.getProgress() > 0.5);
        robot.clickOn(cancel);
        service.hold.release();

        FxTestSupport.waitUntil(() -> summary.getText().equals("Đã dừng. Chưa nhập gì."));
        assertThat(service.rolledBack).as("stopped inside the transaction").isTrue();
        assertThat(stored()).as("nothing stored").isEmpty();
        assertThat(robot.from(dialog).lookup("#progressBox").query().isVisible()).as("no progress or stop shown")
                .isFalse();
        assertThat(importButton.isDisabled()).as("the file can be imported again").isFalse();

        robot.clickOn(importButton);
        FxTestSupport.waitUntil(() -> summary.getText().equals("Đã nhập 3 ý kiến."));
        assertThat(stored()).extracting(OpinionListItem::content)
                .containsExactlyInAnyOrder("Đề nghị sửa đường liên thôn", "Đề nghị lắp đèn đường",
                        "Đề nghị nạo vét kênh");
        robot.clickOn("Đóng");
    }
}
