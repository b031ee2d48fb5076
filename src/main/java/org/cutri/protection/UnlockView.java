package org.cutri.protection;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.Views;

/** The password prompt shown in the window, in place of the screens, when the data is protected. */
public class UnlockView {

    private final UnlockViewModel<?> viewModel;
    private final Parent root;

    @FXML private PasswordField passwordField;
    @FXML private Button unlockButton;
    @FXML private Label unlockMessage;
    @FXML private Label unlockTitle;
    @FXML private Label unlockText;
    @FXML private Label unlockNote;
    @FXML private ProgressIndicator unlockProgress;

    public UnlockView(UnlockViewModel<?> viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        passwordField.disableProperty().bind(viewModel.busyProperty().or(viewModel.secondsToWaitProperty().greaterThan(0)));
        unlockButton.disableProperty().bind(viewModel.canTryProperty().not());
        unlockMessage.textProperty().bind(viewModel.messageProperty());
        unlockTitle.textProperty().bind(viewModel.titleProperty());
        unlockText.textProperty().bind(viewModel.textProperty());
        unlockNote.textProperty().bind(viewModel.noteProperty());
        unlockProgress.visibleProperty().bind(viewModel.busyProperty());
        // Back to the field as soon as it can be typed in again (after a wrong password or the pause).
        passwordField.disabledProperty().addListener((obs, was, now) -> {
            if (!now) {
                Platform.runLater(passwordField::requestFocus);
            }
        });
        Platform.runLater(passwordField::requestFocus);
    }

    /** Enter in the field, or the button. */
    @FXML
    private void unlock() {
        viewModel.unlock();
    }

    public Parent root() {
        return root;
    }
}
