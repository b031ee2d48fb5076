package org.cutri.person;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.Views;

/** The personal-data screen: find a name, then correct it at the places chosen or erase it. */
public class PersonView implements Screen {

    private final PersonViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Parent root;

    @FXML private TextField nameField;
    @FXML private Button findButton;
    @FXML private TableView<PersonPlace> placeTable;
    @FXML private TableColumn<PersonPlace, String> placeColumn;
    @FXML private TableColumn<PersonPlace, String> referenceColumn;
    @FXML private TableColumn<PersonPlace, String> kindColumn;
    @FXML private TableColumn<PersonPlace, String> textColumn;
    @FXML private TableColumn<PersonPlace, String> erasableColumn;
    @FXML private TextField correctedField;
    @FXML private Button correctButton;
    @FXML private Button eraseButton;
    @FXML private Label personStatusLabel;

    public PersonView(PersonViewModel viewModel, Messages messages, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        correctedField.textProperty().bindBidirectional(viewModel.correctedProperty());
        placeTable.setItems(viewModel.places());
        placeTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        placeColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().table() + "." + c.getValue().column()));
        referenceColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().reference()));
        kindColumn.setCellValueFactory(c -> new SimpleStringProperty(viewModel.label(c.getValue().kind())));
        textColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().text()));
        erasableColumn.setCellValueFactory(c -> new SimpleStringProperty(messages.get(
                c.getValue().erasable() ? "person.erasable.yes" : "person.erasable.no")));
        findButton.disableProperty().bind(viewModel.runningProperty());
        nameField.disableProperty().bind(viewModel.runningProperty());
        correctButton.disableProperty().bind(viewModel.canCorrectProperty().not());
        eraseButton.disableProperty().bind(viewModel.canEraseProperty().not());
        personStatusLabel.textProperty().bind(viewModel.statusProperty());
    }

    @FXML
    private void find() {
        viewModel.find();
    }

    @FXML
    private void correct() {
        viewModel.correct(java.util.List.copyOf(placeTable.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void erase() {
        if (dialogs.confirmDelete(messages.get("person.erase.confirm.title"), viewModel.eraseQuestion())) {
            viewModel.erase();
        }
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
        nameField.requestFocus();
    }
}
