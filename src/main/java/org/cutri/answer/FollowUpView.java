package org.cutri.answer;

import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;

import org.cutri.common.i18n.Messages;
import org.cutri.common.text.DateText;
import org.cutri.common.ui.Converters;
import org.cutri.common.ui.Placeholders;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.common.ui.Views;
import org.cutri.opinion.Authority;
import org.cutri.opinion.Choice;
import org.cutri.opinion.OpinionStatus;
import org.cutri.round.ContactRound;

/**
 * The follow-up screen (Trả lời ý kiến cử tri): the round's issues and those carried over into it, overdue items in
 * amber with how many days late; below, the chosen issue's opinions and the forms that record its forwarding, answer,
 * assessment or redirection. The dialog "Thời hạn trả lời…" edits the deadline rules.
 */
public class FollowUpView implements Screen {

    /** The style class of an overdue row's due cell ("Quá hạn N ngày"). */
    static final String OVERDUE_CELL = "followup-overdue-cell";
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass CARRIED = PseudoClass.getPseudoClass("carried");

    private final FollowUpViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private SearchableComboBox<ContactRound> roundBox;
    @FXML private ToggleButton allOverdueButton;
    @FXML private TextField searchField;
    @FXML private SearchableComboBox<Choice<OpinionStatus>> statusBox;
    @FXML private SearchableComboBox<Choice<Authority>> authorityBox;
    @FXML private CheckBox overdueOnlyBox;
    @FXML private Label summaryLabel;
    @FXML private TableView<FollowUpIssue> table;
    @FXML private TableColumn<FollowUpIssue, String> codeColumn;
    @FXML private TableColumn<FollowUpIssue, String> contentColumn;
    @FXML private TableColumn<FollowUpIssue, String> hamletColumn;
    @FXML private TableColumn<FollowUpIssue, String> agencyColumn;
    @FXML private TableColumn<FollowUpIssue, String> statusColumn;
    @FXML private TableColumn<FollowUpIssue, String> dueColumn;
    @FXML private TableColumn<FollowUpIssue, String> answeredColumn;
    @FXML private TableColumn<FollowUpIssue, String> assessmentColumn;
    @FXML private SplitPane detailPane;
    @FXML private Label detailTitle;
    @FXML private Label detailState;
    @FXML private ListView<IssueOpinion> opinionList;
    @FXML private TextField forwardAgencyField;
    @FXML private TextField forwardLetterField;
    @FXML private TextField forwardDateField;
    @FXML private Label forwardDueLabel;
    @FXML private Button forwardButton;
    @FXML private Button workingButton;
    @FXML private Label forwardMessage;
    @FXML private TextField answerAgencyField;
    @FXML private TextField answerLetterField;
    @FXML private TextField answerDateField;
    @FXML private SearchableComboBox<Choice<AnswerResult>> resultBox;
    @FXML private TextArea answerArea;
    @FXML private Button answerButton;
    @FXML private Label answerMessage;
    @FXML private SearchableComboBox<Choice<Assessment>> assessmentBox;
    @FXML private TextField assessmentNoteField;
    @FXML private Label answerShown;
    @FXML private Button assessButton;
    @FXML private Label assessMessage;
    @FXML private TextField redirectField;
    @FXML private Button redirectButton;
    @FXML private Button reopenButton;
    @FXML private Button importButton;
    private final ImportOpener importer;
    @FXML private Label otherMessage;

    /** Opens the import of an agency's list of answers for a round; {@code afterImport} refreshes this screen. */
    @FunctionalInterface
    public interface ImportOpener {
        void open(javafx.stage.Window owner, int roundId, Runnable afterImport);
    }

    public FollowUpView(FollowUpViewModel viewModel, Messages messages) {
        this(viewModel, messages, null);
    }

    /** With {@code importer} null the screen has no import button. */
    public FollowUpView(FollowUpViewModel viewModel, Messages messages, ImportOpener importer) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.importer = importer;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        roundBox.setItems(viewModel.rounds());
        roundBox.setConverter(Converters.labels(ContactRound::name));
        roundBox.valueProperty().bindBidirectional(viewModel.roundProperty());
        roundBox.disableProperty().bind(viewModel.allOverdueProperty());
        importButton.setVisible(importer != null);
        importButton.setManaged(importer != null);
        importButton.disableProperty().bind(viewModel.roundProperty().isNull().or(viewModel.allOverdueProperty()));
        allOverdueButton.selectedProperty().bindBidirectional(viewModel.allOverdueProperty());
        searchField.textProperty().bindBidirectional(viewModel.queryProperty());
        choices(statusBox, viewModel.statuses(), viewModel.statusProperty());
        choices(authorityBox, viewModel.authorities(), viewModel.authorityProperty());
        overdueOnlyBox.selectedProperty().bindBidirectional(viewModel.overdueOnlyProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());

        table.setItems(viewModel.rows());
        table.setPlaceholder(Placeholders.of(viewModel.loadingProperty(), Bindings.createStringBinding(
                () -> messages.get(viewModel.allOverdueProperty().get() ? "answer.screen.empty.overdue"
                        : "answer.screen.empty"), viewModel.allOverdueProperty()), messages));
        column(codeColumn, FollowUpIssue::code);
        column(contentColumn, issue -> issue.raisedTimes() > 1 ? "(" + raised(issue) + ") " + issue.content()
                : issue.content());
        column(hamletColumn, issue -> String.join(", ", issue.hamlets()));
        column(agencyColumn, this::agency);
        column(statusColumn, this::status);
        column(dueColumn, this::due);
        column(answeredColumn, issue -> DateText.format(issue.followUp().answerDate()));
        column(assessmentColumn, this::assessment);
        dueColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                FollowUpIssue issue = empty || getTableRow() == null ? null : getTableRow().getItem();
                boolean overdue = issue != null && viewModel.daysLate(issue) > 0;
                getStyleClass().remove(OVERDUE_CELL);
                if (overdue) {
                    getStyleClass().add(OVERDUE_CELL);
                }
            }
        });
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FollowUpIssue issue, boolean empty) {
                super.updateItem(issue, empty);
                pseudoClassStateChanged(OVERDUE, !empty && issue != null && viewModel.daysLate(issue) > 0);
                pseudoClassStateChanged(CARRIED, !empty && issue != null && issue.carriedOver());
            }
        });
        // The content takes the room the other columns leave; the table scrolls sideways when there is none.
        contentColumn.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(240, table.getWidth() - 20
                - table.getColumns().stream().filter(c -> c != contentColumn).mapToDouble(TableColumn::getWidth).sum()),
                table.widthProperty()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.select(now));
        // A list filtered or a row saved again keeps the issue chosen.
        viewModel.rows().addListener((javafx.collections.ListChangeListener<FollowUpIssue>) c -> {
            FollowUpIssue chosen = viewModel.selectedProperty().get();
            if (chosen != null && table.getSelectionModel().getSelectedItem() != chosen) {
                table.getSelectionModel().select(chosen);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            } else if (now == null) {
                table.getSelectionModel().clearSelection();
            }
            showDetail(now);
        });

        detailPane.disableProperty().bind(viewModel.selectedProperty().isNull());
        opinionList.setItems(viewModel.opinions());
        opinionList.setPlaceholder(Placeholders.of(viewModel.opinionsLoadingProperty(), Bindings.createStringBinding(
                () -> viewModel.selectedProperty().get() == null ? "" : messages.get("answer.screen.opinions.none"),
                viewModel.selectedProperty()), messages));
        opinionList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(IssueOpinion opinion, boolean empty) {
                super.updateItem(opinion, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || opinion == null ? null : messages.get("answer.screen.opinion", opinion.code(),
                        opinion.hamletName() == null ? "" : opinion.hamletName(), opinion.content()));
            }
        });

        forwardAgencyField.textProperty().bindBidirectional(viewModel.forwardAgencyProperty());
        forwardLetterField.textProperty().bindBidirectional(viewModel.forwardLetterProperty());
        forwardDateField.textProperty().bindBidirectional(viewModel.forwardDateProperty());
        forwardDueLabel.textProperty().bind(viewModel.forwardDueProperty());
        message(forwardMessage, viewModel.forwardMessageProperty());
        answerAgencyField.textProperty().bindBidirectional(viewModel.answerAgencyProperty());
        answerLetterField.textProperty().bindBidirectional(viewModel.answerLetterProperty());
        answerDateField.textProperty().bindBidirectional(viewModel.answerDateProperty());
        answerArea.textProperty().bindBidirectional(viewModel.answerTextProperty());
        choices(resultBox, viewModel.results(), viewModel.answerResultProperty());
        message(answerMessage, viewModel.answerMessageProperty());
        choices(assessmentBox, viewModel.assessments(), viewModel.assessmentProperty());
        assessmentNoteField.textProperty().bindBidirectional(viewModel.assessmentNoteProperty());
        message(assessMessage, viewModel.assessMessageProperty());
        redirectField.textProperty().bindBidirectional(viewModel.redirectedToProperty());
        message(otherMessage, viewModel.otherMessageProperty());
        for (Button button : new Button[] {forwardButton, workingButton, answerButton, assessButton, redirectButton,
                reopenButton}) {
            button.disableProperty().bind(viewModel.busyProperty());
        }
        showDetail(null);
    }

    private static void message(Label label, ReadOnlyStringProperty text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static <T> void choices(SearchableComboBox<Choice<T>> box, javafx.collections.ObservableList<Choice<T>> items,
            javafx.beans.property.ObjectProperty<Choice<T>> value) {
        box.setItems(items);
        box.setConverter(Converters.labels(Choice::label));
        box.valueProperty().bindBidirectional(value);
    }

    private static void column(TableColumn<FollowUpIssue, String> column, Function<FollowUpIssue, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setSortable(false);
    }

    private String agency(FollowUpIssue issue) {
        FollowUp f = issue.followUp();
        String level = issue.authority() == null ? "" : messages.label(issue.authority());
        String body = f.status() == OpinionStatus.NOT_COMPETENT && f.redirectedTo() != null ? "→ " + f.redirectedTo()
                : f.forwardAgency() != null ? f.forwardAgency() : issue.authorityBody();
        return body == null ? level : level.isEmpty() ? body : level + " · " + body;
    }

    /** The Front's assessment; without it, the voters' reaction when the answer was read back, marked as theirs. */
    private String assessment(FollowUpIssue issue) {
        Assessment front = issue.followUp().assessment();
        if (front != null) {
            return messages.label(front);
        }
        return issue.reaction() == null ? "" : messages.get("answer.screen.assessment.voters",
                messages.label(issue.reaction()));
    }

    private String status(FollowUpIssue issue) {
        String label = messages.label(issue.shownStatus());
        return issue.carriedOver() ? messages.get("answer.screen.carried", label,
                DateText.format(issue.raisedOn()).substring(3)) : label;
    }

    private String due(FollowUpIssue issue) {
        String date = DateText.format(issue.followUp().dueDate());
        long late = viewModel.daysLate(issue);
        return late > 0 ? messages.get("answer.screen.overdue", date, late) : date;
    }

    private String raised(FollowUpIssue issue) {
        return issue.raisedTimes() > 1 ? messages.get("answer.screen.raised", issue.raisedTimes(),
                DateText.format(issue.firstRaisedOn())) : "";
    }

    /** The chosen issue's heading, state and answer, or a line asking to choose one. */
    private void showDetail(FollowUpIssue issue) {
        detailState.getStyleClass().remove("overdue");
        if (issue == null) {
            detailTitle.setText(messages.get("answer.screen.choose"));
            detailState.setText("");
            answerShown.setText("");
            return;
        }
        FollowUp f = issue.followUp();
        detailTitle.setText(messages.get("answer.screen.detail.title", issue.code(), status(issue)));
        StringBuilder state = new StringBuilder(messages.get("answer.screen.detail.raised", issue.roundName(),
                DateText.format(issue.raisedOn())));
        if (issue.raisedTimes() > 1) {
            state.append('\n').append(raised(issue));
        }
        if (f.forwarded()) {
            state.append('\n').append(messages.get("answer.screen.detail.forwarded", f.forwardAgency(),
                    f.forwardLetterNo() == null ? "" : f.forwardLetterNo(), DateText.format(f.forwardDate()),
                    DateText.format(f.dueDate())));
        }
        long late = viewModel.daysLate(issue);
        if (late > 0) {
            state.append('\n').append(messages.get("answer.screen.detail.overdue", late));
            detailState.getStyleClass().add("overdue");
        }
        if (f.status() == OpinionStatus.NOT_COMPETENT && f.redirectedTo() != null) {
            state.append('\n').append(messages.get("answer.screen.detail.redirected", f.redirectedTo()));
        }
        detailState.setText(state.toString());
        answerShown.setText(f.answerText() == null ? messages.get("answer.screen.assess.noAnswer")
                : messages.get("answer.screen.assess.answer", f.answerAgency(),
                        f.answerLetterNo() == null ? "" : f.answerLetterNo(), DateText.format(f.answerDate()),
                        f.answerText()));
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
    private void assess() {
        viewModel.assess();
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
    private void importAnswers() {
        ContactRound round = viewModel.roundProperty().get();
        if (importer != null && round != null) {
            importer.open(root.getScene().getWindow(), round.id(), viewModel::refresh);
        }
    }

    @FXML
    private void openRules() {
        boolean changed = new AnswerRulesView(viewModel.rulesEditor(), messages).showAndWait(root.getScene().getWindow(),
                viewModel.today());
        if (changed) {
            viewModel.rulesChanged();
        }
    }

    /** Shows this round's follow-up (a duty of the calendar was opened). */
    public void openRound(int roundId) {
        viewModel.openRound(roundId);
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
