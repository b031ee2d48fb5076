package org.cutri.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.ShownNodes;
import org.cutri.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Red means "wrong": a focused field does not look wrong, and a chosen row stays readable. */
@ExtendWith(ApplicationExtension.class)
class ColoursViewTest {

    @TempDir
    static Path folder;

    private TestWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, folder, context -> {
            context.demo().load(false);
            // A round with no meeting yet: its schedule has problems to list.
            context.rounds().create(new RoundDraft(null, RoundKind.THEMATIC, "Tiếp xúc chuyên đề đất đai", null,
                    null, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5), null, null, null, null));
        });
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void aFocusedFieldHasNoErrorColour(FxRobot robot) {
        TextField filter = robot.lookup("#filterField").queryAs(TextField.class);
        robot.clickOn(filter);
        FxTestSupport.waitUntil(filter::isFocused);

        List<Color> colours = FxTestSupport.onFx(() -> fills(filter));
        assertThat(colours).as("the focused field's ring and border").isNotEmpty().noneMatch(ColoursViewTest::looksLikeAnError);
    }

    @Test
    void aChosenProblemOfTheScheduleStaysReadable(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-rounds");
        ListView<?> conflicts = robot.lookup("#conflictList").queryListView();
        FxTestSupport.waitUntil(() -> !conflicts.getItems().isEmpty());
        ListCell<?> first = FxTestSupport.onFx(() -> ShownNodes.of(conflicts, ListCell.class).stream()
                .filter(c -> !c.isEmpty()).findFirst().orElseThrow());
        robot.clickOn(first);
        FxTestSupport.waitUntil(() -> selectedCell(conflicts) != null && conflicts.isFocused());
        assertReadable(selectedCell(conflicts), "chosen, list focused");

        robot.clickOn("#roundFilterField");
        FxTestSupport.waitUntil(() -> !conflicts.isFocused());
        assertReadable(selectedCell(conflicts), "chosen, focus elsewhere");
    }

    private static void assertReadable(ListCell<?> cell, String state) {
        Color text = FxTestSupport.onFx(() -> (Color) cell.getTextFill());
        List<Color> fills = FxTestSupport.onFx(() -> fills(cell));
        Color background = fills.get(fills.size() - 1);
        assertThat(contrast(text, background)).as("%s: text %s on %s", state, text, background)
                .isGreaterThanOrEqualTo(4.5);
    }

    private static ListCell<?> selectedCell(ListView<?> list) {
        return ShownNodes.of(list, ListCell.class).stream().filter(c -> c.isSelected() && !c.isEmpty()).findFirst()
                .orElse(null);
    }

    private static List<Color> fills(javafx.scene.layout.Region region) {
        return region.getBackground() == null ? List.of() : region.getBackground().getFills().stream()
                .map(BackgroundFill::getFill).filter(Color.class::isInstance).map(Color.class::cast)
                .filter(c -> c.getOpacity() > 0.5).toList();
    }

    /** A strong red like the error colour #b3261e. */
    private static boolean looksLikeAnError(Color colour) {
        return colour.getOpacity() > 0.5 && colour.getRed() > 0.55 && colour.getGreen() < 0.35 && colour.getBlue() < 0.35;
    }

    /** WCAG contrast ratio of two colours (4.5 is the minimum for body text). */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
