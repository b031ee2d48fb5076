package org.cutri.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Cell;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.cutri.office.OfficeKind;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen fits the common office screen (1280×720, the size of a 1366×768 screen's usable window
 * too): no label, button, heading or column title is cut ("Biên bản hội…") or runs off the window. Rows of
 * data (table and list cells) may be shortened; the words of the program may not.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensFitTest {

    private static final double WIDTH = 1280;
    private static final double HEIGHT = 720;

    @TempDir
    static Path folder;

    private TestWindow window;
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = TestWindow.open(stage, folder, context -> context.demo().load(false));
        view = window.view();
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
    }

    @AfterEach
    void close() {
        window.close();
    }

    /**
     * One visit of every screen (the commune office's, then the province office's) checks all that must fit, each
     * told apart in the failure:
     * <ul>
     * <li>no words of the program are cut (labels, buttons, headings, column titles, the sidebar, every tab);</li>
     * <li>a form's "Lưu" button is in sight without scrolling: at 1280×720 the meeting form's buttons once sat below
     * its scrolled area, and a secretary typing a meeting saw no way to save it;</li>
     * <li>the pickers and buttons of a screen's toolbar keep the width they ask for and stay inside the window: the
     * minutes toolbar once squeezed its round and meeting pickers and pushed "Lưu Word/PDF…" past the right edge;</li>
     * <li>a field's grey hint ("vd. 10:00", "gõ vài chữ: giao, nuoc…") is read whole: the minutes screen once showed
     * "vd. 10:0" and "thôn / xã / tỉnh / trung ương /";</li>
     * <li>an empty table says in Vietnamese what to do: the personal-data screen once showed the toolkit's own "No
     * content in table" before the first search.</li>
     * </ul>
     */
    @Test
    void atTheCommonOfficeScreenSizeNothingIsCutSqueezedOutOfSightOrInTheToolkitsEnglish(FxRobot robot) {
        List<String> cut = new ArrayList<>(cutOn(robot, "sidebar", view.root()));
        List<String> hiddenSave = new ArrayList<>();
        List<String> squeezed = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        List<String> english = new ArrayList<>();
        onEveryScreen(robot, area -> {
            Parent root = shown(robot, area);
            squeezed.addAll(squeezedInToolbar(robot, area, root));
            hints.addAll(cutHints(robot, area, root));
            english.addAll(englishPlaceholders(robot, area, root));
            if (area.shownAt(OfficeKind.COMMUNE)) {
                hiddenSave.addAll(saveButtonsOutOfSight(robot, area, root));
            }
            // Last: it goes through the screen's tabs.
            cut.addAll(cutOnScreen(robot, area, root));
            return List.of();
        });
        org.assertj.core.api.SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(cut).as("labels cut at %sx%s", WIDTH, HEIGHT).isEmpty();
            soft.assertThat(hiddenSave).as("save buttons out of sight at %sx%s", WIDTH, HEIGHT).isEmpty();
            soft.assertThat(squeezed).as("toolbar controls cut at %sx%s", WIDTH, HEIGHT).isEmpty();
            soft.assertThat(hints).as("field hints cut at %sx%s", WIDTH, HEIGHT).isEmpty();
            soft.assertThat(english).as("tables with the toolkit's English placeholder").isEmpty();
        });
    }

    private List<String> saveButtonsOutOfSight(FxRobot robot, Area area, Parent root) {
        List<String> hidden = new ArrayList<>();
                robot.interact(() -> {
            root.applyCss();
            root.layout();
            for (Button button : ShownNodes.of(root, Button.class)) {
                if (button.getText() == null || !button.getText().startsWith("Lưu")) {
                    continue;
                }
                Bounds bounds = button.localToScene(button.getLayoutBounds());
                for (Node n = button.getParent(); n != null; n = n.getParent()) {
                    if (n instanceof ScrollPane scroll) {
                        Bounds sight = scroll.localToScene(scroll.getLayoutBounds());
                        if (bounds.getMaxY() > sight.getMaxY() + 1 || bounds.getMaxX() > sight.getMaxX() + 1) {
                            hidden.add(area.name() + ": \"" + button.getText() + "\"");
                        }
                        break;
                    }
                }
            }
        });
        return hidden;
    }

    private List<String> englishPlaceholders(FxRobot robot, Area area, Parent root) {
                return FxTestSupport.onFx(() -> ShownNodes.texts(root)).stream()
                .filter(text -> text.contains("No content in table")).map(text -> area.name() + ": " + text).toList();
    }

    private List<String> cutHints(FxRobot robot, Area area, Parent root) {
                List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            root.applyCss();
            root.layout();
            for (javafx.scene.control.TextField field : ShownNodes.of(root, javafx.scene.control.TextField.class)) {
                String hint = field.getPromptText();
                if (hint == null || hint.isBlank() || !field.getText().isEmpty()) {
                    continue;
                }
                Text measure = new Text(hint);
                measure.setFont(field.getFont());
                double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
                if (measure.getLayoutBounds().getWidth() > room + 1) {
                    cut.add(area.name() + ": \"" + hint + "\" in " + Math.round(room) + " px");
                }
            }
        });
        return cut;
    }

    /** What {@code check} finds on every screen of the commune office, then of the province office. */
    private List<String> onEveryScreen(FxRobot robot, Function<Area, List<String>> check) {
        List<String> found = new ArrayList<>();
        for (Area area : Area.values()) {
            if (area.shownAt(OfficeKind.COMMUNE)) {
                found.addAll(check.apply(area));
            }
        }
        robot.interact(() -> view.showOffice(OfficeKind.PROVINCE));
        for (Area area : Area.values()) {
            if (area.office() == OfficeKind.PROVINCE) {
                found.addAll(check.apply(area));
            }
        }
        return found;
    }

    /** Opens the area's screen and waits until it has read what it shows. */
    private Parent shown(FxRobot robot, Area area) {
        robot.interact(() -> view.showArea(area));
        Parent root = view.screen(area).root();
        FxTestSupport.waitUntil(() -> !ShownNodes.texts(root).contains("Đang tải…"));
        WaitForAsyncUtils.waitForFxEvents();
        return root;
    }

    private List<String> squeezedInToolbar(FxRobot robot, Area area, Parent root) {
                List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            root.applyCss();
            root.layout();
            double sceneWidth = stage.getScene().getWidth();
            for (Control control : ShownNodes.of(root, Control.class)) {
                if (!inToolbar(control) || control instanceof Labeled labeled && labeled.isWrapText()) {
                    continue;
                }
                String name = control.getId() != null ? "#" + control.getId()
                        : control instanceof Labeled labeled ? "\"" + labeled.getText() + "\""
                        : control.getClass().getSimpleName();
                Bounds bounds = control.localToScene(control.getLayoutBounds());
                if (bounds.getMaxX() > sceneWidth + 1) {
                    cut.add(area.name() + ": " + name + " runs off the window");
                } else if (control.getWidth() < control.prefWidth(-1) - 1) {
                    cut.add(area.name() + ": " + name + " squeezed to " + Math.round(control.getWidth()) + " of "
                            + Math.round(control.prefWidth(-1)));
                }
            }
        });
        return cut;
    }

    private static boolean inToolbar(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Control) {
                return false;
            }
            if (n.getStyleClass().contains("screen-toolbar")) {
                return true;
            }
        }
        return false;
    }

    private List<String> cutOnScreen(FxRobot robot, Area area, Parent root) {
                List<String> cut = new ArrayList<>();
        List<TabPane> tabPanes = FxTestSupport.onFx(() -> ShownNodes.of(root, TabPane.class));
        cut.addAll(cutOn(robot, area.name(), root));
        for (TabPane tabs : tabPanes) {
            for (Tab tab : List.copyOf(tabs.getTabs())) {
                robot.interact(() -> tabs.getSelectionModel().select(tab));
                WaitForAsyncUtils.waitForFxEvents();
                cut.addAll(cutOn(robot, area.name() + "/" + tab.getText(), root));
            }
            robot.interact(() -> tabs.getSelectionModel().select(0));
        }
        return cut;
    }

    private List<String> cutOn(FxRobot robot, String where, Parent root) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            root.applyCss();
            root.layout();
            double sceneWidth = stage.getScene().getWidth();
            double sceneHeight = stage.getScene().getHeight();
            for (Labeled labeled : ShownNodes.of(root, Labeled.class)) {
                if (labeled instanceof Cell || labeled.getText() == null || labeled.getText().isBlank()) {
                    continue;
                }
                String shown = shownText(labeled);
                Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
                if (shown != null && !shown.equals(labeled.getText())) {
                    cut.add(where + ": \"" + labeled.getText() + "\" shown as \"" + shown + "\"");
                } else if ((bounds.getMaxX() > sceneWidth + 1 || bounds.getMaxY() > sceneHeight + 1)
                        && !inScrollPane(labeled)) {
                    cut.add(where + ": \"" + labeled.getText() + "\" runs off the window");
                } else if (overlapped(labeled) != null) {
                    cut.add(where + ": \"" + labeled.getText() + "\" runs into " + overlapped(labeled));
                }
            }
        });
        return cut;
    }

    /** The text the skin draws (shortened with "…" when it does not fit). */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return null;
    }

    /** A neighbour in a grid or row that the label's text runs into, or null. */
    private static Node overlapped(Labeled labeled) {
        if (!(labeled.getParent() instanceof javafx.scene.layout.GridPane
                || labeled.getParent() instanceof javafx.scene.layout.HBox
                || labeled.getParent() instanceof javafx.scene.layout.VBox)) {
            return null;
        }
        Bounds mine = layoutBox(labeled);
        for (Node other : labeled.getParent().getChildrenUnmodifiable()) {
            if (other == labeled || !other.isVisible() || !other.isManaged()) {
                continue;
            }
            Bounds theirs = layoutBox(other);
            double width = Math.min(mine.getMaxX(), theirs.getMaxX()) - Math.max(mine.getMinX(), theirs.getMinX());
            double height = Math.min(mine.getMaxY(), theirs.getMaxY()) - Math.max(mine.getMinY(), theirs.getMinY());
            if (width > 1 && height > 1) {
                return other;
            }
        }
        return null;
    }

    /** Where the layout put the node (without focus rings and shadows drawn around it). */
    private static Bounds layoutBox(Node node) {
        Bounds layout = node.getLayoutBounds();
        return new javafx.geometry.BoundingBox(node.getLayoutX() + layout.getMinX(), node.getLayoutY() + layout.getMinY(),
                layout.getWidth(), layout.getHeight());
    }

    private static boolean inScrollPane(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            // Scrolled content, and column titles of a table wider than its place (it scrolls sideways).
            if (n instanceof ScrollPane || n instanceof javafx.scene.control.TableView
                    || n.getStyleClass().contains("virtual-flow")) {
                return true;
            }
        }
        return false;
    }
}
