package org.cutri.common.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * Shows a view-model's validation message on its field: a ControlsFX mark and a red border on the
 * field, and the message itself in words right under the field (a mark alone, with its message in a
 * tooltip, tells the user nothing). Everything goes as soon as the field is right. Validation itself
 * lives in the view-model; this only draws it.
 *
 * <p>A new form looks calm: a field's message shows only once the user edited the field or left it after
 * typing or clicking in it, or after a save was refused (then every field's message shows). When the form is filled anew (a row
 * chosen, a new row, cancel, saved) it is calm again. See docs/decisions/0019-calm-forms.md.
 */
public final class FormDecorations {

    /** The style class of the message under a field. */
    public static final String MESSAGE_CLASS = "field-error";

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final ValidationDecoration DECORATION = new GraphicValidationDecoration();

    private FormDecorations() {
    }

    /** A form whose messages show field by field as the user works, or all at once by {@link Form#showAll()}. */
    public static Form form() {
        return new Form();
    }

    /**
     * A form of a list-and-form screen: calm each time the view-model fills it anew, every message shown
     * once the view-model refused a save.
     */
    public static Form form(ListEditorViewModel<?> viewModel) {
        Form form = new Form();
        // A change listener: an invalidation listener would hear only the first refill (the value is never read).
        viewModel.formFilledProperty().addListener((obs, old, now) -> form.calm());
        viewModel.saveRefusedProperty().addListener((obs, old, now) -> {
            if (now) {
                form.showAll();
            }
        });
        return form;
    }

    /** One field on a form of its own: its message shows once the user edited or left it. */
    public static void bind(Control control, ObservableValue<String> error) {
        form().bind(control, error);
    }

    /** The fields of one form, and whether their messages are all to be shown. */
    public static final class Form {

        private final BooleanProperty showAll = new SimpleBooleanProperty();
        private final List<BooleanProperty> touched = new ArrayList<>();

        private Form() {
        }

        /** Keeps the field's mark and message in step with the error text (null or empty: no error). */
        public void bind(Control control, ObservableValue<String> error) {
            BooleanProperty edited = new SimpleBooleanProperty();
            // The user typed or clicked in the field since the form was filled: a change of its error is
            // then the user's edit, not the form being filled by the program while the field has the focus.
            BooleanProperty used = new SimpleBooleanProperty();
            touched.add(edited);
            touched.add(used);
            control.addEventFilter(KeyEvent.KEY_PRESSED, event -> used.set(true));
            control.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> used.set(true));
            // Left after the user worked in it: focus moved away by the program alone (a button disabled
            // while saving hands the focus on) does not count.
            control.focusWithinProperty().addListener((obs, was, now) -> {
                if (was && !now && used.get()) {
                    edited.set(true);
                }
            });
            error.addListener((obs, old, now) -> {
                if (used.get() && control.isFocusWithin()) {
                    edited.set(true);
                }
            });
            decorate(control, Bindings.createStringBinding(() -> edited.get() || showAll.get() ? error.getValue() : null,
                    error, edited, showAll));
        }

        /** A save was refused: every field's message shows. */
        public void showAll() {
            showAll.set(true);
        }

        /** The form was filled anew: no message shows until the user works on a field or tries to save. */
        public void calm() {
            showAll.set(false);
            touched.forEach(edited -> edited.set(false));
        }
    }

    private static void decorate(Control control, ObservableValue<String> error) {
        Label message = new Label();
        message.getStyleClass().add(MESSAGE_CLASS);
        message.setWrapText(true);
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Label.USE_PREF_SIZE);
        placeUnder(control, message);
        Tooltip tooltip = new Tooltip();
        Runnable draw = () -> {
            String text = error.getValue();
            boolean wrong = text != null && !text.isEmpty();
            message.setText(wrong ? text : "");
            message.setVisible(wrong);
            message.setManaged(wrong);
            control.pseudoClassStateChanged(INVALID, wrong);
            if (wrong) {
                tooltip.setText(text);
                control.setTooltip(tooltip);
            } else if (control.getTooltip() == tooltip) {
                control.setTooltip(null);
            }
            // The mark needs the control in a scene (it draws in the scene's decoration layer).
            if (control.getScene() != null) {
                DECORATION.removeDecorations(control);
                if (wrong) {
                    DECORATION.applyValidationDecoration(ValidationMessage.error(control, text));
                }
            }
        };
        // The first mark of a window makes ControlsFX put its own pane at the root of the scene, which takes the
        // control out of the scene and back while the mark is being drawn: the scene listener below then drew a
        // second mark that no later change ever removed (a red mark beside a field typed right). A redraw asked
        // for while drawing waits until the drawing is done.
        Runnable update = new Runnable() {
            private boolean drawing;
            private boolean again;

            @Override
            public void run() {
                if (drawing) {
                    again = true;
                    return;
                }
                drawing = true;
                try {
                    do {
                        again = false;
                        draw.run();
                    } while (again);
                } finally {
                    drawing = false;
                }
            }
        };
        error.addListener((obs, old, now) -> update.run());
        control.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                update.run();
            }
        });
        update.run();
    }

    /**
     * Puts the message under the control: the control and its message share the control's place in its
     * pane (a grid cell, a row or a column). Outside a pane the message stays in the tooltip only.
     */
    private static void placeUnder(Control control, Label message) {
        Parent parent = control.getParent();
        if (!(parent instanceof Pane pane)) {
            return;
        }
        int index = pane.getChildren().indexOf(control);
        VBox box = new VBox(2);
        box.getStyleClass().add("field-with-message");
        box.setFillWidth(true);
        copyConstraints(control, box);
        box.setMaxWidth(control.getMaxWidth() == Double.MAX_VALUE ? Double.MAX_VALUE : Control.USE_COMPUTED_SIZE);
        box.setMaxHeight(Control.USE_PREF_SIZE);
        VBox.setVgrow(control, Priority.NEVER);
        pane.getChildren().set(index, box);
        box.getChildren().addAll(control, message);
        if (pane instanceof GridPane grid) {
            // The row's label stays on the field's line when the message makes the row taller.
            int row = rowOf(box);
            grid.getChildren().stream().filter(n -> rowOf(n) == row && GridPane.getValignment(n) == null)
                    .forEach(n -> GridPane.setValignment(n, VPos.BASELINE));
        }
        // A message as wide as the field: a long message wraps instead of widening the form.
        message.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(40, control.widthProperty()));
        message.setVisible(false);
        message.setManaged(false);
    }

    private static void copyConstraints(Node from, Node to) {
        GridPane.setConstraints(to, columnOf(from), rowOf(from), spanOf(GridPane.getColumnSpan(from)),
                spanOf(GridPane.getRowSpan(from)), GridPane.getHalignment(from), GridPane.getValignment(from),
                GridPane.getHgrow(from), GridPane.getVgrow(from), GridPane.getMargin(from));
        HBox.setHgrow(to, HBox.getHgrow(from));
        HBox.setMargin(to, HBox.getMargin(from));
        VBox.setVgrow(to, VBox.getVgrow(from));
        VBox.setMargin(to, VBox.getMargin(from));
    }

    private static int columnOf(Node node) {
        Integer column = GridPane.getColumnIndex(node);
        return column == null ? 0 : column;
    }

    private static int rowOf(Node node) {
        Integer row = GridPane.getRowIndex(node);
        return row == null ? 0 : row;
    }

    private static int spanOf(Integer span) {
        return span == null ? 1 : span;
    }
}
