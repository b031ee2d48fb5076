package org.cutri.deputy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
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

/** A fresh office that has not entered its council terms yet tries to add a deputy. */
@ExtendWith(ApplicationExtension.class)
class DeputyWithoutTermViewTest {

    @TempDir
    static Path folder;

    private AppContext context;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        context = TestContexts.open(folder.resolve("data-" + System.nanoTime()));
        Dialogs dialogs = new Dialogs(context.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        MainWindow.open(stage, context, executor, dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
        context.close();
    }

    @Test
    void aDeputyWithoutATermShowsTheErrorAndIsNotStored(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-deputies");
        TableView<Deputy> table = robot.lookup("#table").queryTableView();

        robot.clickOn("#filterField");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        robot.write("Nguyễn Văn Hùng");
        robot.type(KeyCode.ENTER);

        javafx.scene.Node termBox = robot.lookup("#termBox").query();
        FxTestSupport.waitUntil(() -> !FxTestSupport.fieldMessage(termBox).isEmpty());
        assertThat(FxTestSupport.fieldMessage(termBox)).contains("Đại biểu phải có nhiệm kỳ");
        assertThat(robot.lookup("#nameField").queryTextInputControl().getText()).isEqualTo("Nguyễn Văn Hùng");
        assertThat(table.getItems()).isEmpty();
        assertThat(context.deputies().list()).isEmpty();
    }
}
