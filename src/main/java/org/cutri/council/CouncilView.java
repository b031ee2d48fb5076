package org.cutri.council;

import java.time.LocalDate;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

import org.cutri.common.i18n.Messages;
import org.cutri.common.text.DateText;
import org.cutri.common.ui.Converters;
import org.cutri.common.ui.DateFields;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.FormDecorations;
import org.cutri.common.ui.Keys;
import org.cutri.common.ui.ListEditorViewModel;
import org.cutri.common.ui.Placeholders;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.common.ui.Views;

/**
 * The council screen (Nhiệm kỳ và kỳ họp): terms on the left, the sessions of the chosen term on the
 * right. Thin: binds the two list editors to their controls. With two forms on one screen, Enter and
 * Esc act on the form that holds the focus (a scene has only one default button).
 */
public class CouncilView implements Screen {

    private final CouncilViewModel viewModel;
    private final TermViewModel terms;
    private final SessionViewModel sessions;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Parent root;

    @FXML private VBox termPane;
    @FXML private TextField termFilterField;
    @FXML private TableView<CouncilTerm> termTable;
    @FXML private TableColumn<CouncilTerm, String> termColumn;
    @FXML private VBox termForm;
    @FXML private Label termFormTitle;
    @FXML private TextField termStartField;
    @FXML private TextField termEndField;
    @FXML private Label termFormError;
    @FXML private Button termSaveButton;
    @FXML private Button termNewButton;
    @FXML private Button termDeleteButton;

    @FXML private VBox sessionPane;
    @FXML private Label sessionsTitle;
    @FXML private TextField sessionFilterField;
    @FXML private TableView<CouncilSession> sessionTable;
    @FXML private TableColumn<CouncilSession, String> levelColumn;
    @FXML private TableColumn<CouncilSession, String> courseColumn;
    @FXML private TableColumn<CouncilSession, Integer> numberColumn;
    @FXML private TableColumn<CouncilSession, String> kindColumn;
    @FXML private TableColumn<CouncilSession, LocalDate> startColumn;
    @FXML private TableColumn<CouncilSession, LocalDate> endColumn;
    @FXML private VBox sessionForm;
    @FXML private Label sessionFormTitle;
    @FXML private SearchableComboBox<CouncilLevel> sessionLevelBox;
    @FXML private TextField sessionCourseField;
    @FXML private TextField sessionNumberField;
    @FXML private SearchableComboBox<SessionKind> sessionKindBox;
    @FXML private DatePicker sessionStartPicker;
    @FXML private DatePicker sessionEndPicker;
    @FXML private Label sessionDateProblem;
    @FXML private Label sessionFormError;
    @FXML private Button sessionSaveButton;
    @FXML private Button sessionNewButton;
    @FXML private Button sessionDeleteButton;

    public CouncilView(CouncilViewModel viewModel, Messages messages, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.terms = viewModel.terms();
        this.sessions = viewModel.sessions();
        this.messages = messages;
        this.dialogs = dialogs;
        this.root = Views.load(this, messages);
        Keys.on(termPane, Keys.NEW_ROW, this::newTerm);
        Keys.on(sessionPane, Keys.NEW_ROW, this::newSession);
        onFormKeys(termForm, this::saveTerm, this::cancelTerm);
        onFormKeys(sessionForm, this::saveSession, this::cancelSession);
        onDeleteKey(termTable, this::deleteTerm);
        onDeleteKey(sessionTable, this::deleteSession);
    }

    @FXML
    private void initialize() {
        initializeTerms();
        initializeSessions();
    }

    private void initializeTerms() {
        termFilterField.textProperty().bindBidirectional(terms.filterTextProperty());
        SortedList<CouncilTerm> sorted = new SortedList<>(terms.filteredItems());
        sorted.comparatorProperty().bind(termTable.comparatorProperty());
        termTable.setItems(sorted);
        termTable.setPlaceholder(Placeholders.of(terms.loadingProperty(), "council.terms.empty", messages));
        termColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        termColumn.setSortType(TableColumn.SortType.DESCENDING);
        termTable.getSortOrder().add(termColumn);
        bindSelection(termTable, terms);

        termStartField.textProperty().bindBidirectional(terms.startYearProperty());
        termEndField.textProperty().bindBidirectional(terms.endYearProperty());
        FormDecorations.Form termFields = FormDecorations.form(terms);
        termFields.bind(termStartField, terms.startYearErrorProperty());
        termFields.bind(termEndField, terms.endYearErrorProperty());
        bindFormError(termFormError, terms.formErrorProperty());
        termFormTitle.textProperty().bind(Bindings.when(terms.selectedProperty().isNull())
                .then(messages.get("council.term.form.new")).otherwise(messages.get("council.term.form.edit")));
        termSaveButton.disableProperty().bind(terms.loadingProperty().or(terms.busyProperty()));
        termDeleteButton.disableProperty().bind(terms.selectedProperty().isNull().or(terms.busyProperty()));
    }

    private void initializeSessions() {
        sessionsTitle.textProperty().bind(Bindings.createStringBinding(() -> sessions.termProperty().get() == null
                ? messages.get("council.sessions.title.noTerm")
                : messages.get("council.sessions.title", sessions.termProperty().get().label()),
                sessions.termProperty()));
        sessionFilterField.textProperty().bindBidirectional(sessions.filterTextProperty());
        SortedList<CouncilSession> sorted = new SortedList<>(sessions.filteredItems());
        sorted.comparatorProperty().bind(sessionTable.comparatorProperty());
        sessionTable.setItems(sorted);
        // Before the terms arrive there is no chosen term yet: that is loading, not "no term".
        sessionTable.setPlaceholder(Placeholders.of(
                Bindings.createBooleanBinding(() -> sessions.isLoading() || terms.isLoading(),
                        sessions.loadingProperty(), terms.loadingProperty()),
                Bindings.createStringBinding(() -> messages.get(sessions.termProperty().get() == null
                        ? "council.sessions.noTerm" : "council.sessions.empty"), sessions.termProperty()),
                messages));
        levelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(sessions.levelLabel(c.getValue().level())));
        courseColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().course()));
        numberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(sessions.kindLabel(c.getValue().kind())));
        startColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().startDate()));
        startColumn.setCellFactory(column -> dateCell());
        endColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().endDate()));
        endColumn.setCellFactory(column -> dateCell());
        bindSelection(sessionTable, sessions);

        sessionLevelBox.setItems(sessions.levels());
        sessionLevelBox.setConverter(Converters.labels(sessions::levelLabel));
        sessionLevelBox.valueProperty().bindBidirectional(sessions.levelProperty());
        sessionCourseField.textProperty().bindBidirectional(sessions.courseProperty());
        sessionNumberField.textProperty().bindBidirectional(sessions.numberProperty());
        sessionKindBox.getItems().setAll(SessionViewModel.kinds());
        sessionKindBox.setConverter(Converters.labels(sessions::kindLabel));
        sessionKindBox.valueProperty().bindBidirectional(sessions.kindProperty());
        DateFields.bind(sessionStartPicker, sessions.startDateProperty(), sessions.startNearProperty());
        DateFields.bind(sessionEndPicker, sessions.endDateProperty(), sessions.endNearProperty());

        FormDecorations.Form sessionFields = FormDecorations.form(sessions);
        sessionFields.bind(sessionLevelBox, sessions.levelErrorProperty());
        sessionFields.bind(sessionCourseField, sessions.courseErrorProperty());
        sessionFields.bind(sessionNumberField, sessions.numberErrorProperty());
        sessionFields.bind(sessionKindBox, sessions.kindErrorProperty());
        sessionFields.bind(sessionStartPicker, sessions.startDateErrorProperty());
        sessionFields.bind(sessionEndPicker, sessions.endDateErrorProperty());
        bindFormError(sessionDateProblem, sessions.dateProblemProperty());
        bindFormError(sessionFormError, sessions.formErrorProperty());
        sessionFormTitle.textProperty().bind(Bindings.when(sessions.selectedProperty().isNull())
                .then(messages.get("council.session.form.new")).otherwise(messages.get("council.session.form.edit")));
        sessionForm.disableProperty().bind(sessions.termProperty().isNull());
        sessionNewButton.disableProperty().bind(sessions.termProperty().isNull());
        sessionSaveButton.disableProperty().bind(sessions.loadingProperty().or(sessions.busyProperty()));
        sessionDeleteButton.disableProperty().bind(sessions.selectedProperty().isNull().or(sessions.busyProperty()));
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

    private static <T> javafx.scene.control.TableCell<T, LocalDate> dateCell() {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DateText.format(item));
            }
        };
    }

    /** Enter saves and Esc reverts the form holding the focus (Enter stays a new line in a text area). */
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

    private static void onDeleteKey(TableView<?> table, Runnable delete) {
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DELETE) {
                delete.run();
                event.consume();
            }
        });
    }

    @FXML
    private void newTerm() {
        terms.startNew();
        termStartField.requestFocus();
    }

    @FXML
    private void saveTerm() {
        if (terms.save()) {
            Platform.runLater(termStartField::requestFocus);
        }
    }

    @FXML
    private void cancelTerm() {
        terms.cancel();
    }

    @FXML
    private void deleteTerm() {
        terms.delete(selected -> dialogs.confirmDelete(messages.get("council.term.delete.title"),
                messages.get("council.term.delete.confirm", selected.label())));
    }

    @FXML
    private void newSession() {
        if (sessions.termProperty().get() == null) {
            return;
        }
        sessions.startNew();
        sessionLevelBox.requestFocus();
    }

    @FXML
    private void saveSession() {
        if (sessions.save()) {
            Platform.runLater(sessionNumberField::requestFocus);
        }
    }

    @FXML
    private void cancelSession() {
        sessions.cancel();
    }

    @FXML
    private void deleteSession() {
        sessions.delete(selected -> dialogs.confirmDelete(messages.get("council.session.delete.title"),
                messages.get("council.session.delete.confirm", sessions.describe(selected))));
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
        Platform.runLater(termFilterField::requestFocus);
    }
}
