package org.cutri.assignment;

import java.util.EnumMap;
import java.util.Map;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.Placeholders;
import org.cutri.common.ui.Views;
import org.cutri.council.CouncilLevel;
import org.cutri.deputy.Deputy;

/**
 * The assignment screen (Phân công tiếp xúc): one row per hamlet, one check column per deputy, grouped
 * by level. Space toggles the focused cell; a click on a check toggles it. Thin: the view-model stores.
 */
public class AssignmentView implements Screen {

    private static final java.util.List<String> STATE_CLASSES = java.util.Arrays.stream(AssignmentState.values())
            .map(AssignmentView::styleClass).toList();

    private final AssignmentViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private TextField filterField;
    @FXML private Button proposalButton;
    @FXML private TableView<AssignmentRow> table;
    @FXML private Label summaryLabel;
    @FXML private Label warningLabel;

    public AssignmentView(AssignmentViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        table.setItems(viewModel.filteredRows());
        table.setPlaceholder(Placeholders.of(viewModel.loadingProperty(), "assignment.list.empty", messages));
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.SPACE && !event.isShortcutDown()) {
                toggleFocusedCell();
                event.consume();
            }
        });
        viewModel.deputies().addListener((ListChangeListener<Deputy>) change -> buildColumns());
        buildColumns();
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        warningLabel.textProperty().bind(viewModel.warningProperty());
        warningLabel.visibleProperty().bind(viewModel.warningProperty().isNotEmpty());
        warningLabel.managedProperty().bind(warningLabel.visibleProperty());
        proposalButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.hasTermProperty().not()));
    }

    private void buildColumns() {
        TableColumn<AssignmentRow, String> hamletColumn = new TableColumn<>(messages.get("assignment.column.hamlet"));
        hamletColumn.setId("hamletColumn");
        hamletColumn.setPrefWidth(170);
        hamletColumn.setSortable(false);
        hamletColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().hamlet().name()));
        TableColumn<AssignmentRow, Integer> countColumn = new TableColumn<>(messages.get("assignment.column.count"));
        countColumn.setId("countColumn");
        countColumn.setPrefWidth(70);
        countColumn.setSortable(false);
        countColumn.setCellValueFactory(c -> c.getValue().deputyCountProperty().asObject());
        countColumn.setCellFactory(column -> new CountCell());
        table.getColumns().setAll(hamletColumn, countColumn);

        Map<CouncilLevel, TableColumn<AssignmentRow, ?>> groups = new EnumMap<>(CouncilLevel.class);
        for (Deputy deputy : viewModel.deputies()) {
            TableColumn<AssignmentRow, ?> group = groups.computeIfAbsent(deputy.level(), level -> {
                TableColumn<AssignmentRow, Void> created = new TableColumn<>(messages.label(level));
                created.setSortable(false);
                table.getColumns().add(created);
                return created;
            });
            group.getColumns().add(deputyColumn(deputy));
        }
    }

    private TableColumn<AssignmentRow, Boolean> deputyColumn(Deputy deputy) {
        TableColumn<AssignmentRow, Boolean> column = new TableColumn<>();
        // The given name on a line of its own keeps the columns narrow without cutting any name.
        Label header = new Label(nameLines(deputy.fullName()) + (deputy.constituencyNumber() == null ? ""
                : "\n" + messages.get("assignment.column.constituency", deputy.constituencyNumber())));
        header.setTooltip(new Tooltip(deputy.fullName()
                + (deputy.position() == null ? "" : "\n" + deputy.position())));
        column.setGraphic(header);
        column.setUserData(deputy);
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(96);
        column.setCellValueFactory(c -> c.getValue().assignedProperty(deputy.id()));
        column.setCellFactory(c -> new AssignmentCell(deputy));
        return column;
    }

    /** "Hoàng Đức\nAnh": a Vietnamese full name over two lines, the given name last. */
    static String nameLines(String fullName) {
        String name = fullName.strip();
        int last = name.lastIndexOf(' ');
        return last < 0 ? name : name.substring(0, last) + "\n" + name.substring(last + 1);
    }

    /** "assignment-proposed-missing" for PROPOSED_MISSING: the CSS class of a cell state. */
    static String styleClass(AssignmentState state) {
        return "assignment-" + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private void toggleFocusedCell() {
        TablePosition<AssignmentRow, ?> focused = table.getFocusModel().getFocusedCell();
        if (focused == null || focused.getRow() < 0 || focused.getTableColumn() == null
                || !(focused.getTableColumn().getUserData() instanceof Deputy deputy)) {
            return;
        }
        viewModel.toggle(table.getItems().get(focused.getRow()), deputy);
    }

    /** A check box coloured by how the link compares with the proposal. */
    private final class AssignmentCell extends TableCell<AssignmentRow, Boolean> {

        private final Deputy deputy;
        private final CheckBox box = new CheckBox();

        AssignmentCell(Deputy deputy) {
            this.deputy = deputy;
            // The table keeps the keyboard focus, so the arrows move between cells and space toggles.
            box.setFocusTraversable(false);
            box.setOnAction(event -> {
                AssignmentRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    table.getSelectionModel().clearAndSelect(getIndex(), getTableColumn());
                    table.getFocusModel().focus(getIndex(), getTableColumn());
                    viewModel.toggle(row, deputy);
                }
            });
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            getStyleClass().add("assignment-cell");
        }

        @Override
        protected void updateItem(Boolean assigned, boolean empty) {
            super.updateItem(assigned, empty);
            getStyleClass().removeAll(STATE_CLASSES);
            AssignmentRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || assigned == null || row == null) {
                setGraphic(null);
                setTooltip(null);
                box.setId(null);
                return;
            }
            AssignmentState state = AssignmentState.of(assigned, row.isProposed(deputy.id()));
            box.setSelected(assigned);
            box.setId("cell-" + row.hamlet().id() + "-" + deputy.id());
            getStyleClass().add(styleClass(state));
            setTooltip(new Tooltip(messages.get("assignment.state." + state.name().toLowerCase(java.util.Locale.ROOT),
                    deputy.fullName(), row.hamlet().name())));
            setGraphic(box);
        }
    }

    /** The number of deputies, marked when a hamlet has none. */
    private static final class CountCell extends TableCell<AssignmentRow, Integer> {
        @Override
        protected void updateItem(Integer count, boolean empty) {
            super.updateItem(count, empty);
            getStyleClass().remove("assignment-count-none");
            if (empty || count == null) {
                setText(null);
                return;
            }
            setText(count == 0 ? "0 ⚠" : String.valueOf(count));
            if (count == 0) {
                getStyleClass().add("assignment-count-none");
            }
        }
    }

    @FXML
    private void applyProposal() {
        viewModel.applyProposal();
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
