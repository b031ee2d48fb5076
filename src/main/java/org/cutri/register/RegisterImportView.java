package org.cutri.register;

import java.io.File;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.Views;

/**
 * The register import from the window: a file chooser, the import in the background, then a dialog
 * with the counts or the table of rows to fix (sheet, row, reason).
 */
public class RegisterImportView {

    private final RegisterImportViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private Label summaryLabel;
    @FXML private TableView<RegisterProblem> problemTable;
    @FXML private TableColumn<RegisterProblem, String> sheetColumn;
    @FXML private TableColumn<RegisterProblem, String> rowColumn;
    @FXML private TableColumn<RegisterProblem, String> reasonColumn;

    public RegisterImportView(RegisterImportViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        problemTable.setItems(viewModel.problems());
        problemTable.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.problems()));
        problemTable.managedProperty().bind(problemTable.visibleProperty());
        sheetColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sheet()));
        rowColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rowText()));
        reasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.reason(c.getValue())));
    }

    /** Asks for the file, imports it and shows the outcome; {@code afterImport} runs when rows were stored. */
    public void chooseAndImport(Window owner, Runnable afterImport) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("register.import.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("register.import.filter"), "*.xlsx"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            importFile(owner, file, afterImport);
        }
    }

    /** Imports a chosen file and shows the outcome. */
    public void importFile(Window owner, File file, Runnable afterImport) {
        viewModel.importFile(file.toPath(), () -> {
            if (viewModel.importedProperty().get()) {
                afterImport.run();
            }
            showResult(owner);
        });
    }

    private void showResult(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("register.result.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(root);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("common.ok"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        dialog.showAndWait();
        dialog.getDialogPane().setContent(null);
    }
}
