package org.cutri.common.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;

import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

import org.cutri.common.i18n.Messages;

/**
 * Loads the FXML of a view: {@code XxxView.fxml} beside {@code XxxView.java}, with the view as controller.
 * Words of the program are never cut: a label or button that does not wrap keeps at least the width of
 * its text, so on a narrow window (1280×720) the fields beside it give way, not "Biên bản hội…".
 */
public final class Views {

    private Views() {
    }

    public static Parent load(Object controller, Messages messages) {
        Class<?> type = controller.getClass();
        URL fxml = type.getResource(type.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No FXML for " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setController(controller);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
        keepWordsWhole(root);
        TypedText.cleanAll(root);
        return root;
    }

    /**
     * A grid column holding labels is as wide as its widest label that keeps to one line: a fixed width
     * written for one language and one font ("minWidth=110") would cut "Ngày khai mạc kỳ họp" on another
     * screen. A label allowed to wrap takes the column's width and wraps within it, instead of widening it.
     */
    private static void keepLabelColumnsWhole(GridPane grid) {
        for (int i = 0; i < grid.getColumnConstraints().size(); i++) {
            int column = i;
            List<Label> labels = grid.getChildren().stream()
                    .filter(n -> n instanceof Label && columnOf(n) == column
                            && (GridPane.getColumnSpan(n) == null || GridPane.getColumnSpan(n) == 1))
                    .map(Label.class::cast).toList();
            if (labels.isEmpty()) {
                continue;
            }
            ColumnConstraints constraints = grid.getColumnConstraints().get(i);
            // The column's smallest width follows its labels (each keeps its words: see keepWordsWhole).
            if (constraints.getMinWidth() >= 0) {
                constraints.setMinWidth(Region.USE_COMPUTED_SIZE);
            }
            if (constraints.getMaxWidth() >= 0 && constraints.getMaxWidth() < Double.MAX_VALUE) {
                constraints.setMaxWidth(Region.USE_COMPUTED_SIZE);
            }
            for (Label label : labels) {
                if (label.isWrapText()) {
                    label.setPrefWidth(1);
                    label.setMaxWidth(Double.MAX_VALUE);
                }
            }
        }
    }

    private static int columnOf(Node node) {
        Integer column = GridPane.getColumnIndex(node);
        return column == null ? 0 : column;
    }

    /** Gives every label and button that does not wrap a minimum width of its text (unless one is set). */
    public static void keepWordsWhole(Node node) {
        if (node instanceof Labeled labeled && !(node instanceof Cell) && !labeled.isWrapText()
                && labeled.getMinWidth() == Region.USE_COMPUTED_SIZE) {
            labeled.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (node instanceof Parent parent && !(node instanceof Control)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                keepWordsWhole(child);
            }
        }
        if (node instanceof GridPane grid) {
            keepLabelColumnsWhole(grid);
        }
        if (node instanceof TableView<?> table) {
            TableHeaders.keepWhole(table);
        }
        if (node instanceof SplitPane split) {
            split.getItems().forEach(Views::keepWordsWhole);
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            keepWordsWhole(scroll.getContent());
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().stream().filter(t -> t.getContent() != null).forEach(t -> keepWordsWhole(t.getContent()));
        }
        if (node instanceof TitledPane titled && titled.getContent() != null) {
            keepWordsWhole(titled.getContent());
        }
        if (node instanceof ToolBar bar) {
            bar.getItems().forEach(Views::keepWordsWhole);
        }
    }
}
