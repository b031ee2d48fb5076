package org.cutri.plan;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;

import org.cutri.common.i18n.Messages;
import org.cutri.common.text.DateText;
import org.cutri.common.ui.DateFields;
import org.cutri.common.ui.Placeholders;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.Views;

/**
 * The duty calendar (Việc sắp đến hạn): overdue duties in amber, this week's in bold, the next 30 days; the reminder
 * above them; a duty opens its plan (or the screen of the work it needs) on double-click or "Mở"; below, marking it
 * done with its date and document, and undoing that.
 */
public class DutiesView implements Screen {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass THIS_WEEK = PseudoClass.getPseudoClass("this-week");

    private final DutiesViewModel viewModel;
    private final Messages messages;
    private final Opener opener;

    /** Opens a duty's plan, or the screen where the work it needs is done (with its record there, if any). */
    public record Opener(java.util.function.IntConsumer plan,
            java.util.function.BiConsumer<DutyWork, Integer> work) {
    }
    private final Parent root;

    @FXML private Label todayLabel;
    @FXML private Label reminderLabel;
    @FXML private TableView<CalendarEntry> dutyTable;
    @FXML private TableColumn<CalendarEntry, String> dueColumn;
    @FXML private TableColumn<CalendarEntry, String> stateColumn;
    @FXML private TableColumn<CalendarEntry, String> whatColumn;
    @FXML private TableColumn<CalendarEntry, String> planColumn;
    @FXML private TableColumn<CalendarEntry, String> leadColumn;
    @FXML private Label chosenLabel;
    @FXML private DatePicker doneDateField;
    @FXML private TextField doneDocumentField;
    @FXML private Button doneButton;
    @FXML private Button undoButton;
    @FXML private Button openButton;
    @FXML private Button openWorkButton;
    @FXML private Label errorLabel;

    public DutiesView(DutiesViewModel viewModel, Messages messages, Opener opener) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.opener = opener;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        todayLabel.textProperty().bind(viewModel.todayProperty());
        reminderLabel.textProperty().bind(viewModel.reminderProperty());
        reminderLabel.visibleProperty().bind(viewModel.reminderProperty().isNotEmpty());
        reminderLabel.managedProperty().bind(reminderLabel.visibleProperty());
        dutyTable.setItems(viewModel.rows());
        dutyTable.setPlaceholder(Placeholders.of(viewModel.loadingProperty(), "plan.duties.empty", messages));
        dueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(DateText.format(c.getValue().due())));
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.stateText(c.getValue())));
        whatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().duty().what()));
        planColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().plan()));
        leadColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().duty().leadUnit()));
        dutyTable.setRowFactory(table -> {
            TableRow<CalendarEntry> row = new TableRow<>() {
                @Override
                protected void updateItem(CalendarEntry item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(OVERDUE, !empty && item != null && item.state() == DueState.OVERDUE);
                    pseudoClassStateChanged(THIS_WEEK, !empty && item != null && item.state() == DueState.THIS_WEEK);
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    open();
                }
            });
            return row;
        });
        dutyTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.selectedProperty()
                .set(now));
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                dutyTable.getSelectionModel().clearSelection();
            } else if (dutyTable.getSelectionModel().getSelectedItem() != now) {
                dutyTable.getSelectionModel().select(now);
            }
            chosenLabel.setText(now == null ? messages.get("plan.duties.choose")
                    : messages.get("plan.duties.chosen", now.duty().what(), now.plan()));
        });
        chosenLabel.setText(messages.get("plan.duties.choose"));
        DateFields.bind(doneDateField, viewModel.doneDateProperty());
        doneDocumentField.textProperty().bindBidirectional(viewModel.doneDocumentProperty());
        var none = viewModel.selectedProperty().isNull();
        doneDateField.disableProperty().bind(none);
        doneDocumentField.disableProperty().bind(none);
        var notAPlansDuty = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.selectedProperty().get() == null || !viewModel.selectedProperty().get().planDuty(),
                viewModel.selectedProperty());
        doneButton.disableProperty().bind(notAPlansDuty.or(viewModel.busyProperty()));
        openButton.disableProperty().bind(notAPlansDuty);
        openWorkButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.selectedProperty().get() == null || viewModel.selectedProperty().get().duty().work() == null,
                viewModel.selectedProperty()));
        undoButton.disableProperty().bind(viewModel.canUndoProperty().not().or(viewModel.busyProperty()));
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
    }

    @FXML
    private void markDone() {
        viewModel.markDone();
    }

    @FXML
    private void undo() {
        viewModel.undo();
    }

    @FXML
    private void open() {
        CalendarEntry entry = viewModel.selectedProperty().get();
        if (entry != null) {
            opener.plan().accept(entry.planId());
        }
    }

    @FXML
    private void openWork() {
        CalendarEntry entry = viewModel.selectedProperty().get();
        if (entry != null && entry.duty().work() != null) {
            opener.work().accept(entry.duty().work(), entry.duty().sourceId());
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
        viewModel.refresh();
        Platform.runLater(dutyTable::requestFocus);
    }
}
