package org.cutri.document;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.cutri.common.i18n.Messages;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.ui.Dialogs;

/**
 * Opens the preview window of an official document, with printing and saving as Word or PDF. This is the
 * entry point for features that print a document (the round plan, the minutes, the report).
 */
public final class DocumentPreview {

    private DocumentPreview() {
    }

    /**
     * Shows the document in its own window, owned by {@code owner}, and starts rendering its pages.
     *
     * @param suggestedFileName the name proposed when saving, without extension ("ke-hoach-01-2026")
     * @return the window, already showing
     */
    public static Stage show(Window owner, OfficialDocument document, String suggestedFileName, Messages messages,
            TaskExecutor executor, Dialogs dialogs) {
        return show(owner, document, suggestedFileName, messages, executor, dialogs, DocumentOutput.PLAIN);
    }

    /** As above, the document saved and printed through {@code output} (recorded in the audit trail). */
    public static Stage show(Window owner, OfficialDocument document, String suggestedFileName, Messages messages,
            TaskExecutor executor, Dialogs dialogs, DocumentOutput output) {
        Stage stage = new Stage();
        DocumentPreviewViewModel viewModel = new DocumentPreviewViewModel(document, suggestedFileName, messages,
                executor, dialogs::showError, new FxPrintDialog(() -> stage), output.printer(), output.saver());
        DocumentPreviewView view = new DocumentPreviewView(viewModel, messages);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(viewModel.title());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(960, screen.getWidth() * 0.9),
                Math.min(1000, screen.getHeight() * 0.9));
        scene.getStylesheets().add(DocumentPreview.class.getResource("document.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), viewModel::print);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), viewModel::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                viewModel::zoomOut);
        stage.setScene(scene);
        // closing stops writing and drawing, and lets go of the pages
        stage.setOnHidden(event -> viewModel.close());
        stage.show();
        viewModel.load();
        return stage;
    }
}
