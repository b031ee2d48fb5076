package org.cutri.report;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.cutri.common.i18n.Messages;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.task.TaskTracker;
import org.cutri.common.text.DateText;
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
    @FXML private Label noDiacriticsLabel;
    @FXML private TreeView<Object> groupTree;
    @FXML private TextArea wordingArea;
    @FXML private Button acceptButton;
    @FXML private Button splitButton;
    @FXML private Button removeButton;
    @FXML private Button wordingButton;
    @FXML private Button deleteButton;
    @FXML private Label likelyNote;
    @FXML private javafx.scene.control.ListView<GroupWork.Member> likelyList;
    @FXML private Button likelyButton;
    @FXML private VBox likelyGroupsBox;
    @FXML private javafx.scene.control.ListView<GroupWork.Group> likelyGroupList;
    @FXML private Button likelyGroupButton;
    @FXML private BarChart<String, Number> fieldChart;
    @FXML private BarChart<String, Number> authorityChart;
    @FXML private CheckBox namesBox;
    @FXML private Button previewButton;
    @FXML private Button wordButton;
    @FXML private Button excelButton;
    @FXML private Button pdfButton;
    @FXML private Button answersButton;
    @FXML private javafx.scene.layout.HBox issueRow;
    @FXML private Label issueStateLabel;
    @FXML private Button issueReportButton;
    @FXML private Button issueAnswersButton;

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

    /** The text of a group node: what it is, its wording, and for a suggestion why it was made. */
    private String groupText(GroupWork.Group group) {
        String text = messages.get(group.accepted() ? "report.node.accepted" : "report.node.suggested",
                group.members().size(), group.wording());
        if (group.remembered() && !group.accepted()) {
            text += "\n" + messages.get("report.node.remembered");
        }
        return withShared(text, group.shared());
    }

    /** A line of the lists, with what its opinions share on a line of its own ("Chung: …") when that is known. */
    private String withShared(String text, List<String> shared) {
        return text == null || shared.isEmpty() ? text
                : text + "\n" + messages.get("report.node.shared", String.join(", ", shared));
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
        noDiacriticsLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            int count = viewModel.withoutDiacriticsProperty().get();
            return count > 0 ? messages.get("report.noDiacritics.count", count) : "";
        }, viewModel.withoutDiacriticsProperty()));
        noDiacriticsLabel.visibleProperty().bind(noDiacriticsLabel.textProperty().isNotEmpty());
        noDiacriticsLabel.managedProperty().bind(noDiacriticsLabel.visibleProperty());
        status.bind(viewModel.statusProperty());

        groupTree.setRoot(new TreeItem<>("root"));
        groupTree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        groupTree.setCellFactory(tree -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("report-group", "report-no-diacritics", "report-not-voted");
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof GroupWork.Group group) {
                    setText(groupText(group));
                    getStyleClass().add("report-group");
                } else if (item instanceof GroupWork.Member member) {
                    setText(memberText(member));
                    if (ReportViewModel.withoutDiacritics(member)) {
                        getStyleClass().add("report-no-diacritics");
                    }
                    if (!member.voted()) {
                        getStyleClass().add("report-not-voted");
                    }
                } else {
                    setText(item.toString());
                }
            }
        });
        viewModel.groups().addListener((ListChangeListener<GroupWork.Group>) c -> scheduleRebuild());
        viewModel.alone().addListener((ListChangeListener<GroupWork.Member>) c -> scheduleRebuild());
        groupTree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            GroupWork.Group group = groupOf(now);
            GroupWork.Group before = groupOf(old);
            // the same group chosen again after a reading keeps what the secretary is typing
            if (group == null || before == null || !sameGroup(group, before)) {
                wordingArea.setText(group == null ? "" : group.wording());
            }
            // what the suggestion may have missed, beside the chosen group or opinion standing alone (decision 0056)
            viewModel.lookAlike(group != null ? group : now == null ? null : now.getValue());
        });
        likelyNote.textProperty().bind(viewModel.likelyNoteProperty());
        likelyList.setItems(viewModel.likely());
        likelyList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        likelyList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(GroupWork.Member item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("report-no-diacritics");
                setText(empty || item == null ? null : withShared(memberText(item), viewModel.likelyShared(item)));
                setWrapText(true);
                setPrefWidth(0);
                if (!empty && ReportViewModel.withoutDiacritics(item)) {
                    getStyleClass().add("report-no-diacritics");
                }
            }
        });
        likelyList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                addLikely();
                event.consume();
            }
        });
        likelyGroupList.setItems(viewModel.likelyGroups());
        likelyGroupList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(GroupWork.Group item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : withShared(messages.get(item.accepted() ? "report.node.accepted"
                        : "report.node.suggested", item.members().size(), item.wording()),
                        viewModel.likelyGroupShared(item)));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        likelyGroupList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                addToLikelyGroup();
                event.consume();
            }
        });
        likelyGroupsBox.visibleProperty().bind(Bindings.isNotEmpty(viewModel.likelyGroups()));
        likelyGroupsBox.managedProperty().bind(likelyGroupsBox.visibleProperty());
        likelyGroupButton.disableProperty().bind(viewModel.busyProperty()
                .or(likelyGroupList.getSelectionModel().selectedItemProperty().isNull()));
        likelyButton.textProperty().bind(viewModel.likelyActionProperty());
        likelyButton.disableProperty().bind(viewModel.busyProperty()
                .or(Bindings.isEmpty(likelyList.getSelectionModel().getSelectedItems())));
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
        // the read-back report is a commune's, of one of its rounds: not at the province
        answersButton.disableProperty().bind(viewModel.busyProperty().or(longWork.runningProperty())
                .or(Bindings.createBooleanBinding(() -> !viewModel.answerReportOffered(), roundBox.valueProperty())));
        answersButton.managedProperty().bind(viewModel.provinceProperty().not());
        answersButton.visibleProperty().bind(viewModel.provinceProperty().not());
        // "Ban hành": a commune's round's reports take their number only here (decision 0045)
        issueRow.managedProperty().bind(viewModel.provinceProperty().not());
        issueRow.visibleProperty().bind(viewModel.provinceProperty().not());
        issueStateLabel.textProperty().bind(viewModel.issueStateProperty());
        issueReportButton.disableProperty().bind(viewModel.busyProperty().or(longWork.runningProperty())
                .or(viewModel.reportIssuedProperty()));
        issueAnswersButton.disableProperty().bind(viewModel.busyProperty().or(longWork.runningProperty())
                .or(viewModel.answersIssuedProperty()));
        issueAnswersButton.managedProperty().bind(answersButton.managedProperty());
        issueAnswersButton.visibleProperty().bind(answersButton.visibleProperty());
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
        // the opinions standing alone stay open if the secretary opened them (she works through them)
        boolean aloneOpen = groupTree.getRoot().getChildren().stream()
                .anyMatch(i -> i.getValue() instanceof String && i.isExpanded());
        if (!viewModel.alone().isEmpty()) {
            TreeItem<Object> alone = new TreeItem<>(messages.get("report.node.alone", viewModel.alone().size()));
            alone.getChildren().setAll(memberNodes(viewModel.alone()));
            alone.setExpanded(aloneOpen);
            nodes.add(alone);
        }
        TreeItem<Object> selected = groupTree.getSelectionModel().getSelectedItem();
        Object chosen = selected == null ? null : selected.getValue();
        groupTree.getRoot().getChildren().setAll(nodes);
        // the group the likely opinions were just added to is chosen, its next likely ones listed; otherwise (and
        // when the addition was refused) what the secretary chose stays chosen when the round is read again
        String key = viewModel.takeChooseNext();
        Optional<TreeItem<Object>> next = key == null ? Optional.empty() : nodes.stream()
                .filter(n -> n.getValue() instanceof GroupWork.Group g
                        && g.members().stream().anyMatch(m -> m.key().equals(key))).findFirst();
        if (next.isEmpty() && chosen != null) {
            next = findAgain(nodes, chosen);
        }
        next.ifPresent(n -> groupTree.getSelectionModel().clearAndSelect(groupTree.getRow(n)));
    }

    /** The node of the new tree showing what {@code chosen} showed: the same group, opinion or heading. */
    private static Optional<TreeItem<Object>> findAgain(List<TreeItem<Object>> nodes, Object chosen) {
        for (TreeItem<Object> node : nodes) {
            if (chosen instanceof GroupWork.Group group && node.getValue() instanceof GroupWork.Group now
                    && sameGroup(group, now)) {
                return Optional.of(node);
            }
            if (chosen instanceof String && node.getValue() instanceof String) {
                return Optional.of(node);
            }
            if (chosen instanceof GroupWork.Member member) {
                for (TreeItem<Object> child : node.getChildren()) {
                    if (child.getValue() instanceof GroupWork.Member now && now.key().equals(member.key())) {
                        return node.isExpanded() ? Optional.of(child) : Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The same stored group, or a suggestion of the same opinions. */
    private static boolean sameGroup(GroupWork.Group a, GroupWork.Group b) {
        if (a.id() != null || b.id() != null) {
            return java.util.Objects.equals(a.id(), b.id());
        }
        return a.members().stream().map(GroupWork.Member::key).toList()
                .equals(b.members().stream().map(GroupWork.Member::key).toList());
    }

    /** An opinion's line, marked when typed without diacritics or when no vote was recorded for it. */
    private String memberText(GroupWork.Member member) {
        String text = member.voted() ? member.toString() : messages.get("report.node.notVoted", member.toString());
        return ReportViewModel.withoutDiacritics(member) ? messages.get("report.node.noDiacritics", text) : text;
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

    /** Adds the likely opinions chosen to the chosen group, or makes a group of them with the chosen opinion. */
    @FXML
    private void addLikely() {
        viewModel.addLikely(List.copyOf(likelyList.getSelectionModel().getSelectedItems()), wordingArea.getText());
    }

    /** Adds the chosen opinion standing alone to the group chosen in the list of groups it may belong to. */
    @FXML
    private void addToLikelyGroup() {
        viewModel.addToLikelyGroup(likelyGroupList.getSelectionModel().getSelectedItem());
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
        beforeOutput(dated -> viewModel.document(dated, document -> DocumentPreview.show(window(), document,
                viewModel.suggestedFileName("docx").replace(".docx", ""), messages, executor, dialogs,
                viewModel.documentOutput())));
    }

    /** The read-back report of the chosen round, in the preview window (print, save as Word or PDF). */
    @FXML
    private void previewAnswers() {
        viewModel.answerReport((document, fileName) -> DocumentPreview.show(window(), document, fileName, messages,
                executor, dialogs, viewModel.documentOutput()));
    }

    @FXML
    private void issueReport() {
        viewModel.issueReport(false, text -> dialogs.confirm(messages.get("report.issue.title"), text));
    }

    @FXML
    private void issueAnswers() {
        viewModel.issueReport(true, text -> dialogs.confirm(messages.get("report.issue.title"), text));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /**
     * Asks what must be settled before the report is printed or saved, then goes on with the date chosen (null:
     * the usual date): suggested groups not reviewed (review them, or accept all), opinions typed without
     * diacritics, and the date and draft status of a report made before its round is over.
     */
    private void beforeOutput(Consumer<ReportDate> output) {
        viewModel.checkBeforeOutput(check -> {
            if (check.unreviewed() == 0) {
                afterGroups(check, output);
                return;
            }
            int answer = choose("reportUnreviewed", messages.get("report.check.unreviewed", check.unreviewed()),
                    List.of(messages.get("report.check.review"), messages.get("report.check.acceptAll")));
            if (answer == 1) {
                viewModel.acceptAll(() -> afterGroups(check, output));
            } else if (answer == 0) {
                showFirstSuggestion();
            }
        });
    }

    private void afterGroups(ReportViewModel.OutputCheck check, Consumer<ReportDate> output) {
        if (check.withoutDiacritics() > 0 && !dialogs.confirm(messages.get("report.check.title"),
                messages.get("report.check.noDiacritics", check.withoutDiacritics()))) {
            return;
        }
        if (!check.early()) {
            output.accept(null);
            return;
        }
        ReportTiming timing = check.timing();
        String why = timing.meetingsNotHeld() > 0
                ? messages.get("report.check.notHeld", timing.meetingsNotHeld(), timing.meetingsPlanned())
                : messages.get("report.check.notOver", DateText.format(timing.lastDay()));
        List<String> choices = new ArrayList<>();
        choices.add(messages.get("report.check.draft", DateText.format(check.today())));
        if (timing.handIn() != null) {
            choices.add(messages.get("report.check.handIn", DateText.format(timing.handIn())));
        }
        int answer = choose("reportDate", messages.get("report.check.early", why), choices);
        if (answer == 0) {
            output.accept(new ReportDate(check.today(), true));
        } else if (answer == 1) {
            output.accept(new ReportDate(timing.handIn(), false));
        }
    }

    /** Selects the first suggested group, so the secretary can review the groups one by one. */
    private void showFirstSuggestion() {
        groupTree.getRoot().getChildren().stream()
                .filter(i -> i.getValue() instanceof GroupWork.Group g && !g.accepted()).findFirst()
                .ifPresent(item -> {
                    groupTree.getSelectionModel().clearAndSelect(groupTree.getRow(item));
                    groupTree.scrollTo(groupTree.getRow(item));
                    groupTree.requestFocus();
                });
    }

    /**
     * A question with its own answers and "Hủy"; the index of the answer chosen, -1 when cancelled. The buttons
     * have ids {@code <id>0}, {@code <id>1}, … for the window tests.
     */
    private int choose(String id, String text, List<String> answers) {
        List<ButtonType> buttons = new ArrayList<>();
        for (String answer : answers) {
            buttons.add(new ButtonType(answer, ButtonBar.ButtonData.OTHER));
        }
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        List<ButtonType> all = new ArrayList<>(buttons);
        all.add(cancel);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, all.toArray(ButtonType[]::new));
        alert.initOwner(window());
        alert.setTitle(messages.get("report.check.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(560);
        for (int i = 0; i < buttons.size(); i++) {
            alert.getDialogPane().lookupButton(buttons.get(i)).setId(id + i);
        }
        alert.getDialogPane().lookupButton(cancel).setId(id + "Cancel");
        Optional<ButtonType> chosen = alert.showAndWait();
        return chosen.map(buttons::indexOf).orElse(-1);
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
        beforeOutput(dated -> {
            Optional<Path> chosen = saveTarget.choose(window(), viewModel.suggestedFileName(extension), filter,
                    "*." + extension);
            if (chosen.isPresent()) {
                Path target = chosen.get();
                if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)) {
                    target = target.resolveSibling(target.getFileName() + "." + extension);
                }
                viewModel.save(target, dated);
            }
        });
    }

    /** Shows this round's report (a duty of the calendar was opened). */
    public void openRound(int roundId) {
        viewModel.openRound(roundId);
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
