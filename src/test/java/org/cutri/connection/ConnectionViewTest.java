package org.cutri.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.app.MainWindow;
import org.cutri.cli.CutriCommand;
import org.cutri.common.db.ServerAddress;
import org.cutri.common.db.ServerSettings;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.PostgresTestServer;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The screen "Máy chủ dữ liệu" as a province's technician uses it on a PC that still works on its file: a wrong
 * password is said in one sentence, the right one connects, saving keeps the server (never the password) for the next
 * start, which the command line then uses too; "Dùng tệp trên máy" goes back to the file (decision 0048).
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionViewTest {

    private static final PostgresTestServer SERVER = PostgresTestServer.get();

    @TempDir
    static Path folder;

    private Path data;
    private AppContext context;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        data = folder.resolve("data-" + System.nanoTime());
        context = AppContext.open(data, TestContexts.VI);
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
    void aServerIsTriedSavedForTheNextStartAndForgottenAgain(FxRobot robot) throws Exception {
        ServerAddress address = SERVER.migratedDatabase();
        try (AppContext onServer = AppContext.openServer(folder.resolve("other"), address, SERVER.staff(),
                TestContexts.VI)) {
            onServer.hamlets().create(new HamletDraft("Thôn Trên Máy Chủ", HamletKind.THON, null, null, null));
        }
        FxTestSupport.openArea(robot, "#nav-connection");
        Label current = robot.lookup("#currentLabel").queryAs(Label.class);
        Label error = robot.lookup("#connectionError").queryAs(Label.class);
        Label message = robot.lookup("#connectionMessage").queryAs(Label.class);
        FxTestSupport.waitUntil(() -> current.getText().contains("tệp trên máy này"));

        robot.clickOn("#checkButton");
        assertThat(error.getText()).startsWith("Chưa ghi địa chỉ máy chủ");

        robot.clickOn("#addressField").write(address.toString());
        robot.clickOn("#userField").write(PostgresTestServer.STAFF);
        robot.clickOn("#passwordField").write("sai-mat-khau");
        robot.clickOn("#checkButton");
        FxTestSupport.waitUntil(() -> error.getText().contains("không nhận tài khoản"));

        robot.doubleClickOn("#passwordField").eraseText(20).write(PostgresTestServer.STAFF_PASSWORD);
        robot.clickOn("#checkButton");
        FxTestSupport.waitUntil(() -> message.getText().startsWith("Kết nối được máy chủ"));
        assertThat(error.isVisible()).isFalse();

        robot.clickOn("#saveButton");
        FxTestSupport.waitUntil(() -> message.getText().startsWith("Đã lưu. Hãy đóng rồi mở lại chương trình"));
        Path settings = data.resolve(ServerSettings.FILE_NAME);
        assertThat(Files.readString(settings)).contains(PostgresTestServer.STAFF)
                .doesNotContain(PostgresTestServer.STAFF_PASSWORD);
        assertThat(ServerSettings.read(data)).contains(new ServerSettings(address, PostgresTestServer.STAFF));
        assertThat(robot.lookup("#nextLabel").queryAs(Label.class).getText()).contains(address.toString());

        // A command on this folder now works on the server, its password from the environment.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = CutriCommand.run(new String[] {"--data-dir", data.toString(), "hamlets"},
                InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                Map.of(CutriCommand.DB_PASSWORD_VARIABLE, PostgresTestServer.STAFF_PASSWORD));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Thôn Trên Máy Chủ");

        robot.clickOn("#fileButton");
        FxTestSupport.waitUntil(() -> message.getText().startsWith("Đã bỏ máy chủ"));
        assertThat(settings).doesNotExist();
        assertThat(current.getText()).as("this program still works on its file").contains("tệp trên máy này");
    }
}
