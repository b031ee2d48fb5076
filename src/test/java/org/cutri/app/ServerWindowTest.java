package org.cutri.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.common.db.ServerAddress;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.hamlet.Hamlet;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.PostgresTestServer;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window on a shared PostgreSQL server (decision 0048) while someone else works on the same data from another PC:
 * the status bar names the server and the account, says when another person changed the data, and F5 shows the
 * newest; what the window's own user stores is seen by the other PC at once.
 */
@ExtendWith(ApplicationExtension.class)
class ServerWindowTest {

    private static final PostgresTestServer SERVER = PostgresTestServer.get();

    @TempDir
    static Path folder;

    private ServerAddress address;
    private AppContext window;
    private AppContext otherPc;
    private FxTaskExecutor executor;

    @BeforeAll
    static void lookOften() {
        System.setProperty("cutri.refresh.seconds", "1");
    }

    @AfterAll
    static void lookAsUsual() {
        System.clearProperty("cutri.refresh.seconds");
    }

    @Start
    void start(Stage stage) {
        address = SERVER.migratedDatabase();
        window = AppContext.openServer(folder.resolve("pc-1-" + System.nanoTime()), address, SERVER.staff(),
                TestContexts.VI);
        window.hamlets().create(new HamletDraft("Thôn Đồng Tâm", HamletKind.THON, null, null, null));
        otherPc = AppContext.openServer(folder.resolve("pc-2-" + System.nanoTime()), address, SERVER.second(),
                TestContexts.VI);
        Dialogs dialogs = new Dialogs(window.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        MainWindow.open(stage, window, executor, dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
        window.close();
        otherPc.close();
    }

    @Test
    void anotherPersonsChangeIsAnnouncedAndF5ShowsIt(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-hamlets");
        TableView<Hamlet> table = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() == 1);
        Label folderLabel = robot.lookup("#folderLabel").queryAs(Label.class);
        assertThat(folderLabel.getText()).contains(address.toString()).contains(PostgresTestServer.STAFF);
        assertThat(robot.lookup("#nav-backups").query().isVisible()).as("backups of a file: not on a server").isFalse();
        assertThat(robot.lookup("#nav-protection").query().isVisible()).isFalse();
        assertThat(robot.lookup("#nav-connection").query().isVisible()).isTrue();

        otherPc.hamlets().create(new HamletDraft("Xóm Bến", HamletKind.XOM, null, null, null));

        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        FxTestSupport.waitUntil(() -> status.getText().contains("Người khác vừa thay đổi dữ liệu"));
        assertThat(table.getItems()).as("not reloaded under the user's hands").hasSize(1);

        robot.type(KeyCode.F5);

        FxTestSupport.waitUntil(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(Hamlet::name).contains("Xóm Bến");
        assertThat(status.getText()).isEqualTo("Đã tải lại dữ liệu mới nhất.");

        // What this window stores is at once what the other PC reads, and is not announced to itself.
        robot.clickOn("#filterField");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        robot.write("Ấp Rạch Gốc").type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> otherPc.hamlets().list().size() == 3);
        robot.sleep(2500);
        assertThat(status.getText()).doesNotContain("Người khác");
    }
}
