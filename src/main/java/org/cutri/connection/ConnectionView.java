package org.cutri.connection;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.Views;

/** The screen Máy chủ dữ liệu: thin, binds the view-model to the form. */
public class ConnectionView implements Screen {

    private final ConnectionViewModel viewModel;
    private final Parent root;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    @FXML private Label currentLabel;
    @FXML private Label nextLabel;
    @FXML private TextField addressField;
    @FXML private TextField userField;
    @FXML private PasswordField passwordField;
    @FXML private Label connectionMessage;
    @FXML private Label connectionError;
    @FXML private Button checkButton;
    @FXML private Button saveButton;
    @FXML private Button fileButton;
    @FXML private ProgressIndicator connectionProgress;

    public ConnectionView(ConnectionViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        currentLabel.textProperty().bind(viewModel.currentProperty());
        nextLabel.textProperty().bind(viewModel.nextProperty());
        addressField.textProperty().bindBidirectional(viewModel.addressProperty());
        userField.textProperty().bindBidirectional(viewModel.userProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        connectionMessage.textProperty().bind(viewModel.messageProperty());
        connectionError.textProperty().bind(viewModel.errorProperty());
        connectionError.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        connectionError.managedProperty().bind(connectionError.visibleProperty());
        connectionProgress.visibleProperty().bind(viewModel.busyProperty());
        for (Button button : new Button[] {checkButton, saveButton, fileButton}) {
            button.disableProperty().bind(viewModel.busyProperty());
        }
        viewModel.messageProperty().addListener((obs, old, now) -> status.set(now));
    }

    @FXML
    private void check() {
        viewModel.check();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void useFile() {
        viewModel.useFile();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    @Override
    public void activate() {
        viewModel.load();
        addressField.requestFocus();
    }
}
