package org.cutri.exchange;

import java.io.File;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.DirectoryChooser;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.Views;
import org.cutri.opinion.Choice;

/** The hand-over screen: writes the round's package to a USB stick or a folder, with progress and cancel. */
public class HandOverView implements Screen {

    private final HandOverViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Parent root;

    @FXML private ComboBox<Choice<Integer>> roundBox;
    @FXML private ComboBox<Choice<java.nio.file.Path>> targetBox;
    @FXML private CheckBox namesBox;
    @FXML private CheckBox reportsBox;
    @FXML private Button writeButton;
    @FXML private Button cancelButton;
    @FXML private Button refreshDrivesButton;
    @FXML private Button chooseFolderButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;

    public HandOverView(HandOverViewModel viewModel, Messages messages, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        roundBox.setItems(viewModel.roundChoices());
        roundBox.valueProperty().bindBidirectional(viewModel.roundProperty());
        targetBox.setItems(viewModel.targets());
        targetBox.valueProperty().bindBidirectional(viewModel.targetProperty());
        namesBox.selectedProperty().bindBidirectional(viewModel.withNamesProperty());
        namesBox.setOnAction(event -> {
            if (namesBox.isSelected() && !dialogs.confirm(messages.get("exchange.handover.names.confirm.title"),
                    messages.get("exchange.handover.names.confirm"))) {
                namesBox.setSelected(false);
            }
        });
        reportsBox.selectedProperty().bindBidirectional(viewModel.withReportsProperty());
        reportsBox.setVisible(viewModel.reportsOffered());
        reportsBox.setManaged(viewModel.reportsOffered());
        writeButton.disableProperty().bind(viewModel.canWriteProperty().not());
        cancelButton.visibleProperty().bind(viewModel.runningProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressBar.visibleProperty().bind(viewModel.runningProperty().or(viewModel.resultProperty().isNotNull()));
        for (var control : java.util.List.of(roundBox, targetBox, namesBox, reportsBox, refreshDrivesButton,
                chooseFolderButton)) {
            control.disableProperty().bind(viewModel.runningProperty());
        }
        statusLabel.textProperty().bind(viewModel.statusTextProperty());
        viewModel.resultProperty().addListener((obs, old, now) -> {
            if (now != null) {
                javafx.application.Platform.runLater(() -> dialogs.showInfo(
                        messages.get("exchange.handover.result.title"), viewModel.resultText(now)));
            }
        });
        viewModel.errorProperty().addListener((obs, old, now) -> {
            if (now != null) {
                javafx.application.Platform.runLater(() -> dialogs.showError(now));
            }
        });
    }

    @FXML
    private void refreshDrives() {
        viewModel.refreshDrives();
    }

    @FXML
    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("exchange.handover.chooseFolder.title"));
        File folder = chooser.showDialog(root.getScene().getWindow());
        if (folder != null) {
            viewModel.chooseFolder(folder.toPath());
        }
    }

    @FXML
    private void write() {
        viewModel.write();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public ReadOnlyStringProperty status() {
        return viewModel.statusTextProperty();
    }

    @Override
    public void activate() {
        viewModel.refresh();
    }
}
