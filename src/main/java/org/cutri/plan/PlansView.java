package org.cutri.plan;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;

import org.cutri.common.i18n.Messages;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.DateText;
import org.cutri.common.text.VietText;
import org.cutri.common.ui.Converters;
import org.cutri.common.ui.DateFields;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.Placeholders;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.common.ui.Views;
import org.cutri.document.DocumentOutput;
import org.cutri.document.DocumentPreview;

/**
 * The plans screen (Kế hoạch): the plans on the left, a new one from a template above; the chosen plan's text, its
 * duties and the plans received from the level above in tabs on the right; save, issue, print, delete a draft.
 */
public class PlansView implements Screen {

    private final PlansViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    private final TaskExecutor executor;
    private final DocumentOutput output;
    private final Parent root;

    @FXML private TextField filterField;
    @FXML private SearchableComboBox<PlanKind> kindBox;
    @FXML private SearchableComboBox<IncomingDocument> newIncomingBox;
    @FXML private DatePicker newDateField;
    @FXML private Button createButton;
    @FXML private TableView<OfficePlan> planTable;
    @FXML private TableColumn<OfficePlan, String> numberColumn;
    @FXML private TableColumn<OfficePlan, String> dateColumn;
    @FXML private TableColumn<OfficePlan, String> kindColumn;
    @FXML private TableColumn<OfficePlan, String> subjectColumn;
    @FXML private Label headingLabel;
    @FXML private TabPane tabs;
    @FXML private SearchableComboBox<IncomingDocument> planIncomingBox;
    @FXML private DatePicker planDateField;
    @FXML private TextField subjectField;
    @FXML private TextArea basesArea;
    @FXML private TextArea purposeArea;
    @FXML private TextArea contentArea;
    @FXML private TextArea organisationArea;
    @FXML private TextArea recipientsArea;
    @FXML private TextField signerTitleField;
    @FXML private TextField signerNameField;
    @FXML private TableView<PlanDuty> dutyTable;
    @FXML private TableColumn<PlanDuty, String> positionColumn;
    @FXML private TableColumn<PlanDuty, String> whatColumn;
    @FXML private TableColumn<PlanDuty, String> leadColumn;
    @FXML private TableColumn<PlanDuty, String> datesColumn;
    @FXML private TableColumn<PlanDuty, String> stateColumn;
    @FXML private TextField dutyWhatField;
    @FXML private TextField dutyLeadField;
    @FXML private TextField dutyJoinsField;
    @FXML private DatePicker dutyFromField;
    @FXML private DatePicker dutyUntilField;
    @FXML private DatePicker dutyReportField;
    @FXML private Button saveDutyButton;
    @FXML private Button deleteDutyButton;
    @FXML private Label dutyErrorLabel;
    @FXML private TableView<IncomingDocument> incomingTable;
    @FXML private TableColumn<IncomingDocument, String> incomingNumberColumn;
    @FXML private TableColumn<IncomingDocument, String> incomingDateColumn;
    @FXML private TableColumn<IncomingDocument, String> incomingIssuerColumn;
    @FXML private TableColumn<IncomingDocument, String> incomingSubjectColumn;
    @FXML private TextField incomingNumberField;
    @FXML private DatePicker incomingDateField;
    @FXML private TextField incomingIssuerField;
    @FXML private TextField incomingSubjectField;
    @FXML private TextArea incomingDeadlinesArea;
    @FXML private Label incomingErrorLabel;
    @FXML private Button saveButton;
    @FXML private Button issueButton;
    @FXML private Button printButton;
    @FXML private Button deleteButton;
    @FXML private Label errorLabel;

    public PlansView(PlansViewModel viewModel, Messages messages, Dialogs dialogs, TaskExecutor executor,
            DocumentOutput output) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        this.executor = executor;
        this.output = output;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        kindBox.getItems().setAll(PlanKind.values());
        kindBox.setConverter(Converters.labels(messages::label));
        kindBox.valueProperty().bindBidirectional(viewModel.newKindProperty());
        incomingChoice(newIncomingBox);
        newIncomingBox.valueProperty().bindBidirectional(viewModel.newIncomingProperty());
        DateFields.bind(newDateField, viewModel.newDateProperty());
        createButton.disableProperty().bind(viewModel.busyProperty());

        planTable.setItems(viewModel.filteredItems());
        planTable.setPlaceholder(Placeholders.of(viewModel.loadingProperty(), "plan.list.empty", messages));
        numberColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().issued() ? c.getValue().numberText()
                : messages.get("plan.list.draft")));
        dateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(DateText.format(c.getValue().planDate())));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().kind())));
        subjectColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().subject()));
        subjectColumn.setComparator(VietText.ORDER);
        planTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            OfficePlan shown = viewModel.selectedProperty().get();
            if (now == null && shown != null && viewModel.filteredItems().stream().anyMatch(p -> p.id() == shown.id())) {
                // the list replaced the shown plan's row (saved, issued): the table lets go of it for a moment
                Platform.runLater(() -> {
                    if (planTable.getSelectionModel().getSelectedItem() == null) {
                        viewModel.filteredItems().stream().filter(p -> p.id() == shown.id()).findFirst()
                                .ifPresent(p -> planTable.getSelectionModel().select(p));
                    }
                });
                return;
            }
            if (now == null ? shown != null : shown == null || shown.id() != now.id()) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                planTable.getSelectionModel().clearSelection();
            } else if (planTable.getSelectionModel().getSelectedItem() == null
                    || planTable.getSelectionModel().getSelectedItem().id() != now.id()) {
                planTable.getSelectionModel().select(now);
                planTable.scrollTo(now);
            }
        });

        headingLabel.textProperty().bind(viewModel.headingProperty());
        var none = viewModel.selectedProperty().isNull();
        tabs.disableProperty().bind(none);
        incomingChoice(planIncomingBox);
        planIncomingBox.valueProperty().bindBidirectional(viewModel.planIncomingProperty());
        DateFields.bind(planDateField, viewModel.planDateProperty());
        text(subjectField, viewModel.subjectProperty());
        text(basesArea, viewModel.basesProperty());
        text(purposeArea, viewModel.purposeProperty());
        text(contentArea, viewModel.contentProperty());
        text(organisationArea, viewModel.organisationProperty());
        text(recipientsArea, viewModel.recipientsProperty());
        text(signerTitleField, viewModel.signerTitleProperty());
        text(signerNameField, viewModel.signerNameProperty());
        planIncomingBox.disableProperty().bind(viewModel.issuedProperty());
        planDateField.disableProperty().bind(viewModel.issuedProperty());

        dutyTable.setItems(viewModel.duties());
        dutyTable.setPlaceholder(Placeholders.text(messages.get("plan.duty.empty")));
        positionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().position())));
        whatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().what()));
        leadColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().leadUnit()));
        datesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.dutyDates(c.getValue())));
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().done()
                ? messages.get("plan.duty.doneOn", DateText.format(c.getValue().doneOn()))
                : messages.label(c.getValue().status())));
        dutyTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != viewModel.selectedDutyProperty().get()) {
                viewModel.selectedDutyProperty().set(now);
            }
        });
        viewModel.selectedDutyProperty().addListener((obs, old, now) -> {
            if (now == null) {
                dutyTable.getSelectionModel().clearSelection();
            } else if (dutyTable.getSelectionModel().getSelectedItem() != now) {
                dutyTable.getSelectionModel().select(now);
            }
        });
        dutyWhatField.textProperty().bindBidirectional(viewModel.dutyWhatProperty());
        dutyLeadField.textProperty().bindBidirectional(viewModel.dutyLeadProperty());
        dutyJoinsField.textProperty().bindBidirectional(viewModel.dutyJoinsProperty());
        DateFields.bind(dutyFromField, viewModel.dutyFromProperty());
        DateFields.bind(dutyUntilField, viewModel.dutyUntilProperty());
        DateFields.bind(dutyReportField, viewModel.dutyReportProperty());
        saveDutyButton.disableProperty().bind(viewModel.busyProperty());
        deleteDutyButton.disableProperty().bind(viewModel.selectedDutyProperty().isNull());
        message(dutyErrorLabel, viewModel.dutyErrorProperty());

        incomingTable.setItems(viewModel.incoming());
        incomingTable.setPlaceholder(Placeholders.text(messages.get("plan.incoming.empty")));
        incomingNumberColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().docNumber()));
        incomingDateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(DateText.format(c.getValue().docDate())));
        incomingIssuerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().issuer()));
        incomingSubjectColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().subject()));
        incomingTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != viewModel.selectedIncomingProperty().get()) {
                viewModel.selectedIncomingProperty().set(now);
            }
        });
        viewModel.selectedIncomingProperty().addListener((obs, old, now) -> {
            if (now == null) {
                incomingTable.getSelectionModel().clearSelection();
            } else if (incomingTable.getSelectionModel().getSelectedItem() != now) {
                incomingTable.getSelectionModel().select(now);
            }
        });
        incomingNumberField.textProperty().bindBidirectional(viewModel.incomingNumberProperty());
        DateFields.bind(incomingDateField, viewModel.incomingDateProperty());
        incomingIssuerField.textProperty().bindBidirectional(viewModel.incomingIssuerProperty());
        incomingSubjectField.textProperty().bindBidirectional(viewModel.incomingSubjectProperty());
        incomingDeadlinesArea.textProperty().bindBidirectional(viewModel.incomingDeadlinesProperty());
        message(incomingErrorLabel, viewModel.incomingErrorProperty());

        saveButton.disableProperty().bind(none.or(viewModel.issuedProperty()).or(viewModel.busyProperty()));
        issueButton.disableProperty().bind(none.or(viewModel.issuedProperty()).or(viewModel.busyProperty()));
        printButton.disableProperty().bind(none.or(viewModel.busyProperty()));
        deleteButton.disableProperty().bind(none.or(viewModel.issuedProperty()).or(viewModel.busyProperty()));
        message(errorLabel, viewModel.errorProperty());
    }

    private void incomingChoice(SearchableComboBox<IncomingDocument> box) {
        box.setItems(viewModel.incoming());
        box.setConverter(Converters.labels(IncomingDocument::docNumber));
    }

    private void text(TextInputControl field, javafx.beans.property.StringProperty property) {
        field.textProperty().bindBidirectional(property);
        field.editableProperty().bind(viewModel.issuedProperty().not());
    }

    private static void message(Label label, ReadOnlyStringProperty text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void create() {
        viewModel.create();
        Platform.runLater(subjectField::requestFocus);
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void issue() {
        viewModel.issue(text -> dialogs.confirm(messages.get("plan.issue.title"), text));
    }

    @FXML
    private void print() {
        viewModel.print(printed -> DocumentPreview.show(root.getScene().getWindow(), printed.document(),
                printed.suggestedFileName(), messages, executor, dialogs, output));
    }

    @FXML
    private void delete() {
        viewModel.deleteDraft(text -> dialogs.confirmDelete(messages.get("plan.delete.title"), text));
    }

    @FXML
    private void newDuty() {
        viewModel.newDuty();
        dutyWhatField.requestFocus();
    }

    @FXML
    private void saveDuty() {
        viewModel.saveDuty();
    }

    @FXML
    private void deleteDuty() {
        viewModel.deleteDuty(text -> dialogs.confirmDelete(messages.get("plan.duty.delete.title"), text));
    }

    @FXML
    private void newIncoming() {
        viewModel.newIncomingDocument();
        incomingNumberField.requestFocus();
    }

    @FXML
    private void saveIncoming() {
        viewModel.saveIncoming();
    }

    /** Shows this plan (the duty calendar asked for it). */
    public void open(int planId) {
        tabs.getSelectionModel().select(0);
        viewModel.show(planId);
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
