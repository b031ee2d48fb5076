package org.cutri.opinion;

import java.util.function.IntConsumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.cutri.common.i18n.Messages;
import org.cutri.common.text.DateText;
import org.cutri.common.ui.Placeholders;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.Converters;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.common.ui.Views;

/**
 * The all-opinions screen (Ý kiến, kiến nghị): a search box ignoring case and diacritics, filters, and the
 * list; Enter or a double click opens the opinion's meeting in the minutes screen.
 */
public class OpinionListView implements Screen {

    private final OpinionListViewModel viewModel;
    private final Messages messages;
    private final IntConsumer openMeeting;
    private final Parent root;

    @FXML private TextField searchField;
    @FXML private Label summaryLabel;
    @FXML private SearchableComboBox<Choice<Integer>> roundBox;
    @FXML private SearchableComboBox<Choice<String>> hamletBox;
    @FXML private SearchableComboBox<Choice<Integer>> fieldBox;
    @FXML private SearchableComboBox<Choice<Authority>> authorityBox;
    @FXML private SearchableComboBox<Choice<OpinionKind>> kindBox;
    @FXML private SearchableComboBox<Choice<OpinionStatus>> statusBox;
    @FXML private SearchableComboBox<Choice<Boolean>> approvedBox;
    @FXML private TableView<OpinionListItem> table;
    @FXML private TableColumn<OpinionListItem, String> codeColumn;
    @FXML private TableColumn<OpinionListItem, String> hamletColumn;
    @FXML private TableColumn<OpinionListItem, String> dateColumn;
    @FXML private TableColumn<OpinionListItem, String> contentColumn;
    @FXML private TableColumn<OpinionListItem, String> fieldColumn;
    @FXML private TableColumn<OpinionListItem, String> authorityColumn;
    @FXML private TableColumn<OpinionListItem, String> statusColumn;

    /**
     * @param openMeeting shows a meeting in the minutes screen (given the meeting's id)
     */
    public OpinionListView(OpinionListViewModel viewModel, Messages messages, IntConsumer openMeeting) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.openMeeting = openMeeting;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.queryProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        bind(roundBox, viewModel.rounds(), viewModel.roundProperty());
        bind(hamletBox, viewModel.hamlets(), viewModel.hamletProperty());
        bind(fieldBox, viewModel.fields(), viewModel.fieldProperty());
        bind(authorityBox, viewModel.authorities(), viewModel.authorityProperty());
        bind(kindBox, viewModel.kinds(), viewModel.kindProperty());
        bind(statusBox, viewModel.statuses(), viewModel.statusProperty());
        bind(approvedBox, viewModel.approvals(), viewModel.approvedProperty());

        table.setItems(viewModel.results());
        table.setPlaceholder(Placeholders.of(viewModel.loadingProperty(), viewModel.emptyTextProperty(), messages));
        codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
        hamletColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().hamletName()));
        dateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(DateText.format(c.getValue().meetingDate())));
        contentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().approved()
                ? c.getValue().content() : messages.get("opinion.list.notApproved.prefix") + c.getValue().content()));
        fieldColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fieldName()));
        authorityColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(authority(c.getValue())));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().status())));
        for (TableColumn<OpinionListItem, ?> column : table.getColumns()) {
            column.setSortable(false);
        }
        table.setRowFactory(t -> {
            TableRow<OpinionListItem> row = new TableRow<>() {
                @Override
                protected void updateItem(OpinionListItem item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("not-approved"),
                            !empty && item != null && !item.approved());
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    openMeeting.accept(row.getItem().meetingId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });
        searchField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
                table.getFocusModel().focus(0);
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
                openSelected();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
                event.consume();
            }
        });
    }

    private void openSelected() {
        OpinionListItem selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            openMeeting.accept(selected.meetingId());
        }
    }

    private String authority(OpinionListItem item) {
        if (item.authority() == null) {
            return "";
        }
        return item.authority() == Authority.OTHER && item.authorityBody() != null
                ? item.authorityBody() : messages.label(item.authority());
    }

    private static <T> void bind(SearchableComboBox<Choice<T>> box, javafx.collections.ObservableList<Choice<T>> items,
            javafx.beans.property.ObjectProperty<Choice<T>> value) {
        box.setItems(items);
        box.setConverter(Converters.labels(Choice::label));
        box.valueProperty().bindBidirectional(value);
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
        searchField.requestFocus();
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
