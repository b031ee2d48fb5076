package org.cutri.numbering;

import java.nio.file.Path;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.cutri.common.i18n.Messages;
import org.cutri.common.text.DateText;
import org.cutri.common.ui.Converters;
import org.cutri.common.ui.DateFields;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.common.ui.Views;
import org.cutri.opinion.Choice;

/**
 * The outgoing-document register screen (sổ văn bản đi): the year's lines with a filter, a form registering a
 * document made outside the program, cancelling the chosen number with a reason, and the book written to a file.
 */
public class DocumentRegisterView implements Screen {

    /** Where the book is written: a file chosen by the user (tests answer a path of their own). */
    @FunctionalInterface
    public interface BookPicker {
        Optional<Path> choose(Window owner, String suggestedName);

        /** The system's save dialog, for Word and Excel files. */
        static BookPicker system(Messages messages) {
            return (owner, suggested) -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get("numbering.screen.book.chooser"));
                chooser.setInitialFileName(suggested);
                chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Word (*.docx)", "*.docx"),
                        new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
                var file = chooser.showSaveDialog(owner);
                if (file == null) {
                    return Optional.empty();
                }
                String name = file.getName().toLowerCase(java.util.Locale.ROOT);
                boolean excel = chooser.getSelectedExtensionFilter() != null
                        && chooser.getSelectedExtensionFilter().getExtensions().contains("*.xlsx");
                if (!name.endsWith(".docx") && !name.endsWith(".xlsx")) {
                    return Optional.of(file.toPath().resolveSibling(file.getName() + (excel ? ".xlsx" : ".docx")));
                }
                return Optional.of(file.toPath());
            };
        }
    }

    private final DocumentRegisterViewModel viewModel;
    private final Dialogs dialogs;
    private final Messages messages;
    private final BookPicker books;
    private final Parent root;

    @FXML private SearchableComboBox<Integer> yearBox;
    @FXML private TextField filterField;
    @FXML private Button bookButton;
    @FXML private TableView<RegisteredDocument> documentTable;
    @FXML private TableColumn<RegisteredDocument, String> symbolColumn;
    @FXML private TableColumn<RegisteredDocument, String> dateColumn;
    @FXML private TableColumn<RegisteredDocument, String> typeColumn;
    @FXML private TableColumn<RegisteredDocument, String> summaryColumn;
    @FXML private TableColumn<RegisteredDocument, String> signerColumn;
    @FXML private TableColumn<RegisteredDocument, String> noteColumn;
    @FXML private SearchableComboBox<Choice<DocumentKind>> kindBox;
    @FXML private DatePicker datePicker;
    @FXML private TextArea summaryArea;
    @FXML private TextField signerField;
    @FXML private TextField recipientsField;
    @FXML private TextField copiesField;
    @FXML private Label addProblemLabel;
    @FXML private Button addButton;
    @FXML private Label chosenLabel;
    @FXML private TextField reasonField;
    @FXML private Button cancelNumberButton;
    @FXML private Label registerStatusLabel;

    public DocumentRegisterView(DocumentRegisterViewModel viewModel, Messages messages, Dialogs dialogs,
            BookPicker books) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        this.books = books;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        yearBox.setItems(viewModel.years());
        yearBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer year) {
                return year == null ? "" : String.valueOf(year);
            }

            @Override
            public Integer fromString(String text) {
                return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
            }
        });
        yearBox.valueProperty().bindBidirectional(viewModel.yearProperty());
        filterField.textProperty().bindBidirectional(viewModel.filterProperty());
        documentTable.setItems(viewModel.rows());
        symbolColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().symbol()));
        dateColumn.setCellValueFactory(cell -> new SimpleStringProperty(DateText.format(cell.getValue().issuedOn())));
        typeColumn.setCellValueFactory(cell -> new SimpleStringProperty(DocumentKind.ofCode(cell.getValue().typeCode())
                .map(messages::label).orElse(cell.getValue().typeCode())));
        summaryColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().summary()));
        signerColumn.setCellValueFactory(cell -> new SimpleStringProperty(
                cell.getValue().signer() == null ? "" : cell.getValue().signer()));
        noteColumn.setCellValueFactory(cell -> new SimpleStringProperty(note(cell.getValue())));
        documentTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(RegisteredDocument item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("cancelled"),
                        !empty && item != null && item.cancelled());
                setStyle(!empty && item != null && item.cancelled() ? "-fx-opacity: 0.6;" : "");
            }
        });
        documentTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null || !viewModel.rows().contains(viewModel.selectedProperty().get())) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != documentTable.getSelectionModel().getSelectedItem()) {
                if (now == null) {
                    documentTable.getSelectionModel().clearSelection();
                } else {
                    documentTable.getSelectionModel().select(now);
                }
            }
        });
        kindBox.setItems(viewModel.kinds());
        kindBox.setConverter(Converters.labels(Choice::label));
        kindBox.valueProperty().bindBidirectional(viewModel.kindProperty());
        DateFields.bind(datePicker, viewModel.dateTextProperty());
        summaryArea.textProperty().bindBidirectional(viewModel.summaryProperty());
        signerField.textProperty().bindBidirectional(viewModel.signerProperty());
        recipientsField.textProperty().bindBidirectional(viewModel.recipientsProperty());
        copiesField.textProperty().bindBidirectional(viewModel.copiesTextProperty());
        addProblemLabel.textProperty().bind(viewModel.addProblemProperty());
        addButton.disableProperty().bind(viewModel.canAddProperty().not());
        chosenLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            RegisteredDocument chosen = viewModel.selectedProperty().get();
            if (chosen == null) {
                return messages.get("numbering.screen.cancel.none");
            }
            return chosen.cancelled() ? messages.get("numbering.screen.cancel.done", chosen.symbol())
                    : messages.get("numbering.screen.cancel.chosen", chosen.symbol());
        }, viewModel.selectedProperty()));
        reasonField.textProperty().bindBidirectional(viewModel.cancelReasonProperty());
        reasonField.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get() == null
                || viewModel.selectedProperty().get().cancelled(), viewModel.selectedProperty()));
        cancelNumberButton.disableProperty().bind(viewModel.canCancelProperty().not());
        registerStatusLabel.textProperty().bind(viewModel.statusProperty());
    }

    private String note(RegisteredDocument document) {
        if (document.cancelled()) {
            return messages.get("numbering.screen.note.cancelled", DateText.format(document.cancelledOn()),
                    document.cancelReason());
        }
        return document.byHand() ? messages.get("numbering.screen.note.hand") : "";
    }

    @FXML
    private void add() {
        viewModel.add();
    }

    @FXML
    private void cancelNumber() {
        if (dialogs.confirmDelete(messages.get("numbering.screen.cancel.title"), viewModel.cancelQuestion())) {
            viewModel.cancel();
        }
    }

    @FXML
    private void writeBook() {
        books.choose(root.getScene() == null ? null : root.getScene().getWindow(), viewModel.suggestedBookName())
                .ifPresent(viewModel::writeBook);
    }

    /** The screen's state (tests choose the year as the year box would). */
    DocumentRegisterViewModel viewModel() {
        return viewModel;
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
        viewModel.load();
    }
}
