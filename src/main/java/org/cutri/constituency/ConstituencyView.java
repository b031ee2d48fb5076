package org.cutri.constituency;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

import org.cutri.common.i18n.Messages;
import org.cutri.common.text.VietText;
import org.cutri.common.ui.CheckListCells;
import org.cutri.common.ui.Converters;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.FormDecorations;
import org.cutri.common.ui.Keys;
import org.cutri.common.ui.ListEditorControls;
import org.cutri.common.ui.Placeholders;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.common.ui.Views;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilTerm;

/** The constituencies screen (Đơn vị bầu cử): thin, binds the view-model to the controls. */
public class ConstituencyView implements Screen {

    private final ConstituencyViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Parent root;

    @FXML private SearchableComboBox<CouncilTerm> termBox;
    @FXML private TextField filterField;
    @FXML private TableView<Constituency> table;
    @FXML private TableColumn<Constituency, Integer> numberColumn;
    @FXML private TableColumn<Constituency, String> levelColumn;
    @FXML private TableColumn<Constituency, String> descriptionColumn;
    @FXML private TableColumn<Constituency, Integer> hamletsColumn;
    @FXML private TableColumn<Constituency, Integer> deputiesColumn;
    @FXML private SearchableComboBox<CouncilLevel> levelBox;
    @FXML private TextField numberField;
    @FXML private TextField descriptionField;
    @FXML private ListView<HamletChoice> hamletList;
    @FXML private Label hamletSummary;
    @FXML private Label movingNote;
    @FXML private Label formTitle;
    @FXML private Label formError;
    @FXML private Button saveButton;
    @FXML private Button deleteButton;

    public ConstituencyView(ConstituencyViewModel viewModel, Messages messages, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        this.root = Views.load(this, messages);
        Keys.on(root, Keys.NEW_ROW, this::newRow);
        Keys.on(table, new KeyCodeCombination(KeyCode.DELETE), this::delete);
    }

    @FXML
    private void initialize() {
        termBox.setItems(viewModel.terms());
        termBox.setConverter(Converters.labels(CouncilTerm::label));
        termBox.valueProperty().bindBidirectional(viewModel.termProperty());
        FormDecorations.Form form = FormDecorations.form(viewModel);
        form.bind(termBox, viewModel.termErrorProperty());

        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        table.setPlaceholder(Placeholders.of(viewModel.loadingProperty(), Bindings.when(Bindings.isEmpty(viewModel.terms()))
                .then(messages.get("constituency.list.noTerm")).otherwise(messages.get("constituency.list.empty")),
                messages));
        numberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        levelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().level())));
        levelColumn.setComparator(VietText.ORDER);
        descriptionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().description()));
        descriptionColumn.setComparator(VietText.ORDER);
        hamletsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().hamletCount()));
        deputiesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().deputyCount()));


        levelBox.setItems(viewModel.levels());
        levelBox.setConverter(Converters.labels(l -> l.current() ? messages.label(l)
                : messages.get("constituency.level.legacyItem", l)));
        levelBox.valueProperty().bindBidirectional(viewModel.levelProperty());
        numberField.textProperty().bindBidirectional(viewModel.numberProperty());
        descriptionField.textProperty().bindBidirectional(viewModel.descriptionProperty());
        hamletList.setItems(viewModel.hamlets());
        hamletList.setCellFactory(CheckListCells.forListView(HamletChoice::checkedProperty,
                Converters.labels(h -> h.otherNumber() == null ? h.name()
                        : messages.get("constituency.hamlet.inOther", h.name(), String.valueOf(h.otherNumber())))));
        // Space ticks or unticks the highlighted hamlet, so the checklist works without a mouse.
        Keys.on(hamletList, new KeyCodeCombination(KeyCode.SPACE), () -> {
            HamletChoice focused = hamletList.getFocusModel().getFocusedItem();
            if (focused != null) {
                focused.checkedProperty().set(!focused.isChecked());
            }
        });
        // The list would keep Enter for itself; in this form Enter saves, as everywhere else.
        Keys.on(hamletList, new KeyCodeCombination(KeyCode.ENTER), () -> {
            if (!saveButton.isDisabled()) {
                save();
            }
        });
        hamletSummary.textProperty().bind(viewModel.hamletSummaryProperty());
        movingNote.textProperty().bind(viewModel.movingNoteProperty());
        movingNote.visibleProperty().bind(viewModel.movingNoteProperty().isNotEmpty());
        movingNote.managedProperty().bind(movingNote.visibleProperty());

        form.bind(levelBox, viewModel.levelErrorProperty());
        form.bind(numberField, viewModel.numberErrorProperty());
        form.bind(descriptionField, viewModel.descriptionErrorProperty());
        ListEditorControls.bind(viewModel, table, formTitle, formError, saveButton, deleteButton,
                messages.get("constituency.form.new"), messages.get("constituency.form.edit"));
    }

    @FXML
    private void newRow() {
        viewModel.startNew();
        levelBox.requestFocus();
    }

    @FXML
    private void save() {
        if (viewModel.save()) {
            Platform.runLater(numberField::requestFocus);
        }
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void checkAll() {
        viewModel.checkAll();
    }

    @FXML
    private void checkNone() {
        viewModel.checkNone();
    }

    @FXML
    private void delete() {
        viewModel.delete(selected -> dialogs.confirmDelete(messages.get("constituency.delete.title"),
                messages.get("constituency.delete.confirm", String.valueOf(selected.number()), selected.level())));
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
