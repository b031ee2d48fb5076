package org.cutri.draft;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import org.cutri.common.i18n.Messages;
import org.cutri.common.text.DateText;
import org.cutri.common.text.VietText;
import org.cutri.common.ui.Converters;
import org.cutri.common.ui.DateFields;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.FileSource;
import org.cutri.common.ui.FormDecorations;
import org.cutri.common.ui.Keys;
import org.cutri.common.ui.ListEditorControls;
import org.cutri.common.ui.Placeholders;
import org.cutri.common.ui.SaveDialog;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.common.ui.Views;
import org.cutri.hamlet.Hamlet;
import org.cutri.plan.OfficePlan;

/** The draft-comments screen (Góp ý dự thảo): thin, binds the view-model to the controls. */
public class DraftCommentsView implements Screen {

    private final DraftCommentsViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    private final SaveDialog saveDialog;
    private final FileSource files;
    private final Parent root;
    private boolean building;

    @FXML private Button importButton;
    @FXML private Button editDraftButton;
    @FXML private Button deleteDraftButton;
    @FXML private Button draftButton;
    @FXML private Button issueButton;
    @FXML private Button tableButton;
    @FXML private Label draftSummary;
    @FXML private ProgressBar progressBar;
    @FXML private TableView<DraftDocument> draftTable;
    @FXML private TableColumn<DraftDocument, String> draftTitleColumn;
    @FXML private TableColumn<DraftDocument, String> draftDueColumn;
    @FXML private TableColumn<DraftDocument, Integer> draftSectionsColumn;
    @FXML private TableColumn<DraftDocument, Integer> draftCommentsColumn;
    @FXML private TextField sectionFilterField;
    @FXML private TreeView<DraftSection> sectionTree;
    @FXML private Label sectionSummary;
    @FXML private TableView<DraftComment> table;
    @FXML private TableColumn<DraftComment, String> stanceColumn;
    @FXML private TableColumn<DraftComment, String> sourceColumn;
    @FXML private TableColumn<DraftComment, Integer> peopleColumn;
    @FXML private TableColumn<DraftComment, String> contentColumn;
    @FXML private SearchableComboBox<Stance> stanceBox;
    @FXML private TextField peopleField;
    @FXML private SearchableComboBox<SourceKind> sourceKindBox;
    @FXML private SearchableComboBox<Hamlet> hamletBox;
    @FXML private TextField sourceField;
    @FXML private DatePicker datePicker;
    @FXML private TextArea contentArea;
    @FXML private Label formTitle;
    @FXML private Label formError;
    @FXML private Button saveButton;
    @FXML private Button deleteButton;

    public DraftCommentsView(DraftCommentsViewModel viewModel, Messages messages, Dialogs dialogs,
            SaveDialog saveDialog) {
        this(viewModel, messages, dialogs, saveDialog, FileSource.openDialog(messages.get("draft.import.chooser"),
                messages.get("draft.import.filter"), List.of("*.docx")));
    }

    public DraftCommentsView(DraftCommentsViewModel viewModel, Messages messages, Dialogs dialogs,
            SaveDialog saveDialog, FileSource files) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        this.saveDialog = saveDialog;
        this.files = files;
        this.root = Views.load(this, messages);
        Keys.on(root, Keys.NEW_ROW, this::newRow);
    }

    @FXML
    private void initialize() {
        draftTable.setItems(viewModel.drafts());
        draftTable.setPlaceholder(Placeholders.text(messages.get("draft.drafts.empty")));
        draftTitleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        draftDueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().dueDate() == null ? ""
                : DateText.format(c.getValue().dueDate())));
        draftSectionsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sections()));
        draftCommentsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().comments()));
        draftTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && (viewModel.draftProperty().get() == null
                    || viewModel.draftProperty().get().id() != now.id())) {
                viewModel.draftProperty().set(now);
            }
        });
        viewModel.draftProperty().addListener((obs, old, now) -> selectDraft(now));
        viewModel.drafts().addListener((ListChangeListener<DraftDocument>) change ->
                selectDraft(viewModel.draftProperty().get()));
        draftSummary.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            DraftDocument d = viewModel.draftProperty().get();
            if (d == null) {
                return messages.get("draft.drafts.empty");
            }
            String due = d.dueDate() == null ? messages.get("draft.summary.noDue") : DateText.format(d.dueDate());
            String sent = d.sent() ? messages.get("draft.summary.sent", d.reportNumber(), DateText.format(d.reportDate()))
                    : messages.get("draft.summary.notSent");
            return d.title() + " — " + messages.get("draft.summary", due, sent);
        }, viewModel.draftProperty()));
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressBar.visibleProperty().bind(viewModel.workingProperty());

        sectionFilterField.textProperty().bindBidirectional(viewModel.sectionFilterProperty());
        sectionTree.setRoot(new TreeItem<>());
        sectionTree.setCellFactory(tree -> new TreeCell<>() {
            @Override
            protected void updateItem(DraftSection item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                } else {
                    DraftCompilation.SectionTotals totals = viewModel.totalsOf(item);
                    int n = totals == null ? 0 : totals.total().size();
                    setText(n == 0 ? item.title() : item.title() + " (" + n + ")");
                }
            }
        });
        viewModel.sections().addListener((ListChangeListener<DraftSection>) change -> buildTree());
        viewModel.sectionFilterProperty().addListener((obs, old, now) -> buildTree());
        viewModel.compilationProperty().addListener((obs, old, now) -> sectionTree.refresh());
        sectionTree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!building && now != null && now.getValue() != null && (viewModel.sectionProperty().get() == null
                    || viewModel.sectionProperty().get().id() != now.getValue().id())) {
                viewModel.sectionProperty().set(now.getValue());
            }
        });
        viewModel.sectionProperty().addListener((obs, old, now) -> selectSection(now));
        sectionSummary.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            DraftSection s = viewModel.sectionProperty().get();
            if (s == null) {
                return messages.get("draft.section.none");
            }
            DraftCompilation.SectionTotals t = viewModel.totalsOf(s);
            DraftCompilation.Totals total = t == null ? new DraftCompilation.Totals(List.of(), List.of()) : t.total();
            return messages.get("draft.section.summary", s.title(), total.agree(), total.disagree(), total.partly(),
                    total.people());
        }, viewModel.sectionProperty(), viewModel.compilationProperty()));

        table.setPlaceholder(Placeholders.of(viewModel.loadingProperty(), "draft.comments.empty", messages));
        stanceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().stance())));
        sourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sourceName()));
        sourceColumn.setComparator(VietText.ORDER);
        peopleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().people()));
        contentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().content()));

        stanceBox.getItems().setAll(Stance.values());
        stanceBox.setConverter(Converters.labels(messages::label));
        stanceBox.valueProperty().bindBidirectional(viewModel.stanceProperty());
        sourceKindBox.getItems().setAll(SourceKind.values());
        sourceKindBox.setConverter(Converters.labels(messages::label));
        sourceKindBox.valueProperty().bindBidirectional(viewModel.sourceKindProperty());
        hamletBox.setItems(viewModel.hamlets());
        hamletBox.setConverter(Converters.labels(Hamlet::name));
        hamletBox.valueProperty().bindBidirectional(viewModel.hamletProperty());
        peopleField.textProperty().bindBidirectional(viewModel.peopleProperty());
        sourceField.textProperty().bindBidirectional(viewModel.sourceNameProperty());
        DateFields.bind(datePicker, viewModel.dateProperty());
        contentArea.textProperty().bindBidirectional(viewModel.contentProperty());

        FormDecorations.Form form = FormDecorations.form(viewModel);
        form.bind(stanceBox, viewModel.stanceErrorProperty());
        form.bind(peopleField, viewModel.peopleErrorProperty());
        form.bind(sourceField, viewModel.sourceErrorProperty());
        form.bind(datePicker, viewModel.dateErrorProperty());
        form.bind(contentArea, viewModel.contentErrorProperty());
        ListEditorControls.bind(viewModel, table, formTitle, formError, saveButton, deleteButton,
                messages.get("draft.form.new"), messages.get("draft.form.edit"));

        var noDraft = viewModel.draftProperty().isNull();
        var working = viewModel.workingProperty();
        importButton.disableProperty().bind(working);
        editDraftButton.disableProperty().bind(noDraft.or(working));
        deleteDraftButton.disableProperty().bind(noDraft.or(working));
        draftButton.disableProperty().bind(noDraft.or(working));
        issueButton.disableProperty().bind(noDraft.or(working));
        tableButton.disableProperty().bind(noDraft.or(working));
    }

    /** The tree of the sections the filter keeps, every branch open; the chosen section stays chosen. */
    private void buildTree() {
        building = true;
        try {
            TreeItem<DraftSection> top = new TreeItem<>();
            Map<Integer, TreeItem<DraftSection>> items = new HashMap<>();
            for (DraftSection s : viewModel.visibleSections()) {
                TreeItem<DraftSection> item = new TreeItem<>(s);
                item.setExpanded(true);
                items.put(s.id(), item);
                TreeItem<DraftSection> parent = s.parentId() == null ? null : items.get(s.parentId());
                (parent == null ? top : parent).getChildren().add(item);
            }
            sectionTree.setRoot(top);
        } finally {
            building = false;
        }
        selectSection(viewModel.sectionProperty().get());
    }

    private void selectSection(DraftSection section) {
        if (section == null) {
            sectionTree.getSelectionModel().clearSelection();
            return;
        }
        TreeItem<DraftSection> shown = sectionTree.getSelectionModel().getSelectedItem();
        if (shown != null && shown.getValue() != null && shown.getValue().id() == section.id()) {
            return;
        }
        TreeItem<DraftSection> found = find(sectionTree.getRoot(), section.id());
        if (found != null) {
            building = true;
            try {
                sectionTree.getSelectionModel().select(found);
            } finally {
                building = false;
            }
            int row = sectionTree.getRow(found);
            if (row >= 0) {
                sectionTree.scrollTo(Math.max(0, row - 3));
            }
        }
    }

    private static TreeItem<DraftSection> find(TreeItem<DraftSection> item, int id) {
        if (item.getValue() != null && item.getValue().id() == id) {
            return item;
        }
        for (TreeItem<DraftSection> child : item.getChildren()) {
            TreeItem<DraftSection> found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private void selectDraft(DraftDocument draft) {
        if (draft == null) {
            draftTable.getSelectionModel().clearSelection();
            return;
        }
        DraftDocument shown = draftTable.getSelectionModel().getSelectedItem();
        if (shown == null || shown.id() != draft.id() || shown != draft) {
            draftTable.getItems().stream().filter(d -> d.id() == draft.id()).findFirst()
                    .ifPresent(d -> draftTable.getSelectionModel().select(d));
        }
    }

    /** Chooses this draft (the duty calendar opened its deadline). */
    public void open(int draftId) {
        viewModel.open(draftId);
    }

    @FXML
    private void newRow() {
        viewModel.startNew();
        contentArea.requestFocus();
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
        viewModel.delete(comment -> dialogs.confirmDelete(messages.get("draft.delete.title"),
                messages.get("draft.delete.confirm", comment.content())));
    }

    @FXML
    private void importDraft() {
        details(null).ifPresent(d -> viewModel.importDraft(d.file(), d.title(), d.issuer(), d.received(), d.due(),
                d.plan()));
    }

    @FXML
    private void editDraft() {
        DraftDocument chosen = viewModel.draftProperty().get();
        if (chosen != null) {
            details(chosen).ifPresent(d -> viewModel.updateDraft(d.title(), d.issuer(), d.received(), d.due(),
                    d.plan()));
        }
    }

    @FXML
    private void deleteDraft() {
        viewModel.deleteDraft(d -> dialogs.confirmDelete(messages.get("draft.deleteDraft.title"),
                messages.get("draft.deleteDraft.confirm", d.title())));
    }

    private record Details(Path file, String title, String issuer, String received, String due, OfficePlan plan) {
    }

    /** The import dialog (a file and the details) or, for a draft already there, its details. */
    private Optional<Details> details(DraftDocument current) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window());
        dialog.setTitle(current == null ? messages.get("draft.import.title")
                : messages.get("draft.edit.title", current.title()));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        TextField fileField = new TextField();
        fileField.setId("importFileField");
        if (current == null) {
            Button choose = new Button(messages.get("draft.import.choose"));
            HBox fileRow = new HBox(6, fileField, choose);
            HBox.setHgrow(fileField, Priority.ALWAYS);
            grid.addRow(row++, new Label(messages.get("draft.import.file")), fileRow);
            choose.setOnAction(e -> files.choose(dialog.getDialogPane().getScene().getWindow()).ifPresent(p -> {
                fileField.setText(p.toString());
            }));
        }
        TextField title = new TextField(current == null ? "" : current.title());
        title.setId("draftTitleField");
        TextField issuer = new TextField(current == null || current.issuer() == null ? "" : current.issuer());
        issuer.setId("draftIssuerField");
        issuer.setPromptText(messages.get("draft.field.issuer.prompt"));
        StringProperty received = new SimpleStringProperty(current == null || current.receivedDate() == null ? ""
                : DateText.format(current.receivedDate()));
        StringProperty due = new SimpleStringProperty(current == null || current.dueDate() == null ? ""
                : DateText.format(current.dueDate()));
        DatePicker receivedPicker = new DatePicker();
        receivedPicker.setId("draftReceivedPicker");
        DateFields.bind(receivedPicker, received);
        DatePicker duePicker = new DatePicker();
        duePicker.setId("draftDuePicker");
        DateFields.bind(duePicker, due);
        SearchableComboBox<OfficePlan> plan = new SearchableComboBox<>();
        plan.getItems().addAll(viewModel.plans());
        plan.setConverter(Converters.labels(p -> p == null ? messages.get("draft.field.plan.none") : p.label()));
        plan.setPromptText(messages.get("draft.field.plan.none"));
        plan.setMaxWidth(Double.MAX_VALUE);
        if (current != null && current.planId() != null) {
            viewModel.plans().stream().filter(p -> p.id() == current.planId()).findFirst().ifPresent(plan::setValue);
        }
        grid.addRow(row++, new Label(messages.get("draft.field.title")), title);
        grid.addRow(row++, new Label(messages.get("draft.field.issuer")), issuer);
        grid.addRow(row++, new Label(messages.get("draft.field.received")), receivedPicker);
        grid.addRow(row++, new Label(messages.get("draft.field.due")), duePicker);
        grid.addRow(row, new Label(messages.get("draft.field.plan")), plan);
        grid.setPrefWidth(620);
        GridPane.setHgrow(title, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Views.keepWordsWhole(grid);
        fileField.textProperty().addListener((obs, old, now) -> {
            if (title.getText().isBlank() && !now.isBlank()) {
                String name = Path.of(now.strip()).getFileName() == null ? "" : Path.of(now.strip()).getFileName()
                        .toString().replaceFirst("(?i)\\.docx$", "");
                title.setText(name);
            }
        });
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> new Details(
                fileField.getText().isBlank() ? null : Path.of(fileField.getText().strip()), title.getText(),
                issuer.getText(), received.get(), due.get(), plan.getValue()));
    }

    @FXML
    private void saveDraft() {
        choose("draft.report.draft.title", false).ifPresent(target -> viewModel.saveReport(target,
                DraftCommentsViewModel.Written.DRAFT));
    }

    @FXML
    private void issue() {
        DraftDocument d = viewModel.draftProperty().get();
        if (d != null && !d.sent() && !dialogs.confirm(messages.get("draft.issue.title"),
                messages.get("draft.issue.confirm", d.title()))) {
            return;
        }
        choose("draft.report.issue.title", false).ifPresent(target -> viewModel.saveReport(target,
                DraftCommentsViewModel.Written.ISSUED));
    }

    @FXML
    private void saveTable() {
        choose("draft.report.table.title", true).ifPresent(target -> viewModel.saveReport(target,
                DraftCommentsViewModel.Written.TABLE));
    }

    private Optional<Path> choose(String titleKey, boolean table) {
        List<SaveDialog.Kind> kinds = table ? List.of(new SaveDialog.Kind(messages.get("draft.file.xlsx"), "xlsx"))
                : List.of(new SaveDialog.Kind(messages.get("draft.file.docx"), "docx"),
                        new SaveDialog.Kind(messages.get("draft.file.pdf"), "pdf"));
        return saveDialog.choose(window(), messages.get(titleKey), viewModel.suggestedFileName(table ? "xlsx" : "docx"),
                kinds);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
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
        Platform.runLater(sectionTree::requestFocus);
    }
}
