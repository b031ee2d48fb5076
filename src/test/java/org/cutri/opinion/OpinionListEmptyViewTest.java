package org.cutri.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.cutri.common.ui.Placeholders;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The opinion list of a new commune, before any opinion was typed or imported: it says there is none yet and where
 * opinions come from, not that the search or the filters found nothing.
 */
@ExtendWith(ApplicationExtension.class)
class OpinionListEmptyViewTest {

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

    @Test
    void aNewCommuneIsToldItHasNoOpinionYetNotThatNothingMatches(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-opinions");
        TableView<OpinionListItem> table = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> shownText(table).startsWith("Chưa có ý kiến nào"));
        assertThat(shownText(table)).contains("Hội nghị, biên bản").doesNotContain("khớp");
        assertThat(window.context().opinions().listItems()).isEmpty();

        // Something typed in the search box does not change it: there is still nothing to find.
        robot.clickOn("#searchField").write("nuoc sach");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#summaryLabel").queryLabeled().getText()).startsWith("0 / 0");
        assertThat(shownText(table)).startsWith("Chưa có ý kiến nào");
    }

    private static String shownText(TableView<?> table) {
        List<String> texts = FxTestSupport.onFx(() -> table.getPlaceholder().lookupAll("." + Placeholders.TEXT_CLASS)
                .stream().filter(OpinionListEmptyViewTest::shown).map(n -> ((Label) n).getText()).toList());
        return String.join(" ", texts);
    }

    /** Visible itself and inside visible parents (the loading line hides its label by hiding its box). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
