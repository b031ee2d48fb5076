package org.cutri.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.opinion.Choice;
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
 * "Dừng" on the hand-over screen (issue 7) stops the work through the task layer: stopped while the report
 * files are made, they stop being written and the package takes no number; stopped while the package is
 * written, no half-written .zip (nor .part) is left on the stick. Each stop is certain: the work is held at a
 * latch until the test has clicked "Dừng".
 */
@ExtendWith(ApplicationExtension.class)
class HandOverStopTest {

    @TempDir
    Path folder;

    private AppContext context;
    private FxTaskExecutor executor;
    private Path stick;
    private ContactRound round;
    private final Hold hold = new Hold();
    private volatile boolean holdReports;
    private volatile boolean holdWriting;
    private final AtomicBoolean reportsStopped = new AtomicBoolean();

    @Start
    void start(Stage stage) throws IOException {
        context = TestContexts.open(folder.resolve("xa"));
        context.demo().load(false);
        round = context.rounds().list().stream().max(java.util.Comparator.comparing(ContactRound::startDate))
                .orElseThrow();
        stick = Files.createDirectories(folder.resolve("usb"));
        Dialogs dialogs = new Dialogs(context.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        HandOverViewModel.ReportMaker reports = (roundId, monitor) -> {
            if (holdReports) {
                hold.here();
            }
            try {
                return context.reportFiles().forPackage(roundId, monitor);
            } catch (CancellationException e) {
                reportsStopped.set(true);
                throw e;
            }
        };
        PackageWriter writer = new PackageWriter(new PackageReader(), f -> Long.MAX_VALUE, this::holdingSink);
        HandOverViewModel viewModel = new HandOverViewModel(context.rounds(), context.packageExporter(), writer,
                List::of, reports, context.messages(), executor, javafx.application.Platform::runLater);
        HandOverView view = new HandOverView(viewModel, context.messages(), dialogs, (owner, title) -> Optional.of(stick));
        stage.setScene(new Scene(view.root(), 1280, 720));
        dialogs.setOwner(stage);
        stage.show();
        view.activate();
    }

    @AfterEach
    void close() {
        hold.release();
        executor.close();
        context.close();
    }

    /** The file on the stick as the program writes it, holding after its first bytes (when asked to). */
    private PackageWriter.Sink holdingSink(Path path) throws IOException {
        PackageWriter.Sink file = PackageWriter.openChannel(path);
        return new PackageWriter.Sink() {
            @Override
            public void write(ByteBuffer bytes) throws IOException {
                file.write(bytes);
                if (holdWriting) {
                    hold.here();
                }
            }

            @Override
            public void force() throws IOException {
                file.force();
            }

            @Override
            public void close() throws IOException {
                file.close();
            }
        };
    }

    private void chooseRoundAndStick(FxRobot robot) {
        SearchableComboBox<Choice<Integer>> rounds = Pickers.picker(robot, "#roundBox");
        FxTestSupport.waitUntil(() -> rounds.getValue() != null && rounds.getValue().value() == round.id());
        robot.clickOn("#chooseFolderButton");
        FxTestSupport.waitUntil(() -> !robot.lookup("#writeButton").queryButton().isDisabled());
    }

    private void clickStopWhileHeld(FxRobot robot) {
        hold.awaitReached();
        Button cancel = robot.lookup("#stopButton").queryButton();
        FxTestSupport.waitUntil(cancel::isVisible);
        robot.clickOn(cancel);
        FxTestSupport.waitUntil(() -> status(robot).equals("Đang dừng…") && cancel.isDisabled());
        hold.release();
        FxTestSupport.waitUntil(() -> status(robot).equals("Đã dừng. Không để lại tệp ghi dở."));
        assertThat(cancel.isVisible()).isFalse();
        assertThat(robot.lookup("#writeButton").queryButton().isDisabled()).isFalse();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#statusLabel").queryAs(Labeled.class).getText();
    }

    private List<String> onTheStick() throws IOException {
        try (Stream<Path> files = Files.list(stick)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    private Optional<Integer> lastSequence() {
        return context.database().jdbi().withHandle(handle -> handle
                .createQuery("SELECT last_sequence FROM package_sequence WHERE round_id = :id").bind("id", round.id())
                .mapTo(Integer.class).findOne());
    }

    @Test
    void stoppedWhileTheReportsAreMadeNothingIsWrittenAndNoNumberIsTaken(FxRobot robot) throws IOException {
        chooseRoundAndStick(robot);
        holdReports = true;
        robot.clickOn("#writeButton");

        clickStopWhileHeld(robot);

        assertThat(reportsStopped).as("the report files stopped being made").isTrue();
        assertThat(onTheStick()).isEmpty();
        assertThat(lastSequence()).as("a stopped package takes no number").isEmpty();
    }

    @Test
    void stoppedWhileWritingLeavesNoHalfWrittenPackageAndTheNextOneIsWritten(FxRobot robot) throws IOException {
        chooseRoundAndStick(robot);
        holdWriting = true;
        robot.clickOn("#writeButton");

        clickStopWhileHeld(robot);
        assertThat(onTheStick()).as("no .zip and no .part left").isEmpty();

        robot.clickOn("#writeButton");
        FxTestSupport.waitUntil(() -> status(robot).startsWith("Đã ghi và kiểm tra xong"));
        ProgressBar progress = robot.lookup("#progressBar").query();
        assertThat(progress.getProgress()).isEqualTo(1.0);
        assertThat(onTheStick()).singleElement().satisfies(name -> assertThat(name).endsWith(".zip"));
        robot.clickOn("Đóng");
    }
}
