package org.cutri.minutes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.cutri.answer.Assessment;
import org.cutri.answer.MeetingAnswers;
import org.cutri.answer.RaisedAgain;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.DateText;
import org.cutri.common.ui.Converters;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.NamesChoice;
import org.cutri.common.ui.Placeholders;
import org.cutri.common.ui.SaveDialog;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.common.ui.TaskProgress;
import org.cutri.common.ui.Views;
import org.cutri.document.DocumentPreview;
import org.cutri.meeting.Meeting;
import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionField;
import org.cutri.opinion.OpinionKind;
import org.cutri.round.ContactRound;

/**
 * The minutes screen (Hội nghị, biên bản): choose a round and a meeting, type the minutes and the voters'
 * opinions one after another with the keyboard only. Ctrl+Enter starts the next opinion; Alt+↑/↓ or
 * PageUp/PageDown move between opinions; the pickers, field, authority and kind take a few letters without
 * diacritics.
 */
public class MinutesView implements Screen {

    static final KeyCombination NEXT_OPINION = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final PseudoClass NOT_APPROVED = PseudoClass.getPseudoClass("not-approved");
    private static final PseudoClass NO_DIACRITICS = PseudoClass.getPseudoClass("no-diacritics");
    private static final PseudoClass NOT_RECORDED = PseudoClass.getPseudoClass("not-recorded");
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /** An earlier issue offered under the content shows this much of its text: three offers still fit at 1280×720. */
    private static final int OFFER_LENGTH = 80;

    private final MinutesViewModel viewModel;
    private final MeetingChoice choice;
    private final MinutesForm form;
    private final OpinionEditor opinions;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final SaveDialog saveDialog;
    private final Parent root;
    private final List<Runnable> unbindCurrent = new ArrayList<>();

    @FXML private SearchableComboBox<ContactRound> roundBox;
    @FXML private SearchableComboBox<Meeting> meetingBox;
    @FXML private Label meetingStatusLabel;
    @FXML private Button previewButton;
    @FXML private CheckBox namesBox;
    @FXML private Button saveDocumentButton;
    @FXML private TaskProgress progressBox;
    @FXML private Node minutesPane;
    @FXML private TextField startField;
    @FXML private TextField endField;
    @FXML private TextField chairField;
    @FXML private TextField secretaryField;
    @FXML private VBox deputiesBox;
    @FXML private TextArea guestsArea;
    @FXML private TextField invitedField;
    @FXML private TextField presentField;
    @FXML private TextArea reportsArea;
    @FXML private TextArea closingArea;
    @FXML private Label minutesError;
    @FXML private Button addOpinionButton;
    @FXML private Button deleteOpinionButton;
    @FXML private ListView<OpinionEntry> opinionList;
    @FXML private GridPane editor;
    @FXML private Label opinionTitle;
    @FXML private TextArea contentArea;
    @FXML private TextField kindField;
    @FXML private TextField fieldField;
    @FXML private TextField authorityField;
    @FXML private TextField bodyField;
    @FXML private TextField hamletField;
    @FXML private CheckBox consentBox;
    @FXML private TextField speakerField;
    @FXML private TextField votesField;
    @FXML private TextField votersField;
    @FXML private Label approvedLabel;
    @FXML private CheckBox answeredBox;
    @FXML private TextField answeredByField;
    @FXML private TextArea answerArea;
    @FXML private Label opinionError;
    @FXML private Label noDiacriticsLabel;
    @FXML private Label choiceHint;
    @FXML private Tab readBackTab;
    @FXML private Node readBackPane;
    @FXML private Label readBackMessage;
    @FXML private VBox readBackBox;
    @FXML private VBox raisedAgainBox;

    private ChoiceField<OpinionKind> kindChoice;
    private ChoiceField<OpinionField> fieldChoice;
    private ChoiceField<Authority> authorityChoice;
    private ChoiceField<Meeting.HamletRef> hamletChoice;

    public MinutesView(MinutesViewModel viewModel, Messages messages, TaskExecutor executor, Dialogs dialogs) {
        this(viewModel, messages, executor, dialogs, SaveDialog.system());
    }

    /** @param saveDialog where "Lưu Word/PDF…" asks for the file (the system's chooser in the program) */
    public MinutesView(MinutesViewModel viewModel, Messages messages, TaskExecutor executor, Dialogs dialogs,
            SaveDialog saveDialog) {
        this.saveDialog = saveDialog;
        this.viewModel = viewModel;
        this.choice = viewModel.choice();
        this.form = viewModel.form();
        this.opinions = viewModel.editor();
        this.messages = messages;
        this.executor = executor;
        this.dialogs = dialogs;
        this.root = Views.load(this, messages);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                // Leaving a field stores what is waiting for the typing pause.
                scene.focusOwnerProperty().addListener((o, was, now) -> viewModel.flush());
            }
        });
    }

    @FXML
    private void initialize() {
        roundBox.setItems(choice.rounds());
        roundBox.setConverter(Converters.labels(ContactRound::name));
        roundBox.valueProperty().bindBidirectional(choice.roundProperty());
        meetingBox.setItems(choice.meetings());
        meetingBox.setConverter(Converters.labels(this::meetingLabel));
        meetingBox.valueProperty().bindBidirectional(choice.meetingProperty());
        meetingStatusLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.meetingStatusProperty()
                .get() == null ? "" : messages.get("minutes.status", viewModel.meetingStatusProperty().get()),
                viewModel.meetingStatusProperty()));
        previewButton.disableProperty().bind(viewModel.meetingOpenProperty().not());
        NamesChoice.bind(namesBox, viewModel.withNamesProperty(), dialogs, messages.get("minutes.document.names.confirm.title"),
                messages.get("minutes.document.names.confirm"));
        saveDocumentButton.disableProperty().bind(viewModel.meetingOpenProperty().not()
                .or(viewModel.saving().runningProperty()));
        progressBox.follow(viewModel.saving());
        minutesPane.disableProperty().bind(viewModel.meetingOpenProperty().not());

        startField.textProperty().bindBidirectional(form.actualStartProperty());
        endField.textProperty().bindBidirectional(form.actualEndProperty());
        chairField.textProperty().bindBidirectional(form.chairNameProperty());
        secretaryField.textProperty().bindBidirectional(form.secretaryNameProperty());
        guestsArea.textProperty().bindBidirectional(form.guestsProperty());
        invitedField.textProperty().bindBidirectional(form.votersInvitedProperty());
        presentField.textProperty().bindBidirectional(form.votersPresentProperty());
        reportsArea.textProperty().bindBidirectional(form.reportsPresentedProperty());
        closingArea.textProperty().bindBidirectional(form.closingNotesProperty());
        markInvalid(startField, form.startErrorProperty());
        markInvalid(endField, form.endErrorProperty());
        markInvalid(invitedField, form.invitedErrorProperty());
        markInvalid(presentField, form.presentErrorProperty());
        minutesError.textProperty().bind(form.messageProperty());
        minutesError.visibleProperty().bind(form.messageProperty().isNotEmpty());
        minutesError.managedProperty().bind(minutesError.visibleProperty());
        noDiacriticsLabel.managedProperty().bind(noDiacriticsLabel.visibleProperty());
        form.deputies().addListener((javafx.collections.ListChangeListener<MinutesForm.DeputyPresence>) c ->
                showDeputies());
        // "No deputies" only of a meeting read: nothing while none is chosen, "Đang tải…" while it is read.
        javafx.beans.value.ChangeListener<Boolean> noDeputies = (obs, old, now) -> {
            if (form.deputies().isEmpty()) {
                showDeputies();
            }
        };
        viewModel.meetingOpenProperty().addListener(noDeputies);
        viewModel.meetingLoadingProperty().addListener(noDeputies);

        opinionList.setItems(opinions.opinions());
        opinionList.setPlaceholder(Placeholders.of(viewModel.meetingLoadingProperty(),
                viewModel.opinionsEmptyTextProperty(), messages));
        opinionList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(OpinionEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                pseudoClassStateChanged(NOT_APPROVED, !empty && entry != null && !entry.approvedProperty().get());
                pseudoClassStateChanged(NO_DIACRITICS, !empty && entry != null && entry.noDiacriticsProperty().get());
                setText(empty || entry == null ? null : summary(entry));
            }
        });
        opinionList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != opinions.currentProperty().get()) {
                viewModel.flush();
                opinions.currentProperty().set(now);
            }
        });
        opinions.currentProperty().addListener((obs, old, now) -> showCurrent(now));
        addOpinionButton.disableProperty().bind(viewModel.meetingOpenProperty().not());
        deleteOpinionButton.disableProperty().bind(opinions.currentProperty().isNull());

        kindChoice = new ChoiceField<>(kindField, () -> Arrays.asList(OpinionKind.values()), messages::label,
                null, null);
        fieldChoice = new ChoiceField<>(fieldField, () -> opinions.fields().stream().filter(OpinionField::active)
                .toList(), OpinionField::name, name -> askAddField(name), messages.get("minutes.field.unknown"));
        authorityChoice = new ChoiceField<>(authorityField, () -> Arrays.asList(Authority.values()),
                messages::label, null, messages.get("minutes.authority.unknown"));
        hamletChoice = new ChoiceField<>(hamletField, () -> List.copyOf(opinions.hamlets()), Meeting.HamletRef::name,
                null, null);
        hamletField.disableProperty().bind(Bindings.size(opinions.hamlets()).lessThan(2));
        choiceHint.textProperty().bind(Bindings.createStringBinding(() -> java.util.stream.Stream.of(kindChoice,
                fieldChoice, authorityChoice, hamletChoice).map(c -> c.hintProperty().get()).filter(h -> !h.isEmpty())
                .findFirst().orElse(""), kindChoice.hintProperty(), fieldChoice.hintProperty(),
                authorityChoice.hintProperty(), hamletChoice.hintProperty()));
        tabTo(contentArea, kindField, null);
        tabTo(answerArea, null, answeredByField);
        tabTo(guestsArea, invitedField, deputiesBox);
        tabTo(reportsArea, closingArea, presentField);
        tabTo(closingArea, null, reportsArea);
        showCurrent(null);
        initReadBack();
    }

    /** The answers read back at the meeting: one block per issue, the reaction stored as it is chosen. */
    private void initReadBack() {
        ReadBackList readBack = viewModel.readBack();
        readBackPane.disableProperty().bind(viewModel.meetingOpenProperty().not());
        readBackMessage.textProperty().bind(readBack.messageProperty());
        readBackMessage.visibleProperty().bind(readBack.messageProperty().isNotEmpty());
        readBackMessage.managedProperty().bind(readBackMessage.visibleProperty());
        readBackTab.textProperty().bind(Bindings.createStringBinding(() -> readBack.items().isEmpty()
                ? messages.get("minutes.readBack.title")
                : messages.get("minutes.readBack.title") + " (" + readBack.items().size() + ")", readBack.items()));
        readBack.items().addListener((javafx.collections.ListChangeListener<ReadBackEntry>) c ->
                readBackBox.getChildren().setAll(readBack.items().stream().map(this::readBackItem).toList()));
    }

    private Node readBackItem(ReadBackEntry entry) {
        String id = "readback-" + entry.item().issue().leadId();
        Label heading = wrapped(entry.heading(), "readback-heading");
        Label answer = wrapped(entry.answer(), "readback-answer");
        ToggleGroup group = new ToggleGroup();
        ToggleButton satisfied = new ToggleButton(messages.get("minutes.readBack.satisfied"));
        ToggleButton unsatisfied = new ToggleButton(messages.get("minutes.readBack.unsatisfied"));
        satisfied.setToggleGroup(group);
        unsatisfied.setToggleGroup(group);
        satisfied.setId(id + "-yes");
        unsatisfied.setId(id + "-no");
        Button clear = new Button(messages.get("minutes.readBack.clear"));
        clear.setId(id + "-clear");
        TextField note = new TextField();
        note.setId(id + "-note");
        note.setPromptText(messages.get("minutes.readBack.note.prompt"));
        note.textProperty().bindBidirectional(entry.noteProperty());
        for (javafx.scene.control.ButtonBase button : List.of(satisfied, unsatisfied, clear)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        Runnable show = () -> {
            Assessment reaction = entry.reactionProperty().get();
            satisfied.setSelected(reaction == Assessment.SATISFACTORY);
            unsatisfied.setSelected(reaction == Assessment.UNSATISFACTORY);
            clear.setDisable(reaction == null);
            note.setDisable(reaction == null);
        };
        show.run();
        entry.reactionProperty().addListener((obs, old, now) -> show.run());
        satisfied.setOnAction(e -> entry.reactionProperty().set(satisfied.isSelected() ? Assessment.SATISFACTORY : null));
        unsatisfied.setOnAction(e -> entry.reactionProperty().set(unsatisfied.isSelected() ? Assessment.UNSATISFACTORY
                : null));
        clear.setOnAction(e -> entry.reactionProperty().set(null));
        HBox buttons = new HBox(6, satisfied, unsatisfied, clear);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(4, heading, answer, buttons, note);
        box.setId(id);
        box.getStyleClass().add("readback-item");
        return box;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }

    /** Under the content: the earlier issue the opinion is linked to (with undo), or those it may raise again. */
    private void showRaisedAgain(OpinionEntry entry) {
        raisedAgainBox.getChildren().clear();
        if (entry == null) {
            return;
        }
        RaisedAgain again = entry.raisedAgainProperty().get();
        if (again != null) {
            Label linked = wrapped(messages.get("minutes.raisedAgain.linked", raisedTimes(again), again.code(),
                    again.roundName()), "raised-again-linked");
            linked.setId("raisedAgainLabel");
            Button unlink = new Button(messages.get("minutes.raisedAgain.unlink"));
            unlink.setId("raisedAgainUnlink");
            unlink.setMinWidth(Region.USE_PREF_SIZE);
            unlink.setOnAction(e -> opinions.unlinkRaisedAgain(entry));
            raisedAgainBox.getChildren().add(line(linked, unlink));
            return;
        }
        List<MeetingAnswers.EarlierIssue> found = List.copyOf(entry.offers());
        for (int i = 0; i < found.size(); i++) {
            MeetingAnswers.EarlierIssue offer = found.get(i);
            Label text = wrapped(messages.get("minutes.raisedAgain.offer", offer.code(),
                    ReadBackEntry.shorten(offer.issue().content(), OFFER_LENGTH), offer.issue().roundName(),
                    messages.label(offer.issue().followUp().status()).toLowerCase(java.util.Locale.ROOT)),
                    "raised-again-offer");
            text.setId("raisedAgainOffer-" + i);
            Button link = new Button(messages.get("minutes.raisedAgain.link"));
            link.setId("raisedAgainLink-" + i);
            link.setMinWidth(Region.USE_PREF_SIZE);
            link.setOnAction(e -> opinions.linkRaisedAgain(entry, offer));
            raisedAgainBox.getChildren().add(line(text, link));
        }
        if (!found.isEmpty()) {
            Button refuse = new Button(messages.get("minutes.raisedAgain.refuse"));
            refuse.setId("raisedAgainRefuse");
            refuse.setOnAction(e -> opinions.refuseOffers(entry));
            raisedAgainBox.getChildren().add(refuse);
        }
    }

    private static HBox line(Label text, Button button) {
        HBox line = new HBox(6, text, button);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        return line;
    }

    /** "Nêu lần thứ 2 (từ 15/07/2026)". */
    private String raisedTimes(RaisedAgain again) {
        return messages.get("minutes.raisedAgain.times", again.raisedTimes(), again.firstRaisedOn() == null ? ""
                : DateText.format(again.firstRaisedOn()));
    }

    private void keys(KeyEvent event) {
        if (NEXT_OPINION.match(event)) {
            event.consume();
            addOpinion();
        } else if ((event.isAltDown() && event.getCode() == KeyCode.DOWN) || event.getCode() == KeyCode.PAGE_DOWN) {
            event.consume();
            if (opinions.move(1)) {
                Platform.runLater(contentArea::requestFocus);
            }
        } else if ((event.isAltDown() && event.getCode() == KeyCode.UP) || event.getCode() == KeyCode.PAGE_UP) {
            event.consume();
            if (opinions.move(-1)) {
                Platform.runLater(contentArea::requestFocus);
            }
        }
    }

    @FXML
    private void addOpinion() {
        if (opinions.add() != null) {
            Platform.runLater(() -> {
                contentArea.requestFocus();
                contentArea.positionCaret(contentArea.getLength());
            });
        }
    }

    @FXML
    private void deleteOpinion() {
        OpinionEntry entry = opinions.currentProperty().get();
        if (entry != null && dialogs.confirmDelete(messages.get("minutes.opinion.delete.title"),
                messages.get("minutes.opinion.delete.confirm", entry.numberProperty().get()))) {
            opinions.deleteCurrent();
        }
    }

    private void askAddField(String name) {
        if (dialogs.confirm(messages.get("minutes.field.add.title"), messages.get("minutes.field.add.confirm", name))) {
            opinions.addField(name, opinions.currentProperty().get());
        }
    }

    /** Binds the editor to the current opinion (and unbinds the previous one). */
    private void showCurrent(OpinionEntry entry) {
        unbindCurrent.forEach(Runnable::run);
        unbindCurrent.clear();
        editor.setDisable(entry == null);
        if (entry == null) {
            opinionTitle.setText(messages.get("minutes.opinion.none"));
            for (ChoiceField<?> choiceField : List.of(kindChoice, fieldChoice, authorityChoice, hamletChoice)) {
                choiceField.valueProperty().set(null);
            }
            for (TextField f : List.of(bodyField, speakerField, votesField, votersField, answeredByField)) {
                f.setText("");
            }
            contentArea.setText("");
            answerArea.setText("");
            approvedLabel.setText("");
            opinionError.setText("");
            noDiacriticsLabel.setVisible(false);
            showRaisedAgain(null);
            return;
        }
        both(contentArea.textProperty(), entry.contentProperty());
        both(kindChoice.valueProperty(), entry.kindProperty());
        both(fieldChoice.valueProperty(), entry.fieldProperty());
        both(authorityChoice.valueProperty(), entry.authorityProperty());
        both(bodyField.textProperty(), entry.authorityBodyProperty());
        both(hamletChoice.valueProperty(), entry.hamletProperty());
        both(consentBox.selectedProperty(), entry.speakerConsentProperty());
        both(speakerField.textProperty(), entry.speakerNameProperty());
        both(votesField.textProperty(), entry.votesForProperty());
        both(votersField.textProperty(), entry.votersPresentProperty());
        both(answeredBox.selectedProperty(), entry.answeredProperty());
        both(answeredByField.textProperty(), entry.answeredByProperty());
        both(answerArea.textProperty(), entry.answerTextProperty());
        // An equal value (the same kind, field or hamlet as the opinion shown before) raises no change.
        List.of(kindChoice, fieldChoice, authorityChoice, hamletChoice).forEach(ChoiceField::showValue);
        bodyField.disableProperty().bind(entry.authorityProperty().isNotEqualTo(Authority.OTHER));
        speakerField.disableProperty().bind(entry.speakerConsentProperty().not());
        answeredByField.disableProperty().bind(entry.answeredProperty().not());
        answerArea.disableProperty().bind(entry.answeredProperty().not());
        opinionTitle.textProperty().bind(Bindings.createStringBinding(() -> messages.get("minutes.opinion.title",
                entry.numberProperty().get(), entry.codeProperty().get()), entry.numberProperty(), entry.codeProperty()));
        approvedLabel.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                !entry.voteRecordedProperty().get() ? "minutes.vote.notRecorded"
                        : entry.approvedProperty().get() ? "minutes.vote.approved" : "minutes.vote.notApproved"),
                entry.voteRecordedProperty(), entry.approvedProperty()));
        javafx.beans.InvalidationListener mark = obs -> {
            approvedLabel.pseudoClassStateChanged(NOT_RECORDED, !entry.voteRecordedProperty().get());
            approvedLabel.pseudoClassStateChanged(NOT_APPROVED, entry.voteRecordedProperty().get()
                    && !entry.approvedProperty().get());
        };
        mark.invalidated(null);
        entry.approvedProperty().addListener(mark);
        entry.voteRecordedProperty().addListener(mark);
        opinionError.textProperty().bind(entry.errorProperty());
        noDiacriticsLabel.visibleProperty().bind(entry.noDiacriticsProperty());
        javafx.beans.InvalidationListener raised = obs -> showRaisedAgain(entry);
        entry.raisedAgainProperty().addListener(raised);
        entry.offers().addListener(raised);
        showRaisedAgain(entry);
        unbindCurrent.add(() -> {
            entry.raisedAgainProperty().removeListener(raised);
            entry.offers().removeListener(raised);
            entry.approvedProperty().removeListener(mark);
            entry.voteRecordedProperty().removeListener(mark);
            for (javafx.beans.property.Property<?> p : List.of(bodyField.disableProperty(),
                    speakerField.disableProperty(), answeredByField.disableProperty(), answerArea.disableProperty(),
                    opinionTitle.textProperty(), approvedLabel.textProperty(), opinionError.textProperty(),
                    noDiacriticsLabel.visibleProperty())) {
                p.unbind();
            }
        });
        if (opinionList.getSelectionModel().getSelectedItem() != entry) {
            opinionList.getSelectionModel().select(entry);
        }
        opinionList.scrollTo(entry);
    }

    /** Marks the field red while its text is refused; the reason is on the form's message line. */
    private static void markInvalid(Node field, javafx.beans.value.ObservableValue<String> error) {
        error.addListener((obs, old, now) -> field.pseudoClassStateChanged(INVALID, now != null && !now.isEmpty()));
    }

    private <T> void both(Property<T> control, Property<T> value) {
        control.bindBidirectional(value);
        unbindCurrent.add(() -> control.unbindBidirectional(value));
    }

    /** Tab in a text area moves on instead of typing a tab; Shift+Tab moves back. */
    private static void tabTo(TextArea area, Node next, Node previous) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.TAB || event.isControlDown()) {
                return;
            }
            Node target = event.isShiftDown() ? previous : next;
            if (target != null) {
                event.consume();
                target.requestFocus();
            } else {
                event.consume();
            }
        });
    }

    private void showDeputies() {
        deputiesBox.getChildren().clear();
        if (form.deputies().isEmpty()) {
            if (viewModel.meetingOpenProperty().get() || viewModel.meetingLoadingProperty().get()) {
                Label none = new Label(messages.get(viewModel.meetingOpenProperty().get() ? "minutes.deputies.none"
                        : "common.loading"));
                none.getStyleClass().add("form-hint");
                none.setWrapText(true);
                deputiesBox.getChildren().add(none);
            }
            return;
        }
        for (MinutesForm.DeputyPresence presence : form.deputies()) {
            CheckBox box = new CheckBox(presence.deputy().fullName() + " (" + messages.label(presence.deputy().level()) + ")");
            box.setId("deputy-" + presence.deputy().id());
            // A long name and council wrap in a narrow column rather than run under its edge.
            box.setWrapText(true);
            box.selectedProperty().bindBidirectional(presence.presentProperty());
            deputiesBox.getChildren().add(box);
        }
    }

    private String summary(OpinionEntry entry) {
        String content = entry.contentProperty().get() == null ? "" : entry.contentProperty().get().strip()
                .replaceAll("\\s+", " ");
        if (content.length() > 90) {
            content = content.substring(0, 90) + "…";
        }
        List<String> tags = new ArrayList<>();
        tags.add(entry.kindProperty().get() == null ? "" : messages.label(entry.kindProperty().get()));
        if (entry.fieldProperty().get() != null) {
            tags.add(entry.fieldProperty().get().name());
        }
        if (entry.authorityProperty().get() != null) {
            tags.add(messages.label(entry.authorityProperty().get()));
        }
        RaisedAgain again = entry.raisedAgainProperty().get();
        String mark = (again == null ? "" : "[" + raisedTimes(again) + "] ")
                + (entry.noDiacriticsProperty().get() ? messages.get("minutes.opinion.noDiacriticsMark") : "")
                + (entry.approvedProperty().get() ? "" : messages.get("minutes.opinion.notApprovedMark"));
        return entry.numberProperty().get() + ". " + mark + (content.isEmpty() ? messages.get("minutes.opinion.blank")
                : content) + "  — " + String.join(" · ", tags);
    }

    private String meetingLabel(Meeting meeting) {
        var row = meeting.row();
        return DateText.format(row.meetingDate()) + (row.startTime() == null ? "" : " " + DateText.format(row.startTime()))
                + " — " + meeting.hamletNames() + " (" + messages.label(row.status()) + ")";
    }

    @FXML
    private void preview() {
        if (!printAnyway()) {
            return;
        }
        viewModel.document(doc -> DocumentPreview.show(root.getScene().getWindow(), doc.document(), doc.fileName(),
                messages, executor, dialogs, viewModel.documentOutput()));
    }

    /**
     * Before printing or saving, opinions that look typed without diacritics are named and the user decides: go
     * back and retype them, or print as they are. True to go on.
     */
    private boolean printAnyway() {
        List<Integer> numbers = opinions.noDiacriticsNumbers();
        return numbers.isEmpty() || dialogs.confirm(messages.get("minutes.document.noDiacritics.title"),
                messages.get("minutes.document.noDiacritics", numbers.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(", "))));
    }

    @FXML
    private void saveDocument() {
        if (!printAnyway()) {
            return;
        }
        viewModel.document(doc -> saveDialog.choose(root.getScene().getWindow(),
                messages.get("minutes.document.save.title"), doc.fileName() + ".docx", List.of(
                        new SaveDialog.Kind(messages.get("minutes.document.save.word"), "docx"),
                        new SaveDialog.Kind(messages.get("minutes.document.save.pdf"), "pdf")))
                .ifPresent(target -> viewModel.save(doc, target, file -> dialogs.showInfo(
                        messages.get("minutes.document.saved.title"), messages.get("minutes.document.saved", file)))));
    }

    /** Shows this meeting's minutes (called from the opinions list). */
    public void open(int meetingId) {
        viewModel.open(meetingId);
    }

    /** Shows this round's meetings (a duty of the calendar was opened). */
    public void openRound(int roundId) {
        viewModel.openRound(roundId);
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
        Platform.runLater(() -> {
            if (viewModel.meetingOpenProperty().get()) {
                contentArea.requestFocus();
            } else {
                roundBox.requestFocus();
            }
        });
    }
}
