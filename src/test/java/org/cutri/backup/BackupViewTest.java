package org.cutri.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.common.db.Backups;
import org.cutri.common.db.DataPassword;
import org.cutri.hamlet.Hamlet;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
import org.cutri.testing.FxTestSupport;
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
 * The backups screen in the main window, as the secretary uses it: back up to a USB stick (a folder here), see the
 * backup in the list, keep working, then restore it; the window then shows, and the database holds, the data of the
 * backup, and the data replaced is kept as a backup.
 */
@ExtendWith(ApplicationExtension.class)
class BackupViewTest {

    @TempDir
    static Path folder;

    private TestWindow window;
    private AppContext context;
    private Path usb;

    @Start
    void start(Stage stage) throws Exception {
        Path run = folder.resolve("run-" + System.nanoTime());
        usb = Files.createDirectories(run.resolve("usb"));
        context = TestContexts.open(run.resolve("xa"));
        for (String name : List.of("Thôn Đông Hải", "Thôn Tây Sơn", "Xóm Bến")) {
            context.hamlets().create(new HamletDraft(name, HamletKind.THON, null, null, null));
        }
        window = TestWindow.open(stage, context, (owner, title) -> Optional.of(usb));
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void backUpToAStickThenRestoreItAndTheWindowShowsTheDataOfTheBackup(FxRobot robot) throws Exception {
        FxTestSupport.openArea(robot, "#nav-backups");
        FxTestSupport.waitUntil(() -> robot.lookup("#backUpButton").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        assertThat(robot.lookup("#restoreButton").queryButton().isDisabled()).as("nothing chosen").isTrue();

        robot.clickOn("#backUpButton");

        FxTestSupport.waitUntil(() -> label(robot).contains("Đã sao lưu vào"));
        Path written;
        try (Stream<Path> files = Files.list(usb)) {
            written = files.filter(f -> f.getFileName().toString().matches("cutri-sao-luu-\\d{8}-\\d{6}\\.zip"))
                    .findFirst().orElseThrow();
        }
        assertThat(label(robot)).contains(written.toString(), "đã đọc lại để kiểm tra", "3 thôn");
        FxTestSupport.waitUntil(() -> table.getItems().size() == 1);
        assertThat(robot.lookup("Sao lưu thủ công").tryQuery()).isPresent();
        assertThat(robot.lookup("3 thôn, 0 đại biểu, 0 đợt, 0 hội nghị, 0 ý kiến").tryQuery()).isPresent();

        // Work goes on: a hamlet added and seen on its screen.
        context.hamlets().create(new HamletDraft("Xóm Mới Lập", HamletKind.XOM, null, null, null));
        FxTestSupport.openArea(robot, "#nav-hamlets");
        FxTestSupport.waitUntil(() -> robot.lookup("Xóm Mới Lập").tryQuery().isPresent());
        FxTestSupport.openArea(robot, "#nav-backups");
        FxTestSupport.waitUntil(() -> table.getItems().size() == 1);

        robot.clickOn("Sao lưu thủ công");
        assertThat(robot.lookup("#restoreButton").queryButton().isDisabled()).isFalse();
        robot.clickOn("#restoreButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmYesButton").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText()).contains("3 thôn")
                .contains("sao lưu dữ liệu hiện tại");
        robot.clickOn("#confirmYesButton");

        FxTestSupport.waitUntil(() -> label(robot).contains("Đã khôi phục"));
        assertThat(label(robot)).contains("3 thôn", "before-restore");
        FxTestSupport.waitUntil(() -> table.getItems().size() == 2);
        assertThat(robot.lookup("Trước khi khôi phục").tryQuery()).isPresent();
        assertThat(robot.lookup("4 thôn, 0 đại biểu, 0 đợt, 0 hội nghị, 0 ý kiến").tryQuery())
                .as("the data replaced, kept").isPresent();

        // Stored: the backup's hamlets; shown: the hamlets screen built again on the restored data.
        assertThat(context.hamlets().list()).extracting(Hamlet::name)
                .containsExactlyInAnyOrder("Thôn Đông Hải", "Thôn Tây Sơn", "Xóm Bến");
        assertThat(Backups.list(context.dataFolder())).singleElement()
                .satisfies(b -> assertThat(b.kind()).isEqualTo(Backups.Kind.BEFORE_RESTORE));
        FxTestSupport.openArea(robot, "#nav-hamlets");
        FxTestSupport.waitUntil(() -> robot.lookup("Thôn Tây Sơn").tryQuery().isPresent());
        assertThat(robot.lookup("Xóm Mới Lập").tryQuery()).isEmpty();
        assertThat(window.errorDialogs()).isEmpty();
    }

    @Test
    void aBackupMadeUnderAnOlderPasswordIsRestoredWithThatPasswordAskedInTheWindow(FxRobot robot) throws Exception {
        context.database().protect(DataPassword.of("matkhau-cu-2026"));
        FxTestSupport.openArea(robot, "#nav-backups");
        FxTestSupport.waitUntil(() -> robot.lookup("#backUpButton").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        robot.clickOn("#backUpButton");
        FxTestSupport.waitUntil(() -> label(robot).contains("Đã sao lưu vào"));
        context.hamlets().create(new HamletDraft("Xóm Mới Lập", HamletKind.XOM, null, null, null));
        context.database().protect(DataPassword.of("matkhau-moi-2026"));
        FxTestSupport.waitUntil(() -> table.getItems().size() == 1);

        robot.clickOn("Sao lưu thủ công");
        robot.clickOn("#restoreButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#confirmYesButton").tryQuery().isPresent());
        robot.clickOn("#confirmYesButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#backupPasswordField").tryQuery().isPresent());
        assertThat(label(robot)).contains("mật khẩu dùng lúc làm bản sao lưu đó");
        robot.clickOn("#backupPasswordField").write("sai-mat-khau").type(KeyCode.ENTER);

        FxTestSupport.waitUntil(() -> label(robot).contains("không mở được bản sao lưu"));
        assertThat(label(robot)).contains("Dữ liệu hiện tại không thay đổi");
        assertThat(context.hamlets().list()).extracting(Hamlet::name).contains("Xóm Mới Lập");
        assertThat(Backups.list(context.dataFolder())).as("no safety backup for a refused restore").isEmpty();
        FxTestSupport.waitUntil(() -> robot.lookup("#backupPasswordField").tryQuery().isPresent());
        robot.clickOn("#backupPasswordField").write("matkhau-cu-2026").type(KeyCode.ENTER);

        FxTestSupport.waitUntil(() -> label(robot).contains("Đã khôi phục"));
        assertThat(context.hamlets().list()).extracting(Hamlet::name)
                .containsExactlyInAnyOrder("Thôn Đông Hải", "Thôn Tây Sơn", "Xóm Bến");
        assertThat(context.database().isProtected()).isTrue();
        FxTestSupport.openArea(robot, "#nav-hamlets");
        FxTestSupport.waitUntil(() -> robot.lookup("Thôn Tây Sơn").tryQuery().isPresent());
        assertThat(robot.lookup("Xóm Mới Lập").tryQuery()).isEmpty();
        assertThat(window.errorDialogs()).isEmpty();
    }

    private static String label(FxRobot robot) {
        return robot.lookup("#statusLabel").queryLabeled().getText();
    }
}
