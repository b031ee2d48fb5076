package org.cutri.provinceanswer;

import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.Converters;
import org.cutri.common.ui.DateFields;
import org.cutri.common.ui.Placeholders;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.common.ui.Views;
import org.cutri.opinion.Choice;

/**
 * The province's screen of answers to the communes' opinions: the issues of a set of rounds on the left (an issue
 * past its due date marked), the chosen issue's forwarding, answer and redirection on the right, with one message
 * under the form when a change is refused. Thin: binds the view-model and forwards the buttons.
 */
public class ProvinceAnswersView implements Screen {

    /** The style class of a row whose issue is past its due date without an answer. */
    public static final String OVERDUE = "overdue";

    private final ProvinceAnswersViewModel viewModel;
    private final Messages messages;
    private final ImportOpener importer;
    private final Parent root;

    /** Opens the window importing an agency's answer list; {@code afterImport} refreshes this screen. */
    @FunctionalInterface
    public interface ImportOpener {
        void open(javafx.stage.Window owner, Runnable afterImport);
    }

    @FXML private Button importButton;

    @FXML private SearchableComboBox<Choice<String>> setBox;
    @FXML private Label summaryLabel;
    @FXML private TextField searchField;
    @FXML private SearchableComboBox<Choice<String>> communeBox;
    @FXML private SearchableComboBox<Choice<org.cutri.opinion.Authority>> authorityBox;
    @FXML private SearchableComboBox<Choice<org.cutri.opinion.OpinionStatus>> statusBox;
    @FXML private CheckBox overdueBox;
    @FXML private TableView<ProvinceAnswerIssue> table;
    @FXML private TableColumn<ProvinceAnswerIssue, String> codeColumn;
    @FXML private TableColumn<ProvinceAnswerIssue, String> communeColumn;
    @FXML private TableColumn<ProvinceAnswerIssue, String> contentColumn;
    @FXML private TableColumn<ProvinceAnswerIssue, String> authorityColumn;
    @FXML private TableColumn<ProvinceAnswerIssue, String> statusColumn;
    @FXML private TableColumn<ProvinceAnswerIssue, String> dueColumn;
    @FXML private Label detailTitle;
    @FXML private Label detailPlaces;
    @FXML private Label detailState;
    @FXML private TextField forwardAgencyField;
    @FXML private TextField forwardLetterField;
    @FXML private DatePicker forwardDatePicker;
    @FXML private TextField answerAgencyField;
    @FXML private TextField answerLetterField;
    @FXML private DatePicker answerDatePicker;
    @FXML private SearchableComboBox<Choice<org.cutri.answer.AnswerResult>> resultBox;
    @FXML private TextArea answerTextArea;
    @FXML private TextField redirectField;
    @FXML private Button forwardButton;
    @FXML private Button startButton;
    @FXML private Button answerButton;
    @FXML private Button redirectButton;
    @FXML private Button reopenButton;
    @FXML private Label errorLabel;

    public ProvinceAnswersView(ProvinceAnswersViewModel viewModel, Messages messages) {
        this(viewModel, messages, null);
    }

    /** With {@code importer} null the screen has no import button. */
    public ProvinceAnswersView(ProvinceAnswersViewModel viewModel, Messages messages, ImportOpener importer) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.importer = importer;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        bind(setBox, viewModel.sets(), viewModel.setProperty());
        bind(communeBox, viewModel.communes(), viewModel.communeProperty());
        bind(authorityBox, viewModel.authorities(), viewModel.authorityProperty());
        bind(statusBox, viewModel.statuses(), viewModel.statusProperty());
        bind(resultBox, viewModel.results(), viewModel.resultProperty());
        searchField.textProperty().bindBidirectional(viewModel.queryProperty());
        overdueBox.selectedProperty().bindBidirectional(viewModel.overdueOnlyProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        importButton.setVisible(importer != null);
        importButton.setManaged(importer != null);
        importButton.disableProperty().bind(viewModel.workingProperty().or(viewModel.loadingProperty()));
        searchField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
                event.consume();
            }
        });

        table.setItems(viewModel.issues());
        table.setPlaceholder(Placeholders.of(viewModel.loadingProperty(), viewModel.emptyTextProperty(), messages));
        text(codeColumn, ProvinceAnswerIssue::code);
        text(communeColumn, viewModel::placesText);
        text(contentColumn, ProvinceAnswerIssue::content);
        text(authorityColumn, viewModel::authorityText);
        text(statusColumn, viewModel::statusText);
        text(dueColumn, viewModel::dueText);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ProvinceAnswerIssue item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(OVERDUE);
                if (!empty && item != null && viewModel.overdue(item)) {
                    getStyleClass().add(OVERDUE);
                }
            }
        });
        // A row chosen by the user; the list emptied or refiltered is the view-model's own business (it keeps or drops
        // the chosen issue itself).
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.select(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> showChosen());
        // The list filtered again or an issue replaced after a change: the chosen issue stays chosen in the table.
        viewModel.issues().addListener((javafx.collections.ListChangeListener<ProvinceAnswerIssue>) change -> showChosen());

        detailTitle.textProperty().bind(viewModel.detailTitleProperty());
        detailPlaces.textProperty().bind(viewModel.detailPlacesProperty());
        detailState.textProperty().bind(viewModel.detailStateProperty());
        forwardAgencyField.textProperty().bindBidirectional(viewModel.forwardAgencyProperty());
        forwardLetterField.textProperty().bindBidirectional(viewModel.forwardLetterNoProperty());
        DateFields.bind(forwardDatePicker, viewModel.forwardDateProperty());
        answerAgencyField.textProperty().bindBidirectional(viewModel.answerAgencyProperty());
        answerLetterField.textProperty().bindBidirectional(viewModel.answerLetterNoProperty());
        DateFields.bind(answerDatePicker, viewModel.answerDateProperty());
        answerTextArea.textProperty().bindBidirectional(viewModel.answerTextProperty());
        redirectField.textProperty().bindBidirectional(viewModel.redirectedToProperty());
        var cannot = Bindings.or(viewModel.selectedProperty().isNull(), viewModel.workingProperty());
        for (Button button : java.util.List.of(forwardButton, startButton, answerButton, redirectButton, reopenButton)) {
            button.disableProperty().bind(cannot);
        }
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
    }

    private void showChosen() {
        ProvinceAnswerIssue chosen = viewModel.selectedProperty().get();
        if (chosen != null && table.getSelectionModel().getSelectedItem() != chosen
                && viewModel.issues().contains(chosen)) {
            table.getSelectionModel().select(chosen);
        }
    }

    @FXML
    private void importAnswers() {
        if (importer != null) {
            importer.open(root.getScene().getWindow(), viewModel::refresh);
        }
    }

    @FXML
    private void forward() {
        viewModel.forward();
    }

    @FXML
    private void startWork() {
        viewModel.startWork();
    }

    @FXML
    private void answer() {
        viewModel.answer();
    }

    @FXML
    private void notCompetent() {
        viewModel.notCompetent();
    }

    @FXML
    private void reopen() {
        viewModel.reopen();
    }

    @FXML
    private void clearFilters() {
        searchField.clear();
        viewModel.communeProperty().set(viewModel.communes().get(0));
        viewModel.authorityProperty().set(viewModel.authorities().get(0));
        viewModel.statusProperty().set(viewModel.statuses().get(0));
        viewModel.overdueOnlyProperty().set(false);
        searchField.requestFocus();
    }

    private static void text(TableColumn<ProvinceAnswerIssue, String> column,
            Function<ProvinceAnswerIssue, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
    }

    private static <T> void bind(SearchableComboBox<Choice<T>> box, ObservableList<Choice<T>> items,
            ObjectProperty<Choice<T>> value) {
        box.setItems(items);
        box.setConverter(Converters.labels(Choice::label));
        box.valueProperty().bindBidirectional(value);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public ReadOnlyStringProperty status() {
        return viewModel.statusTextProperty();
    }

    @Override
    public void activate() {
        viewModel.refresh();
        Platform.runLater(searchField::requestFocus);
    }
}
