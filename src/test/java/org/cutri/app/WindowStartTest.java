package org.cutri.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.cutri.hamlet.Hamlet;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The program's start as the secretary sees it: the main window is there at once, says it is opening
 * the data while the database is still opening (held here by a latch), then shows the commune.
 */
@ExtendWith(ApplicationExtension.class)
class WindowStartTest {

    private static final String PLAIN_TITLE = "cutri — Tiếp xúc cử tri";

    @TempDir
    static Path folder;

    private final CountDownLatch databaseMayOpen = new CountDownLatch(1);
    private final Thread.UncaughtExceptionHandler uncaughtBefore = Thread.getDefaultUncaughtExceptionHandler();
    private CutriApplication application;
    private Stage stage;
    private Path data;

    @Start
    void start(Stage window) {
        stage = window;
        data = folder.resolve("data-" + System.nanoTime());
    }

    @AfterEach
    void stop() {
        databaseMayOpen.countDown();
        if (application != null) {
            application.stop();
        }
        // The application sets the process-wide handler; other test classes run in this JVM after this one.
        Thread.setDefaultUncaughtExceptionHandler(uncaughtBefore);
    }

    @Test
    void theWindowShowsBeforeTheDataIsOpenThenTheCommuneAndItsHamlets(FxRobot robot) {
        try (AppContext demo = TestContexts.open(data)) {
            demo.demo().load(false);
        }
        startWithSlowDatabase(robot);

        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo(PLAIN_TITLE);
        assertThat(robot.lookup("#openingLabel").queryLabeled().getText()).isEqualTo("Đang mở dữ liệu…");
        assertThat(robot.lookup("#nav-hamlets").query().isDisabled()).as("no area before the data is open").isTrue();
        assertThat(robot.lookup(".table-view").tryQuery()).as("no empty list while opening").isEmpty();

        databaseMayOpen.countDown();

        TableView<?> table = waitForTable(robot);
        FxTestSupport.waitUntil(() -> table.getItems().size() == 12 && stage.getTitle().contains("Tân Phúc"));
        assertThat(robot.lookup("#openingPane").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-hamlets").query().isDisabled()).isFalse();
        assertThat(openWindows(robot)).as("no error dialog").containsExactly(stage);
        FxTestSupport.waitUntil(() -> stage.getIcons().size() == MainWindow.ICON_SIZES.size());
        try (AppContext stored = reopenAfterClosing()) {
            assertThat(table.getItems()).extracting(row -> ((Hamlet) row).name())
                    .containsExactlyInAnyOrderElementsOf(stored.hamlets().list().stream().map(Hamlet::name).toList());
        }
    }

    @Test
    void onEmptyDataTheDemoIsOfferedOnceTheDataIsOpenAndLoadsIntoTheWindow(FxRobot robot) {
        startWithSlowDatabase(robot);
        assertThat(robot.lookup("#demoLoadButton").tryQuery()).isEmpty();

        databaseMayOpen.countDown();

        FxTestSupport.waitUntil(() -> robot.lookup("#demoLoadButton").tryQuery().isPresent());
        robot.clickOn("#demoLoadButton");
        TableView<?> table = waitForTable(robot);
        FxTestSupport.waitUntil(() -> table.getItems().size() == 12 && stage.getTitle().contains("Tân Phúc"));
        try (AppContext stored = reopenAfterClosing()) {
            assertThat(stored.hamlets().list()).hasSize(12);
        }
    }

    @Test
    void theDataStartsOpeningBeforeTheWindowIsBuiltAndTheWindowStillShowsItIsOpeningThenTheCommune(FxRobot robot)
            throws InterruptedException {
        try (AppContext demo = TestContexts.open(data)) {
            demo.demo().load(false);
        }
        CountDownLatch openingStarted = new CountDownLatch(1);
        List<Thread> openedOn = new java.util.concurrent.CopyOnWriteArrayList<>();

        // As the program starts: the opening is under way before start() builds the window (the toolkit's start).
        application = CutriApplication.openingNow(data, (dir, messages) -> {
            openedOn.add(Thread.currentThread());
            openingStarted.countDown();
            return holdThenOpen(dir, messages);
        }, () -> { });
        assertThat(openingStarted.await(30, TimeUnit.SECONDS)).as("the data opens before the window is built").isTrue();
        assertThat(openedOn).singleElement().satisfies(thread -> assertThat(thread.getName()).isEqualTo("cutri-data-opening"));

        robot.interact(() -> application.start(stage));
        FxTestSupport.waitUntil(() -> stage.isShowing());
        assertThat(stage.getTitle()).isEqualTo(PLAIN_TITLE);
        assertThat(robot.lookup("#openingLabel").queryLabeled().getText()).isEqualTo("Đang mở dữ liệu…");
        assertThat(robot.lookup("#nav-hamlets").query().isDisabled()).isTrue();
        assertThat(robot.lookup(".table-view").tryQuery()).isEmpty();

        databaseMayOpen.countDown();

        TableView<?> table = waitForTable(robot);
        FxTestSupport.waitUntil(() -> table.getItems().size() == 12 && stage.getTitle().contains("Tân Phúc"));
        assertThat(robot.lookup("#openingPane").tryQuery()).isEmpty();
        assertThat(openWindows(robot)).as("no error dialog").containsExactly(stage);
        assertThat(openedOn).as("opened once").hasSize(1);
        try (AppContext stored = reopenAfterClosing()) {
            assertThat(table.getItems()).extracting(row -> ((Hamlet) row).name())
                    .containsExactlyInAnyOrderElementsOf(stored.hamlets().list().stream().map(Hamlet::name).toList());
        }
    }

    @Test
    void dataOpenedBeforeTheFirstFrameStillLetsThatFrameSayItIsOpeningThenShowsTheHamletsWithTheirRowsAtOnce(
            FxRobot robot) {
        try (AppContext demo = TestContexts.open(data)) {
            demo.demo().load(false);
        }
        CountDownLatch opened = new CountDownLatch(1);
        application = CutriApplication.openingNow(data, (dir, messages) -> {
            // as the program opens it: the data, then the first screen's reads ahead of time
            AppContext context = CutriApplication.openForWindow(dir, messages);
            opened.countDown();
            return context;
        }, () -> { });
        // The worst case: the data is open before the window is even built (a fast disk, a busy FX thread), so
        // the worker hands it over while start() is still building the window, ahead of the first frame.
        awaitOnThisThread(opened);
        List<String> frames = new java.util.concurrent.CopyOnWriteArrayList<>();

        robot.interact(() -> {
            stage.sceneProperty().addListener((obs, old, scene) -> scene.addPostLayoutPulseListener(() -> {
                javafx.scene.Node table = scene.lookup("#table");
                frames.add(scene.lookup("#openingLabel") != null ? "opening"
                        : table instanceof TableView<?> rows ? "hamlets " + rows.getItems().size() : "other");
            }));
            application.start(stage);
            awaitDatabaseWorkerIdle();
        });

        TableView<?> table = waitForTable(robot);
        FxTestSupport.waitUntil(() -> table.getItems().size() == 12 && stage.getTitle().contains("Tân Phúc"));
        assertThat(frames.get(0)).as("the first frame says the data is opening").isEqualTo("opening");
        assertThat(frames.stream().filter(frame -> frame.startsWith("hamlets")).findFirst())
                .as("the hamlets screen's first frame already holds the rows read ahead of time, never an empty list")
                .hasValue("hamlets 12");
        assertThat(openWindows(robot)).as("no error dialog").containsExactly(stage);

        // The rows read ahead of time are shown once: the next visit of the hamlets reads what is stored now.
        awaitDatabaseWorkerIdle();
        robot.interact(() -> { });
        application.openedData().hamlets().create(new org.cutri.hamlet.HamletDraft("Xóm Gò Mới",
                org.cutri.hamlet.HamletKind.XOM, null, null, null));
        FxTestSupport.openArea(robot, "#nav-deputies");
        FxTestSupport.openArea(robot, "#nav-hamlets");
        TableView<?> again = waitForTable(robot);
        FxTestSupport.waitUntil(() -> again.getItems().size() == 13);
        try (AppContext stored = reopenAfterClosing()) {
            assertThat(again.getItems()).extracting(row -> ((Hamlet) row).name())
                    .containsExactlyInAnyOrderElementsOf(stored.hamlets().list().stream().map(Hamlet::name).toList())
                    .contains("Xóm Gò Mới");
        }
    }

    private static void awaitOnThisThread(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the window's database worker has handed its result over and waits for more work. */
    private static void awaitDatabaseWorkerIdle() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Thread.getAllStackTraces().entrySet().stream()
                .filter(entry -> entry.getKey().getName().startsWith("cutri-database-"))
                .allMatch(entry -> java.util.Arrays.stream(entry.getValue())
                        .anyMatch(frame -> frame.getMethodName().equals("getTask")))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the database worker never became idle");
            }
            Thread.onSpinWait();
        }
    }

    /** Starts the real application on the test's stage; its database opens only once the latch is released. */
    private void startWithSlowDatabase(FxRobot robot) {
        application = new CutriApplication(data, this::holdThenOpen);
        robot.interact(() -> application.start(stage));
        FxTestSupport.waitUntil(() -> stage.isShowing());
    }

    /** Opens the data once the test lets it (the latch). */
    private AppContext holdThenOpen(Path dir, org.cutri.common.i18n.Messages messages) {
        try {
            if (!databaseMayOpen.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the database open");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return AppContext.open(dir, messages);
    }

    private static TableView<?> waitForTable(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#table").tryQuery().isPresent());
        return robot.lookup("#table").queryTableView();
    }

    private static List<Window> openWindows(FxRobot robot) {
        return robot.listWindows().stream().filter(Window::isShowing).toList();
    }

    /** The data as stored: the window's database is closed first (H2 allows one program per file). */
    private AppContext reopenAfterClosing() {
        application.stop();
        application = null;
        return TestContexts.open(data);
    }
}
