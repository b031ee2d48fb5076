package org.cutri.help;

import javafx.scene.control.Alert;
import javafx.stage.Window;

import org.cutri.common.ProgramVersion;
import org.cutri.common.i18n.Messages;

/** Trợ giúp → Giới thiệu: what the program is, its version and its licence. */
public final class AboutBox {

    private AboutBox() {
    }

    public static void show(Window owner, Messages messages) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(messages.get("help.about.title"));
        alert.setHeaderText(messages.get("help.about.header", ProgramVersion.current()));
        alert.setContentText(messages.get("help.about.text"));
        alert.getDialogPane().setId("aboutPane");
        alert.showAndWait();
    }
}
