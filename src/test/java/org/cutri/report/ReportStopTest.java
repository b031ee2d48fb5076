package org.cutri.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.ui.Dialogs;
import org.cutri.round.ContactRound;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.Hold;
import org.cutri.testing.Pickers;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Dừng" on the report screen's long file work stops the work itself (issue 7): saving as Word, Excel or PDF
 * leaves no half-written file and keeps the older file of that name; preparing the preview stops reading the
 * round. The reading of the round is held at its first progress report, so each step is certain without timing.
 */
@ExtendWith(ApplicationExtension.class)
class ReportStopTest {

    private static final byte[] OLD_FILE = "bản báo cáo cũ, phải còn nguyên".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private AppContext context;
    private FxTaskExecutor executor;
    private HeldReports reports;
    private ContactRound round;
    private Path out;
    private volatile Path target;
    private Hold last;

    /** The real report service; when armed, its next reading of a round holds at its first progress report. */
    static final class HeldReports extends ReportService {
        volatile Hold hold;
        final AtomicBoolean stoppedByCancel = new AtomicBoolean();

        HeldReports(AppContext c) {
            super(c.database().jdbi(), c.rounds(), c.meetings(), c.opinions(), c.groups(), c.commune(),
                    c.documentNumbers(), c.provinceReports());
        }

        Hold arm() {
            stoppedByCancel.set(false);
            hold = new Hold();
            return hold;
        }

        @Override
        public ReportInput input(int roundId, TaskMonitor monitor) {
            Hold armed = hold;
            if (armed == null) {
                return super.input(roundId, monitor);
            }
            hold = null;
            try {
                return super.input(roundId, armed.atFirstProgress(monitor));
            } catch (CancellationException e) {
                stoppedByCancel.set(true);
                throw e;
            }
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        context = TestContexts.open(folder.resolve("data"));
        context.demo().load(false);
        round = context.rounds().list().stream().filter(r -> r.name().contains("sau kỳ họp thứ 2")).findFirst()
                .orElseThrow();
        // the round's groups are reviewed, so a save asks only about the opinion typed without diacritics
        context.groups().suggest(round.id()).forEach(context.groups()::accept);
        out = Files.createDirectories(folder.resolve("bao-cao"));
        Dialogs dialogs = new Dialogs(context.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        reports = new HeldReports(context);
        ReportViewModel viewModel = new ReportViewModel(context.rounds(), context.opinions(), context.groups(),
                reports, context.office(), context.messages(), executor, Clock.systemDefaultZone());
        ReportView view = new ReportView(viewModel, context.messages(), executor, dialogs,
                (owner, initialName, filter, pattern) -> Optional.of(target));
        stage.setScene(new Scene(view.root(), 1280, 760));
        stage.show();
        view.activate();
    }

    @AfterEach
    void close() {
        if (last != null) {
            last.release();
        }
        executor.close();
        context.close();
    }

    private void openRound(FxRobot robot) {
        Pickers.pick(robot, "#roundBox", "sau ky hop thu 2");
        Label status = robot.lookup("#statusLabel").query();
        ProgressBar progress = robot.lookup("#progressBar").query();
        FxTestSupport.waitUntil(() -> status.getText().startsWith("Đã tải") && !robot.lookup("#progressBox").query().isVisible());
    }

    /** Starts the work with the button, holds it at its first progress report, clicks "Dừng", lets it go on. */
    private void startAndStop(FxRobot robot, String button) {
        last = reports.arm();
        robot.clickOn(button);
        answerQuestions(robot);
        last.awaitReached();
        Button cancel = robot.lookup("#stopButton").query();
        ProgressBar progress = robot.lookup("#progressBar").query();
        FxTestSupport.waitUntil(() -> cancel.isVisible() && progress.getProgress() > 0);
        assertThat(progress.getProgress()).as("the bar shows how far it got").isLessThan(0.5);

        robot.clickOn(cancel);
        Label status = robot.lookup("#statusLabel").query();
        FxTestSupport.waitUntil(() -> status.getText().equals("Đang dừng…") && cancel.isDisabled());
        last.release();
    }

    /**
     * Answers what the screen asks before a save or a preview: the demo's opinion typed without diacritics (go
     * on). The groups were reviewed and the July round is over: nothing else is asked.
     */
    private static void answerQuestions(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmYesButton").tryQuery().isPresent());
        robot.clickOn("#confirmYesButton");
    }

    private List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void stoppingASaveWritesNoFileAndKeepsTheOldOneInEachFormat(FxRobot robot) throws IOException {
        openRound(robot);
        Label status = robot.lookup("#statusLabel").query();
        for (String[] format : new String[][] {{"#wordButton", "docx"}, {"#excelButton", "xlsx"},
                {"#pdfButton", "pdf"}}) {
            String name = "bao-cao." + format[1];
            target = out.resolve(name);
            Files.write(target, OLD_FILE);

            startAndStop(robot, format[0]);

            FxTestSupport.waitUntil(() -> status.getText().startsWith("Đã dừng lưu " + name + "."));
            assertThat(status.getText()).contains("tệp cũ cùng tên (nếu có) vẫn giữ nguyên");
            assertThat(reports.stoppedByCancel).as("the reading stopped at its next check").isTrue();
            assertThat(last.reportsAfterStop()).as("no meeting was read after the stop").isZero();
            assertThat(Files.readAllBytes(target)).as("the old %s is untouched", name).isEqualTo(OLD_FILE);
            assertThat(filesIn(out)).as("no half-written or temporary file is left").containsExactly(name);
            assertThat(reports.issued(round.id())).as("a stopped save takes no report number").isEmpty();
            assertThat(robot.lookup("#stopButton").queryAs(Button.class).isVisible()).isFalse();
            assertThat(robot.lookup(format[0]).queryAs(Button.class).isDisabled()).isFalse();
            Files.delete(target);
        }

        // not stopped, the same button writes the file; saving never takes the report's number (only "Ban hành")
        target = out.resolve("bao-cao.xlsx");
        Files.write(target, OLD_FILE);
        robot.clickOn("#excelButton");
        answerQuestions(robot);
        FxTestSupport.waitUntil(() -> status.getText().equals("Đã lưu bao-cao.xlsx"));
        byte[] written = Files.readAllBytes(target);
        assertThat(new String(written, 0, 2, StandardCharsets.ISO_8859_1)).as("a zip (xlsx)").isEqualTo("PK");
        assertThat(filesIn(out)).containsExactly("bao-cao.xlsx");
        assertThat(reports.issued(round.id())).as("a saved report not issued has no number").isEmpty();
    }

    @Test
    void stoppingThePreviewStopsReadingTheRoundAndOpensNoWindow(FxRobot robot) {
        openRound(robot);
        int windows = robot.listWindows().size();

        startAndStop(robot, "#previewButton");

        Label status = robot.lookup("#statusLabel").query();
        FxTestSupport.waitUntil(() -> status.getText().equals("Đã dừng chuẩn bị bản xem trước."));
        assertThat(reports.stoppedByCancel).as("the preparation stopped at its next check").isTrue();
        assertThat(last.reportsAfterStop()).isZero();
        assertThat(robot.listWindows()).as("no preview window").hasSize(windows);
        assertThat(reports.issued(round.id())).as("a stopped preview takes no report number").isEmpty();
        assertThat(robot.lookup("#previewButton").queryAs(Button.class).isDisabled()).isFalse();
    }
}
