package org.cutri.help;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.cutri.common.i18n.Messages;

/**
 * The user guide in a window of its own: its chapters on the left, the text on the right, rendered from the
 * Markdown shipped in the program. Works offline, in the jar, without a browser. Esc closes it.
 *
 * <p>Trợ giúp → Hướng dẫn sử dụng shows it from its top; F1 shows it at the section about the screen in use
 * ({@link #showSection}), its chapter chosen in the contents.
 */
public class GuideWindow {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GuideWindow.class);
    private static final double MIN_COLUMN_SHARE = 12;

    private final Messages messages;
    /** Every heading of the guide as shown on the page, by its title (its text without the chapter number). */
    private final Map<String, Node> sections = new HashMap<>();
    /** The chapter of the contents each of those headings belongs to (itself for a chapter). */
    private final Map<String, GuideText.Heading> chapters = new HashMap<>();
    private Stage stage;
    private ScrollPane scroll;
    private VBox page;
    private ListView<GuideText.Heading> contents;

    public GuideWindow(Messages messages) {
        this.messages = messages;
    }

    /** Shows the whole guide from its top, no chapter chosen (the same window again when it is already open). */
    public void show(Window owner) {
        open(owner);
        showTop();
    }

    /**
     * Shows the guide at the section with this title ({@link GuideText.Heading#title()}: "Thôn, xóm" for the heading
     * "4. Thôn, xóm"): its chapter is chosen in the contents and the page is scrolled to its heading. A guide without
     * that section (edited apart from the program) is shown from its top.
     */
    public void showSection(Window owner, String title) {
        open(owner);
        Node section = sections.get(title);
        if (section == null) {
            LOG.warn("The user guide has no section \"{}\"; it is shown from its top", title);
            showTop();
            return;
        }
        contents.getSelectionModel().select(chapters.get(title));
        contents.scrollTo(chapters.get(title));
        // Also when the chapter was chosen already (the reader has scrolled away since): choosing it again moves nothing.
        scrollTo(section);
    }

    private void open(Window owner) {
        if (stage == null) {
            stage = build(owner);
        }
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    private void showTop() {
        contents.getSelectionModel().clearSelection();
        contents.scrollTo(0);
        scroll.setVvalue(0);
    }

    private Stage build(Window owner) {
        page = new VBox(8);
        page.setId("guidePage");
        page.getStyleClass().add("guide-page");
        page.setPadding(new Insets(16, 24, 24, 24));
        scroll = new ScrollPane(page);
        scroll.setId("guideScroll");
        scroll.setFitToWidth(true);
        contents = new ListView<>();
        contents.setId("guideContents");
        contents.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(GuideText.Heading item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
                setWrapText(true);
                setPrefWidth(0);
            }
        });

        Map<GuideText.Heading, Node> anchors = new LinkedHashMap<>();
        UserGuide.read().ifPresentOrElse(blocks -> {
            GuideText.Heading chapter = null;
            for (GuideText.Block block : blocks) {
                Node node = render(block);
                page.getChildren().add(node);
                if (block instanceof GuideText.Heading heading) {
                    if (heading.level() <= 2) {
                        anchors.put(heading, node);
                        chapter = heading;
                    }
                    if (!sections.containsKey(heading.title())) {
                        sections.put(heading.title(), node);
                        chapters.put(heading.title(), chapter == null ? heading : chapter);
                    }
                }
            }
        }, () -> page.getChildren().add(paragraph(List.of(
                new GuideText.Span(messages.get("help.guide.missing"), false, false, false)))));
        page.getChildren().add(1, note(messages.get("help.guide.note")));
        contents.getItems().setAll(anchors.keySet());
        contents.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                scrollTo(anchors.get(now));
            }
        });

        SplitPane split = new SplitPane(contents, scroll);
        split.setDividerPositions(0.28);
        Scene scene = new Scene(split, 1000, 700);
        scene.getStylesheets().add(GuideWindow.class.getResource("help.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            // A filter: the contents list would take Esc for itself.
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                stage.hide();
            }
        });
        Stage created = new Stage();
        created.initOwner(owner);
        created.setTitle(messages.get("help.guide.title"));
        if (owner instanceof Stage main) {
            created.getIcons().setAll(main.getIcons());
        }
        created.setScene(scene);
        return created;
    }

    /** Scrolls the page so that this heading is at the top (as near as the page's end allows). */
    private void scrollTo(Node target) {
        // The page may not be laid out yet when a chapter is chosen right after the window opened.
        Parent root = scroll.getScene().getRoot();
        root.applyCss();
        root.layout();
        double room = page.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(room <= 0 ? 0 : Math.min(1, target.getBoundsInParent().getMinY() / room));
    }

    private static Node render(GuideText.Block block) {
        if (block instanceof GuideText.Heading heading) {
            TextFlow flow = flow(heading.spans());
            flow.getStyleClass().add("guide-h" + Math.min(heading.level(), 3));
            return flow;
        }
        if (block instanceof GuideText.Paragraph paragraph) {
            return paragraph(paragraph.spans());
        }
        if (block instanceof GuideText.ListItem item) {
            Label marker = new Label(item.marker());
            marker.getStyleClass().add("guide-marker");
            marker.setMinWidth(24);
            TextFlow text = flow(item.spans());
            HBox line = new HBox(2, marker, text);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            text.setPrefWidth(0);
            line.setPadding(new Insets(0, 0, 0, 8 + 22 * item.depth()));
            line.getStyleClass().add("guide-item");
            return line;
        }
        if (block instanceof GuideText.Table table) {
            return table(table);
        }
        Label code = new Label(((GuideText.Code) block).text());
        code.getStyleClass().add("guide-code");
        return code;
    }

    private static Node note(String text) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.getStyleClass().add("guide-note");
        return note;
    }

    private static TextFlow paragraph(List<GuideText.Span> spans) {
        TextFlow flow = flow(spans);
        flow.getStyleClass().add("guide-paragraph");
        return flow;
    }

    private static TextFlow flow(List<GuideText.Span> spans) {
        List<Node> texts = new ArrayList<>();
        for (GuideText.Span span : spans) {
            Text text = new Text(span.text());
            text.getStyleClass().add("guide-text");
            if (span.bold()) {
                text.getStyleClass().add("guide-bold");
            }
            if (span.italic()) {
                text.getStyleClass().add("guide-italic");
            }
            if (span.code()) {
                text.getStyleClass().add("guide-code-span");
            }
            texts.add(text);
        }
        return new TextFlow(texts.toArray(Node[]::new));
    }

    /** A grid whose columns share the width by how much text they hold (each at least a little). */
    private static Node table(GuideText.Table table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("guide-table");
        int columns = table.rows().stream().mapToInt(List::size).max().orElse(1);
        double[] weight = new double[columns];
        for (List<List<GuideText.Span>> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                weight[c] = Math.max(weight[c], Math.min(60, GuideText.plain(row.get(c)).length()));
            }
        }
        double total = 0;
        for (int c = 0; c < columns; c++) {
            total += Math.max(weight[c], 1);
        }
        for (int c = 0; c < columns; c++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(Math.max(MIN_COLUMN_SHARE, 100 * Math.max(weight[c], 1) / total));
            grid.getColumnConstraints().add(constraints);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<List<GuideText.Span>> row = table.rows().get(r);
            for (int c = 0; c < columns; c++) {
                TextFlow cell = flow(c < row.size() ? row.get(c) : List.of());
                cell.getStyleClass().add(r == 0 ? "guide-header" : "guide-cell");
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.setMaxHeight(Double.MAX_VALUE);
                grid.add(cell, c, r);
            }
        }
        return grid;
    }
}
