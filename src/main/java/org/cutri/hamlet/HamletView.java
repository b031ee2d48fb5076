package org.cutri.hamlet;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;

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

/** The hamlets screen (Thôn, xóm): thin, binds the view-model to the controls. */
public class HamletView implements Screen {

    private final HamletViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Parent root;

    @FXML private TextField filterField;
    @FXML private TableView<Hamlet> table;
    @FXML private TableColumn<Hamlet, String> nameColumn;
    @FXML private TableColumn<Hamlet, String> kindColumn;
    @FXML private TableColumn<Hamlet, Integer> constituencyColumn;
    @FXML private TableColumn<Hamlet, String> headColumn;
    @FXML private TableColumn<Hamlet, String> frontHeadColumn;
    @FXML private TextField nameField;
    @FXML private SearchableComboBox<HamletKind> kindBox;
    @FXML private SearchableComboBox<Constituency> constituencyBox;
    @FXML private TextField headField;
    @FXML private TextField frontHeadField;
    @FXML private Label formTitle;
    @FXML private Label formError;
    @FXML private Button saveButton;
    @FXML private Button deleteButton;

    public HamletView(HamletViewModel viewModel, Messages messages, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        this.root = Views.load(this, messages);
        Keys.on(root, Keys.NEW_ROW, this::newRow);
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        table.setPlaceholder(Placeholders.of(viewModel.loadingProperty(), "hamlet.list.empty", messages));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        nameColumn.setComparator(VietText.ORDER);
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().kind())));
        kindColumn.setComparator(VietText.ORDER);
        constituencyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().constituencyNumber()));
        headColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().headName()));
        headColumn.setComparator(VietText.ORDER);
        frontHeadColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().frontHeadName()));
        frontHeadColumn.setComparator(VietText.ORDER);


        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        kindBox.getItems().setAll(HamletKind.values());
        kindBox.setConverter(Converters.labels(messages::label));
        kindBox.valueProperty().bindBidirectional(viewModel.kindProperty());
        constituencyBox.setItems(viewModel.constituencies());
        constituencyBox.setConverter(Converters.labels(c -> messages.get("hamlet.constituency.item", c.number())));
        constituencyBox.valueProperty().bindBidirectional(viewModel.constituencyProperty());
        headField.textProperty().bindBidirectional(viewModel.headNameProperty());
        frontHeadField.textProperty().bindBidirectional(viewModel.frontHeadNameProperty());

        FormDecorations.Form form = FormDecorations.form(viewModel);
        form.bind(nameField, viewModel.nameErrorProperty());
        form.bind(kindBox, viewModel.kindErrorProperty());
        form.bind(headField, viewModel.headNameErrorProperty());
        form.bind(frontHeadField, viewModel.frontHeadNameErrorProperty());
        ListEditorControls.bind(viewModel, table, formTitle, formError, saveButton, deleteButton,
                messages.get("hamlet.form.new"), messages.get("hamlet.form.edit"));
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
        viewModel.delete(hamlet -> dialogs.confirmDelete(messages.get("hamlet.delete.title"),
                messages.get("hamlet.delete.confirm", hamlet.name())));
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
