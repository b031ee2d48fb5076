package org.cutri.register;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.FileSource;
import org.cutri.common.ui.TaskProgress;
import org.cutri.common.ui.Views;

/**
 * The register import from the window: a file chooser, then a dialog showing the import's progress with
 * "Dừng" while it runs in the background, and afterwards the counts or the table of rows to fix (sheet, row,
 * reason).
 */
public class RegisterImportView {

    private final RegisterImportViewModel viewModel;
    private final Messages messages;
    private final FileSource files;
    private final Parent root;

    @FXML private Label summaryLabel;
    @FXML private TaskProgress progressBox;
    @FXML private TableView<RegisterProblem> problemTable;
    @FXML private TableColumn<RegisterProblem, String> sheetColumn;
    @FXML private TableColumn<RegisterProblem, String> rowColumn;
    @FXML private TableColumn<RegisterProblem, String> reasonColumn;

    public RegisterImportView(RegisterImportViewModel viewModel, Messages messages) {
        this(viewModel, messages, FileSource.openDialog(messages.get("register.import.chooser"),
                messages.get("register.import.filter"), List.of("*.xlsx")));
    }

    /** @param files where the import takes the file from (the system's file chooser in the program) */
    public RegisterImportView(RegisterImportViewModel viewModel, Messages messages, FileSource files) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.files = files;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        progressBox.follow(viewModel.work());
        problemTable.setItems(viewModel.problems());
        problemTable.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.problems()));
        problemTable.managedProperty().bind(problemTable.visibleProperty());
        sheetColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sheet()));
        rowColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rowText()));
        reasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.reason(c.getValue())));
    }

    /** Asks for the file, imports it and shows the outcome; {@code afterImport} runs when rows were stored. */
    public void chooseAndImport(Window owner, Runnable afterImport) {
        files.choose(owner).ifPresent(file -> importFile(owner, file, afterImport));
    }

    /** Imports a chosen file, showing its progress and then the outcome. */
    public void importFile(Window owner, Path file, Runnable afterImport) {
        viewModel.importFile(file, () -> {
            if (viewModel.importedProperty().get()) {
                afterImport.run();
            }
        });
        show(owner);
    }

    private void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("register.result.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(root);
        ButtonType ok = new ButtonType(messages.get("common.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().add(ok);
        // the outcome first: while the import runs, "Dừng" is the way out
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(viewModel.work().runningProperty());
        dialog.showAndWait();
        dialog.getDialogPane().setContent(null);
    }
}
