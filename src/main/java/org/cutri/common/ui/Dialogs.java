package org.cutri.common.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The program's message boxes, owned by the main window, in the user's language. */
public final class Dialogs {

    private static final Logger LOG = LoggerFactory.getLogger(Dialogs.class);

    private final Messages messages;
    private Window owner;

    public Dialogs(Messages messages) {
        this.messages = messages;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** Shows a failure: a user's error plainly, anything else with its details folded away (and logged). */
    public void showError(Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(messages.get("common.error.title"));
        alert.setHeaderText(null);
        UserException user = findUserException(error);
        if (user != null) {
            alert.setContentText(messages.of(user));
        } else {
            LOG.error("Unexpected error", error);
            alert.setContentText(messages.get("common.error.unexpected"));
            StringWriter details = new StringWriter();
            error.printStackTrace(new PrintWriter(details));
            TextArea area = new TextArea(details.toString());
            area.setEditable(false);
            area.setWrapText(false);
            GridPane.setVgrow(area, Priority.ALWAYS);
            GridPane.setHgrow(area, Priority.ALWAYS);
            GridPane expandable = new GridPane();
            expandable.add(new Label(messages.get("common.error.details")), 0, 0);
            expandable.add(area, 0, 1);
            alert.getDialogPane().setExpandableContent(expandable);
        }
        alert.showAndWait();
    }

    public void showInfo(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.setContentText(text);
        alert.showAndWait();
    }

    /** Asks a yes/no question; true when the user chose yes. */
    public boolean confirm(String title, String text) {
        ButtonType yes = new ButtonType(messages.get("common.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(messages.get("common.no"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, no);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    /** The user-facing failure inside an error, if there is one. */
    public static UserException findUserException(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UserException user) {
                return user;
            }
        }
        return null;
    }
}
