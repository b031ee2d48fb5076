package org.cutri.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.app.MainView;
import org.cutri.app.MainWindow;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first start on empty data offers the demo commune. */
@ExtendWith(ApplicationExtension.class)
class DemoOfferViewTest {

    @TempDir
    static Path folder;

    private AppContext context;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        context = TestContexts.open(folder.resolve("data-" + System.nanoTime()));
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
    void acceptingTheOfferFillsTheRegisterAndTheTitle(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#demoLoadButton").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText()).contains("trống");

        robot.clickOn("#demoLoadButton");

        TableView<?> table = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() == 12);
        FxTestSupport.waitUntil(() -> robot.window(0) instanceof Stage s && s.getTitle().contains("Tân Phúc"));
        assertThat(context.deputies().list()).hasSize(20);
        // The demo is in the office's data now: the window says it is invented, over every screen.
        FxTestSupport.waitUntil(() -> robot.lookup("#demoBanner").tryQuery().isPresent());
    }

    @Test
    void startingEmptyKeepsTheDataEmpty(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#demoEmptyButton").tryQuery().isPresent());

        robot.clickOn("#demoEmptyButton");

        FxTestSupport.waitUntil(() -> robot.lookup("#demoEmptyButton").tryQuery().isEmpty());
        assertThat(context.demo().isEmpty()).isTrue();
        assertThat(context.hamlets().list()).isEmpty();
        assertThat(robot.lookup("#demoBanner").tryQuery()).isEmpty();
    }

    @Test
    void startingEmptyOpensTheOfficeProfileToFillInFirst(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#demoEmptyButton").tryQuery().isPresent());

        robot.clickOn("#demoEmptyButton");

        // The guide's first step, and what every printed header needs: the cursor waits in the commune's name.
        TextField name = robot.lookup("#communeNameField").queryAs(TextField.class);
        FxTestSupport.waitUntil(() -> name.isVisible() && name.isFocused());
        robot.write("Hòa Lạc Đông").type(KeyCode.TAB).write("Quảng Trị").type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> context.commune().profile().isPresent());
        assertThat(context.commune().profile().orElseThrow().communeName()).isEqualTo("Hòa Lạc Đông");
        assertThat(context.hamlets().list()).isEmpty();
    }
}
