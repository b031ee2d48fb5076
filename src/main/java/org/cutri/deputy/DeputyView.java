package org.cutri.deputy;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

import org.cutri.common.i18n.Messages;
import org.cutri.common.text.VietText;
import org.cutri.common.ui.Converters;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.FormDecorations;
import org.cutri.common.ui.Keys;
import org.cutri.common.ui.ListEditorControls;
import org.cutri.common.ui.Placeholders;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.common.ui.Views;
import org.cutri.constituency.Constituency;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilTerm;

/** The deputies screen (Đại biểu): thin, binds the view-model to the controls. */
public class DeputyView implements Screen {

    private final DeputyViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Parent root;

    @FXML private TextField filterField;
    @FXML private TableView<Deputy> table;
    @FXML private TableColumn<Deputy, String> nameColumn;
    @FXML private TableColumn<Deputy, String> levelColumn;
    @FXML private TableColumn<Deputy, String> termColumn;
    @FXML private TableColumn<Deputy, Integer> constituencyColumn;
    @FXML private TableColumn<Deputy, String> positionColumn;
    @FXML private TableColumn<Deputy, String> groupColumn;
    @FXML private TableColumn<Deputy, Integer> hamletsColumn;
    @FXML private TextField nameField;
    @FXML private SearchableComboBox<CouncilLevel> levelBox;
    @FXML private SearchableComboBox<CouncilTerm> termBox;
    @FXML private SearchableComboBox<Constituency> constituencyBox;
    @FXML private TextField positionField;
    @FXML private TextField groupField;
    @FXML private Label formTitle;
    @FXML private Label formError;
    @FXML private Button saveButton;
    @FXML private Button deleteButton;

    public DeputyView(DeputyViewModel viewModel, Messages messages, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        this.root = Views.load(this, messages);
        Keys.on(root, Keys.NEW_ROW, this::newRow);
        Keys.on(table, new KeyCodeCombination(KeyCode.DELETE), this::delete);
        // Delete or Backspace on the constituency box leaves the deputy without a constituency.
        Keys.on(constituencyBox, new KeyCodeCombination(KeyCode.DELETE), () -> constituencyBox.setValue(null));
        Keys.on(constituencyBox, new KeyCodeCombination(KeyCode.BACK_SPACE), () -> constituencyBox.setValue(null));
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        table.setPlaceholder(Placeholders.of(viewModel.loadingProperty(), "deputy.list.empty", messages));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fullName()));
        nameColumn.setComparator(VietText.PERSON_ORDER);
        levelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().level())));
        levelColumn.setComparator(VietText.ORDER);
        termColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.termLabel(c.getValue().termId())));
        constituencyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().constituencyNumber()));
        positionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().position()));
        positionColumn.setComparator(VietText.ORDER);
        groupColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().deputyGroup()));
        groupColumn.setComparator(VietText.ORDER);
        hamletsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().assignedHamlets()));


        nameField.textProperty().bindBidirectional(viewModel.fullNameProperty());
        levelBox.setItems(viewModel.levels());
        levelBox.setConverter(Converters.labels(l -> l.current() ? messages.label(l)
                : messages.get("deputy.level.legacyItem", l)));
        levelBox.valueProperty().bindBidirectional(viewModel.levelProperty());
        termBox.setItems(viewModel.terms());
        termBox.setConverter(Converters.labels(CouncilTerm::label));
        termBox.valueProperty().bindBidirectional(viewModel.termProperty());
        constituencyBox.setItems(viewModel.constituencies());
        constituencyBox.setConverter(Converters.labels(c -> messages.get("deputy.constituency.item", c.number())));
        constituencyBox.valueProperty().bindBidirectional(viewModel.constituencyProperty());
        positionField.textProperty().bindBidirectional(viewModel.positionProperty());
        groupField.textProperty().bindBidirectional(viewModel.deputyGroupProperty());

        FormDecorations.Form form = FormDecorations.form(viewModel);
        form.bind(nameField, viewModel.nameErrorProperty());
        form.bind(levelBox, viewModel.levelErrorProperty());
        form.bind(termBox, viewModel.termErrorProperty());
        form.bind(positionField, viewModel.positionErrorProperty());
        form.bind(groupField, viewModel.groupErrorProperty());
        ListEditorControls.bind(viewModel, table, formTitle, formError, saveButton, deleteButton,
                messages.get("deputy.form.new"), messages.get("deputy.form.edit"));
    }

    @FXML
    private void newRow() {
        viewModel.startNew();
        nameField.requestFocus();
    }

    @FXML
    private void save() {
        if (viewModel.save()) {
            Platform.runLater(nameField::requestFocus);
        }
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void delete() {
        viewModel.delete(selected -> dialogs.confirmDelete(messages.get("deputy.delete.title"),
                selected.assignedHamlets() == 0
                        ? messages.get("deputy.delete.confirm", selected.fullName())
                        : messages.get("deputy.delete.confirmAssigned", selected.fullName(),
                                selected.assignedHamlets())));
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
        Platform.runLater(filterField::requestFocus);
    }
}
