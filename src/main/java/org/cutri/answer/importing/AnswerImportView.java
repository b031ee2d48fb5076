package org.cutri.answer.importing;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.stage.Window;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.FileSource;
import org.cutri.common.ui.Placeholders;
import org.cutri.common.ui.TaskProgress;
import org.cutri.common.ui.Views;

/**
 * The window importing an agency's answer list (nhập trả lời từ danh sách của cơ quan): choose the file, read the
 * preview (each row's issue and how it was found, a tick to confirm a match by content, rows with a problem in red),
 * then "Nhập", enabled only when no row has a problem. Opened from the follow-up screen with
 * {@link #show(Window, Runnable)}; {@link #node()} gives its content for another container.
 */
public class AnswerImportView {

    private static final String PROBLEM_STYLE = "-fx-background-color: #fde2e2;";
    private static final int EXCERPT = 120;

    private final AnswerImportViewModel viewModel;
    private final Messages messages;
    private final FileSource files;
    private final Parent root;

    @FXML private Label introLabel;
    @FXML private Button chooseButton;
    @FXML private Label fileLabel;
    @FXML private Label summaryLabel;
    @FXML private TaskProgress progressBox;
    @FXML private TableView<AnswerImportViewModel.Line> rowTable;
    @FXML private TableColumn<AnswerImportViewModel.Line, String> rowColumn;
    @FXML private TableColumn<AnswerImportViewModel.Line, String> codeColumn;
    @FXML private TableColumn<AnswerImportViewModel.Line, String> issueColumn;
    @FXML private TableColumn<AnswerImportViewModel.Line, String> matchColumn;
    @FXML private TableColumn<AnswerImportViewModel.Line, Boolean> confirmColumn;
    @FXML private TableColumn<AnswerImportViewModel.Line, String> agencyColumn;
    @FXML private TableColumn<AnswerImportViewModel.Line, String> letterColumn;
    @FXML private TableColumn<AnswerImportViewModel.Line, String> dateColumn;
    @FXML private TableColumn<AnswerImportViewModel.Line, String> answerColumn;
    @FXML private TableColumn<AnswerImportViewModel.Line, String> problemColumn;

    public AnswerImportView(AnswerImportViewModel viewModel, Messages messages) {
        this(viewModel, messages, FileSource.openDialog(messages.get("answerimport.dialog.chooser"),
                messages.get("answerimport.dialog.filter"), List.of("*.xlsx", "*.csv")));
    }

    /** @param files where "Chọn tệp…" takes the file from (the system's file chooser in the program) */
    public AnswerImportView(AnswerImportViewModel viewModel, Messages messages, FileSource files) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.files = files;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        introLabel.setText(viewModel.introText());
        chooseButton.disableProperty().bind(viewModel.busyProperty());
        fileLabel.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.fileProperty().get() == null ? messages.get("answerimport.dialog.noFile")
                        : viewModel.fileProperty().get().toString(), viewModel.fileProperty()));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        progressBox.follow(viewModel.work());
        rowTable.setItems(viewModel.rows());
        rowTable.setPlaceholder(Placeholders.text(messages.get("answerimport.dialog.noFile")));
        column(rowColumn, l -> String.valueOf(l.row().row()));
        column(codeColumn, AnswerImportView::codeText);
        column(issueColumn, viewModel::issueText);
        column(matchColumn, viewModel::matchText);
        column(agencyColumn, l -> l.row().agency());
        column(letterColumn, l -> l.row().letterNo());
        column(dateColumn, viewModel::dateText);
        column(answerColumn, l -> excerpt(l.row().answer()));
        column(problemColumn, viewModel::problemText);
        confirmColumn.setCellValueFactory(c -> c.getValue().confirmedProperty());
        confirmColumn.setCellFactory(c -> new CheckBoxTableCell<>() {
            @Override
            public void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                TableRow<AnswerImportViewModel.Line> row = getTableRow();
                boolean shown = !empty && row != null && row.getItem() != null && row.getItem().confirmable();
                if (!shown) {
                    setGraphic(null);
                }
                setEditable(shown);
            }
        });
        confirmColumn.editableProperty().bind(viewModel.busyProperty().not().and(viewModel.importedProperty().not()));
        problemColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
                TableRow<AnswerImportViewModel.Line> row = getTableRow();
                boolean problem = !empty && row != null && row.getItem() != null && !row.getItem().row().ok();
                setStyle(problem ? "-fx-text-fill: #a40000; -fx-font-weight: bold;" : "");
            }
        });
        rowTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AnswerImportViewModel.Line item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(!empty && item != null && !item.row().ok() ? PROBLEM_STYLE : "");
            }
        });
    }

    /** A column of text; a cell too narrow for its text shows it whole in a tooltip. */
    private static void column(TableColumn<AnswerImportViewModel.Line, String> column,
            Function<AnswerImportViewModel.Line, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
    }

    /** The issue's code; "YK1-035 → YK1-014" when the row named another opinion of its group. */
    private static String codeText(AnswerImportViewModel.Line line) {
        AnswerImportRow row = line.row();
        if (row.issue() == null) {
            return row.code();
        }
        return row.code().isEmpty() || row.code().equalsIgnoreCase(row.issueCode()) ? row.issueCode()
                : row.code() + " → " + row.issueCode();
    }

    private static String excerpt(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
    }

    /**
     * Shows the window for the view-model's desk (a commune's round, or the province's issues); {@code afterImport}
     * runs on the FX thread when answers were stored (to refresh the screen that opened it).
     */
    public void show(Window owner, Runnable afterImport) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("answerimport.dialog.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(root);
        ButtonType importType = new ButtonType(messages.get("answerimport.dialog.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType closeType = new ButtonType(messages.get("answerimport.dialog.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(importType, closeType);
        Node importButton = dialog.getDialogPane().lookupButton(importType);
        importButton.setId("answerImportButton");
        importButton.disableProperty().bind(viewModel.canImportBinding().not());
        importButton.addEventFilter(ActionEvent.ACTION, event -> {
            // Stay open: the summary then says what was stored.
            event.consume();
            viewModel.importNow(afterImport);
        });
        dialog.showAndWait();
    }

    @FXML
    private void chooseFile() {
        files.choose(root.getScene() == null ? null : root.getScene().getWindow()).ifPresent(viewModel::choose);
    }

    /** The window's content (file, preview, progress), without the dialog's buttons. */
    public Parent node() {
        return root;
    }
}
