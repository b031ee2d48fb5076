package org.cutri.document;

import java.io.File;
import java.nio.file.Path;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.Views;

/** The preview window's content (Xem trước văn bản): thin, binds the view-model to the toolbar and the pages. */
public class DocumentPreviewView {

    private final DocumentPreviewViewModel viewModel;
    private final Messages messages;
    private final Parent root;
    private File lastFolder;

    @FXML private Button printButton;
    @FXML private Button saveWordButton;
    @FXML private Button savePdfButton;
    @FXML private Button zoomOutButton;
    @FXML private Button zoomInButton;
    @FXML private Label zoomLabel;
    @FXML private Label pageCountLabel;
    @FXML private VBox pagesBox;
    @FXML private Label statusLabel;
    @FXML private ProgressIndicator busyIndicator;

    public DocumentPreviewView(DocumentPreviewViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        printButton.disableProperty().bind(viewModel.readyProperty().not().or(viewModel.busyProperty()));
        saveWordButton.disableProperty().bind(viewModel.busyProperty());
        savePdfButton.disableProperty().bind(viewModel.busyProperty());
        zoomLabel.textProperty().bind(viewModel.zoomTextProperty());
        pageCountLabel.textProperty().bind(viewModel.pageCountProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        viewModel.pages().addListener((ListChangeListener<Image>) change -> showPages());
        showPages();
    }

    private void showPages() {
        pagesBox.getChildren().clear();
        int number = 1;
        for (Image page : viewModel.pages()) {
            ImageView view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(viewModel.zoomProperty().multiply(DocumentPreviewViewModel.PAGE_WIDTH_AT_100));
            view.getStyleClass().add("document-page");
            view.setId("page-" + number++);
            pagesBox.getChildren().add(view);
        }
    }

    @FXML
    private void print() {
        viewModel.print();
    }

    @FXML
    private void saveWord() {
        chooseFile(DocumentFiles.Format.DOCX, "document.filter.word");
    }

    @FXML
    private void savePdf() {
        chooseFile(DocumentFiles.Format.PDF, "document.filter.pdf");
    }

    private void chooseFile(DocumentFiles.Format format, String filterKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(format == DocumentFiles.Format.DOCX ? "document.preview.saveWord"
                : "document.preview.savePdf"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get(filterKey),
                "*." + format.extension()));
        chooser.setInitialFileName(viewModel.suggestedFileName(format));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        Window window = root.getScene() == null ? null : root.getScene().getWindow();
        File file = chooser.showSaveDialog(window);
        if (file == null) {
            return;
        }
        lastFolder = file.getParentFile();
        Path target = file.toPath();
        // some file dialogs drop the extension the user did not type
        if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + format.extension())) {
            target = target.resolveSibling(target.getFileName() + "." + format.extension());
        }
        viewModel.save(target);
    }

    @FXML
    private void zoomIn() {
        viewModel.zoomIn();
    }

    @FXML
    private void zoomOut() {
        viewModel.zoomOut();
    }

    @FXML
    private void close() {
        Window window = root.getScene() == null ? null : root.getScene().getWindow();
        if (window != null) {
            window.hide();
        }
    }

    public Parent root() {
        return root;
    }
}
