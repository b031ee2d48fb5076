package org.cutri.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.cutri.common.i18n.Messages;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.DateText;
import org.cutri.common.ui.CheckListCells;
import org.cutri.common.ui.Converters;
import org.cutri.common.ui.DateFields;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.FormDecorations;
import org.cutri.common.ui.Keys;
import org.cutri.common.ui.ListEditorViewModel;
import org.cutri.common.ui.Placeholders;
import org.cutri.common.ui.SaveDialog;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.common.ui.TaskProgress;
import org.cutri.common.ui.Views;
import org.cutri.document.DocumentPreview;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundKind;
import org.cutri.round.RoundViewModel;
import org.cutri.round.SessionChoice;

/**
 * The contact-round screen (Đợt tiếp xúc cử tri): rounds and their form on the left; on the right the
 * meetings of the chosen round with their form, the schedule by day and by week, and the problems to
 * fix before printing. Thin: binds the view-models to the controls. Enter and Esc act on the form
 * holding the focus; Ctrl+N starts a new round or a new meeting, depending on the side.
 */
public class PlanningView implements Screen {

    private final PlanningViewModel viewModel;
    private final RoundViewModel rounds;
    private final MeetingViewModel meetings;
    private final Messages messages;
    private final Dialogs dialogs;
    private final TaskExecutor executor;
    private final SaveDialog saveDialog;
    private final Parent root;

    @FXML private VBox roundPane;
    @FXML private TextField roundFilterField;
    @FXML private Button roundNewButton;
    @FXML private Button roundDeleteButton;
    @FXML private TableView<ContactRound> roundTable;
    @FXML private TableColumn<ContactRound, String> roundNameColumn;
    @FXML private TableColumn<ContactRound, String> roundDatesColumn;
    @FXML private VBox roundForm;
    @FXML private Label roundFormTitle;
    @FXML private SearchableComboBox<SessionChoice> sessionBox;
    @FXML private SearchableComboBox<RoundKind> kindBox;
    @FXML private TextField nameField;
    @FXML private DatePicker deploymentPicker;
    @FXML private TextField deploymentVenueField;
    @FXML private DatePicker startPicker;
    @FXML private DatePicker endPicker;
    @FXML private DatePicker handinPicker;
    @FXML private DatePicker compilationPicker;
    @FXML private DatePicker sessionDatePicker;
    @FXML private DatePicker planDatePicker;
    @FXML private Label planNumberLabel;
    @FXML private Label roundDateProblem;
    @FXML private Label roundFormError;
    @FXML private Button roundSaveButton;

    @FXML private VBox meetingPane;
    @FXML private Label roundTitle;
    @FXML private Button createAllButton;
    @FXML private Button printButton;
    @FXML private Button saveFileButton;
    @FXML private Button issuePlanButton;
    @FXML private TaskProgress progressBox;
    @FXML private Label planProblem;
    @FXML private TabPane tabs;
    private final List<Runnable> refreshers = new ArrayList<>();
    @FXML private Tab meetingsTab;
    @FXML private TableView<Meeting> meetingTable;
    @FXML private TableColumn<Meeting, String> meetingDateColumn;
    @FXML private TableColumn<Meeting, String> meetingTimeColumn;
    @FXML private TableColumn<Meeting, String> meetingHamletsColumn;
    @FXML private TableColumn<Meeting, String> meetingVenueColumn;
    @FXML private TableColumn<Meeting, String> meetingFormColumn;
    @FXML private TableColumn<Meeting, String> meetingChairColumn;
    @FXML private TableColumn<Meeting, String> meetingSecretaryColumn;
    @FXML private TableColumn<Meeting, String> meetingDeputiesColumn;
    @FXML private TableColumn<Meeting, String> meetingStatusColumn;
    @FXML private VBox meetingForm;
    @FXML private Label meetingFormTitle;
    @FXML private Button meetingNewButton;
    @FXML private Button meetingDeleteButton;
    @FXML private DatePicker meetingDatePicker;
    @FXML private TextField startField;
    @FXML private TextField endField;
    @FXML private TextField venueField;
    @FXML private SearchableComboBox<MeetingForm> formBox;
    @FXML private TextField chairField;
    @FXML private TextField secretaryField;
    @FXML private SearchableComboBox<MeetingStatus> statusBox;
    @FXML private ListView<Choice> hamletList;
    @FXML private ListView<Choice> deputyList;
    @FXML private Label meetingFormError;
    @FXML private Button meetingSaveButton;
    @FXML private TableView<ScheduleLine> dayTable;
    @FXML private TableColumn<ScheduleLine, String> dayTimeColumn;
    @FXML private TableColumn<ScheduleLine, String> dayHamletsColumn;
    @FXML private TableColumn<ScheduleLine, String> dayVenueColumn;
    @FXML private TableColumn<ScheduleLine, String> dayDeputiesColumn;
    @FXML private TableColumn<ScheduleLine, String> dayChairColumn;
    @FXML private Label weekLabel;
    @FXML private GridPane weekGrid;
    @FXML private Label conflictTitle;
    @FXML private ListView<MeetingConflict> conflictList;

    public PlanningView(PlanningViewModel viewModel, Messages messages, Dialogs dialogs, TaskExecutor executor) {
        this(viewModel, messages, dialogs, executor, SaveDialog.system());
    }

    /** @param saveDialog where "Lưu Word/PDF…" asks for the file (the system's chooser in the program) */
    public PlanningView(PlanningViewModel viewModel, Messages messages, Dialogs dialogs, TaskExecutor executor,
            SaveDialog saveDialog) {
        this.saveDialog = saveDialog;
        this.viewModel = viewModel;
        this.rounds = viewModel.rounds();
        this.meetings = viewModel.meetings();
        this.messages = messages;
        this.dialogs = dialogs;
        this.executor = executor;
        this.root = Views.load(this, messages);
        Keys.on(roundPane, Keys.NEW_ROW, this::newRound);
        Keys.on(meetingPane, Keys.NEW_ROW, this::newMeeting);
        onFormKeys(roundForm, this::saveRound, this::cancelRound);
        onFormKeys(meetingForm, this::saveMeeting, this::cancelMeeting);
    }

    @FXML
    private void initialize() {
        initializeRounds();
        initializeMeetings();
        initializeSchedule();
        initializeConflicts();
    }

    private void initializeRounds() {
        roundFilterField.textProperty().bindBidirectional(rounds.filterTextProperty());
        roundTable.setItems(rounds.filteredItems());
        roundTable.setPlaceholder(Placeholders.of(rounds.loadingProperty(), "round.list.empty", messages));
        roundNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        roundDatesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                DateText.format(c.getValue().startDate()) + " – " + DateText.format(c.getValue().endDate())));
        bindSelection(roundTable, rounds);

        sessionBox.setItems(rounds.sessions());
        sessionBox.setConverter(Converters.labels(c -> c.label(messages)));
        sessionBox.valueProperty().bindBidirectional(rounds.sessionProperty());
        kindBox.getItems().setAll(RoundViewModel.kinds());
        kindBox.setConverter(Converters.labels(rounds::kindLabel));
        kindBox.valueProperty().bindBidirectional(rounds.kindProperty());
        nameField.textProperty().bindBidirectional(rounds.nameProperty());
        deploymentVenueField.textProperty().bindBidirectional(rounds.deploymentVenueProperty());
        DateFields.bind(deploymentPicker, rounds.deploymentDateProperty(), rounds.nearProperty());
        DateFields.bind(startPicker, rounds.startDateProperty(), rounds.nearProperty());
        DateFields.bind(endPicker, rounds.endDateProperty(), rounds.nearProperty());
        DateFields.bind(handinPicker, rounds.handinDeadlineProperty(), rounds.nearProperty());
        DateFields.bind(compilationPicker, rounds.compilationDateProperty(), rounds.nearProperty());
        DateFields.bind(sessionDatePicker, rounds.sessionDateProperty(), rounds.nearProperty());
        DateFields.bind(planDatePicker, rounds.planDateProperty(), rounds.nearProperty());
        planNumberLabel.textProperty().bind(rounds.planNumberTextProperty());

        FormDecorations.Form roundFields = FormDecorations.form(rounds);
        roundFields.bind(nameField, rounds.nameErrorProperty());
        roundFields.bind(kindBox, rounds.kindErrorProperty());
        roundFields.bind(deploymentPicker, rounds.deploymentErrorProperty());
        roundFields.bind(startPicker, rounds.startErrorProperty());
        roundFields.bind(endPicker, rounds.endErrorProperty());
        roundFields.bind(handinPicker, rounds.handinErrorProperty());
        roundFields.bind(compilationPicker, rounds.compilationErrorProperty());
        roundFields.bind(sessionDatePicker, rounds.sessionDateErrorProperty());
        roundFields.bind(planDatePicker, rounds.planDateErrorProperty());
        bindFormError(roundDateProblem, rounds.dateProblemProperty());
        bindFormError(roundFormError, rounds.formErrorProperty());
        roundFormTitle.textProperty().bind(Bindings.when(rounds.selectedProperty().isNull())
                .then(messages.get("round.form.new")).otherwise(messages.get("round.form.edit")));
        roundSaveButton.disableProperty().bind(rounds.loadingProperty().or(rounds.busyProperty()));
        roundDeleteButton.disableProperty().bind(rounds.selectedProperty().isNull().or(rounds.busyProperty()));
    }

    private void initializeMeetings() {
        roundTitle.textProperty().bind(Bindings.createStringBinding(() -> rounds.selectedProperty().get() == null
                ? messages.get("meeting.noRound") : rounds.selectedProperty().get().name(), rounds.selectedProperty()));
        var noRound = rounds.selectedProperty().isNull();
        createAllButton.disableProperty().bind(noRound.or(meetings.busyProperty()));
        printButton.disableProperty().bind(noRound);
        saveFileButton.disableProperty().bind(noRound.or(viewModel.saving().runningProperty()));
        issuePlanButton.disableProperty().bind(noRound.or(viewModel.planIssued()));
        progressBox.follow(viewModel.saving());
        bindFormError(planProblem, viewModel.problemProperty());

        meetingTable.setItems(meetings.filteredItems());
        meetingTable.setPlaceholder(Placeholders.of(viewModel.checkingProperty(), Bindings.createStringBinding(
                () -> messages.get(rounds.selectedProperty().get() == null ? "meeting.noRound" : "meeting.list.empty"),
                rounds.selectedProperty()), messages));
        meetingDateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                messages.dayWithWeekday(c.getValue().row().meetingDate())));
        meetingTimeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                MeetingText.timeRange(c.getValue().row().startTime(), c.getValue().row().endTime())));
        meetingHamletsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().hamletNames()));
        meetingVenueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().row().venue()));
        meetingFormColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().row().form())));
        meetingChairColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().row().chairName()));
        meetingSecretaryColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().row().secretaryName()));
        meetingDeputiesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(deputyNames(c.getValue())));
        meetingStatusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().row().status())));
        bindSelection(meetingTable, meetings);

        DateFields.bind(meetingDatePicker, meetings.dateProperty(), meetings.dateNearProperty());
        startField.textProperty().bindBidirectional(meetings.startTimeProperty());
        endField.textProperty().bindBidirectional(meetings.endTimeProperty());
        venueField.textProperty().bindBidirectional(meetings.venueProperty());
        formBox.getItems().setAll(MeetingViewModel.forms());
        formBox.setConverter(Converters.labels(messages::label));
        formBox.valueProperty().bindBidirectional(meetings.formProperty());
        chairField.textProperty().bindBidirectional(meetings.chairProperty());
        secretaryField.textProperty().bindBidirectional(meetings.secretaryProperty());
        statusBox.getItems().setAll(MeetingViewModel.statuses());
        statusBox.setConverter(Converters.labels(messages::label));
        statusBox.valueProperty().bindBidirectional(meetings.meetingStatusProperty());
        hamletList.setItems(meetings.hamletChoices());
        hamletList.setCellFactory(CheckListCells.forListView(Choice::selectedProperty, choiceLabels()));
        deputyList.setItems(meetings.deputyChoices());
        deputyList.setCellFactory(CheckListCells.forListView(Choice::selectedProperty, choiceLabels()));
        toggleWithSpace(hamletList);
        toggleWithSpace(deputyList);

        FormDecorations.Form meetingFields = FormDecorations.form(meetings);
        meetingFields.bind(meetingDatePicker, meetings.dateErrorProperty());
        meetingFields.bind(startField, meetings.startErrorProperty());
        meetingFields.bind(endField, meetings.endErrorProperty());
        meetingFields.bind(hamletList, meetings.hamletsErrorProperty());
        bindFormError(meetingFormError, meetings.formErrorProperty());
        meetingFormTitle.textProperty().bind(Bindings.when(meetings.selectedProperty().isNull())
                .then(messages.get("meeting.form.new")).otherwise(messages.get("meeting.form.edit")));
        meetingForm.disableProperty().bind(noRound);
        meetingSaveButton.disableProperty().bind(meetings.loadingProperty().or(meetings.busyProperty()));
        meetingDeleteButton.disableProperty().bind(meetings.selectedProperty().isNull().or(meetings.busyProperty()));
    }

    private static String deputyNames(Meeting meeting) {
        return meeting.deputies().stream().map(Meeting.DeputyRef::fullName).collect(Collectors.joining(", "));
    }

    private static StringConverter<Choice> choiceLabels() {
        return Converters.labels(Choice::label);
    }

    /** Space ticks the focused line of a checklist, as in a list of check boxes. */
    private static void toggleWithSpace(ListView<Choice> list) {
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Choice focused = list.getFocusModel().getFocusedItem();
            if (event.getCode() == KeyCode.SPACE && focused != null) {
                focused.setSelected(!focused.isSelected());
                event.consume();
            }
        });
    }

    private void initializeSchedule() {
        dayTable.setItems(viewModel.scheduleLines());
        dayTable.setPlaceholder(Placeholders.of(viewModel.checkingProperty(), "meeting.list.empty", messages));
        dayTimeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().isDay()
                ? messages.dayWithWeekday(c.getValue().day())
                : MeetingText.timeRange(c.getValue().meeting().row().startTime(), c.getValue().meeting().row().endTime())));
        dayHamletsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().isDay() ? "" : c.getValue().meeting().hamletNames()));
        dayVenueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().isDay() ? "" : c.getValue().meeting().row().venue()));
        dayDeputiesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().isDay() ? "" : deputyNames(c.getValue().meeting())));
        dayChairColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().isDay() ? "" : c.getValue().meeting().row().chairName()));
        dayTable.setRowFactory(table -> {
            TableRow<ScheduleLine> row = new TableRow<>() {
                @Override
                protected void updateItem(ScheduleLine item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("schedule-day");
                    if (!empty && item != null && item.isDay()) {
                        getStyleClass().add("schedule-day");
                    }
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()
                        && !row.getItem().isDay()) {
                    openMeeting(row.getItem().meeting().id());
                }
            });
            return row;
        });
        viewModel.weekStartProperty().addListener((obs, old, now) -> buildWeek());
        meetings.items().addListener((ListChangeListener<Meeting>) change -> buildWeek());
        viewModel.conflicts().addListener((ListChangeListener<MeetingConflict>) change -> buildWeek());
        buildWeek();
    }

    /** Seven day columns, Monday to Sunday, each listing its meetings as blocks with time and hamlet. */
    private void buildWeek() {
        weekGrid.getChildren().clear();
        weekGrid.getColumnConstraints().clear();
        LocalDate monday = viewModel.weekStartProperty().get();
        if (monday == null) {
            weekLabel.setText(messages.get("meeting.noRound"));
            return;
        }
        weekLabel.setText(messages.get("meeting.week.title", DateText.format(monday), DateText.format(monday.plusDays(6))));
        ContactRound round = rounds.selectedProperty().get();
        Set<Integer> withConflict = new HashSet<>();
        viewModel.conflicts().stream().filter(c -> c.meetingId() != null).forEach(c -> withConflict.add(c.meetingId()));
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 7);
            column.setHgrow(Priority.ALWAYS);
            weekGrid.getColumnConstraints().add(column);
            VBox cell = new VBox();
            cell.getStyleClass().add("week-day");
            if (round != null && !day.isBefore(round.startDate()) && !day.isAfter(round.endDate())) {
                cell.getStyleClass().add("in-round");
            }
            Label title = new Label(messages.weekday(DayOfWeek.from(day)) + "\n"
                    + String.format("%02d/%02d", day.getDayOfMonth(), day.getMonthValue()));
            title.getStyleClass().add("week-day-title");
            cell.getChildren().add(title);
            for (Meeting m : viewModel.meetingsOn(day)) {
                Label block = new Label(MeetingText.timeRange(m.row().startTime(), m.row().endTime()) + "\n"
                        + m.hamletNames());
                block.setWrapText(true);
                block.setMaxWidth(Double.MAX_VALUE);
                block.getStyleClass().add("week-block");
                block.setId("week-meeting-" + m.id());
                if (withConflict.contains(m.id())) {
                    block.getStyleClass().add("week-conflict");
                }
                if (m.row().status() == MeetingStatus.POSTPONED) {
                    block.getStyleClass().add("week-postponed");
                }
                block.setOnMouseClicked(event -> {
                    if (event.getClickCount() == 2) {
                        openMeeting(m.id());
                    }
                });
                cell.getChildren().add(block);
            }
            VBox.setVgrow(cell, Priority.ALWAYS);
            cell.setMaxHeight(Double.MAX_VALUE);
            GridPane.setVgrow(cell, Priority.ALWAYS);
            weekGrid.add(cell, i, 0);
        }
    }

    private void initializeConflicts() {
        conflictList.setItems(viewModel.conflicts());
        conflictList.getStyleClass().add("conflict-list");
        conflictList.setPlaceholder(Placeholders.of(viewModel.checkingProperty(), "meeting.conflicts.none", messages));
        conflictList.setCellFactory(list -> new ListCell<>() {
            {
                // Long explanations wrap inside the list instead of scrolling sideways.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(MeetingConflict item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "⚠ " + viewModel.text(item));
            }
        });
        conflictList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.meetingId() != null) {
                openMeeting(now.meetingId());
            }
        });
        // While the meetings load the schedule is not judged: say so, neither "no problem" nor warnings.
        conflictTitle.textProperty().bind(Bindings.createStringBinding(() -> viewModel.checkingProperty().get()
                ? messages.get("meeting.conflicts.checking")
                : viewModel.conflicts().isEmpty() ? messages.get("meeting.conflicts.titleNone")
                : messages.get("meeting.conflicts.title", viewModel.conflicts().size()),
                viewModel.conflicts(), viewModel.checkingProperty()));
        conflictTitle.textProperty().addListener((obs, old, now) -> {
            conflictTitle.getStyleClass().remove("no-conflict");
            if (viewModel.conflicts().isEmpty() && !viewModel.checkingProperty().get()) {
                conflictTitle.getStyleClass().add("no-conflict");
            }
        });
    }

    /** Shows the meeting in the meeting table and form. */
    /** Shows this round chosen (a duty of the calendar was opened). */
    public void openRound(int roundId) {
        viewModel.rounds().openById(roundId);
    }

    private void openMeeting(int meetingId) {
        tabs.getSelectionModel().select(meetingsTab);
        meetings.select(meetingId);
    }

    private static <T> void bindSelection(TableView<T> table, ListEditorViewModel<T> editor) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != editor.selectedProperty().get()) {
                editor.selectedProperty().set(now);
            }
        });
        editor.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
    }

    private static void bindFormError(Label label, ObservableValue<String> error) {
        label.textProperty().bind(error);
        label.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> error.getValue() != null && !error.getValue().isEmpty(), error));
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Enter saves and Esc reverts the form holding the focus (not on buttons, lists open or text areas). */
    private static void onFormKeys(Node form, Runnable save, Runnable cancel) {
        form.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !(event.getTarget() instanceof TextArea)
                    && !(event.getTarget() instanceof Button)) {
                save.run();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                cancel.run();
                event.consume();
            }
        });
    }

    @FXML
    private void newRound() {
        rounds.startNew();
        sessionBox.requestFocus();
    }

    @FXML
    private void saveRound() {
        rounds.save();
    }

    @FXML
    private void cancelRound() {
        rounds.cancel();
    }

    @FXML
    private void deleteRound() {
        rounds.delete(selected -> dialogs.confirmDelete(messages.get("round.delete.title"),
                messages.get("round.delete.confirm", selected.name())));
    }

    @FXML
    private void newMeeting() {
        if (rounds.selectedProperty().get() == null) {
            return;
        }
        tabs.getSelectionModel().select(meetingsTab);
        meetings.startNew();
        Platform.runLater(() -> meetingDatePicker.getEditor().requestFocus());
    }

    @FXML
    private void saveMeeting() {
        meetings.save();
    }

    @FXML
    private void cancelMeeting() {
        meetings.cancel();
    }

    @FXML
    private void deleteMeeting() {
        Meeting selected = meetings.selectedProperty().get();
        if (selected != null && dialogs.confirmDelete(messages.get("meeting.delete.title"),
                messages.get("meeting.delete.confirm", meetings.describe(selected)))) {
            meetings.deleteSelected();
        }
    }

    @FXML
    private void createForEveryHamlet() {
        tabs.getSelectionModel().select(meetingsTab);
        meetings.createForEveryHamlet(count -> { });
    }

    /** With problems in the schedule, asks first, listing them. */
    private boolean confirmConflicts() {
        viewModel.clearProblem();
        return viewModel.conflicts().isEmpty() || dialogs.confirm(messages.get("meeting.print.conflicts.title"),
                messages.get("meeting.print.conflicts.confirm", viewModel.conflictSummary()));
    }

    @FXML
    private void printSchedule() {
        if (!confirmConflicts()) {
            return;
        }
        viewModel.preparePlan(plan -> DocumentPreview.show(root.getScene().getWindow(), plan.document(),
                plan.suggestedFileName(), messages, executor, dialogs, viewModel.documentOutput()));
    }

    /** "Ban hành…": asks with the number the plan will take and its date, then issues it. */
    @FXML
    private void issuePlan() {
        viewModel.issuePlan(text -> dialogs.confirm(messages.get("meeting.plan.issue.title"), text));
    }

    @FXML
    private void saveSchedule() {
        if (!confirmConflicts()) {
            return;
        }
        saveDialog.choose(root.getScene().getWindow(), messages.get("meeting.saveFile.title"),
                viewModel.suggestedFileName() + ".docx", List.of(
                        new SaveDialog.Kind(messages.get("meeting.saveFile.docx"), "docx"),
                        new SaveDialog.Kind(messages.get("meeting.saveFile.pdf"), "pdf")))
                .ifPresent(viewModel::savePlan);
    }

    @FXML
    private void previousWeek() {
        viewModel.previousWeek();
    }

    @FXML
    private void nextWeek() {
        viewModel.nextWeek();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public ReadOnlyStringProperty status() {
        return viewModel.statusProperty();
    }

    /**
     * Adds a tab about the chosen round that another feature provides (the answers' follow-up chart), after the
     * screen's own tabs; {@code refresh} runs each time the screen is shown again.
     */
    public void addRoundTab(String id, String title, javafx.scene.Node content, Runnable refresh) {
        javafx.scene.control.Tab tab = new javafx.scene.control.Tab(title, content);
        tab.setId(id);
        tabs.getTabs().add(tab);
        refreshers.add(refresh);
    }

    @Override
    public void activate() {
        viewModel.refresh();
        refreshers.forEach(Runnable::run);
        Platform.runLater(roundFilterField::requestFocus);
    }
}
