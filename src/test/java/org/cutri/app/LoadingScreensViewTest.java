package org.cutri.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.cutri.testing.FxTestSupport;
import org.cutri.testing.GatedExecutor;
import org.cutri.testing.ShownNodes;
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
 * Every screen, opened while its data is still being read (the background work is held back): it says
 * that it is loading, never "nothing here", and shows no validation message about data not read yet.
 */
@ExtendWith(ApplicationExtension.class)
class LoadingScreensViewTest {

    private static final String LOADING = "Đang tải…";
    /** The "nothing here" texts of the screens, which must not show before the data is read. */
    private static final List<String> EMPTY_KEYS = List.of("hamlet.list.empty", "constituency.list.empty",
            "constituency.list.noTerm", "deputy.list.empty", "council.terms.empty", "council.sessions.empty",
            "council.sessions.noTerm", "assignment.list.empty", "round.list.empty", "meeting.list.empty",
            "meeting.conflicts.titleNone", "meeting.conflicts.none", "opinion.list.empty");

    @TempDir
    static Path folder;

    private TestWindow window;
    private GatedExecutor gate;
    private MainView view;

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, folder, context -> context.demo().load(false), executor -> {
            gate = new GatedExecutor(executor);
            return gate;
        });
        view = window.view();
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void everyScreenSaysItIsLoadingWhileItsDataIsRead(FxRobot robot) {
        List<String> emptyTexts = EMPTY_KEYS.stream().map(key -> window.context().messages().get(key)).toList();
        for (Area area : List.of(Area.HAMLETS, Area.COUNCIL, Area.CONSTITUENCIES, Area.DEPUTIES, Area.ASSIGNMENTS,
                Area.ROUNDS, Area.OPINIONS, Area.PROFILE)) {
            robot.interact(() -> view.showArea(area));
            WaitForAsyncUtils.waitForFxEvents();
            Parent root = view.screen(area).root();
            List<String> shown = ShownNodes.texts(root);
            if (area != Area.PROFILE) {
                assertThat(shown).as("%s says it is loading", area).contains(LOADING);
            }
            assertThat(shown).as("%s shows no empty-state text while loading", area).doesNotContainAnyElementsOf(emptyTexts);
            List<Label> messages = ShownNodes.of(root, Label.class).stream()
                    .filter(l -> l.getStyleClass().contains("field-error") || l.getStyleClass().contains("form-error"))
                    .filter(l -> l.getText() != null && !l.getText().isEmpty()).toList();
            assertThat(messages).as("%s shows no validation message while loading", area).isEmpty();
        }

        gate.open();
        robot.interact(() -> view.showArea(Area.HAMLETS));
        TableView<?> hamlets = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> hamlets.getItems().size() == 12);
        assertThat(ShownNodes.texts(view.screen(Area.HAMLETS).root())).doesNotContain(LOADING);
    }
}
