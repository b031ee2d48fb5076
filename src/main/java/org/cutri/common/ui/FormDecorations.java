package org.cutri.common.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * Shows a view-model's validation message on its field with a ControlsFX decoration (a red mark and
 * a tooltip). Validation itself lives in the view-model; this only draws it.
 */
public final class FormDecorations {

    private static final ValidationDecoration DECORATION = new GraphicValidationDecoration();

    private FormDecorations() {
    }

    /** Keeps the decoration of the control in step with the error text (null or empty: no error). */
    public static void bind(Control control, ObservableValue<String> error) {
        Tooltip tooltip = new Tooltip();
        Runnable update = () -> {
            if (control.getScene() == null) {
                // Decorating a control outside a scene styles nodes without the theme's colours.
                return;
            }
            DECORATION.removeDecorations(control);
            String message = error.getValue();
            if (message != null && !message.isEmpty()) {
                DECORATION.applyValidationDecoration(ValidationMessage.error(control, message));
                tooltip.setText(message);
                control.setTooltip(tooltip);
                control.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), true);
            } else {
                control.setTooltip(null);
                control.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), false);
            }
        };
        error.addListener((obs, old, now) -> update.run());
        // Decorations need the control in a scene; apply the first one once it is there.
        control.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                update.run();
            }
        });
        update.run();
    }
}
