package org.cutri.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The terms-and-sessions screen right after start: switching terms back and forth shows each term's own
 * sessions; a session a round serves is refused at once; a free one is deleted after "Có".
 */
@ExtendWith(ApplicationExtension.class)
class CouncilFlowViewTest {

    @TempDir
    static Path folder;

    private TestWindow window;
    private CouncilTerm oldTerm;
    private CouncilTerm newTerm;

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, folder, context -> {
            oldTerm = context.councils().createTerm(2021, 2026);
            newTerm = context.councils().createTerm(2026, 2031);
            context.councils().createSession(new SessionDraft(oldTerm.id(), CouncilLevel.COMMUNE, "XXI", 9,
                    SessionKind.REGULAR, LocalDate.of(2025, 12, 10), LocalDate.of(2025, 12, 11)));
            CouncilSession served = context.councils().createSession(new SessionDraft(newTerm.id(),
                    CouncilLevel.COMMUNE, "I", 2, SessionKind.REGULAR, LocalDate.of(2026, 7, 9),
                    LocalDate.of(2026, 7, 10)));
            context.councils().createSession(new SessionDraft(newTerm.id(), CouncilLevel.COMMUNE, "I", 3,
                    SessionKind.REGULAR, LocalDate.of(2026, 12, 17), LocalDate.of(2026, 12, 18)));
            context.rounds().create(new RoundDraft(served.id(), RoundKind.BEFORE_SESSION, "Tiếp xúc trước kỳ họp thứ 2",
                    null, null, LocalDate.of(2026, 6, 20), LocalDate.of(2026, 6, 30), null, null, null, null));
        });
    }

    @AfterEach
    void close() {
        window.close();
    }

    private static List<Integer> numbers(TableView<CouncilSession> sessions) {
        return FxTestSupport.onFx(() -> sessions.getItems().stream().map(CouncilSession::number).toList());
    }

    private static void selectTerm(FxRobot robot, String label) {
        robot.clickOn(robot.lookup(".table-row-cell").match((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() instanceof CouncilTerm t && t.label().equals(label)).queryAs(javafx.scene.Node.class));
    }

    @Test
    void termsSwitchBackAndForthAndSessionsAreDeletedOnlyWhenFree(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-council");
        TableView<CouncilTerm> terms = robot.lookup("#termTable").queryTableView();
        TableView<CouncilSession> sessions = robot.lookup("#sessionTable").queryTableView();
        // Right after start the newest term is chosen and its sessions shown.
        FxTestSupport.waitUntil(() -> terms.getItems().size() == 2 && numbers(sessions).size() == 2);
        assertThat(numbers(sessions)).containsExactlyInAnyOrder(2, 3);

        selectTerm(robot, "2021–2026");
        FxTestSupport.waitUntil(() -> numbers(sessions).equals(List.of(9)));
        selectTerm(robot, "2026–2031");
        FxTestSupport.waitUntil(() -> numbers(sessions).size() == 2);
        selectTerm(robot, "2021–2026");
        FxTestSupport.waitUntil(() -> numbers(sessions).equals(List.of(9)));
        selectTerm(robot, "2026–2031");
        FxTestSupport.waitUntil(() -> numbers(sessions).size() == 2);

        // The session a round serves: refused with the reason, no question.
        robot.clickOn(robot.lookup(".table-row-cell").match((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() instanceof CouncilSession s && s.number() == 2).queryAs(javafx.scene.Node.class));
        robot.clickOn("#sessionDeleteButton");
        Label error = robot.lookup("#sessionFormError").queryAs(Label.class);
        FxTestSupport.waitUntil(error::isVisible);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(error.getText()).contains("đợt tiếp xúc cử tri");
        assertThat(window.context().councils().sessions(newTerm.id())).hasSize(2);

        // A free session: asked, deleted on "Có".
        robot.clickOn(robot.lookup(".table-row-cell").match((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() instanceof CouncilSession s && s.number() == 3).queryAs(javafx.scene.Node.class));
        robot.clickOn("#sessionDeleteButton");
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("Có");
        FxTestSupport.waitUntil(() -> numbers(sessions).equals(List.of(2)));
        assertThat(window.context().councils().sessions(newTerm.id())).extracting(CouncilSession::number)
                .containsExactly(2);
        assertThat(window.context().councils().sessions(oldTerm.id())).extracting(CouncilSession::number)
                .containsExactly(9);
    }
}
