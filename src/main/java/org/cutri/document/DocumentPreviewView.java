package org.cutri.document;

import java.io.File;
import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.collections.WeakMapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.ProgressBars;
import org.cutri.common.ui.Views;

/**
 * The preview window's content (Xem trước văn bản): thin, binds the view-model to the toolbar and the pages. The
 * pages are a virtual list: only the few pages in view have cells, each asks the view-model for its picture.
 */
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
    @FXML private ListView<Integer> pages;
    @FXML private Label statusLabel;
    @FXML private ProgressBar busyIndicator;

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
        ProgressBars.follow(busyIndicator, Bindings.when(viewModel.writing().runningProperty())
                .then(viewModel.writing().progressProperty()).otherwise(ProgressBar.INDETERMINATE_PROGRESS));
        pages.setItems(viewModel.pageNumbers());
        pages.fixedCellSizeProperty().bind(viewModel.zoomProperty().multiply(DocumentPreviewViewModel.PAGE_HEIGHT_AT_100)
                .add(16));
        pages.setCellFactory(list -> new PageCell());
    }

    /** A page: a white sheet of the page's size at the zoom, its picture once drawn. */
    private final class PageCell extends ListCell<Integer> {
        private final ImageView picture = new ImageView();
        private final StackPane sheet = new StackPane(picture);
        /** Held by the cell, listened to weakly: a cell the list lets go of is collected with its picture. */
        private final MapChangeListener<Integer, Image> arrivals = change -> {
            if (change.wasAdded()) {
                drawn(change.getKey(), change.getValueAdded());
            }
        };

        PageCell() {
            viewModel.drawnPages().addListener(new WeakMapChangeListener<>(arrivals));
            picture.setPreserveRatio(true);
            picture.setSmooth(true);
            picture.fitWidthProperty().bind(viewModel.zoomProperty().multiply(DocumentPreviewViewModel.PAGE_WIDTH_AT_100));
            picture.getStyleClass().add("document-page");
            sheet.getStyleClass().add("document-page-sheet");
            sheet.prefWidthProperty().bind(picture.fitWidthProperty());
            sheet.prefHeightProperty().bind(viewModel.zoomProperty().multiply(DocumentPreviewViewModel.PAGE_HEIGHT_AT_100));
            sheet.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(Integer number, boolean empty) {
            super.updateItem(number, empty);
            if (empty || number == null) {
                picture.setImage(null);
                picture.setId(null);
                setGraphic(null);
                return;
            }
            picture.setId("page-" + number);
            picture.setImage(viewModel.page(number));
            setGraphic(sheet);
        }

        private void drawn(int number, Image image) {
            if (!isEmpty() && getItem() != null && getItem() == number) {
                picture.setImage(image);
            }
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
