package org.cutri.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.app.MainView;
import org.cutri.app.MainWindow;
import org.cutri.common.db.BackupInfo;
import org.cutri.common.db.Backups;
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

/**
 * An office that tried the demo commune in its real data folder clears it from the window to start its real work:
 * the window says over every screen that the data is invented, asks before clearing (a hasty Enter keeps it), backs
 * the data up, and leaves an empty office whose profile opens first.
 */
@ExtendWith(ApplicationExtension.class)
class DemoClearViewTest {

    @TempDir
    static Path folder;

    private AppContext context;
    private FxTaskExecutor executor;

    /** The demo is loaded before the window's setup (which has a time limit), as the first start loaded it. */
    @BeforeAll
    static void loadTheDemo() {
        try (AppContext tried = TestContexts.open(folder.resolve("data"))) {
            tried.demo().load(false, true);
        }
    }

    @Start
    void start(Stage stage) {
        context = TestContexts.open(folder.resolve("data"));
        Dialogs dialogs = new Dialogs(context.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        MainView view = MainWindow.open(stage, context, executor, dialogs);
        MainWindow.offerDemoWhenEmpty(view);
    }

    @AfterEach
    void close() {
        executor.close();
        context.close();
    }

    @Test
    void theDemoIsSaidOverEveryScreenAndClearedOnlyOnYesAfterABackup(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#demoBanner").tryQuery().isPresent());
        assertThat(robot.lookup("#demoBanner .label").queryAs(Labeled.class).getText()).contains("bịa đặt");
        robot.clickOn("#nav-hamlets");
        TableView<?> hamlets = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> hamlets.getItems().size() == 12);
        // Another screen: the banner stays.
        robot.clickOn("#nav-deputies");
        assertThat(robot.lookup("#demoBanner").tryQuery()).isPresent();

        // "Không" (and Enter, its default) keeps everything.
        robot.clickOn("#clearDemoButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmNoButton").tryQuery().isPresent());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmNoButton").tryQuery().isEmpty());
        assertThat(robot.lookup("#demoBanner").tryQuery()).isPresent();
        assertThat(context.hamlets().list()).hasSize(12);
        assertThat(context.backups().list()).noneMatch(b -> b.kind() == Backups.Kind.BEFORE_CLEARING);

        robot.clickOn("#clearDemoButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmYesButton").tryQuery().isPresent());
        robot.clickOn("#confirmYesButton");

        FxTestSupport.waitUntil(() -> robot.lookup("#demoBanner").tryQuery().isEmpty());
        // The office profile opens, empty, as for a new office; the title no longer names the demo commune.
        TextField name = robot.lookup("#communeNameField").queryAs(TextField.class);
        FxTestSupport.waitUntil(() -> name.isVisible() && name.getText().isEmpty() && name.isFocused());
        FxTestSupport.waitUntil(() -> robot.window(0) instanceof Stage s && !s.getTitle().contains("Tân Phúc"));
        assertThat(context.commune().profile()).isEmpty();
        assertThat(context.hamlets().list()).isEmpty();
        assertThat(context.deputies().list()).isEmpty();
        assertThat(context.demo().holdsDemo()).isFalse();
        // The data as it was is in a backup the office can restore.
        BackupInfo before = context.backups().list().stream()
                .filter(b -> b.kind() == Backups.Kind.BEFORE_CLEARING).findFirst().orElseThrow();
        assertThat(before.counts()).containsValue(12L);
        assertThat(robot.lookup(".status-text").queryAs(Labeled.class).getText())
                .contains(before.file().getFileName().toString());

        // Screens shown before show the empty data, not the demo's rows.
        robot.clickOn("#nav-hamlets");
        TableView<?> after = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> after.getItems().isEmpty());
        robot.clickOn("#nav-deputies");
        FxTestSupport.waitUntil(() -> robot.lookup("#table").queryTableView().getItems().isEmpty());
    }
}
