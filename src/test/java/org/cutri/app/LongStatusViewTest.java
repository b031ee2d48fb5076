package org.cutri.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.cutri.testing.FxTestSupport;
import org.cutri.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long line in the status bar (a restore names its backup file, a save its path) is cut short with "…": it never
 * widens the window's content past the window, which pushed the screen's buttons and the data folder out of sight.
 */
@ExtendWith(ApplicationExtension.class)
class LongStatusViewTest {

    @TempDir
    static Path folder;

    private TestWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, folder, context -> context.demo().load(false));
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void aLongStatusLineKeepsTheWindowsContentInsideTheWindow(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-backups");
        FxTestSupport.waitUntil(() -> robot.lookup("#backUpButton").tryQuery().isPresent());
        String line = "Đã khôi phục bản sao lưu ngày 01/12/2026 04:39 (12 thôn, 20 đại biểu, 2 đợt, 24 hội nghị, "
                + "85 ý kiến). Dữ liệu trước đó đã được sao lưu thành cutri-20261201-044550-before-restore.zip "
                + "trong thư mục sao lưu tự động.";

        robot.interact(() -> window.view().showStatus(line));
        WaitForAsyncUtils.waitForFxEvents();

        double width = robot.lookup("#folderLabel").queryAs(Label.class).getScene().getWidth();
        assertThat(right(robot.lookup("#folderLabel").query())).as("the data folder stays in sight").isLessThanOrEqualTo(width);
        assertThat(right(robot.lookup("#refreshButton").query())).as("the screen's last button").isLessThanOrEqualTo(width);
        assertThat(robot.lookup(".status-text").queryAs(Label.class).getText()).isEqualTo(line);
    }

    /**
     * The status bar speaks for the screen shown: moving from the audit trail ("1 dòng.") to the password screen once
     * left the trail's count under a screen that has no rows.
     */
    @Test
    void theStatusBarSpeaksForTheScreenShownNotTheOneBefore(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-audit");
        FxTestSupport.waitUntil(() -> !statusText(robot).isEmpty());
        String auditStatus = statusText(robot);

        FxTestSupport.openArea(robot, "#nav-protection");
        WaitForAsyncUtils.waitForFxEvents();

        String own = java.util.Objects.toString(FxTestSupport.onFx(
                () -> window.view().screen(Area.PROTECTION).status().get()), "");
        assertThat(statusText(robot)).isNotEqualTo(auditStatus).isEqualTo(own);

        FxTestSupport.openArea(robot, "#nav-audit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(statusText(robot)).as("back on the trail, its own line again").isEqualTo(auditStatus);
    }

    private static String statusText(FxRobot robot) {
        return java.util.Objects.toString(robot.lookup(".status-text").queryAs(Label.class).getText(), "");
    }

    private static double right(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return bounds.getMaxX();
    }
}
