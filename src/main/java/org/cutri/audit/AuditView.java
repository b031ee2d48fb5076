package org.cutri.audit;

import java.time.format.DateTimeFormatter;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.Converters;
import org.cutri.common.ui.DateFields;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.common.ui.Views;
import org.cutri.opinion.Choice;

/** The audit trail screen: filters above, the rows (newest first) below. Read only: nothing here changes a row. */
public class AuditView implements Screen {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final AuditViewModel viewModel;
    private final Parent root;

    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private SearchableComboBox<Choice<AuditAction>> actionBox;
    @FXML private TextField textField;
    @FXML private TableView<AuditEntry> auditTable;
    @FXML private TableColumn<AuditEntry, String> timeColumn;
    @FXML private TableColumn<AuditEntry, String> accountColumn;
    @FXML private TableColumn<AuditEntry, String> actionColumn;
    @FXML private TableColumn<AuditEntry, String> objectColumn;
    @FXML private TableColumn<AuditEntry, String> descriptionColumn;
    @FXML private Label auditStatusLabel;

    public AuditView(AuditViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        DateFields.bind(fromPicker, viewModel.fromTextProperty());
        DateFields.bind(toPicker, viewModel.toTextProperty());
        actionBox.setItems(viewModel.actions());
        actionBox.setConverter(Converters.labels(Choice::label));
        actionBox.valueProperty().bindBidirectional(viewModel.actionProperty());
        textField.textProperty().bindBidirectional(viewModel.textProperty());
        auditTable.setItems(viewModel.rows());
        timeColumn.setCellValueFactory(cell -> new SimpleStringProperty(TIME.format(cell.getValue().at())));
        accountColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().account()));
        actionColumn.setCellValueFactory(cell -> new SimpleStringProperty(viewModel.label(cell.getValue().action())));
        objectColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().object()));
        descriptionColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().description()));
        auditStatusLabel.textProperty().bind(viewModel.statusProperty());
    }

    @FXML
    private void reload() {
        viewModel.load();
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
