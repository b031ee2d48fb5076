package org.cutri.common.ui;

import java.util.List;
import java.util.Objects;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.EventHandler;
import javafx.geometry.HPos;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Popup;

/**
 * The look of {@link SearchableComboBox}: the value (or the prompt) and an arrow, like a combo box; while
 * open, a search field over the box and, below it, a popup list of the values matching what is typed.
 * The popup list is a copy refilled from the items: it never shares a selection model with the value.
 */
final class SearchableComboBoxSkin<T> extends SkinBase<SearchableComboBox<T>> {

    private static final int VISIBLE_ROWS = 10;
    private static final double MAX_POPUP_WIDTH = 720;

    private final DisplayCell<T> display = new DisplayCell<>();
    private final StackPane arrowButton = new StackPane();
    private final TextField search = new TextField();
    private final ObservableList<T> shown = FXCollections.observableArrayList();
    private final ListView<T> list = new ListView<>(shown);
    private final Popup popup = new Popup();
    private final ListChangeListener<T> itemsChanged = change -> {
        if (getSkinnable().isShowing()) {
            refilter(false);
        }
    };
    private final EventHandler<MouseEvent> pressed = this::pressed;
    private final EventHandler<KeyEvent> keyPressed = this::keyPressedWhileClosed;
    private final EventHandler<KeyEvent> keyTyped = this::keyTypedWhileClosed;
    private ObservableList<T> watched;
    /** True once the user typed or moved the highlight since the list opened: Tab then takes the line. */
    private boolean chose;

    SearchableComboBoxSkin(SearchableComboBox<T> box) {
        super(box);
        StackPane arrow = new StackPane();
        arrow.getStyleClass().add("arrow");
        arrow.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        arrowButton.getStyleClass().add("arrow-button");
        arrowButton.getChildren().add(arrow);
        display.setFocusTraversable(false);
        display.setMouseTransparent(true);
        search.getStyleClass().add("picker-search");
        search.setFocusTraversable(false);
        search.setVisible(false);
        search.promptTextProperty().bind(box.searchPromptTextProperty());
        getChildren().addAll(display, arrowButton, search);

        Label noMatch = new Label();
        noMatch.textProperty().bind(box.noMatchTextProperty());
        list.setPlaceholder(noMatch);
        list.setFocusTraversable(false);
        list.setCellFactory(view -> {
            ListCell<T> cell = new ListCell<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : getSkinnable().label(item));
                }
            };
            cell.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && !cell.isEmpty()) {
                    take(cell.getItem());
                }
            });
            return cell;
        });
        StackPane content = new StackPane(list);
        content.getStyleClass().add("combo-box-popup");
        popup.getContent().add(content);
        popup.setAutoHide(true);
        popup.setAutoFix(true);
        popup.setOnHidden(event -> getSkinnable().hide());

        registerChangeListener(box.valueProperty(), o -> updateDisplay());
        registerChangeListener(box.converterProperty(), o -> updateDisplay());
        registerChangeListener(box.promptTextProperty(), o -> updateDisplay());
        registerChangeListener(box.itemsProperty(), o -> watch(box.getItems()));
        registerChangeListener(box.showingProperty(), o -> {
            if (getSkinnable().isShowing()) {
                open();
            } else {
                close();
            }
        });
        registerChangeListener(box.sceneProperty(), o -> {
            if (getSkinnable().getScene() == null) {
                getSkinnable().hide();
            }
        });
        registerChangeListener(search.textProperty(), o -> {
            if (getSkinnable().isShowing()) {
                chose = true;
                refilter(true);
            }
        });
        registerChangeListener(search.focusedProperty(), o -> {
            if (!search.isFocused() && getSkinnable().isShowing()) {
                getSkinnable().hide();
            }
        });
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressedWhileOpen);
        box.addEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        box.addEventHandler(KeyEvent.KEY_PRESSED, keyPressed);
        box.addEventHandler(KeyEvent.KEY_TYPED, keyTyped);
        watch(box.getItems());
        updateDisplay();
    }

    @Override
    public void dispose() {
        SearchableComboBox<T> box = getSkinnable();
        if (box != null) {
            box.removeEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
            box.removeEventHandler(KeyEvent.KEY_PRESSED, keyPressed);
            box.removeEventHandler(KeyEvent.KEY_TYPED, keyTyped);
        }
        watch(null);
        popup.hide();
        super.dispose();
    }

    private void watch(ObservableList<T> items) {
        if (watched != null) {
            watched.removeListener(itemsChanged);
        }
        watched = items;
        if (items != null) {
            items.addListener(itemsChanged);
        }
        itemsChanged.onChanged(null);
    }

    private void updateDisplay() {
        T value = getSkinnable().getValue();
        display.show(value, value == null ? getSkinnable().getPromptText() : getSkinnable().label(value));
    }

    // ---------------------------------------------------------------- opening and closing

    private void open() {
        SearchableComboBox<T> box = getSkinnable();
        if (box.getScene() == null || box.getScene().getWindow() == null) {
            box.hide();
            return;
        }
        search.setText("");
        chose = false;
        refilter(false);
        search.setVisible(true);
        search.requestFocus();
        Point2D below = box.localToScreen(0, box.getHeight());
        if (below != null) {
            popup.show(box, below.getX(), below.getY());
        }
    }

    private void close() {
        boolean hadFocus = search.isFocused();
        popup.hide();
        search.setVisible(false);
        if (hadFocus) {
            getSkinnable().requestFocus();
        }
    }

    /** Takes a line as the value (only if it is another value), closes the list and keeps the focus here. */
    private void take(T item) {
        SearchableComboBox<T> box = getSkinnable();
        if (item != null && !Objects.equals(item, box.getValue())) {
            box.setValue(item);
        }
        box.requestFocus();
        box.hide();
    }

    /** Shows the items matching the search text; highlights the value, or the first match while typing. */
    private void refilter(boolean typing) {
        SearchableComboBox<T> box = getSkinnable();
        String typed = search.getText();
        T highlighted = list.getSelectionModel().getSelectedItem();
        List<T> found = box.getItems() == null ? List.of() : box.matching(box.getItems(), typed);
        shown.setAll(found);
        T target;
        if (!typing && highlighted != null && found.contains(highlighted) && chose) {
            target = highlighted;
        } else if (!typing && found.contains(box.getValue())) {
            target = box.getValue();
        } else {
            target = found.isEmpty() ? null : found.get(0);
        }
        if (target == null) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getSelectionModel().select(target);
            list.scrollTo(target);
        }
        size(found);
    }

    private void size(List<T> found) {
        double row = Math.max(24, Math.ceil(display.prefHeight(-1)));
        list.setFixedCellSize(row);
        int rows = Math.max(1, Math.min(found.size(), VISIBLE_ROWS));
        list.setPrefHeight(rows * row + 4);
        double width = getSkinnable().getWidth();
        Text measure = new Text();
        measure.setFont(display.getFont());
        double widest = 0;
        List<String> lines = found.isEmpty() ? List.of(getSkinnable().getNoMatchText())
                : found.subList(0, Math.min(found.size(), 500)).stream().map(getSkinnable()::label).toList();
        for (String line : lines) {
            measure.setText(line);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        // Room for the cell padding and a scroll bar.
        list.setPrefWidth(Math.max(width, Math.min(MAX_POPUP_WIDTH, widest + 40)));
    }

    // ---------------------------------------------------------------- mouse and keys

    private void pressed(MouseEvent event) {
        SearchableComboBox<T> box = getSkinnable();
        if (event.getButton() == MouseButton.PRIMARY && !box.isShowing()) {
            box.requestFocus();
            box.show();
            event.consume();
        }
    }

    private void keyPressedWhileClosed(KeyEvent event) {
        SearchableComboBox<T> box = getSkinnable();
        if (box.isShowing() || event.getTarget() != box) {
            return;
        }
        KeyCode code = event.getCode();
        if (code == KeyCode.DOWN || code == KeyCode.UP || code == KeyCode.F4 || code == KeyCode.SPACE) {
            box.show();
            event.consume();
        }
    }

    /** Typing a letter on the closed box opens it with that letter in the search field. */
    private void keyTypedWhileClosed(KeyEvent event) {
        SearchableComboBox<T> box = getSkinnable();
        String typed = event.getCharacter();
        if (box.isShowing() || event.getTarget() != box || typed == null || typed.isEmpty()
                || Character.isISOControl(typed.charAt(0)) || typed.isBlank() || event.isControlDown()
                || event.isAltDown() || event.isMetaDown()) {
            return;
        }
        box.show();
        if (box.isShowing()) {
            search.setText(typed);
            search.end();
        }
        event.consume();
    }

    private void keyPressedWhileOpen(KeyEvent event) {
        switch (event.getCode()) {
            case DOWN -> {
                move(1);
                event.consume();
            }
            case UP -> {
                move(-1);
                event.consume();
            }
            case ENTER -> {
                // Nothing matches: the list stays open and the value stays what it was.
                T line = list.getSelectionModel().getSelectedItem();
                if (line != null) {
                    take(line);
                }
                event.consume();
            }
            case TAB -> {
                // Takes the line and lets the focus move on as Tab does.
                T line = list.getSelectionModel().getSelectedItem();
                if (line != null && chose && !Objects.equals(line, getSkinnable().getValue())) {
                    getSkinnable().setValue(line);
                }
            }
            case ESCAPE -> {
                getSkinnable().requestFocus();
                getSkinnable().hide();
                event.consume();
            }
            default -> {
            }
        }
    }

    private void move(int step) {
        if (shown.isEmpty()) {
            return;
        }
        int index = list.getSelectionModel().getSelectedIndex();
        int target = index < 0 ? 0 : Math.max(0, Math.min(shown.size() - 1, index + step));
        list.getSelectionModel().select(target);
        list.scrollTo(target);
        chose = true;
    }

    // ---------------------------------------------------------------- size and layout

    private double arrowWidth() {
        return snapSizeX(arrowButton.prefWidth(-1));
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double arrow = arrowWidth();
        display.resizeRelocate(x, y, Math.max(0, w - arrow), h);
        search.resizeRelocate(x, y, Math.max(0, w - arrow), h);
        arrowButton.resize(arrow, h);
        positionInArea(arrowButton, x + w - arrow, y, arrow, h, 0, HPos.CENTER, VPos.CENTER);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + Math.max(120, display.prefWidth(height)) + arrowWidth() + right;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + 40 + arrowWidth() + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double inner = Math.max(display.prefHeight(-1), Math.max(arrowButton.prefHeight(-1), search.prefHeight(-1)));
        return top + inner + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected double computeMaxHeight(double width, double top, double right, double bottom, double left) {
        return getSkinnable().prefHeight(width);
    }

    /** Shows the value (or the prompt) in the box as a combo box's button cell does. */
    private static final class DisplayCell<T> extends ListCell<T> {
        void show(T item, String text) {
            updateItem(item, item == null);
            setText(text);
        }
    }
}
