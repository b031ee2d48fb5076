package org.cutri.returns;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Window;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.Converters;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.common.ui.Views;
import org.cutri.common.ui.WorkDialog;
import org.cutri.exchange.HandOverView;
import org.cutri.opinion.Choice;

/**
 * The dialog "Tạo gói trả lời cho xã" of the province's import screen: the commune, the folder (a USB stick), then
 * "Tạo gói"; it stays open and says which file was written.
 */
public class MakeReturnView {

    private final MakeReturnViewModel viewModel;
    private final Messages messages;
    private final HandOverView.FolderPicker folders;
    private final Parent root;

    @FXML private SearchableComboBox<Choice<String>> communeBox;
    @FXML private Button folderButton;
    @FXML private Label folderLabel;
    @FXML private Label statusLabel;
    @FXML private Label keyLabel;

    public MakeReturnView(MakeReturnViewModel viewModel, Messages messages, HandOverView.FolderPicker folders) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.folders = folders;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        communeBox.setItems(viewModel.communes());
        communeBox.setConverter(Converters.labels(Choice::label));
        communeBox.valueProperty().bindBidirectional(viewModel.communeProperty());
        communeBox.disableProperty().bind(viewModel.busyProperty());
        folderButton.disableProperty().bind(viewModel.busyProperty());
        folderLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.folderProperty().get() == null
                ? messages.get("returns.make.noFolder") : viewModel.folderProperty().get().toString(),
                viewModel.folderProperty()));
        statusLabel.textProperty().bind(viewModel.statusTextProperty());
        keyLabel.textProperty().bind(viewModel.keyTextProperty());
    }

    /** Shows the dialog. */
    public void show(Window owner) {
        viewModel.load();
        WorkDialog.show(owner, new WorkDialog.Spec(messages.get("returns.make.title"), messages.get("returns.make.write"),
                messages.get("returns.receive.close"), "writeReturnButton"), root, viewModel.canWriteBinding(),
                viewModel::write);
    }

    @FXML
    private void chooseFolder() {
        folders.pick(root.getScene() == null ? null : root.getScene().getWindow(), messages.get("returns.make.folderTitle"))
                .ifPresent(viewModel.folderProperty()::set);
    }
}
