package org.cutri.document;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;

/**
 * The preview window of an official document: renders its PDF into page pictures in the background, zooms,
 * prints and saves as Word or PDF. Failures go to the error handler (the program's error dialog).
 */
public class DocumentPreviewViewModel {

    /** Rendering resolution: sharp at up to 150 % zoom without holding huge pictures. */
    static final float RENDER_DPI = 144f;
    /** The width of an A4 page on screen at 100 % (96 pixels per inch). */
    static final double PAGE_WIDTH_AT_100 = DocumentLayout.PAGE_WIDTH_MM / 25.4 * 96;
    private static final double[] ZOOM_STEPS = {0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 2.0};

    private final OfficialDocument document;
    private final String suggestedFileName;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Consumer<Exception> errorHandler;

    private final ObservableList<Image> pages = FXCollections.observableArrayList();
    /** One wrapper, kept: it holds its listeners on {@code pages} only weakly. */
    private final ObservableList<Image> readOnlyPages = FXCollections.unmodifiableObservableList(pages);
    private final ReadOnlyStringWrapper pageCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1.0);
    private final ReadOnlyStringWrapper zoomText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private byte[] pdf;

    public DocumentPreviewViewModel(OfficialDocument document, String suggestedFileName, Messages messages,
            TaskExecutor executor, Consumer<Exception> errorHandler) {
        this.document = document;
        this.suggestedFileName = suggestedFileName;
        this.messages = messages;
        this.executor = executor;
        this.errorHandler = errorHandler;
        zoomText.bind(Bindings.createStringBinding(
                () -> messages.get("document.preview.zoom", Math.round(zoom.get() * 100)), zoom));
    }

    /** Writes the PDF and renders its pages, off the JavaFX thread. */
    public void load() {
        busy.set(true);
        status.set(messages.get("document.preview.rendering"));
        executor.execute(BackgroundTask.of(() -> {
            byte[] bytes = PdfWriter.toBytes(document);
            List<Image> images = new ArrayList<>();
            for (BufferedImage page : PdfPages.render(bytes, RENDER_DPI)) {
                images.add(toImage(page));
            }
            return new Rendered(bytes, images);
        }).onSuccess(rendered -> {
            pdf = rendered.pdf();
            pages.setAll(rendered.pages());
            pageCount.set(messages.get("document.preview.pages", rendered.pages().size()));
            status.set("");
            busy.set(false);
            ready.set(true);
        }).onFailure(e -> {
            busy.set(false);
            status.set(messages.get("document.preview.renderFailed"));
            errorHandler.accept(e);
        }));
    }

    /** The result of rendering (a class, not a record: records stay free of JavaFX types). */
    private static final class Rendered {
        private final byte[] pdf;
        private final List<Image> pages;

        Rendered(byte[] pdf, List<Image> pages) {
            this.pdf = pdf;
            this.pages = pages;
        }

        byte[] pdf() {
            return pdf;
        }

        List<Image> pages() {
            return pages;
        }
    }

    private static Image toImage(BufferedImage picture) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        int[] pixels = picture.getRGB(0, 0, width, height, null, 0, width);
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return image;
    }

    public void zoomIn() {
        for (double step : ZOOM_STEPS) {
            if (step > zoom.get() + 1e-6) {
                zoom.set(step);
                return;
            }
        }
    }

    public void zoomOut() {
        for (int i = ZOOM_STEPS.length - 1; i >= 0; i--) {
            if (ZOOM_STEPS[i] < zoom.get() - 1e-6) {
                zoom.set(ZOOM_STEPS[i]);
                return;
            }
        }
    }

    /** Shows the system print dialog and prints; a clear message when the computer has no printer. */
    public void print() {
        if (pdf == null || busy.get()) {
            return;
        }
        byte[] bytes = pdf;
        busy.set(true);
        status.set(messages.get("document.preview.printing"));
        executor.execute(BackgroundTask.of(() -> DocumentPrinter.print(bytes, jobName()))
                .onSuccess(printed -> {
                    busy.set(false);
                    status.set(messages.get(printed ? "document.preview.printed" : "document.preview.printCancelled"));
                })
                .onFailure(e -> {
                    busy.set(false);
                    status.set("");
                    errorHandler.accept(e);
                }));
    }

    /** Saves as Word or PDF (by the file's extension) in the background, never leaving a half-written file. */
    public void save(Path target) {
        busy.set(true);
        status.set(messages.get("document.preview.saving", target.getFileName()));
        executor.execute(BackgroundTask.run(() -> DocumentFiles.save(document, target))
                .onSuccess(done -> {
                    busy.set(false);
                    status.set(messages.get("document.preview.saved", target.toString()));
                })
                .onFailure(e -> {
                    busy.set(false);
                    status.set("");
                    errorHandler.accept(e);
                }));
    }

    /** The name the save dialog proposes, e.g. "ke-hoach-01.docx"; characters Windows refuses are replaced. */
    public String suggestedFileName(DocumentFiles.Format format) {
        String base = suggestedFileName == null || suggestedFileName.isBlank() ? document.type() : suggestedFileName;
        base = DocumentLayout.nfc(base).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        String lower = base.toLowerCase(java.util.Locale.ROOT);
        for (DocumentFiles.Format known : DocumentFiles.Format.values()) {
            if (lower.endsWith("." + known.extension())) {
                base = base.substring(0, base.length() - known.extension().length() - 1);
                break;
            }
        }
        return base + "." + format.extension();
    }

    public String title() {
        return messages.get("document.preview.title", DocxWriter.documentTitle(document));
    }

    private String jobName() {
        return DocxWriter.documentTitle(document);
    }

    public ObservableList<Image> pages() {
        return readOnlyPages;
    }

    public ReadOnlyStringProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty zoomTextProperty() {
        return zoomText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the pages are shown: printing and saving are possible. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
