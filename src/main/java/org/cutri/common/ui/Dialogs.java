package org.cutri.common.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
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
        Alert alert = new Alert(Alert.AlertType.ERROR, "", closeButton());
        alert.initOwner(owner);
        alert.setTitle(messages.get("common.error.title"));
        alert.setHeaderText(null);
        UserException user = UserException.find(error);
        if (user != null) {
            alert.setContentText(messages.of(user));
        } else {
            LOG.error("Unexpected error", error);
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            TextArea area = new TextArea(trace.toString());
            area.setEditable(false);
            area.setWrapText(false);
            area.setPrefRowCount(12);
            TitledPane details = new TitledPane(messages.get("common.error.details"), area);
            details.setExpanded(false);
            details.setAnimated(false);
            Label text = new Label(messages.get("common.error.unexpected"));
            text.setWrapText(true);
            VBox content = new VBox(10, text, details);
            alert.getDialogPane().setContent(content);
        }
        alert.showAndWait();
    }

    public void showInfo(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", closeButton());
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.setContentText(text);
        alert.showAndWait();
    }

    /** JavaFX has no Vietnamese texts for its standard buttons: ours are named in the user's language. */
    private ButtonType closeButton() {
        return new ButtonType(messages.get("common.close"), ButtonBar.ButtonData.OK_DONE);
    }

    /** Asks a yes/no question; true when the user chose yes. */
    public boolean confirm(String title, String text) {
        return ask(title, text, false);
    }

    /**
     * Asks before deleting; "Không" is the default button, so a hasty Enter keeps the data. Callers ask
     * only after the data said the row can go.
     */
    public boolean confirmDelete(String title, String text) {
        return ask(title, text, true);
    }

    /**
     * Asks before personal data (speakers' names) leaves the program; "Không" is the default button, so a hasty
     * Enter keeps the names out.
     */
    public boolean confirmPersonalData(String title, String text) {
        return ask(title, text, true);
    }

    private boolean ask(String title, String text, boolean noByDefault) {
        ButtonType yes = new ButtonType(messages.get("common.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(messages.get("common.no"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, no);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().lookupButton(yes).setId("confirmYesButton");
        alert.getDialogPane().lookupButton(no).setId("confirmNoButton");
        if (noByDefault) {
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }
}
