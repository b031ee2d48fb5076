package org.cutri.protection;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.Views;

/** The screen Mật khẩu bảo vệ dữ liệu: thin, binds the view-model to the form. */
public class ProtectionView implements Screen {

    private final ProtectionViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Parent root;

    @FXML private Label stateLabel;
    @FXML private Label currentLabel;
    @FXML private PasswordField currentField;
    @FXML private PasswordField newField;
    @FXML private PasswordField confirmField;
    @FXML private Label formError;
    @FXML private Button protectButton;
    @FXML private Button unprotectButton;
    @FXML private ProgressIndicator protectProgress;

    public ProtectionView(ProtectionViewModel viewModel, Messages messages, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        stateLabel.textProperty().bind(viewModel.stateProperty());
        currentField.textProperty().bindBidirectional(viewModel.currentProperty());
        newField.textProperty().bindBidirectional(viewModel.nextProperty());
        confirmField.textProperty().bindBidirectional(viewModel.confirmationProperty());
        for (javafx.scene.Node shownWhenProtected : new javafx.scene.Node[] {currentLabel, currentField, unprotectButton}) {
            shownWhenProtected.visibleProperty().bind(viewModel.protectedProperty());
            shownWhenProtected.managedProperty().bind(viewModel.protectedProperty());
        }
        protectButton.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.protectedProperty())
                .then(messages.get("protection.button.change")).otherwise(messages.get("protection.button.protect")));
        formError.textProperty().bind(viewModel.formErrorProperty());
        formError.visibleProperty().bind(viewModel.formErrorProperty().isNotEmpty());
        formError.managedProperty().bind(formError.visibleProperty());
        protectButton.disableProperty().bind(viewModel.busyProperty());
        unprotectButton.disableProperty().bind(viewModel.busyProperty());
        protectProgress.visibleProperty().bind(viewModel.busyProperty());
        // The state is read in the background: once it says "protected", the current password comes first.
        viewModel.protectedProperty().addListener((obs, was, now) -> {
            if (now && currentField.getScene() != null) {
                currentField.requestFocus();
            }
        });
    }

    @FXML
    private void protect() {
        viewModel.protect();
    }

    @FXML
    private void unprotect() {
        // "Không" is the default: a hasty Enter keeps the protection.
        if (dialogs.confirmDelete(messages.get("protection.remove.title"), messages.get("protection.remove.text"))) {
            viewModel.unprotect();
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public ReadOnlyStringProperty status() {
        return viewModel.statusProperty();
    }

    @Override
    public void activate() {
        viewModel.load();
        Platform.runLater(() -> (currentField.isVisible() ? currentField : newField).requestFocus());
    }
}
