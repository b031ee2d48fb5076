package org.cutri.opinionimport;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Window;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.Converters;
import org.cutri.common.ui.FileSource;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.common.ui.TaskProgress;
import org.cutri.common.ui.Views;
import org.cutri.common.ui.WorkDialog;
import org.cutri.round.ContactRound;

/**
 * The opinion import dialog: choose the round and the file, look at the preview (rows with a problem in
 * red, the reason in the last column), tick the voters' consent when names are present, then "Nhập",
 * which stays disabled while any row is wrong.
 */
public class OpinionImportView {

    private static final String PROBLEM_STYLE = "-fx-background-color: #fde2e2;";

    private final OpinionImportViewModel viewModel;
    private final Messages messages;
    private final FileSource files;
    private final Parent root;

    @FXML private SearchableComboBox<ContactRound> roundBox;
    @FXML private Button chooseButton;
    @FXML private Label fileLabel;
    @FXML private Label summaryLabel;
    @FXML private TableView<OpinionImportRow> rowTable;
    @FXML private TableColumn<OpinionImportRow, String> rowColumn;
    @FXML private TableColumn<OpinionImportRow, String> codeColumn;
    @FXML private TableColumn<OpinionImportRow, String> hamletColumn;
    @FXML private TableColumn<OpinionImportRow, String> contentColumn;
    @FXML private TableColumn<OpinionImportRow, String> fieldColumn;
    @FXML private TableColumn<OpinionImportRow, String> authorityColumn;
    @FXML private TableColumn<OpinionImportRow, String> speakerColumn;
    @FXML private TableColumn<OpinionImportRow, String> problemColumn;
    @FXML private CheckBox consentBox;
    @FXML private TaskProgress progressBox;

    public OpinionImportView(OpinionImportViewModel viewModel, Messages messages) {
        this(viewModel, messages, FileSource.openDialog(messages.get("opinionimport.chooser"),
                messages.get("opinionimport.filter"), List.of("*.xlsx", "*.csv")));
    }

    /** @param files where "Chọn tệp…" takes the file from (the system's file chooser in the program) */
    public OpinionImportView(OpinionImportViewModel viewModel, Messages messages, FileSource files) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.files = files;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        roundBox.setItems(viewModel.roundChoices());
        roundBox.setConverter(Converters.labels(ContactRound::name));
        roundBox.valueProperty().bindBidirectional(viewModel.roundProperty());
        roundBox.disableProperty().bind(viewModel.busyProperty());
        chooseButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.roundProperty().isNull()));
        fileLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.fileProperty().get() == null ? messages.get("opinionimport.dialog.noFile")
                        : viewModel.fileProperty().get().toString(), viewModel.fileProperty()));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        progressBox.follow(viewModel.work());
        rowTable.setItems(viewModel.rows());
        column(rowColumn, r -> String.valueOf(r.row()));
        column(codeColumn, r -> r.code() == null ? "" : r.code());
        column(hamletColumn, OpinionImportRow::hamlet);
        column(contentColumn, OpinionImportRow::content);
        column(fieldColumn, OpinionImportRow::field);
        column(authorityColumn, OpinionImportRow::authority);
        column(speakerColumn, r -> r.speaker() == null ? "" : r.speaker());
        column(problemColumn, viewModel::problemText);
        problemColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setStyle(empty || item == null || item.isEmpty() ? "" : "-fx-text-fill: #a40000; -fx-font-weight: bold;");
            }
        });
        rowTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(OpinionImportRow item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(!empty && item != null && !item.ok() ? PROBLEM_STYLE : "");
            }
        });
        consentBox.selectedProperty().bindBidirectional(viewModel.consentProperty());
        consentBox.visibleProperty().bind(viewModel.namedRowsProperty().greaterThan(0));
        consentBox.managedProperty().bind(consentBox.visibleProperty());
        consentBox.disableProperty().bind(viewModel.importedProperty());
    }

    private static void column(TableColumn<OpinionImportRow, String> column, Function<OpinionImportRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** Shows the dialog; {@code afterImport} runs (on the FX thread) when opinions were stored. */
    public void show(Window owner, Runnable afterImport) {
        viewModel.load();
        WorkDialog.show(owner, new WorkDialog.Spec(messages.get("opinionimport.dialog.title"),
                messages.get("opinionimport.dialog.import"), messages.get("opinionimport.dialog.close"),
                "opinionImportButton"), root, viewModel.canImportBinding(), () -> viewModel.importNow(afterImport));
    }

    @FXML
    private void chooseFile() {
        files.choose(root.getScene() == null ? null : root.getScene().getWindow()).ifPresent(viewModel::choose);
    }

    /** The dialog's content, for tests. */
    Parent root() {
        return root;
    }
}
