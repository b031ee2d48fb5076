package org.cutri.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import javafx.scene.control.DialogPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.cutri.common.db.Database;
import org.cutri.testing.FullDisk;
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
 * Opening a data folder whose file is cut short, empty, or on a full disk, in the window: one clear
 * Vietnamese message (no technical details), the program then ends, and nothing is created or changed.
 */
@ExtendWith(ApplicationExtension.class)
class DamagedDataWindowTest {

    private static final String FILE = Database.FILE_NAME + Database.FILE_SUFFIX;

    @TempDir
    Path temp;

    private final StartingApplication application = new StartingApplication();
    private Stage stage;

    @Start
    void start(Stage window) {
        stage = window;
    }

    @AfterEach
    void stop() {
        application.close();
    }

    /**
     * Opens the window on the folder as the program does (the data starts opening before the window is built)
     * and returns the text of the error dialog it shows, then closes it.
     */
    private String shownError(FxRobot robot, Path folder, CutriApplication.DataOpener opener) {
        application.start(robot, stage, folder, opener);
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(robot.from(pane).lookup(".titled-pane").queryAllAs(TitledPane.class)).as("no technical details").isEmpty();
        String text = pane.getContentText();
        robot.clickOn("Đóng");
        FxTestSupport.waitUntil(application::ended);
        assertThat(robot.listWindows().stream().filter(Window::isShowing).filter(w -> w != stage).toList()).isEmpty();
        return text;
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFileCutShortIsNamedAndLeftAsItWas(FxRobot robot) throws IOException {
        Path folder = temp.resolve("data");
        TestContexts.open(folder).close();
        try (FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.WRITE)) {
            channel.truncate(8192);
        }
        byte[] before = Files.readAllBytes(folder.resolve(FILE));

        String shown = shownError(robot, folder, CutriApplication::openForWindow);

        assertThat(shown).startsWith("Tệp dữ liệu " + folder.resolve(FILE) + " bị cụt hoặc hỏng ở phần cuối (còn 8 KB)")
                .contains("không tạo dữ liệu mới đè lên").doesNotContain("Exception");
        assertThat(Files.readAllBytes(folder.resolve(FILE))).isEqualTo(before);
    }

    @Test
    void anEmptyFileIsNamedAndNoDatabaseIsMadeOverIt(FxRobot robot) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("data"));
        Files.createFile(folder.resolve(FILE));

        String shown = shownError(robot, folder, CutriApplication::openForWindow);

        assertThat(shown).startsWith("Tệp dữ liệu " + folder.resolve(FILE) + " rỗng (0 byte)");
        assertThat(Files.size(folder.resolve(FILE))).isZero();
    }

    @Test
    void aFullDiskIsSaidToBeFullAndLeavesNoDatabaseFile(FxRobot robot) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("data"));
        Database.Disk full = FullDisk.withRoom(folder, 0);

        String shown = shownError(robot, folder,
                (dir, messages) -> AppContext.over(Database.open(dir, full), messages));

        assertThat(shown).startsWith("Ổ đĩa chứa thư mục dữ liệu " + folder + " đã đầy (còn 0 KB)")
                .contains("không mất dữ liệu nào đã lưu").doesNotContain("hỏng:");
        assertThat(filesIn(folder)).isEmpty();
    }
}
