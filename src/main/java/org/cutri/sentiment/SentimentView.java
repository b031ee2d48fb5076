package org.cutri.sentiment;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;

import org.cutri.common.i18n.Messages;
import org.cutri.common.text.DateText;
import org.cutri.common.text.VietText;
import org.cutri.common.ui.Converters;
import org.cutri.common.ui.DateFields;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.FormDecorations;
import org.cutri.common.ui.Keys;
import org.cutri.common.ui.ListEditorControls;
import org.cutri.common.ui.Placeholders;
import org.cutri.common.ui.SaveDialog;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.common.ui.Views;
import org.cutri.hamlet.Hamlet;

/** The public-sentiment screen (Tình hình Nhân dân): thin, binds the view-model to the controls. */
public class SentimentView implements Screen {

    private final SentimentViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    private final SaveDialog saveDialog;
    private final Parent root;

    @FXML private TextField filterField;
    @FXML private DatePicker electionPicker;
    @FXML private Button nextMonthButton;
    @FXML private Button editPeriodButton;
    @FXML private Button electionButton;
    @FXML private Button carryButton;
    @FXML private Button draftButton;
    @FXML private Button issueButton;
    @FXML private TableView<SentimentPeriod> periodTable;
    @FXML private TableColumn<SentimentPeriod, String> periodLabelColumn;
    @FXML private TableColumn<SentimentPeriod, String> periodDeadlineColumn;
    @FXML private TableColumn<SentimentPeriod, Integer> periodNotesColumn;
    @FXML private TableColumn<SentimentPeriod, String> periodStatusColumn;
    @FXML private Label periodSummary;
    @FXML private TableView<SentimentNote> table;
    @FXML private TableColumn<SentimentNote, String> topicColumn;
    @FXML private TableColumn<SentimentNote, String> placeColumn;
    @FXML private TableColumn<SentimentNote, String> sourceColumn;
    @FXML private TableColumn<SentimentNote, String> spreadColumn;
    @FXML private TableColumn<SentimentNote, String> marksColumn;
    @FXML private TableColumn<SentimentNote, String> contentColumn;
    @FXML private SearchableComboBox<SentimentEntry> topicBox;
    @FXML private SearchableComboBox<SentimentEntry> sourceBox;
    @FXML private SearchableComboBox<Hamlet> hamletBox;
    @FXML private SearchableComboBox<Spread> spreadBox;
    @FXML private TextField placeField;
    @FXML private TextArea contentArea;
    @FXML private CheckBox hotSpotBox;
    @FXML private TextField hotSpotField;
    @FXML private CheckBox resolvedBox;
    @FXML private Label candidateLabel;
    @FXML private TextField candidateField;
    @FXML private Label formTitle;
    @FXML private Label formError;
    @FXML private Button saveButton;
    @FXML private Button deleteButton;

    public SentimentView(SentimentViewModel viewModel, Messages messages, Dialogs dialogs, SaveDialog saveDialog) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        this.saveDialog = saveDialog;
        this.root = Views.load(this, messages);
        Keys.on(root, Keys.NEW_ROW, this::newRow);
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        DateFields.bind(electionPicker, viewModel.electionDayProperty());

        periodTable.setItems(viewModel.periods());
        periodTable.setPlaceholder(new Label(messages.get("sentiment.periods.empty")));
        periodLabelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        periodDeadlineColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(DateText.format(c.getValue().deadline())));
        periodNotesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().notes()));
        periodStatusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().status())));
        periodTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && (viewModel.periodProperty().get() == null
                    || viewModel.periodProperty().get().id() != now.id())) {
                viewModel.periodProperty().set(now);
            }
        });
        viewModel.periodProperty().addListener((obs, old, now) -> selectPeriod(now));
        viewModel.periods().addListener((javafx.collections.ListChangeListener<SentimentPeriod>) change ->
                selectPeriod(viewModel.periodProperty().get()));
        periodSummary.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            SentimentPeriod p = viewModel.periodProperty().get();
            if (p == null) {
                return messages.get("sentiment.period.none");
            }
            String summary = messages.get("sentiment.period.summary", p.label(), messages.label(p.kind()),
                    DateText.format(p.fromDate()), DateText.format(p.untilDate()), DateText.format(p.deadline()));
            return p.reportNumber() == null ? summary : summary + " " + messages.get("sentiment.period.issued",
                    p.reportNumber(), DateText.format(p.reportDate()));
        }, viewModel.periodProperty()));

        table.setPlaceholder(Placeholders.of(viewModel.loadingProperty(), "sentiment.notes.empty", messages));
        topicColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().topicName()));
        topicColumn.setComparator(VietText.ORDER);
        placeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().placeName()));
        placeColumn.setComparator(VietText.ORDER);
        sourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sourceName()));
        sourceColumn.setComparator(VietText.ORDER);
        spreadColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().spread())));
        marksColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(marks(c.getValue())));
        contentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().content()));

        topicBox.setItems(viewModel.topics());
        topicBox.setConverter(Converters.labels(SentimentEntry::name));
        topicBox.valueProperty().bindBidirectional(viewModel.topicProperty());
        sourceBox.setItems(viewModel.sources());
        sourceBox.setConverter(Converters.labels(SentimentEntry::name));
        sourceBox.valueProperty().bindBidirectional(viewModel.sourceProperty());
        hamletBox.setItems(viewModel.hamlets());
        hamletBox.setConverter(Converters.labels(Hamlet::name));
        hamletBox.valueProperty().bindBidirectional(viewModel.hamletProperty());
        spreadBox.getItems().setAll(Spread.values());
        spreadBox.setConverter(Converters.labels(messages::label));
        spreadBox.valueProperty().bindBidirectional(viewModel.spreadProperty());
        placeField.textProperty().bindBidirectional(viewModel.placeProperty());
        placeField.disableProperty().bind(viewModel.hamletProperty().isNotNull());
        contentArea.textProperty().bindBidirectional(viewModel.contentProperty());
        hotSpotBox.selectedProperty().bindBidirectional(viewModel.hotSpotProperty());
        hotSpotField.textProperty().bindBidirectional(viewModel.hotSpotNoteProperty());
        hotSpotField.disableProperty().bind(viewModel.hotSpotProperty().not());
        resolvedBox.selectedProperty().bindBidirectional(viewModel.resolvedProperty());
        candidateField.textProperty().bindBidirectional(viewModel.candidateOpinionProperty());
        candidateField.visibleProperty().bind(viewModel.electionPeriodProperty());
        candidateField.managedProperty().bind(candidateField.visibleProperty());
        candidateLabel.visibleProperty().bind(candidateField.visibleProperty());
        candidateLabel.managedProperty().bind(candidateField.visibleProperty());

        FormDecorations.Form form = FormDecorations.form(viewModel);
        form.bind(topicBox, viewModel.topicErrorProperty());
        form.bind(sourceBox, viewModel.sourceErrorProperty());
        form.bind(placeField, viewModel.placeErrorProperty());
        form.bind(contentArea, viewModel.contentErrorProperty());
        ListEditorControls.bind(viewModel, table, formTitle, formError, saveButton, deleteButton,
                messages.get("sentiment.form.new"), messages.get("sentiment.form.edit"));

        var noPeriod = viewModel.periodProperty().isNull();
        var working = viewModel.workingProperty();
        nextMonthButton.disableProperty().bind(working);
        editPeriodButton.disableProperty().bind(noPeriod.or(working));
        electionButton.disableProperty().bind(working);
        carryButton.disableProperty().bind(viewModel.selectedProperty().isNull().or(working));
        draftButton.disableProperty().bind(noPeriod.or(working));
        issueButton.disableProperty().bind(noPeriod.or(working));
    }

    private void selectPeriod(SentimentPeriod period) {
        if (period == null) {
            periodTable.getSelectionModel().clearSelection();
            return;
        }
        SentimentPeriod shown = periodTable.getSelectionModel().getSelectedItem();
        if (shown == null || shown.id() != period.id() || shown != period) {
            periodTable.getItems().stream().filter(p -> p.id() == period.id()).findFirst()
                    .ifPresent(p -> periodTable.getSelectionModel().select(p));
        }
    }

    /** "Điểm nóng", "Từ kỳ trước", "Đã chuyển kỳ sau", "Đã giải quyết". */
    private String marks(SentimentNote note) {
        StringBuilder text = new StringBuilder();
        if (note.hotSpot()) {
            text.append(messages.get("sentiment.mark.hotSpot"));
        }
        if (note.carried()) {
            text.append(text.isEmpty() ? "" : " · ").append(messages.get("sentiment.mark.carried"));
        }
        if (note.carriedOn()) {
            text.append(text.isEmpty() ? "" : " · ").append(messages.get("sentiment.mark.carriedOn"));
        }
        if (note.resolved()) {
            text.append(text.isEmpty() ? "" : " · ").append(messages.get("sentiment.mark.resolved"));
        }
        return text.toString();
    }

    @FXML
    private void newRow() {
        viewModel.startNew();
        topicBox.requestFocus();
    }

    @FXML
    private void save() {
        if (viewModel.save()) {
            Platform.runLater(table::requestFocus);
        }
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void delete() {
        viewModel.delete(note -> dialogs.confirmDelete(messages.get("sentiment.delete.title"),
                messages.get("sentiment.delete.confirm", note.content())));
    }

    @FXML
    private void carryOver() {
        viewModel.carryOver();
    }

    @FXML
    private void nextMonth() {
        viewModel.createNextMonth();
    }

    @FXML
    private void election() {
        viewModel.createElection();
    }

    /** The chosen period's name, deadline and the report's own texts, in a small dialog. */
    @FXML
    private void editPeriod() {
        SentimentPeriod period = viewModel.periodProperty().get();
        if (period == null) {
            return;
        }
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        dialog.setTitle(messages.get("sentiment.period.edit.title", period.label()));
        TextField label = new TextField(period.label());
        label.setId("periodLabelField");
        DatePicker deadline = new DatePicker();
        deadline.setId("periodDeadlinePicker");
        javafx.beans.property.StringProperty deadlineText = new javafx.beans.property.SimpleStringProperty(
                DateText.format(period.deadline()));
        DateFields.bind(deadline, deadlineText);
        TextArea general = new TextArea(period.generalText() == null ? "" : period.generalText());
        general.setId("periodGeneralArea");
        general.setWrapText(true);
        general.setPrefRowCount(4);
        general.setPromptText(messages.get("sentiment.period.general.prompt"));
        TextArea proposals = new TextArea(period.proposals() == null ? "" : period.proposals());
        proposals.setId("periodProposalsArea");
        proposals.setWrapText(true);
        proposals.setPrefRowCount(4);
        proposals.setPromptText(messages.get("sentiment.period.proposals.prompt"));
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(messages.get("sentiment.period.field.label")), label);
        grid.addRow(1, new Label(messages.get("sentiment.period.field.deadline")), deadline);
        grid.addRow(2, new Label(messages.get("sentiment.period.field.general")), general);
        grid.addRow(3, new Label(messages.get("sentiment.period.field.proposals")), proposals);
        grid.setPrefWidth(620);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        Views.keepWordsWhole(grid);
        dialog.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).ifPresent(b -> viewModel
                .updatePeriod(label.getText(), deadlineText.get(), general.getText(), proposals.getText()));
    }

    @FXML
    private void addTopic() {
        ask("sentiment.topic.add.title", "sentiment.topic.add.label").ifPresent(viewModel::addTopic);
    }

    @FXML
    private void addSource() {
        ask("sentiment.source.add.title", "sentiment.source.add.label").ifPresent(viewModel::addSource);
    }

    private Optional<String> ask(String titleKey, String labelKey) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(null);
        dialog.setContentText(messages.get(labelKey));
        return dialog.showAndWait().filter(text -> !text.isBlank());
    }

    @FXML
    private void saveDraft() {
        chooseFile("sentiment.report.draft.title").ifPresent(target -> viewModel.saveReport(target, true));
    }

    @FXML
    private void issue() {
        SentimentPeriod period = viewModel.periodProperty().get();
        if (period != null && period.reportNumber() != null) {
            chooseFile("sentiment.report.issue.title").ifPresent(target -> viewModel.saveReport(target, false));
            return;
        }
        viewModel.askIssue(text -> dialogs.confirm(messages.get("sentiment.issue.title"), text),
                () -> chooseFile("sentiment.report.issue.title").ifPresent(target -> viewModel.saveReport(target,
                        false)));
    }

    private Optional<Path> chooseFile(String titleKey) {
        return saveDialog.choose(root.getScene() == null ? null : root.getScene().getWindow(), messages.get(titleKey),
                viewModel.suggestedFileName("docx"), List.of(new SaveDialog.Kind(messages.get("sentiment.file.docx"),
                        "docx"), new SaveDialog.Kind(messages.get("sentiment.file.pdf"), "pdf")));
    }

    /** Shows this period (its deadline was opened from the duty calendar). */
    public void openPeriod(int periodId) {
        viewModel.openPeriod(periodId);
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
        Platform.runLater(periodTable::requestFocus);
    }
}
