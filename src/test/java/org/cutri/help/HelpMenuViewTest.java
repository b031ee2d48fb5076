package org.cutri.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.cutri.common.ProgramVersion;
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
 * F1 opens the user guide shipped with the program at the section of the screen in use, Trợ giúp → Hướng dẫn sử
 * dụng opens it from its top; and the About box.
 */
@ExtendWith(ApplicationExtension.class)
class HelpMenuViewTest {

    @TempDir
    static Path folder;

    private TestWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, TestContexts.open(folder.resolve("data-" + System.nanoTime())));
    }

    @AfterEach
    void close() {
        window.close();
    }

    private static Stage guideWindow() {
        return (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Hướng dẫn sử dụng cutri".equals(s.getTitle()) && s.isShowing())
                .findFirst().orElse(null);
    }

    private static String text(TextFlow flow) {
        StringBuilder text = new StringBuilder();
        flow.getChildren().forEach(n -> text.append(((Text) n).getText()));
        return text.toString();
    }

    private static <T extends javafx.scene.Node> T inGuide(FxRobot robot, String query, Class<T> type) {
        return robot.from(guideWindow().getScene().getRoot()).lookup(query).queryAs(type);
    }

    @Test
    void theHelpMenuOpensTheGuideAtItsTopAndTheContentsGoToAChapter(FxRobot robot) {
        robot.clickOn("#helpMenu").clickOn("Hướng dẫn sử dụng");

        FxTestSupport.waitUntil(() -> guideWindow() != null);
        assertThat(text(inGuide(robot, ".guide-h1", TextFlow.class))).isEqualTo("Hướng dẫn sử dụng cutri");
        @SuppressWarnings("unchecked")
        ListView<GuideText.Heading> contents = inGuide(robot, "#guideContents", ListView.class);
        assertThat(contents.getItems()).extracting(GuideText.Heading::text)
                .contains("15. Tìm lại ý kiến", "18. Tại Ban Thường trực tỉnh: nhận và tổng hợp gói của các xã");
        assertThat(contents.getSelectionModel().getSelectedItem()).isNull();
        ScrollPane scroll = inGuide(robot, "#guideScroll", ScrollPane.class);
        assertThat(scroll.getVvalue()).isZero();
        robot.clickOn(robot.from(contents).lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> "15. Tìm lại ý kiến".equals(c.getText())).findFirst().orElseThrow());
        // The guide has grown past section 15 (data safety, answers): the page moved down to it, off the top.
        FxTestSupport.waitUntil(() -> scroll.getVvalue() > 0.2);

        robot.type(KeyCode.ESCAPE);
        FxTestSupport.waitUntil(() -> guideWindow() == null);
    }

    @Test
    void f1OpensTheGuideAtTheSectionOfTheScreenShownAndTheMenuAtItsTop(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-meetings");
        FxTestSupport.waitUntil(() -> window.view().viewModel().areaProperty().get() == org.cutri.app.Area.MEETINGS);
        robot.type(KeyCode.F1);

        FxTestSupport.waitUntil(() -> guideWindow() != null);
        assertShowsSection(robot, "Ghi biên bản hội nghị và ý kiến cử tri");

        // Another screen, F1 again: the same window, now at that screen's section.
        robot.type(KeyCode.ESCAPE);
        FxTestSupport.waitUntil(() -> guideWindow() == null);
        FxTestSupport.openArea(robot, "#nav-reports");
        FxTestSupport.waitUntil(() -> window.view().viewModel().areaProperty().get() == org.cutri.app.Area.REPORTS);
        robot.type(KeyCode.F1);

        FxTestSupport.waitUntil(() -> guideWindow() != null);
        assertShowsSection(robot, "Tổng hợp ý kiến và lập báo cáo");

        // The menu still opens the whole guide from its top, no chapter chosen.
        robot.type(KeyCode.ESCAPE);
        FxTestSupport.waitUntil(() -> guideWindow() == null);
        robot.clickOn("#helpMenu").clickOn("Hướng dẫn sử dụng");
        FxTestSupport.waitUntil(() -> guideWindow() != null);
        ScrollPane scroll = inGuide(robot, "#guideScroll", ScrollPane.class);
        ListView<?> contents = inGuide(robot, "#guideContents", ListView.class);
        FxTestSupport.waitUntil(() -> scroll.getVvalue() == 0);
        assertThat(contents.getSelectionModel().getSelectedItem()).isNull();
        robot.type(KeyCode.ESCAPE);
        FxTestSupport.waitUntil(() -> guideWindow() == null);
    }

    /**
     * The guide shows this section as the reader finds it: its chapter chosen in the contents, and its heading at
     * the top of the page in sight.
     */
    private static void assertShowsSection(FxRobot robot, String title) {
        @SuppressWarnings("unchecked")
        ListView<GuideText.Heading> contents = inGuide(robot, "#guideContents", ListView.class);
        ScrollPane scroll = inGuide(robot, "#guideScroll", ScrollPane.class);
        VBox page = inGuide(robot, "#guidePage", VBox.class);
        FxTestSupport.waitUntil(() -> contents.getSelectionModel().getSelectedItem() != null
                && title.equals(contents.getSelectionModel().getSelectedItem().title()));
        TextFlow heading = FxTestSupport.onFx(() -> page.getChildren().stream()
                .filter(n -> n instanceof TextFlow flow && flow.getStyleClass().contains("guide-h2")
                        && text(flow).endsWith(". " + title))
                .map(TextFlow.class::cast).findFirst().orElseThrow());
        double[] placed = FxTestSupport.onFx(() -> {
            double viewport = scroll.getViewportBounds().getHeight();
            double top = scroll.getVvalue() * (page.getHeight() - viewport);
            return new double[] {heading.getBoundsInParent().getMinY() - top, viewport};
        });
        assertThat(placed[0]).as("the heading's distance from the top of the page in sight")
                .isBetween(-1.0, placed[1] / 10);
        assertThat(contents.getSelectionModel().getSelectedItem().text()).isEqualTo(text(heading));
    }

    @Test
    void theHelpMenuOpensTheGuideAndTheAboutBoxWithTheVersion(FxRobot robot) {
        robot.clickOn("#helpMenu").clickOn("Hướng dẫn sử dụng");
        FxTestSupport.waitUntil(() -> guideWindow() != null);
        robot.interact(() -> guideWindow().hide());

        robot.clickOn("#helpMenu").clickOn("Giới thiệu cutri");
        FxTestSupport.waitUntil(() -> robot.lookup("#aboutPane").tryQuery().isPresent());
        DialogPane about = robot.lookup("#aboutPane").queryAs(DialogPane.class);
        assertThat(ProgramVersion.current()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(about.getHeaderText()).isEqualTo("cutri " + ProgramVersion.current());
        assertThat(about.getContentText()).contains("Tiếp xúc cử tri").contains("GPL");
        robot.type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> robot.lookup("#aboutPane").tryQuery().isEmpty());
    }
}
