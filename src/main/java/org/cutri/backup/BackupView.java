package org.cutri.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.cutri.backup.BackupViewModel.Row;
import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.FileSource;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.TaskProgress;
import org.cutri.common.ui.Views;
import org.cutri.exchange.HandOverView;

/** The backups screen: thin; binds the list and the buttons to {@link BackupViewModel} and asks before a restore. */
public class BackupView implements Screen {

    /** Where the screen asks for a folder and a file: the system's choosers, prepared paths in window tests. */
    public record Pickers(HandOverView.FolderPicker folder, FileSource file) {

        public static Pickers system(Messages messages) {
            return new Pickers(HandOverView.FolderPicker.SYSTEM, FileSource.openDialog(
                    messages.get("backup.restoreFile.choose"), "*.zip", List.of("*.zip", "*.ZIP")));
        }
    }

    private final BackupViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Pickers pickers;
    private final Path dataFolder;
    private final Parent root;

    @FXML private TableView<Row> table;
    @FXML private TableColumn<Row, String> dateColumn;
    @FXML private TableColumn<Row, String> kindColumn;
    @FXML private TableColumn<Row, String> sizeColumn;
    @FXML private TableColumn<Row, String> contentColumn;
    @FXML private Label listLabel;
    @FXML private Button backUpButton;
    @FXML private Button restoreButton;
    @FXML private Button restoreFileButton;
    @FXML private Button refreshButton;
    @FXML private TaskProgress progressBox;
    @FXML private Label statusLabel;

    public BackupView(BackupViewModel viewModel, Messages messages, Dialogs dialogs, Pickers pickers, Path dataFolder) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        this.pickers = pickers;
        this.dataFolder = dataFolder;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        table.setItems(viewModel.rows());
        table.setPlaceholder(new Label(messages.get("backup.list.empty")));
        text(dateColumn, Row::date);
        text(kindColumn, Row::kind);
        text(sizeColumn, Row::size);
        text(contentColumn, Row::content);
        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        listLabel.setText(viewModel.listTitle(dataFolder));
        backUpButton.disableProperty().bind(viewModel.idleProperty().not());
        restoreFileButton.disableProperty().bind(viewModel.idleProperty().not());
        refreshButton.disableProperty().bind(viewModel.idleProperty().not());
        restoreButton.disableProperty().bind(viewModel.canRestoreProperty().not());
        progressBox.follow(viewModel.task());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        viewModel.setPasswordAsker(this::askPassword);
    }

    /** The password of a backup made under an older one, typed in a small dialog (Enter gives it). */
    private java.util.Optional<org.cutri.common.db.DataPassword> askPassword(String why) {
        javafx.scene.control.Dialog<String> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(messages.get("backup.askPassword.title"));
        dialog.setHeaderText(why);
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setId("backupPasswordField");
        field.setAccessibleText(messages.get("backup.askPassword.title"));
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(8,
                new Label(messages.get("backup.askPassword.header")), field));
        dialog.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == javafx.scene.control.ButtonType.OK ? field.getText() : null);
        javafx.application.Platform.runLater(field::requestFocus);
        return dialog.showAndWait().filter(text -> !text.isEmpty()).map(org.cutri.common.db.DataPassword::of);
    }

    private static void text(TableColumn<Row, String> column, Function<Row, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
    }

    @FXML
    private void backUp() {
        pickers.folder().pick(root.getScene().getWindow(), messages.get("backup.toFolder.choose"))
                .ifPresent(viewModel::backUpInto);
    }

    @FXML
    private void restoreChosen() {
        Row row = viewModel.selectedProperty().get();
        if (row != null && dialogs.confirm(messages.get("backup.confirm.title"), viewModel.confirmText(row.info()))) {
            viewModel.restore(row.info().file());
        }
    }

    /** A file from elsewhere (a USB stick) is checked by the restore itself, which says why it refuses one. */
    @FXML
    private void restoreFile() {
        pickers.file().choose(root.getScene().getWindow()).ifPresent(file -> {
            if (dialogs.confirm(messages.get("backup.confirm.title"),
                    messages.get("backup.confirm.text", file.getFileName(), messages.get("backup.count.unknown")))) {
                viewModel.restore(file);
            }
        });
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
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
        viewModel.refresh();
    }
}
