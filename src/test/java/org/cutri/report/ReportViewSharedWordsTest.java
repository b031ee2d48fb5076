package org.cutri.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.app.MainWindow;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.grouping.GroupStatus;
import org.cutri.round.ContactRound;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.Pickers;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The report screen says why the program suggests a group: under each suggestion, the words and names its
 * opinions share ("Chung: mùi clo, nước sạch"); once the secretary accepts it, the group is hers and the line
 * goes (issue 9).
 */
@ExtendWith(ApplicationExtension.class)
class ReportViewSharedWordsTest {

    @TempDir
    static Path folder;

    private AppContext context;
    private FxTaskExecutor executor;
    private ContactRound july;

    @Start
    void start(Stage stage) {
        context = TestContexts.open(folder.resolve("data-" + System.nanoTime()));
        context.demo().load(false);
        july = context.rounds().list().stream().filter(r -> r.name().contains("sau kỳ họp thứ 2")).findFirst()
                .orElseThrow();
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
    void eachSuggestionShowsTheWordsItsOpinionsShare(FxRobot robot) {
        robot.clickOn("#nav-reports");
        Pickers.pick(robot, "#roundBox", "sau ky hop thu 2");
        robot.clickOn("#suggestButton");
        TreeView<Object> tree = robot.lookup("#groupTree").query();
        FxTestSupport.waitUntil(() -> tree.getRoot().getChildren().stream()
                .anyMatch(i -> i.getValue() instanceof GroupWork.Group g && !g.accepted()));

        GroupWork.Group first = (GroupWork.Group) tree.getRoot().getChildren().stream()
                .filter(i -> i.getValue() instanceof GroupWork.Group g && !g.accepted()).findFirst().orElseThrow()
                .getValue();
        assertThat(first.shared()).isNotEmpty();
        String why = "Chung: " + String.join(", ", first.shared());
        FxTestSupport.waitUntil(() -> shownCells(robot).stream().anyMatch(text -> text.endsWith("\n" + why)));
        String shown = shownCells(robot).stream().filter(text -> text.endsWith("\n" + why)).findFirst().orElseThrow();
        assertThat(shown).startsWith("Gợi ý (" + first.members().size() + " ý kiến): " + first.wording());
        // every word shown is written by a member of the group
        for (String word : first.shared()) {
            assertThat(first.members()).anyMatch(m -> m.content().toLowerCase().contains(word.toLowerCase()));
        }

        robot.interact(() -> tree.getSelectionModel().clearAndSelect(tree.getRow(tree.getRoot().getChildren()
                .stream().filter(i -> i.getValue() == first).findFirst().orElseThrow())));
        robot.clickOn("#acceptButton");
        FxTestSupport.waitUntil(() -> context.groups().list(july.id()).stream()
                .anyMatch(g -> g.group().status() == GroupStatus.ACCEPTED));
        assertThat(context.groups().list(july.id()).stream().filter(g -> g.group().status() == GroupStatus.ACCEPTED)
                .findFirst().orElseThrow().members()).hasSize(first.members().size());
        FxTestSupport.waitUntil(() -> shownCells(robot).stream().anyMatch(text -> text.startsWith("Đã nhận")));
        assertThat(shownCells(robot).stream().filter(text -> text.startsWith("Đã nhận")))
                .allMatch(text -> !text.contains("\nChung: "));
    }

    private static List<String> shownCells(FxRobot robot) {
        return robot.lookup(".report-group").queryAll().stream().filter(n -> n instanceof TreeCell<?>)
                .map(n -> ((TreeCell<?>) n).getText()).filter(t -> t != null).toList();
    }
}
