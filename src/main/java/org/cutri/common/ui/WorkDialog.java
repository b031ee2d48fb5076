package org.cutri.common.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * A dialog that does one piece of work and stays open to say how it went: its action button (with an id for tests)
 * is enabled while {@code enabled} holds and runs {@code action} without closing; the other button closes it.
 */
public final class WorkDialog {

    private WorkDialog() {
    }

    /** What the dialog shows and does. */
    public record Spec(String title, String actionText, String closeText, String actionId) {
    }

    /** Shows the dialog over {@code owner} and waits until it is closed. */
    public static void show(Window owner, Spec spec, Parent content, ObservableBooleanValue enabled, Runnable action) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(spec.title());
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        ButtonType actionType = new ButtonType(spec.actionText(), ButtonBar.ButtonData.OK_DONE);
        ButtonType closeType = new ButtonType(spec.closeText(), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(actionType, closeType);
        Node actionButton = dialog.getDialogPane().lookupButton(actionType);
        actionButton.setId(spec.actionId());
        actionButton.disableProperty().bind(javafx.beans.binding.Bindings.not(enabled));
        actionButton.addEventFilter(ActionEvent.ACTION, event -> {
            // Stay open: the dialog then says what was done.
            event.consume();
            action.run();
        });
        dialog.showAndWait();
    }
}
