package org.cutri.common.ui;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
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
 */
public final class FormDecorations {

    /** The style class of the message under a field. */
    public static final String MESSAGE_CLASS = "field-error";

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final ValidationDecoration DECORATION = new GraphicValidationDecoration();

    private FormDecorations() {
    }

    /** Keeps the field's mark and message in step with the error text (null or empty: no error). */
    public static void bind(Control control, ObservableValue<String> error) {
        Label message = new Label();
        message.getStyleClass().add(MESSAGE_CLASS);
        message.setWrapText(true);
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Label.USE_PREF_SIZE);
        placeUnder(control, message);
        Tooltip tooltip = new Tooltip();
        Runnable update = () -> {
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
