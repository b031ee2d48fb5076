package org.cutri.province;

import java.util.Locale;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.cutri.common.i18n.Messages;
import org.cutri.common.text.DateText;
import org.cutri.common.ui.CountAxes;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.Placeholders;
import org.cutri.common.ui.Converters;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.common.ui.Views;
import org.cutri.opinion.Choice;

/**
 * The province's consolidated screen (Tổng hợp các xã): every commune's opinions with filters and search,
 * counts by commune, field and authority with a chart, and the same-issue groups: those the communes sent and
 * those the province makes across communes.
 */
public class ProvinceSummaryView implements Screen {

    /** The chart shows the fields with most opinions; the table lists all. */
    private static final int CHART_BARS = 12;

    private final ProvinceSummaryViewModel viewModel;
    private final ProvinceGroupsViewModel groups;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Parent root;

    @FXML private TextField searchField;
    @FXML private Label summaryLabel;
    @FXML private Label groupSummaryLabel;
    @FXML private TabPane tabs;
    @FXML private Tab groupsTab;
    @FXML private SearchableComboBox<Choice<String>> communeBox;
    @FXML private SearchableComboBox<Choice<Integer>> roundBox;
    @FXML private SearchableComboBox<Choice<String>> hamletBox;
    @FXML private SearchableComboBox<Choice<Integer>> fieldBox;
    @FXML private SearchableComboBox<Choice<org.cutri.opinion.Authority>> authorityBox;
    @FXML private SearchableComboBox<Choice<org.cutri.opinion.OpinionKind>> kindBox;
    @FXML private SearchableComboBox<Choice<org.cutri.opinion.OpinionStatus>> statusBox;
    @FXML private SearchableComboBox<Choice<Boolean>> approvedBox;
    @FXML private TableView<ConsolidatedOpinion> table;
    @FXML private TableColumn<ConsolidatedOpinion, String> communeColumn;
    @FXML private TableColumn<ConsolidatedOpinion, String> hamletColumn;
    @FXML private TableColumn<ConsolidatedOpinion, String> dateColumn;
    @FXML private TableColumn<ConsolidatedOpinion, String> contentColumn;
    @FXML private TableColumn<ConsolidatedOpinion, String> fieldColumn;
    @FXML private TableColumn<ConsolidatedOpinion, String> authorityColumn;
    @FXML private TableColumn<ConsolidatedOpinion, String> statusColumn;
    @FXML private TableColumn<ConsolidatedOpinion, String> groupColumn;
    @FXML private TableView<ProvinceGroupRow> groupTable;
    @FXML private TableColumn<ProvinceGroupRow, String> groupKindColumn;
    @FXML private TableColumn<ProvinceGroupRow, String> groupCommunesColumn;
    @FXML private TableColumn<ProvinceGroupRow, String> groupCountColumn;
    @FXML private TableColumn<ProvinceGroupRow, String> groupWordingColumn;
    @FXML private ListView<ConsolidatedOpinion> memberList;
    @FXML private TextField wordingField;
    @FXML private Button mergeButton;
    @FXML private Button renameButton;
    @FXML private Button deleteGroupButton;
    @FXML private Label selectionLabel;
    @FXML private TableView<CountRow> communeCounts;
    @FXML private TableView<CountRow> fieldCounts;
    @FXML private TableView<CountRow> authorityCounts;
    @FXML private BarChart<String, Number> fieldChart;

    public ProvinceSummaryView(ProvinceSummaryViewModel viewModel, Messages messages, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.groups = viewModel.groups();
        this.messages = messages;
        this.dialogs = dialogs;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.queryProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        bind(communeBox, viewModel.communes(), viewModel.communeProperty());
        bind(roundBox, viewModel.rounds(), viewModel.roundProperty());
        bind(hamletBox, viewModel.hamlets(), viewModel.hamletProperty());
        bind(fieldBox, viewModel.fields(), viewModel.fieldProperty());
        bind(authorityBox, viewModel.authorities(), viewModel.authorityProperty());
        bind(kindBox, viewModel.kinds(), viewModel.kindProperty());
        bind(statusBox, viewModel.statuses(), viewModel.statusProperty());
        bind(approvedBox, viewModel.approvals(), viewModel.approvedProperty());

        table.setItems(viewModel.results());
        table.setPlaceholder(Placeholders.text(messages.get("province.empty")));
        text(communeColumn, ConsolidatedOpinion::communeName);
        text(hamletColumn, ConsolidatedOpinion::hamletName);
        text(dateColumn, o -> DateText.format(o.meetingDate()));
        text(contentColumn, o -> o.approved() ? o.content() : messages.get("province.notApproved.prefix") + o.content());
        text(fieldColumn, ConsolidatedOpinion::fieldName);
        text(authorityColumn, viewModel::authorityText);
        text(statusColumn, viewModel::statusText);
        text(groupColumn, groups::groupOf);
        for (TableColumn<ConsolidatedOpinion, ?> column : table.getColumns()) {
            column.setSortable(false);
        }
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Bindings.bindContent(groups.selectedOpinions(), table.getSelectionModel().getSelectedItems());
        initializeGroups();
        counts(communeCounts, "province.counts.commune", viewModel.byCommune());
        counts(fieldCounts, "province.counts.field", viewModel.byField());
        counts(authorityCounts, "province.counts.authority", viewModel.byAuthority());
        viewModel.byField().addListener((ListChangeListener<CountRow>) change -> updateChart());

        searchField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
                event.consume();
            }
        });
    }

    private void initializeGroups() {
        groupSummaryLabel.textProperty().bind(groups.summaryProperty());
        groupTable.setItems(groups.rows());
        groupTable.setPlaceholder(new Label(messages.get("province.groups.empty")));
        groupTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Bindings.bindContent(groups.selectedGroups(), groupTable.getSelectionModel().getSelectedItems());
        groupText(groupKindColumn, r -> messages.get(r.madeAtProvince() ? "province.groups.kind.province"
                : "province.groups.kind.received"));
        groupText(groupCommunesColumn, ProvinceGroupRow::communes);
        groupText(groupCountColumn, r -> String.valueOf(r.opinions().size()));
        groupText(groupWordingColumn, ProvinceGroupRow::wording);
        groupCountColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
        memberList.setItems(groups.members());
        memberList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ConsolidatedOpinion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.communeName()
                        + (item.hamletName() == null ? "" : ", " + item.hamletName()) + " · " + item.content());
            }
        });
        // The group column of the opinions follows the groups as they are stored.
        groups.rows().addListener((ListChangeListener<ProvinceGroupRow>) change -> table.refresh());
        groups.chosenKeyProperty().addListener((obs, old, key) -> choose(key));

        wordingField.textProperty().bindBidirectional(groups.wordingProperty());
        wordingField.setOnAction(event -> {
            if (groups.canMergeProperty().get()) {
                groups.merge();
            } else {
                groups.rename();
            }
        });
        mergeButton.disableProperty().bind(groups.canMergeProperty().not());
        renameButton.disableProperty().bind(groups.canRenameProperty().not());
        deleteGroupButton.disableProperty().bind(groups.canDeleteProperty().not());
        selectionLabel.textProperty().bind(groups.selectionProperty());
        groupTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && groups.canDeleteProperty().get()) {
                deleteGroups();
                event.consume();
            }
        });
    }

    /** Shows the group just made or reworded, chosen, in the groups tab. */
    private void choose(String key) {
        if (key == null) {
            return;
        }
        for (ProvinceGroupRow row : groupTable.getItems()) {
            if (row.key().equals(key)) {
                table.getSelectionModel().clearSelection();
                tabs.getSelectionModel().select(groupsTab);
                groupTable.getSelectionModel().clearSelection();
                groupTable.getSelectionModel().select(row);
                groupTable.scrollTo(row);
                return;
            }
        }
    }

    private static void groupText(TableColumn<ProvinceGroupRow, String> column, Function<ProvinceGroupRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
    }

    @FXML
    private void merge() {
        groups.merge();
    }

    @FXML
    private void rename() {
        groups.rename();
    }

    @FXML
    private void deleteGroups() {
        if (dialogs.confirmDelete(messages.get("province.groups.delete.confirm.title"),
                messages.get("province.groups.delete.confirm", groups.deletable()))) {
            groups.delete();
        }
    }

    private void counts(TableView<CountRow> view, String titleKey, ObservableList<CountRow> rows) {
        view.setItems(rows);
        view.setPlaceholder(Placeholders.text(messages.get("province.empty")));
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<CountRow, String> label = new TableColumn<>(messages.get(titleKey));
        label.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        label.setPrefWidth(200);
        TableColumn<CountRow, Integer> count = new TableColumn<>(messages.get("province.counts.count"));
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        count.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<CountRow, Integer> approved = new TableColumn<>(messages.get("province.counts.approved"));
        approved.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().approved()));
        approved.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<CountRow, String> share = new TableColumn<>(messages.get("province.counts.share"));
        share.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                String.format(Locale.ROOT, "%.1f%%", c.getValue().share()).replace('.', ',')));
        share.setStyle("-fx-alignment: CENTER-RIGHT;");
        for (TableColumn<CountRow, ?> column : java.util.List.of(count, approved, share)) {
            column.setMinWidth(70);
            column.setMaxWidth(90);
        }
        view.getColumns().setAll(java.util.List.of(label, count, approved, share));
    }

    private void updateChart() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        viewModel.byField().stream().limit(CHART_BARS)
                .forEach(row -> series.getData().add(new XYChart.Data<>(row.label(), row.count())));
        CountAxes.fit((NumberAxis) fieldChart.getYAxis(),
                viewModel.byField().stream().mapToInt(CountRow::count).max().orElse(0));
        fieldChart.getData().setAll(java.util.List.of(series));
    }

    private static void text(TableColumn<ConsolidatedOpinion, String> column,
            Function<ConsolidatedOpinion, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private static <T> void bind(SearchableComboBox<Choice<T>> box, ObservableList<Choice<T>> items,
            ObjectProperty<Choice<T>> value) {
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
