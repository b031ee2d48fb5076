package org.cutri.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
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

/** F1 and the Help menu open the user guide shipped with the program, and the About box. */
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

    @Test
    void f1OpensTheGuideAtItsFirstHeadingAndTheContentsGoToAChapter(FxRobot robot) {
        robot.clickOn("#filterField");
        robot.type(KeyCode.F1);

        FxTestSupport.waitUntil(() -> guideWindow() != null);
        Stage guide = guideWindow();
        TextFlow title = robot.from(guide.getScene().getRoot()).lookup(".guide-h1").queryAs(TextFlow.class);
        assertThat(text(title)).isEqualTo("Hướng dẫn sử dụng cutri");

        ListView<GuideText.Heading> contents = robot.from(guide.getScene().getRoot()).lookup("#guideContents")
                .queryListView();
        assertThat(contents.getItems()).extracting(GuideText.Heading::text)
                .contains("15. Tìm lại ý kiến", "18. Tại Ban Thường trực tỉnh: nhận và tổng hợp gói của các xã");
        ScrollPane scroll = robot.from(guide.getScene().getRoot()).lookup("#guideScroll").queryAs(ScrollPane.class);
        assertThat(scroll.getVvalue()).isZero();
        robot.clickOn(robot.from(contents).lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> "15. Tìm lại ý kiến".equals(c.getText())).findFirst().orElseThrow());
        // The guide has grown past section 15 (data safety, answers): the page moved down to it, off the top.
        FxTestSupport.waitUntil(() -> scroll.getVvalue() > 0.2);

        robot.type(KeyCode.ESCAPE);
        FxTestSupport.waitUntil(() -> guideWindow() == null);
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
