package org.cutri.returns;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.FileSource;
import org.cutri.common.ui.Views;
import org.cutri.common.ui.WorkDialog;

/**
 * The dialog "Nhận gói trả lời từ tỉnh" of the hand-over screen: choose the file, read what it would change, compare
 * the province's fingerprint when it is the first return package, then "Nhận" (it stays open and says what was
 * taken).
 */
public class ReceiveAnswersView {

    private final ReceiveAnswersViewModel viewModel;
    private final Messages messages;
    private final FileSource files;
    private final Parent root;

    @FXML private Button chooseButton;
    @FXML private Label fileLabel;
    @FXML private Label summaryLabel;
    @FXML private Label fingerprintLabel;
    @FXML private CheckBox trustBox;
    @FXML private CheckBox gapBox;
    @FXML private TableView<ReceiveAnswersViewModel.Row> rowTable;
    @FXML private TableColumn<ReceiveAnswersViewModel.Row, String> codeColumn;
    @FXML private TableColumn<ReceiveAnswersViewModel.Row, String> whatColumn;
    @FXML private TableColumn<ReceiveAnswersViewModel.Row, String> agencyColumn;

    /**
     * @param files where "Chọn tệp…" takes the file from: {@link #zipFiles} in the program, a prepared file in tests
     */
    public ReceiveAnswersView(ReceiveAnswersViewModel viewModel, Messages messages, FileSource files) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.files = files;
        this.root = Views.load(this, messages);
    }

    /** The system's file chooser for .zip files. */
    public static FileSource zipFiles(Messages messages) {
        return FileSource.openDialog(messages.get("returns.receive.chooser"), messages.get("exchange.import.filter"),
                List.of("*.zip", "*.ZIP"));
    }

    @FXML
    private void initialize() {
        chooseButton.disableProperty().bind(viewModel.busyProperty());
        fileLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.fileProperty().get() == null
                ? messages.get("returns.receive.noFile") : viewModel.fileProperty().get().toString(),
                viewModel.fileProperty()));
        summaryLabel.textProperty().bind(viewModel.summaryTextProperty());
        fingerprintLabel.textProperty().bind(viewModel.fingerprintTextProperty());
        for (Node node : List.of(fingerprintLabel, trustBox)) {
            node.visibleProperty().bind(viewModel.asksTrustProperty());
            node.managedProperty().bind(node.visibleProperty());
        }
        gapBox.visibleProperty().bind(viewModel.asksGapProperty());
        gapBox.managedProperty().bind(gapBox.visibleProperty());
        trustBox.selectedProperty().bindBidirectional(viewModel.trustProperty());
        gapBox.selectedProperty().bindBidirectional(viewModel.acceptGapProperty());
        trustBox.disableProperty().bind(viewModel.busyProperty());
        gapBox.disableProperty().bind(viewModel.busyProperty());
        rowTable.setItems(viewModel.rows());
        rowTable.setPlaceholder(new Label(messages.get("returns.receive.noRows")));
        column(codeColumn, ReceiveAnswersViewModel.Row::code);
        column(whatColumn, ReceiveAnswersViewModel.Row::what);
        column(agencyColumn, ReceiveAnswersViewModel.Row::agency);
    }

    private static void column(TableColumn<ReceiveAnswersViewModel.Row, String> column,
            Function<ReceiveAnswersViewModel.Row, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** Shows the dialog; {@code afterImport} runs (on the FX thread) once a package was taken. */
    public void show(Window owner, Runnable afterImport) {
        WorkDialog.show(owner, new WorkDialog.Spec(messages.get("returns.receive.title"),
                messages.get("returns.receive.import"), messages.get("returns.receive.close"), "takeAnswersButton"), root,
                viewModel.canImportBinding(), () -> viewModel.importNow(afterImport));
    }

    @FXML
    private void chooseFile() {
        files.choose(root.getScene() == null ? null : root.getScene().getWindow()).ifPresent(viewModel::choose);
    }
}
