package org.cutri.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.common.text.VietText;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.meeting.Meeting;
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
 * The opinion list (Ý kiến, kiến nghị) on the demo commune, opened right after start: every stored opinion
 * is listed and counted, typing filters with or without diacritics to the same rows, and Enter opens the
 * chosen opinion's meeting in the minutes screen.
 */
@ExtendWith(ApplicationExtension.class)
class OpinionListViewTest {

    @TempDir
    static Path folder;

    private TestWindow window;
    private List<OpinionListItem> stored;

    @Start
    void start(Stage stage) {
        var context = TestContexts.open(folder.resolve("data-" + System.nanoTime()));
        context.demo().load(false);
        stored = context.opinions().listItems();
        window = TestWindow.open(stage, context);
    }

    @AfterEach
    void close() {
        window.close();
    }

    /** Opens the screen from the sidebar and waits until it lists every stored opinion. */
    private TableView<OpinionListItem> openList(FxRobot robot) {
        assertThat(stored).hasSizeGreaterThan(10);
        FxTestSupport.openArea(robot, "#nav-opinions");
        TableView<OpinionListItem> table = robot.lookup("#table").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() == stored.size());
        return table;
    }

    /**
     * The stored opinions a query should find, worked out here independently of the search index: each
     * word typed (case, diacritics and đ ignored) starts a word of the content, hamlet, field, body or code.
     */
    private List<Integer> expectedIds(String query) {
        String[] typed = VietText.fold(query).split("[^a-z0-9]+");
        List<Integer> ids = new ArrayList<>();
        for (OpinionListItem item : stored) {
            List<String> words = Stream.of(item.content(), item.hamletName(), item.fieldName(), item.authorityBody(),
                            item.code())
                    .filter(t -> t != null).flatMap(t -> Arrays.stream(VietText.fold(t).split("[^a-z0-9]+"))).toList();
            if (Arrays.stream(typed).allMatch(q -> words.stream().anyMatch(w -> w.startsWith(q)))) {
                ids.add(item.id());
            }
        }
        return ids;
    }

    private static List<Integer> shownIds(TableView<OpinionListItem> table) {
        return table.getItems().stream().map(OpinionListItem::id).toList();
    }

    private static void search(FxRobot robot, TableView<OpinionListItem> table, String query, List<Integer> expected) {
        robot.clickOn("#searchField").type(KeyCode.ESCAPE).write(query);
        FxTestSupport.waitUntil(() -> table.getItems().size() == expected.size());
        assertThat(shownIds(table)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyStoredOpinionIsListedAndTypingFiltersTheSameWithOrWithoutDiacritics(FxRobot robot) {
        TableView<OpinionListItem> table = openList(robot);
        Label summary = robot.lookup("#summaryLabel").queryAs(Label.class);
        FxTestSupport.waitUntil(() -> summary.getText().startsWith(stored.size() + " / " + stored.size() + " ý kiến"));
        assertThat(table.getItems()).extracting(OpinionListItem::code)
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(OpinionListItem::code).toList());

        List<Integer> water = expectedIds("nước");
        assertThat(water).isNotEmpty().hasSizeLessThan(stored.size());
        search(robot, table, "nước", water);
        List<Integer> withDiacritics = shownIds(table);
        FxTestSupport.waitUntil(() -> summary.getText().startsWith(water.size() + " / " + stored.size() + " ý kiến"));
        search(robot, table, "NUOC", water);
        assertThat(shownIds(table)).as("the same rows in the same order").isEqualTo(withDiacritics);

        List<Integer> road = expectedIds("đường");
        assertThat(road).isNotEmpty();
        search(robot, table, "duong", road);
        search(robot, table, "Đường", road);

        robot.type(KeyCode.ESCAPE);
        FxTestSupport.waitUntil(() -> table.getItems().size() == stored.size());
    }

    @Test
    void enterOnAnOpinionOpensItsMeetingInTheMinutesScreen(FxRobot robot) {
        TableView<OpinionListItem> table = openList(robot);
        OpinionListItem wanted = stored.get(stored.size() / 2);

        robot.clickOn("#searchField").write(wanted.code());
        FxTestSupport.waitUntil(() -> !table.getItems().isEmpty() && table.getItems().get(0).id() == wanted.id());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        SearchableComboBox<Meeting> meetingBox = robot.lookup("#meetingBox").query();
        FxTestSupport.waitUntil(() -> meetingBox.getValue() != null && meetingBox.getValue().id() == wanted.meetingId());
        assertThat(robot.lookup("#nav-meetings").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(window.context().opinions().listByMeeting(wanted.meetingId())).extracting(Opinion::code)
                .contains(wanted.code());
    }

    @Test
    void typingAHamletWithoutDiacriticsInTheHamletFilterShowsOnlyThatHamletsOpinions(FxRobot robot) {
        TableView<OpinionListItem> table = openList(robot);
        String hamlet = stored.stream().map(OpinionListItem::hamletName).filter(n -> n != null && n.startsWith("Thôn "))
                .findFirst().orElseThrow();
        // "thon dong ha" for "Thôn Đông Hải": no diacritics, no đ, the last letter left off.
        String folded = VietText.fold(hamlet);
        String typed = folded.substring(0, folded.length() - 1);
        assertThat(typed).startsWith("thon ").isNotEqualTo(hamlet.substring(0, hamlet.length() - 1).toLowerCase());
        assertThat(stored.stream().map(OpinionListItem::hamletName).filter(n -> n != null).distinct()
                .filter(n -> VietText.fold(n).contains(typed))).as("the typed words name one hamlet").hasSize(1);
        List<Integer> ofHamlet = stored.stream().filter(o -> hamlet.equals(o.hamletName())).map(OpinionListItem::id)
                .toList();
        assertThat(ofHamlet).isNotEmpty().hasSizeLessThan(stored.size());

        robot.clickOn("#hamletBox").write(typed).type(KeyCode.ENTER);

        FxTestSupport.waitUntil(() -> table.getItems().size() == ofHamlet.size());
        assertThat(shownIds(table)).containsExactlyInAnyOrderElementsOf(ofHamlet);
        assertThat(table.getItems()).allMatch(o -> hamlet.equals(o.hamletName()));
        Label summary = robot.lookup("#summaryLabel").queryAs(Label.class);
        FxTestSupport.waitUntil(() -> summary.getText().startsWith(ofHamlet.size() + " / " + stored.size() + " ý kiến"));
        assertThat(robot.lookup("#hamletBox .list-cell").queryAs(javafx.scene.control.ListCell.class).getText())
                .isEqualTo(hamlet);
        assertThat(window.context().opinions().listItems().stream().filter(o -> hamlet.equals(o.hamletName())))
                .as("what is stored for the hamlet").hasSize(ofHamlet.size());
    }
}
