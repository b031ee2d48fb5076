package org.cutri.conference;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import org.cutri.common.i18n.Messages;
import org.cutri.common.text.DateText;
import org.cutri.common.ui.Converters;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.FormDecorations;
import org.cutri.common.ui.SaveDialog;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.common.ui.Views;

/** The conference screen (Hội nghị tổng kết): thin, binds the view-model to the controls. */
public class ConferenceView implements Screen {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final ConferenceViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    private final SaveDialog saveDialog;
    private final IntConsumer openPlan;
    private final Parent root;

    @FXML private Button deleteConferenceButton;
    @FXML private Button planButton;
    @FXML private Button issueButton;
    @FXML private MenuButton documentsButton;
    @FXML private Label errorLabel;
    @FXML private TableView<Conference> conferenceTable;
    @FXML private TableColumn<Conference, String> dateColumn;
    @FXML private TableColumn<Conference, String> titleColumn;
    @FXML private TextField titleField;
    @FXML private TextField dayField;
    @FXML private TextField startField;
    @FXML private TextField endField;
    @FXML private TextField venueField;
    @FXML private SearchableComboBox<VenueMode> modeBox;
    @FXML private SearchableComboBox<ConferenceStatus> statusBox;
    @FXML private Label pointsLabel;
    @FXML private TextArea pointsArea;
    @FXML private Button saveConferenceButton;

    @FXML private TableView<ProgrammeItem> itemTable;
    @FXML private TableColumn<ProgrammeItem, String> itemTimeColumn;
    @FXML private TableColumn<ProgrammeItem, String> itemContentColumn;
    @FXML private TableColumn<ProgrammeItem, String> itemPresenterColumn;
    @FXML private TextField itemTimeField;
    @FXML private TextField itemContentField;
    @FXML private TextField itemPresenterField;
    @FXML private Button saveItemButton;
    @FXML private Button deleteItemButton;
    @FXML private Button itemUpButton;
    @FXML private Button itemDownButton;

    @FXML private TableView<Participant> participantTable;
    @FXML private TableColumn<Participant, String> categoryColumn;
    @FXML private TableColumn<Participant, String> nameColumn;
    @FXML private TableColumn<Participant, String> positionColumn;
    @FXML private TableColumn<Participant, String> invitationColumn;
    @FXML private TableColumn<Participant, String> attendanceColumn;
    @FXML private SearchableComboBox<ParticipantCategory> categoryBox;
    @FXML private TextField nameField;
    @FXML private TextField positionField;
    @FXML private TextField unitField;
    @FXML private CheckBox invitedBox;
    @FXML private SearchableComboBox<Attendance> attendanceBox;
    @FXML private TextField reasonField;
    @FXML private Button saveParticipantButton;
    @FXML private Button deleteParticipantButton;
    @FXML private Button participantUpButton;
    @FXML private Button participantDownButton;

    @FXML private TableView<PaperTask> taskTable;
    @FXML private TableColumn<PaperTask, String> taskUnitColumn;
    @FXML private TableColumn<PaperTask, String> taskWhatColumn;
    @FXML private TableColumn<PaperTask, String> taskPaperColumn;
    @FXML private TableColumn<PaperTask, String> taskDueColumn;
    @FXML private TableColumn<PaperTask, String> taskReceivedColumn;
    @FXML private TextField taskUnitField;
    @FXML private TextField taskWhatField;
    @FXML private TextField taskPaperField;
    @FXML private TextField taskDueField;
    @FXML private TextField taskReceivedField;
    @FXML private TextField taskReceivedByField;
    @FXML private Button saveTaskButton;
    @FXML private Button receiveButton;
    @FXML private Button deleteTaskButton;

    @FXML private TableView<Commendation> commendationTable;
    @FXML private TableColumn<Commendation, String> kindColumn;
    @FXML private TableColumn<Commendation, String> honouredColumn;
    @FXML private TableColumn<Commendation, String> honouredUnitColumn;
    @FXML private TableColumn<Commendation, String> formColumn;
    @FXML private TableColumn<Commendation, String> achievementColumn;
    @FXML private SearchableComboBox<CommendationKind> kindBox;
    @FXML private TextField honouredField;
    @FXML private TextField honouredUnitField;
    @FXML private TextField formField;
    @FXML private TextField achievementField;
    @FXML private Button saveCommendationButton;
    @FXML private Button deleteCommendationButton;

    /**
     * @param openPlan shows the plans screen at a plan ("Lập kế hoạch")
     */
    public ConferenceView(ConferenceViewModel viewModel, Messages messages, Dialogs dialogs, SaveDialog saveDialog,
            IntConsumer openPlan) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        this.saveDialog = saveDialog;
        this.openPlan = openPlan;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.managedProperty().bind(errorLabel.textProperty().isNotEmpty());
        errorLabel.visibleProperty().bind(errorLabel.managedProperty());

        conferenceTable.setItems(viewModel.conferences());
        conferenceTable.setPlaceholder(new Label(messages.get("conference.list.empty")));
        dateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(DateText.format(c.getValue().heldOn())));
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        conferenceTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            Conference chosen = viewModel.conferenceProperty().get();
            if (now != null && (chosen == null || chosen.id() != now.id())) {
                viewModel.conferenceProperty().set(now);
            }
        });
        viewModel.conferenceProperty().addListener((obs, old, now) -> selectConference(now));
        viewModel.conferences().addListener((javafx.collections.ListChangeListener<Conference>) change ->
                selectConference(viewModel.conferenceProperty().get()));

        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        dayField.textProperty().bindBidirectional(viewModel.dayProperty());
        startField.textProperty().bindBidirectional(viewModel.startProperty());
        endField.textProperty().bindBidirectional(viewModel.endProperty());
        venueField.textProperty().bindBidirectional(viewModel.venueProperty());
        pointsArea.textProperty().bindBidirectional(viewModel.pointsProperty());
        combo(modeBox, VenueMode.values());
        modeBox.valueProperty().bindBidirectional(viewModel.modeProperty());
        combo(statusBox, ConferenceStatus.values());
        statusBox.valueProperty().bindBidirectional(viewModel.conferenceStatusProperty());
        pointsArea.disableProperty().bind(viewModel.modeProperty().isEqualTo(VenueMode.IN_PERSON));
        FormDecorations.Form head = FormDecorations.form();
        head.bind(titleField, viewModel.titleErrorProperty());
        head.bind(dayField, viewModel.dayErrorProperty());
        head.bind(startField, viewModel.startErrorProperty());
        head.bind(endField, viewModel.endErrorProperty());
        head.bind(venueField, viewModel.venueErrorProperty());
        viewModel.conferenceProperty().addListener((obs, old, now) -> head.calm());
        var none = viewModel.conferenceProperty().isNull();
        var busy = viewModel.workingProperty();
        saveConferenceButton.disableProperty().bind(busy);
        deleteConferenceButton.disableProperty().bind(none.or(busy));
        planButton.disableProperty().bind(none.or(busy));
        issueButton.disableProperty().bind(none.or(busy));
        documentsButton.disableProperty().bind(none.or(busy));

        // programme
        itemTable.setItems(viewModel.items());
        itemTable.setPlaceholder(new Label(messages.get("conference.items.empty")));
        itemTimeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().startTime() == null ? ""
                : DateText.format(c.getValue().startTime())));
        itemContentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().content()));
        itemPresenterColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(orEmpty(c.getValue().presenter())));
        selection(itemTable, viewModel.itemProperty());
        itemTimeField.textProperty().bindBidirectional(viewModel.itemTimeProperty());
        itemContentField.textProperty().bindBidirectional(viewModel.itemContentProperty());
        itemPresenterField.textProperty().bindBidirectional(viewModel.itemPresenterProperty());
        FormDecorations.bind(itemTimeField, viewModel.itemTimeErrorProperty());
        var noItem = viewModel.itemProperty().isNull();
        saveItemButton.disableProperty().bind(none.or(busy));
        deleteItemButton.disableProperty().bind(noItem.or(busy));
        itemUpButton.disableProperty().bind(noItem.or(busy));
        itemDownButton.disableProperty().bind(noItem.or(busy));

        // participants
        participantTable.setItems(viewModel.participants());
        participantTable.setPlaceholder(new Label(messages.get("conference.participants.empty")));
        categoryColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().category())));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name() == null
                ? orEmpty(c.getValue().unit()) : c.getValue().name()));
        positionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name() == null
                ? orEmpty(c.getValue().title()) : String.join(", ", java.util.stream.Stream.of(c.getValue().title(),
                        c.getValue().unit()).filter(s -> s != null).toList())));
        invitationColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(!c.getValue().invited() ? ""
                : c.getValue().invitationNumber() == null ? messages.get("conference.invitation.draft")
                        : messages.get("conference.invitation.number", c.getValue().invitationNumber())));
        attendanceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().attendance())
                + (c.getValue().absenceReason() == null ? "" : ": " + c.getValue().absenceReason())));
        selection(participantTable, viewModel.participantProperty());
        combo(categoryBox, ParticipantCategory.values());
        categoryBox.valueProperty().bindBidirectional(viewModel.categoryProperty());
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        positionField.textProperty().bindBidirectional(viewModel.positionProperty());
        unitField.textProperty().bindBidirectional(viewModel.unitProperty());
        invitedBox.selectedProperty().bindBidirectional(viewModel.invitedProperty());
        combo(attendanceBox, Attendance.values());
        attendanceBox.valueProperty().bindBidirectional(viewModel.attendanceProperty());
        reasonField.textProperty().bindBidirectional(viewModel.reasonProperty());
        reasonField.disableProperty().bind(viewModel.attendanceProperty().isNotEqualTo(Attendance.ABSENT));
        var noParticipant = viewModel.participantProperty().isNull();
        saveParticipantButton.disableProperty().bind(none.or(busy));
        deleteParticipantButton.disableProperty().bind(noParticipant.or(busy));
        participantUpButton.disableProperty().bind(noParticipant.or(busy));
        participantDownButton.disableProperty().bind(noParticipant.or(busy));

        // papers
        taskTable.setItems(viewModel.tasks());
        taskTable.setPlaceholder(new Label(messages.get("conference.tasks.empty")));
        taskUnitColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().unit()));
        taskWhatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().task()));
        taskPaperColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(orEmpty(c.getValue().paper())));
        taskDueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(DateText.format(c.getValue().dueDate())));
        taskReceivedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(received(c.getValue())));
        taskTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(PaperTask t, boolean empty) {
                super.updateItem(t, empty);
                pseudoClassStateChanged(OVERDUE, !empty && t != null && viewModel.overdue(t));
            }
        });
        selection(taskTable, viewModel.taskProperty());
        taskUnitField.textProperty().bindBidirectional(viewModel.taskUnitProperty());
        taskWhatField.textProperty().bindBidirectional(viewModel.taskWhatProperty());
        taskPaperField.textProperty().bindBidirectional(viewModel.taskPaperProperty());
        taskDueField.textProperty().bindBidirectional(viewModel.taskDueProperty());
        taskDueField.promptTextProperty().bind(Bindings.createStringBinding(() ->
                messages.get("conference.field.due.prompt", viewModel.usualDue()), viewModel.conferenceProperty()));
        taskReceivedField.textProperty().bindBidirectional(viewModel.taskReceivedProperty());
        taskReceivedByField.textProperty().bindBidirectional(viewModel.taskReceivedByProperty());
        FormDecorations.Form taskForm = FormDecorations.form();
        taskForm.bind(taskDueField, viewModel.taskDueErrorProperty());
        taskForm.bind(taskReceivedField, viewModel.taskReceivedErrorProperty());
        var noTask = viewModel.taskProperty().isNull();
        saveTaskButton.disableProperty().bind(none.or(busy));
        receiveButton.disableProperty().bind(noTask.or(busy));
        deleteTaskButton.disableProperty().bind(noTask.or(busy));

        // commendations
        commendationTable.setItems(viewModel.commendations());
        commendationTable.setPlaceholder(new Label(messages.get("conference.commendations.empty")));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().kind())));
        honouredColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        honouredUnitColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(orEmpty(c.getValue().unit())));
        formColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().form()));
        achievementColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(orEmpty(c.getValue().achievement())));
        selection(commendationTable, viewModel.commendationProperty());
        combo(kindBox, CommendationKind.values());
        kindBox.valueProperty().bindBidirectional(viewModel.kindProperty());
        honouredField.textProperty().bindBidirectional(viewModel.honouredProperty());
        honouredUnitField.textProperty().bindBidirectional(viewModel.honouredUnitProperty());
        formField.textProperty().bindBidirectional(viewModel.formProperty());
        achievementField.textProperty().bindBidirectional(viewModel.achievementProperty());
        saveCommendationButton.disableProperty().bind(none.or(busy));
        deleteCommendationButton.disableProperty().bind(viewModel.commendationProperty().isNull().or(busy));
    }

    private String received(PaperTask t) {
        if (t.receivedOn() == null) {
            return viewModel.overdue(t) ? messages.get("conference.task.late") : "";
        }
        return DateText.format(t.receivedOn()) + (t.receivedBy() == null ? "" : " (" + t.receivedBy() + ")");
    }

    private <T extends Enum<T>> void combo(SearchableComboBox<T> box, T[] values) {
        box.setItems(FXCollections.observableArrayList(values));
        box.setConverter(Converters.labels(messages::label));
    }

    /** The table's selection and the view-model's chosen row follow each other. */
    private static <T> void selection(TableView<T> table, javafx.beans.property.ObjectProperty<T> chosen) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != chosen.get()) {
                chosen.set(now);
            }
        });
        chosen.addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
    }

    private void selectConference(Conference c) {
        if (c == null) {
            conferenceTable.getSelectionModel().clearSelection();
            return;
        }
        viewModel.conferences().stream().filter(x -> x.id() == c.id()).findFirst().ifPresent(x -> {
            if (conferenceTable.getSelectionModel().getSelectedItem() != x) {
                conferenceTable.getSelectionModel().select(x);
                conferenceTable.scrollTo(x);
            }
        });
    }

    /** Shows this conference (a deadline of the calendar was opened). */
    public void open(int conferenceId) {
        viewModel.open(conferenceId);
    }

    @FXML
    private void newConference() {
        viewModel.newConference();
        Platform.runLater(() -> {
            titleField.requestFocus();
            titleField.selectAll();
        });
    }

    @FXML
    private void saveConference() {
        viewModel.saveConference();
    }

    @FXML
    private void deleteConference() {
        viewModel.deleteConference(c -> dialogs.confirmDelete(messages.get("conference.delete.title"),
                messages.get("conference.delete.confirm", c.title())));
    }

    @FXML
    private void makePlan() {
        viewModel.makePlan(openPlan);
    }

    @FXML
    private void issueInvitations() {
        Conference c = viewModel.conferenceProperty().get();
        long waiting = viewModel.participants().stream().filter(p -> p.invited() && p.invitationNumber() == null)
                .count();
        if (c != null && waiting > 0 && !dialogs.confirm(messages.get("conference.issue.title"),
                messages.get("conference.issue.confirm", waiting))) {
            return;
        }
        viewModel.issueInvitations();
    }

    @FXML
    private void saveProgramme() {
        save(ConferenceDocumentKind.PROGRAMME, false);
    }

    @FXML
    private void saveInvitations() {
        save(ConferenceDocumentKind.INVITATIONS, false);
    }

    @FXML
    private void saveCommendations() {
        save(ConferenceDocumentKind.COMMENDATIONS, false);
    }

    @FXML
    private void saveCommendationsXlsx() {
        save(ConferenceDocumentKind.COMMENDATIONS, true);
    }

    @FXML
    private void saveAttendance() {
        save(ConferenceDocumentKind.ATTENDANCE, false);
    }

    private void save(ConferenceDocumentKind kind, boolean excel) {
        List<SaveDialog.Kind> kinds = excel ? List.of(new SaveDialog.Kind(messages.get("conference.file.xlsx"), "xlsx"))
                : List.of(new SaveDialog.Kind(messages.get("conference.file.docx"), "docx"),
                        new SaveDialog.Kind(messages.get("conference.file.pdf"), "pdf"));
        Optional<Path> target = saveDialog.choose(root.getScene() == null ? null : root.getScene().getWindow(),
                messages.get("conference.file.title", messages.label(kind)),
                viewModel.suggestedFileName(kind, kinds.get(0).extension()), kinds);
        target.ifPresent(path -> viewModel.saveDocument(kind, path));
    }

    @FXML
    private void newItem() {
        viewModel.newItem();
        itemContentField.requestFocus();
    }

    @FXML
    private void saveItem() {
        viewModel.saveItem();
    }

    @FXML
    private void deleteItem() {
        viewModel.deleteItem();
    }

    @FXML
    private void itemUp() {
        viewModel.moveItem(true);
    }

    @FXML
    private void itemDown() {
        viewModel.moveItem(false);
    }

    @FXML
    private void newParticipant() {
        viewModel.newParticipant();
        nameField.requestFocus();
    }

    @FXML
    private void saveParticipant() {
        viewModel.saveParticipant();
    }

    @FXML
    private void deleteParticipant() {
        viewModel.deleteParticipant();
    }

    @FXML
    private void participantUp() {
        viewModel.moveParticipant(true);
    }

    @FXML
    private void participantDown() {
        viewModel.moveParticipant(false);
    }

    @FXML
    private void newTask() {
        viewModel.newTask();
        taskUnitField.requestFocus();
    }

    @FXML
    private void saveTask() {
        viewModel.saveTask();
    }

    @FXML
    private void receiveToday() {
        viewModel.receiveToday();
    }

    @FXML
    private void deleteTask() {
        viewModel.deleteTask();
    }

    @FXML
    private void newCommendation() {
        viewModel.newCommendation();
        honouredField.requestFocus();
    }

    @FXML
    private void saveCommendation() {
        viewModel.saveCommendation();
    }

    @FXML
    private void deleteCommendation() {
        viewModel.deleteCommendation();
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
        Platform.runLater(conferenceTable::requestFocus);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
