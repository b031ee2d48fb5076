package org.cutri.document;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.cutri.common.BelowNormal;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.task.TaskTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The preview window of an official document: writes its PDF in the background (with progress; closing the
 * window stops it), then draws pages only as they come into view, one at a time, keeping a few drawn pages
 * (a report of a thousand pages needs no more memory than a letter). Zooms, prints (the print dialog on the
 * JavaFX thread, the pages sent on a worker) and saves as Word or PDF. Writing the pages, saving and printing
 * show their progress and stop on "Dừng": a stopped save leaves no file behind and an older file of that name
 * as it was. Failures end in a message.
 */
public class DocumentPreviewViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentPreviewViewModel.class);

    /** Rendering resolution: sharp at up to 150 % zoom without holding huge pictures. */
    static final float RENDER_DPI = 144f;
    /** The width and height of an A4 page on screen at 100 % (96 pixels per inch). */
    static final double PAGE_WIDTH_AT_100 = DocumentLayout.PAGE_WIDTH_MM / 25.4 * 96;
    static final double PAGE_HEIGHT_AT_100 = DocumentLayout.PAGE_HEIGHT_MM / 25.4 * 96;
    /** Drawn pages kept: more than fit on the screen at the smallest zoom, about 100 MB at most. */
    static final int KEPT_PAGES = 12;
    private static final double[] ZOOM_STEPS = {0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 2.0};

    /** Sends the pages to the printer, on a worker, until the monitor is cancelled. */
    @FunctionalInterface
    public interface Printer {
        void print(byte[] pdf, String jobName, PrintSettings settings, TaskMonitor monitor) throws Exception;
    }

    private final OfficialDocument document;
    private final String suggestedFileName;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Consumer<Exception> errorHandler;
    private final PrintDialog printDialog;
    private final Printer printer;
    private final DocumentSaver saver;

    /** The page numbers 1..n: the list the window shows (it draws only those in view). */
    private final ObservableList<Integer> pageNumbers = FXCollections.observableArrayList();
    private final ObservableList<Integer> readOnlyPageNumbers = FXCollections.unmodifiableObservableList(pageNumbers);
    /** The drawn pages kept, by number; the least recently shown leaves first. */
    private final LinkedHashMap<Integer, Image> kept = new LinkedHashMap<>(16, 0.75f, true);
    private final ObservableMap<Integer, Image> drawn = FXCollections.observableHashMap();
    private final ObservableMap<Integer, Image> readOnlyDrawn = FXCollections.unmodifiableObservableMap(drawn);
    /** Pages asked for and not drawn yet; the latest asked is drawn first. */
    private final Deque<Integer> wanted = new ArrayDeque<>();
    private boolean drawing;
    private boolean closed;
    private PdfPages pdfPages;
    /** The long work shown with its progress and "Dừng": writing the pages, saving, printing. */
    private final TaskTracker longWork = new TaskTracker();
    private BackgroundTask<?> loading;

    private final ReadOnlyStringWrapper pageCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1.0);
    private final ReadOnlyStringWrapper zoomText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private byte[] pdf;

    public DocumentPreviewViewModel(OfficialDocument document, String suggestedFileName, Messages messages,
            TaskExecutor executor, Consumer<Exception> errorHandler) {
        this(document, suggestedFileName, messages, executor, errorHandler, new FxPrintDialog(() -> null),
                DocumentPrinter::print);
    }

    /**
     * @param printDialog asks where and how to print (on the JavaFX thread)
     * @param printer sends the pages (on a worker)
     */
    public DocumentPreviewViewModel(OfficialDocument document, String suggestedFileName, Messages messages,
            TaskExecutor executor, Consumer<Exception> errorHandler, PrintDialog printDialog, Printer printer) {
        this(document, suggestedFileName, messages, executor, errorHandler, printDialog, printer, DocumentSaver.FILES);
    }

    /** @param saver writes the file (on a worker) */
    public DocumentPreviewViewModel(OfficialDocument document, String suggestedFileName, Messages messages,
            TaskExecutor executor, Consumer<Exception> errorHandler, PrintDialog printDialog, Printer printer,
            DocumentSaver saver) {
        this.saver = saver;
        this.document = document;
        this.suggestedFileName = suggestedFileName;
        this.messages = messages;
        this.executor = executor;
        this.errorHandler = errorHandler;
        this.printDialog = printDialog;
        this.printer = printer;
        zoomText.bind(Bindings.createStringBinding(
                () -> messages.get("document.preview.zoom", Math.round(zoom.get() * 100)), zoom));
    }

    /** Writes the PDF off the JavaFX thread and opens it for drawing; the pages are drawn as they are shown. */
    public void load() {
        busy.set(true);
        status.set(messages.get("document.preview.rendering"));
        // below normal priority, leaving a core to the window (docs/decisions/0024)
        BackgroundTask<Written> task = BackgroundTask.monitored(monitor -> BelowNormal.run(() -> {
            byte[] bytes = PdfWriter.toBytes(document, monitor);
            monitor.checkCancelled();
            return new Written(bytes, PdfPages.open(bytes));
        }));
        loading = task;
        executor.execute(longWork.track(task).computation().onSuccess(written -> {
            if (closed) {
                closeQuietly(written.pages());
                return;
            }
            pdf = written.pdf();
            pdfPages = written.pages();
            int count = pdfPages.count();
            pageNumbers.setAll(IntStream.rangeClosed(1, count).boxed().toList());
            pageCount.set(messages.get("document.preview.pages", count));
            status.set("");
            busy.set(false);
            ready.set(true);
            drawNext();
        }).onCancelled(() -> {
            busy.set(false);
            status.set(messages.get("document.preview.stopped"));
        }).onFailure(e -> {
            busy.set(false);
            status.set(messages.get("document.preview.renderFailed"));
            errorHandler.accept(e);
        }));
    }

    /** The PDF written and opened for drawing. */
    private record Written(byte[] pdf, PdfPages pages) {
    }

    /**
     * The drawn page (1 is the first), or null while it is being drawn: {@link #drawnPages()} gets it when it is
     * ready. Asking marks the page as in view.
     */
    public Image page(int number) {
        Image image = kept.get(number);
        if (image == null && !closed) {
            wanted.remove(number);
            wanted.addLast(number);
            while (wanted.size() > KEPT_PAGES) {
                wanted.removeFirst();
            }
            drawNext();
        }
        return image;
    }

    /** Draws the page asked for last, one page at a time. */
    private void drawNext() {
        if (drawing || closed || pdfPages == null || wanted.isEmpty()) {
            return;
        }
        int number = wanted.removeLast();
        if (kept.containsKey(number)) {
            drawNext();
            return;
        }
        drawing = true;
        PdfPages source = pdfPages;
        executor.execute(BackgroundTask.of(() -> BelowNormal.run(() -> toImage(source.render(number - 1, RENDER_DPI)))).computation()
                .onSuccess(image -> {
                    drawing = false;
                    if (closed) {
                        release();
                        return;
                    }
                    keep(number, image);
                    drawNext();
                }).onFailure(e -> {
                    drawing = false;
                    wanted.clear();
                    status.set(messages.get("document.preview.pageFailed", number));
                    errorHandler.accept(e);
                }));
    }

    private void keep(int number, Image image) {
        kept.put(number, image);
        drawn.put(number, image);
        Iterator<Integer> oldest = kept.keySet().iterator();
        while (kept.size() > KEPT_PAGES && oldest.hasNext()) {
            Integer gone = oldest.next();
            oldest.remove();
            drawn.remove(gone);
        }
    }

    /** The window closed: stops writing and drawing and lets go of the document. */
    public void close() {
        closed = true;
        wanted.clear();
        // a save or a print already started goes on to its end
        if (loading != null) {
            loading.cancel();
        }
        if (!drawing) {
            release();
        }
    }

    private void release() {
        kept.clear();
        drawn.clear();
        if (pdfPages != null) {
            closeQuietly(pdfPages);
            pdfPages = null;
        }
    }

    private static void closeQuietly(PdfPages pages) {
        try {
            pages.close();
        } catch (java.io.IOException e) {
            LOG.debug("Closing the preview's PDF", e);
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

    /**
     * Shows the print dialog (here, on the JavaFX thread) and sends the pages to the printer on a worker; a clear
     * message when the computer has no printer.
     */
    public void print() {
        if (pdf == null || busy.get()) {
            return;
        }
        Optional<PrintSettings> choice;
        try {
            choice = printDialog.ask(jobName(), pageNumbers.size());
        } catch (RuntimeException e) {
            errorHandler.accept(e);
            return;
        }
        if (choice.isEmpty()) {
            status.set(messages.get("document.preview.printCancelled"));
            return;
        }
        byte[] bytes = pdf;
        PrintSettings settings = choice.get();
        String jobName = jobName();
        busy.set(true);
        status.set(messages.get("document.preview.printing"));
        executor.execute(longWork.track(BackgroundTask.monitored(monitor -> {
            printer.print(bytes, jobName, settings, monitor);
            return true;
        })).computation().onSuccess(done -> {
            busy.set(false);
            status.set(messages.get("document.preview.printed"));
        }).onCancelled(() -> {
            busy.set(false);
            status.set(messages.get("document.preview.printStopped"));
        }).onFailure(e -> {
            busy.set(false);
            status.set("");
            errorHandler.accept(e);
        }));
    }

    /**
     * Saves as Word or PDF (by the file's extension) in the background, never leaving a half-written file;
     * "Dừng" stops it with the old file of that name, if any, as it was.
     */
    public void save(Path target) {
        busy.set(true);
        status.set(messages.get("document.preview.saving", target.getFileName()));
        executor.execute(longWork.track(BackgroundTask.monitored(monitor -> {
            saver.save(document, target, monitor);
            return target;
        })).computation()
                .onSuccess(done -> {
                    busy.set(false);
                    status.set(messages.get("document.preview.saved", target.toString()));
                })
                .onCancelled(() -> {
                    busy.set(false);
                    status.set(messages.get("document.save.stopped", target.getFileName()));
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

    /** The page numbers 1..n once the PDF is written. */
    public ObservableList<Integer> pageNumbers() {
        return readOnlyPageNumbers;
    }

    /** The drawn pages kept now, by number: a page in view shows when its picture arrives here. */
    public ObservableMap<Integer, Image> drawnPages() {
        return readOnlyDrawn;
    }

    /** The long work running (writing the pages, saving, printing): its progress and "Dừng". */
    public TaskTracker longWork() {
        return longWork;
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
