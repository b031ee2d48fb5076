package org.cutri.report;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.cutri.common.i18n.Messages;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.task.TaskTracker;
import org.cutri.common.ui.CountAxes;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.NamesChoice;
import org.cutri.common.ui.Keys;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.common.ui.Views;
import org.cutri.common.ui.TaskProgress;
import org.cutri.document.DocumentPreview;

/**
 * The report screen (Báo cáo tổng hợp): choose the round; let the program suggest same-issue groups;
 * accept, split, trim, word or delete them; see the chart by field and authority; preview, print and save
 * the report as Word, Excel or PDF.
 */
public class ReportView implements Screen {

    /**
     * Where the user saves a file: the system's "Save" chooser in the program, a prepared path in the window
     * tests (the system's chooser cannot be driven there).
     */
    @FunctionalInterface
    public interface SaveTarget {
        /** The file chosen, or empty when the user cancelled. */
        Optional<Path> choose(Window owner, String initialName, String filterText, String pattern);

        /** The system's file chooser. */
        SaveTarget SYSTEM = (owner, initialName, filterText, pattern) -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(initialName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterText, pattern));
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }

    private final ReportViewModel viewModel;
    private final SaveTarget saveTarget;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final Parent root;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private boolean rebuildQueued;

    @FXML private SearchableComboBox<ReportViewModel.Option> roundBox;
    @FXML private Button suggestButton;
    @FXML private TaskProgress progressBox;
    @FXML private Label statusLabel;
    @FXML private TreeView<Object> groupTree;
    @FXML private TextArea wordingArea;
    @FXML private Button acceptButton;
    @FXML private Button splitButton;
    @FXML private Button removeButton;
    @FXML private Button wordingButton;
    @FXML private Button deleteButton;
    @FXML private BarChart<String, Number> fieldChart;
    @FXML private BarChart<String, Number> authorityChart;
    @FXML private CheckBox namesBox;
    @FXML private Button previewButton;
    @FXML private Button wordButton;
    @FXML private Button excelButton;
    @FXML private Button pdfButton;

    public ReportView(ReportViewModel viewModel, Messages messages, TaskExecutor executor, Dialogs dialogs) {
        this(viewModel, messages, executor, dialogs, SaveTarget.SYSTEM);
    }

    public ReportView(ReportViewModel viewModel, Messages messages, TaskExecutor executor, Dialogs dialogs,
            SaveTarget saveTarget) {
        this.viewModel = viewModel;
        this.saveTarget = saveTarget;
        this.messages = messages;
        this.executor = executor;
        this.dialogs = dialogs;
        this.root = Views.load(this, messages);
        Keys.on(root, new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN), this::suggest);
        Keys.on(root, new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::preview);
    }

    /** The text of a group node: what it is and its wording. */
    private String groupText(GroupWork.Group group) {
        return messages.get(group.accepted() ? "report.node.accepted" : "report.node.suggested", group.members().size(),
                group.wording());
    }

    @FXML
    private void initialize() {
        roundBox.setItems(viewModel.options());
        roundBox.valueProperty().bindBidirectional(viewModel.optionProperty());
        TaskTracker longWork = viewModel.longWork();
        progressBox.follow(longWork, viewModel::cancelLongWork);
        progressBox.showWhileBusy(viewModel.busyProperty(), longWork);
        // one long task at a time: the stop button and the bar follow it
        suggestButton.disableProperty().bind(longWork.runningProperty().or(roundBox.valueProperty().isNull()));
        statusLabel.textProperty().bind(viewModel.statusProperty());
        status.bind(viewModel.statusProperty());

        groupTree.setRoot(new TreeItem<>("root"));
        groupTree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        groupTree.setCellFactory(tree -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("report-group");
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof GroupWork.Group group) {
                    setText(groupText(group));
                    getStyleClass().add("report-group");
                } else {
                    setText(item.toString());
                }
            }
        });
        viewModel.groups().addListener((ListChangeListener<GroupWork.Group>) c -> scheduleRebuild());
        viewModel.alone().addListener((ListChangeListener<GroupWork.Member>) c -> scheduleRebuild());
        groupTree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            GroupWork.Group group = groupOf(now);
            wordingArea.setText(group == null ? "" : group.wording());
        });
        groupTree.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                accept();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE) {
                removeMember();
                event.consume();
            }
        });

        viewModel.byField().addListener((ListChangeListener<ReportViewModel.Count>) c -> fill(fieldChart,
                viewModel.byField()));
        viewModel.byAuthority().addListener((ListChangeListener<ReportViewModel.Count>) c -> fill(authorityChart,
                viewModel.byAuthority()));

        NamesChoice.bind(namesBox, viewModel.withNamesProperty(), dialogs, messages.get("report.withNames.confirm.title"),
                messages.get("report.withNames.confirm.text"));
        for (Button b : List.of(acceptButton, splitButton, removeButton, wordingButton, deleteButton)) {
            b.disableProperty().bind(viewModel.busyProperty().or(roundBox.valueProperty().isNull()));
        }
        for (Button b : List.of(previewButton, wordButton, excelButton, pdfButton)) {
            b.disableProperty().bind(viewModel.busyProperty().or(longWork.runningProperty())
                    .or(roundBox.valueProperty().isNull()));
        }
    }

    /** Both lists usually change together: the tree is rebuilt once for both, on the next turn of the FX thread. */
    private void scheduleRebuild() {
        if (!rebuildQueued) {
            rebuildQueued = true;
            Platform.runLater(() -> {
                rebuildQueued = false;
                rebuildTree();
            });
        }
    }

    /**
     * Builds the new nodes apart from the tree and puts them in with one change: the tree then counts its rows
     * once, instead of once per added node (which froze the window for minutes on a round of 25,000 opinions).
     */
    private void rebuildTree() {
        List<TreeItem<Object>> nodes = new ArrayList<>(viewModel.groups().size() + 1);
        for (GroupWork.Group group : viewModel.groups()) {
            TreeItem<Object> node = new TreeItem<>(group);
            node.getChildren().setAll(memberNodes(group.members()));
            node.setExpanded(true);
            nodes.add(node);
        }
        if (!viewModel.alone().isEmpty()) {
            TreeItem<Object> alone = new TreeItem<>(messages.get("report.node.alone", viewModel.alone().size()));
            alone.getChildren().setAll(memberNodes(viewModel.alone()));
            nodes.add(alone);
        }
        groupTree.getRoot().getChildren().setAll(nodes);
    }

    private static List<TreeItem<Object>> memberNodes(List<GroupWork.Member> members) {
        List<TreeItem<Object>> nodes = new ArrayList<>(members.size());
        for (GroupWork.Member member : members) {
            if (member != null) {
                nodes.add(new TreeItem<>(member));
            }
        }
        return nodes;
    }

    private static void fill(BarChart<String, Number> chart, List<ReportViewModel.Count> counts) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (ReportViewModel.Count count : counts) {
            series.getData().add(new XYChart.Data<>(count.label(), count.count()));
        }
        CountAxes.fit((NumberAxis) chart.getYAxis(), counts.stream().mapToInt(ReportViewModel.Count::count).max().orElse(0));
        chart.getData().setAll(List.of(series));
    }

    private static GroupWork.Group groupOf(TreeItem<Object> item) {
        if (item == null) {
            return null;
        }
        if (item.getValue() instanceof GroupWork.Group group) {
            return group;
        }
        return item.getParent() != null && item.getParent().getValue() instanceof GroupWork.Group group ? group : null;
    }

    private GroupWork.Group selectedGroup() {
        GroupWork.Group group = groupOf(groupTree.getSelectionModel().getSelectedItem());
        if (group == null) {
            dialogs.showInfo(messages.get("report.title"), messages.get("report.select.group"));
        }
        return group;
    }

    private List<GroupWork.Member> selectedMembers(GroupWork.Group group) {
        return groupTree.getSelectionModel().getSelectedItems().stream()
                .filter(i -> i != null && i.getValue() instanceof GroupWork.Member && groupOf(i) == group)
                .map(i -> (GroupWork.Member) i.getValue()).toList();
    }

    @FXML
    private void suggest() {
        viewModel.suggest();
    }

    @FXML
    private void accept() {
        GroupWork.Group group = selectedGroup();
        if (group != null) {
            List<GroupWork.Member> members = selectedMembers(group);
            viewModel.accept(group, members.size() >= 2 ? members : List.of(), wordingArea.getText());
        }
    }

    @FXML
    private void splitGroup() {
        GroupWork.Group group = selectedGroup();
        if (group == null) {
            return;
        }
        List<GroupWork.Member> members = selectedMembers(group);
        if (members.size() < 2) {
            dialogs.showInfo(messages.get("report.title"), messages.get("report.select.members"));
            return;
        }
        viewModel.split(group, members, wordingArea.getText().isBlank() ? members.get(0).content()
                : wordingArea.getText());
    }

    @FXML
    private void removeMember() {
        TreeItem<Object> item = groupTree.getSelectionModel().getSelectedItem();
        GroupWork.Group group = groupOf(item);
        if (group == null || !(item.getValue() instanceof GroupWork.Member member)) {
            dialogs.showInfo(messages.get("report.title"), messages.get("report.select.member"));
            return;
        }
        viewModel.removeMember(group, member);
    }

    @FXML
    private void editWording() {
        GroupWork.Group group = selectedGroup();
        if (group != null) {
            viewModel.editWording(group, wordingArea.getText());
        }
    }

    @FXML
    private void deleteGroup() {
        GroupWork.Group group = selectedGroup();
        if (group != null) {
            viewModel.delete(group);
        }
    }

    @FXML
    private void preview() {
        viewModel.document(document -> DocumentPreview.show(root.getScene() == null ? null : root.getScene().getWindow(),
                document, viewModel.suggestedFileName("docx").replace(".docx", ""), messages, executor, dialogs));
    }

    @FXML
    private void saveWord() {
        save("docx", "Word (*.docx)");
    }

    @FXML
    private void saveExcel() {
        save("xlsx", "Excel (*.xlsx)");
    }

    @FXML
    private void savePdf() {
        save("pdf", "PDF (*.pdf)");
    }

    private void save(String extension, String filter) {
        Optional<Path> chosen = saveTarget.choose(root.getScene() == null ? null : root.getScene().getWindow(),
                viewModel.suggestedFileName(extension), filter, "*." + extension);
        if (chosen.isPresent()) {
            Path target = chosen.get();
            if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)) {
                target = target.resolveSibling(target.getFileName() + "." + extension);
            }
            viewModel.save(target);
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    @Override
    public void activate() {
        viewModel.load();
        roundBox.requestFocus();
    }
}
