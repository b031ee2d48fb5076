package org.cutri.province;

import java.io.File;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.Views;
import org.cutri.common.ui.TaskProgress;
import org.cutri.province.PackageImportViewModel.Row;

/**
 * The province's import screen: files, folders or drag and drop, then a dry run listing what happens to each
 * package (refused ones in red), then the import.
 */
public class PackageImportView implements Screen {

    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private final PackageImportViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Parent root;
    private final java.util.function.Consumer<javafx.stage.Window> makeReturn;

    @FXML private BorderPane pane;
    @FXML private TableView<Row> table;
    @FXML private TableColumn<Row, String> fileColumn;
    @FXML private TableColumn<Row, String> communeColumn;
    @FXML private TableColumn<Row, String> roundColumn;
    @FXML private TableColumn<Row, String> sequenceColumn;
    @FXML private TableColumn<Row, String> opinionsColumn;
    @FXML private TableColumn<Row, String> groupsColumn;
    @FXML private TableColumn<Row, String> outcomeColumn;
    @FXML private TableColumn<Row, String> reasonColumn;
    @FXML private Button addFilesButton;
    @FXML private Button addFolderButton;
    @FXML private Button clearButton;
    @FXML private Button checkButton;
    @FXML private Button importButton;
    @FXML private TaskProgress progressBox;
    @FXML private Label statusLabel;
    @FXML private Button questionButton;
    @FXML private Button makeReturnButton;
    @FXML private TableView<TrustedKey> keysTable;
    @FXML private TableColumn<TrustedKey, String> keyCommuneColumn;
    @FXML private TableColumn<TrustedKey, String> keyFingerprintColumn;
    @FXML private TableColumn<TrustedKey, String> keyTrustedColumn;

    public PackageImportView(PackageImportViewModel viewModel, Messages messages, Dialogs dialogs) {
        this(viewModel, messages, dialogs, null);
    }

    /**
     * @param makeReturn opens "Tạo gói trả lời cho xã" (the answers sent back, docs/decisions/0037) over this window;
     *         null: the button is not shown
     */
    public PackageImportView(PackageImportViewModel viewModel, Messages messages, Dialogs dialogs,
            java.util.function.Consumer<javafx.stage.Window> makeReturn) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        this.makeReturn = makeReturn;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        table.setItems(viewModel.rows());
        table.setPlaceholder(new Label(messages.get("exchange.import.empty")));
        text(fileColumn, r -> r.file().getFileName() == null ? r.file().toString() : r.file().getFileName().toString());
        text(communeColumn, r -> r.summary() == null || r.summary().communeName() == null ? ""
                : r.summary().communeName());
        text(roundColumn, r -> r.summary() == null || r.summary().roundName() == null ? "" : r.summary().roundName());
        text(sequenceColumn, r -> r.summary() == null || r.summary().sequence() == null ? ""
                : String.valueOf(r.summary().sequence()));
        text(opinionsColumn, r -> r.summary() == null || r.summary().refused() ? ""
                : String.valueOf(r.summary().opinions()));
        text(groupsColumn, r -> r.summary() == null || r.summary().refused() ? ""
                : String.valueOf(r.summary().groups()));
        text(outcomeColumn, viewModel::outcomeText);
        text(reasonColumn, viewModel::reasonText);
        reasonColumn.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(REFUSED, !empty && item != null && item.summary() != null
                        && item.summary().refused());
            }
        });
        table.getStylesheets().add(PackageImportView.class.getResource("package-import.css").toExternalForm());

        checkButton.disableProperty().bind(viewModel.canCheckProperty().not());
        importButton.disableProperty().bind(viewModel.canImportProperty().not());
        for (Button button : List.of(addFilesButton, addFolderButton, clearButton)) {
            button.disableProperty().bind(viewModel.runningProperty());
        }
        progressBox.follow(viewModel.work(), viewModel::cancel);

        // The selected row's question (trust a first key, re-trust, take despite a gap or conflict), as a button.
        questionButton.managedProperty().bind(questionButton.visibleProperty());
        Runnable showQuestion = () -> {
            Row row = table.getSelectionModel().getSelectedItem();
            String action = viewModel.questionAction(row);
            questionButton.setText(action);
            questionButton.setVisible(!action.isEmpty());
        };
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> showQuestion.run());
        viewModel.rows().addListener((javafx.collections.ListChangeListener<Row>) change -> showQuestion.run());
        questionButton.disableProperty().bind(viewModel.runningProperty());
        showQuestion.run();

        keysTable.setItems(viewModel.trustedKeys());
        keysTable.setPlaceholder(new Label(messages.get("province.keys.empty")));
        keyCommuneColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().communeName() == null
                ? c.getValue().communeCode() : c.getValue().communeName() + " (" + c.getValue().communeCode() + ")"));
        keyFingerprintColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fingerprint()));
        keyTrustedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.get("province.keys.trustedWhen",
                c.getValue().trustedAt().toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                c.getValue().trustedBy(), messages.get("province.keys.how." + c.getValue().how()))));
        statusLabel.textProperty().bind(viewModel.statusTextProperty());
        makeReturnButton.setVisible(makeReturn != null);
        makeReturnButton.setManaged(makeReturn != null);
        makeReturnButton.disableProperty().bind(viewModel.runningProperty());

        pane.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && !viewModel.runningProperty().get()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        pane.setOnDragDropped(event -> {
            Dragboard board = event.getDragboard();
            boolean done = board.hasFiles();
            if (done) {
                add(board.getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }

    private static void text(TableColumn<Row, String> column, Function<Row, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
    }

    /** Adds files and folders as if they were dropped on the screen. */
    public void add(List<java.nio.file.Path> files) {
        viewModel.add(files);
    }

    @FXML
    private void addFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("exchange.import.addFiles.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("exchange.import.filter"),
                "*.zip", "*.ZIP"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (files != null) {
            viewModel.add(files.stream().map(File::toPath).toList());
        }
    }

    @FXML
    private void addFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("exchange.import.addFolder.title"));
        File folder = chooser.showDialog(root.getScene().getWindow());
        if (folder != null) {
            viewModel.add(List.of(folder.toPath()));
        }
    }

    @FXML
    private void answerQuestion() {
        Row row = table.getSelectionModel().getSelectedItem();
        if (viewModel.question(row) == PackageImportSummary.Question.NONE) {
            return;
        }
        if (dialogs.confirm(viewModel.questionAction(row), viewModel.questionText(row))) {
            viewModel.answer(row);
        }
    }

    @FXML
    private void makeReturn() {
        if (makeReturn != null) {
            makeReturn.accept(root.getScene().getWindow());
        }
    }

    @FXML
    private void clear() {
        viewModel.clear();
    }

    @FXML
    private void check() {
        viewModel.check();
    }

    @FXML
    private void importPackages() {
        viewModel.importPackages();
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
        // The list stays as the user left it; the trusted keys are read again.
        viewModel.loadKeys();
    }
}
