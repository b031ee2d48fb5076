package org.cutri.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

import org.cutri.app.Area;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.meeting.Meeting;
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
 * At the common office screen size (1280×720) the general part of the minutes fits its column: the end time,
 * the deputies' names and the text boxes are read whole, with no sideways scroll bar. The column once needed a
 * little more room than it had, so it scrolled sideways: the end time and every deputy's council were cut, and
 * tabbing into a field slid the labels out of sight.
 */
@ExtendWith(ApplicationExtension.class)
class MinutesFitViewTest {

    @TempDir
    static Path folder;

    private TestWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, folder.resolve("data-" + System.nanoTime()), context -> context.demo().load(false));
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void theGeneralPartOfTheMinutesFitsItsColumnWithoutScrollingSideways(FxRobot robot) {
        robot.interact(() -> window.view().showArea(Area.MEETINGS));
        SearchableComboBox<Meeting> meetingBox = robot.lookup("#meetingBox").query();
        FxTestSupport.waitUntil(() -> meetingBox.getItems().size() > 2);
        Meeting dongHai = meetingBox.getItems().stream().filter(m -> m.hamletNames().equals("Thôn Đông Hải"))
                .findFirst().orElseThrow();
        robot.interact(() -> meetingBox.setValue(dongHai));
        ListView<?> opinions = robot.lookup("#opinionList").queryListView();
        FxTestSupport.waitUntil(() -> !opinions.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        ScrollPane general = robot.lookup("#generalScroll").query();
        double[] widths = FxTestSupport.onFx(() -> {
            general.getScene().getRoot().applyCss();
            general.getScene().getRoot().layout();
            return new double[] {general.getContent().getLayoutBounds().getWidth(),
                    general.getViewportBounds().getWidth()};
        });
        assertThat(widths[0]).as("width of the general part of the minutes, in a column of %s px", widths[1])
                .isLessThanOrEqualTo(widths[1] + 1);
    }
}
