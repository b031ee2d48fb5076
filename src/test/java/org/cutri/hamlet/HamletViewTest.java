package org.cutri.hamlet;

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

/** Drives the hamlets screen as a secretary would, keyboard first. */
@ExtendWith(ApplicationExtension.class)
class HamletViewTest {

    @TempDir
    static Path folder;

    private AppContext context;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        context = TestContexts.open(folder.resolve("data-" + System.nanoTime()));
        context.hamlets().create(new HamletDraft("Thôn Đồng Tâm", HamletKind.THON, null, null, null));
        context.hamlets().create(new HamletDraft("Xóm Bến", HamletKind.XOM, null, null, null));
        context.hamlets().create(new HamletDraft("Xóm Bãi Sậy", HamletKind.XOM, null, null, null));
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
    void addAHamletWithTheKeyboardOnly(FxRobot robot) {
        TableView<Hamlet> table = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() == 3);

        robot.clickOn("#filterField");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        robot.write("Ấp Rạch Gốc");
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB);
        robot.write("Trần Thị Thơm");
        robot.type(KeyCode.ENTER);

        FxTestSupport.waitUntil(() -> table.getItems().size() == 4);
        Hamlet stored = context.hamlets().list().stream().filter(h -> h.name().equals("Ấp Rạch Gốc")).findFirst().orElseThrow();
        assertThat(stored.kind()).isEqualTo(HamletKind.AP);
        assertThat(stored.headName()).isEqualTo("Trần Thị Thơm");
    }

    @Test
    void filteringWithoutDiacriticsFindsXomBen(FxRobot robot) {
        TableView<Hamlet> table = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() == 3);

        robot.clickOn("#filterField").write("xom ben");

        FxTestSupport.waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).name()).isEqualTo("Xóm Bến");
    }
}
