package org.cutri.exchange;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.NamesChoice;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.Converters;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.common.ui.Views;
import org.cutri.common.ui.TaskProgress;
import org.cutri.opinion.Choice;

/** The hand-over screen: writes the round's package to a USB stick or a folder, with progress and cancel. */
public class HandOverView implements Screen {

    /** Asks where to write the package when it is not on a USB stick; tests answer without a window. */
    @FunctionalInterface
    public interface FolderPicker {
        /** The system's folder chooser. */
        FolderPicker SYSTEM = (owner, title) -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        };

        /** The folder chosen; empty when the user cancelled. */
        Optional<Path> pick(Window owner, String title);
    }

    private final HandOverViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    private final FolderPicker folders;
    private final Parent root;
    private final java.util.function.Consumer<Window> receiveAnswers;

    @FXML private SearchableComboBox<Choice<Integer>> roundBox;
    @FXML private SearchableComboBox<Choice<java.nio.file.Path>> targetBox;
    @FXML private CheckBox namesBox;
    @FXML private CheckBox reportsBox;
    @FXML private Button writeButton;
    @FXML private Button refreshDrivesButton;
    @FXML private Button chooseFolderButton;
    @FXML private TaskProgress progressBox;
    @FXML private Label statusLabel;
    @FXML private Label keyLabel;
    @FXML private javafx.scene.layout.VBox answersBox;
    @FXML private Button receiveAnswersButton;

    public HandOverView(HandOverViewModel viewModel, Messages messages, Dialogs dialogs) {
        this(viewModel, messages, dialogs, FolderPicker.SYSTEM);
    }

    public HandOverView(HandOverViewModel viewModel, Messages messages, Dialogs dialogs, FolderPicker folders) {
        this(viewModel, messages, dialogs, folders, null);
    }

    /**
     * @param receiveAnswers opens "Nhận gói trả lời từ tỉnh" (the province's answers, docs/decisions/0037) over this
     *         window; null: not offered
     */
    public HandOverView(HandOverViewModel viewModel, Messages messages, Dialogs dialogs, FolderPicker folders,
            java.util.function.Consumer<Window> receiveAnswers) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        this.folders = folders;
        this.receiveAnswers = receiveAnswers;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        roundBox.setItems(viewModel.roundChoices());
        roundBox.setConverter(Converters.labels(Choice::label));
        roundBox.valueProperty().bindBidirectional(viewModel.roundProperty());
        targetBox.setItems(viewModel.targets());
        targetBox.setConverter(Converters.labels(Choice::label));
        targetBox.valueProperty().bindBidirectional(viewModel.targetProperty());
        NamesChoice.bind(namesBox, viewModel.withNamesProperty(), dialogs,
                messages.get("exchange.handover.names.confirm.title"), messages.get("exchange.handover.names.confirm"));
        reportsBox.selectedProperty().bindBidirectional(viewModel.withReportsProperty());
        reportsBox.setVisible(viewModel.reportsOffered());
        reportsBox.setManaged(viewModel.reportsOffered());
        writeButton.disableProperty().bind(viewModel.canWriteProperty().not());
        progressBox.follow(viewModel.work(), viewModel::cancel);
        for (var control : java.util.List.of(roundBox, targetBox, namesBox, reportsBox, refreshDrivesButton,
                chooseFolderButton)) {
            control.disableProperty().bind(viewModel.runningProperty());
        }
        statusLabel.textProperty().bind(viewModel.statusTextProperty());
        keyLabel.textProperty().bind(viewModel.keyTextProperty());
        answersBox.setVisible(receiveAnswers != null);
        answersBox.setManaged(receiveAnswers != null);
        receiveAnswersButton.disableProperty().bind(viewModel.runningProperty());
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
        folders.pick(root.getScene().getWindow(), messages.get("exchange.handover.chooseFolder.title"))
                .ifPresent(viewModel::chooseFolder);
    }

    @FXML
    private void receiveAnswers() {
        if (receiveAnswers != null) {
            receiveAnswers.accept(root.getScene().getWindow());
        }
    }

    @FXML
    private void write() {
        viewModel.write();
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
