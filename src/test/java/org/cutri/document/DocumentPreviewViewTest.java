package org.cutri.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.Hold;
import org.cutri.testing.OldFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Opens the preview of a plan as a feature does, and looks at what the secretary sees. */
@ExtendWith(ApplicationExtension.class)
class DocumentPreviewViewTest {

    private static final Messages VI = Messages.load(Messages.VIETNAMESE);

    @TempDir
    Path folder;

    private final List<Exception> errors = new CopyOnWriteArrayList<>();
    private FxTaskExecutor executor;
    private Stage preview;

    @Start
    void start(Stage owner) {
        // the main window: a stage without a scene would break JavaFX's painting
        owner.setScene(new Scene(new StackPane(), 400, 300));
        owner.show();
        Dialogs dialogs = new Dialogs(VI);
        executor = new FxTaskExecutor(errors::add);
        preview = DocumentPreview.show(owner, DocumentSamples.plan(), "ke-hoach-01-2026", VI, executor, dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
    }

    /** The page pictures in the window's cells that show a page (the list keeps a few spare cells hidden). */
    private static List<ImageView> pages(FxRobot robot) {
        return robot.lookup(".document-page").queryAllAs(ImageView.class).stream()
                .filter(v -> v.getId() != null && shown(v)).toList();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<ImageView> drawn(FxRobot robot) {
        return pages(robot).stream().filter(v -> v.getImage() != null).toList();
    }

    private static int pageCountOf(OfficialDocument document) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(document))) {
            return pdf.getNumberOfPages();
        }
    }

    @Test
    void showsTheFirstPageAsAPictureWithThePageCount(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> !drawn(robot).isEmpty());
        Label count = robot.lookup("#pageCountLabel").queryAs(Label.class);
        assertThat(count.getText()).isEqualTo(pageCountOf(DocumentSamples.plan()) + " trang");
        ImageView first = drawn(robot).get(0);
        assertThat(first.getId()).isEqualTo("page-1");
        assertThat(first.getImage().getWidth()).isGreaterThan(1000);
        assertThat(first.getImage().getHeight() / first.getImage().getWidth()).as("an A4 page")
                .isCloseTo(297.0 / 210.0, org.assertj.core.data.Offset.offset(0.01));
        // the page is printed, not blank: a dark pixel where the header is
        assertThat(darkPixelsInTopBand(first)).isGreaterThan(100);
        assertThat(preview.getTitle()).startsWith("Xem trước: KẾ HOẠCH");
        assertThat(robot.lookup("#printButton").queryAs(Button.class).getText()).isEqualTo("In… (Ctrl+P)");
        assertThat(errors).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void aLongDocumentDrawsOnlyThePagesInViewAndTheLastOneWhenScrolledTo(FxRobot robot) throws Exception {
        OfficialDocument longPlan = DocumentSamples.longPlan(700);
        int total = pageCountOf(longPlan);
        assertThat(total).isGreaterThan(3 * DocumentPreviewViewModel.KEPT_PAGES);
        Stage[] window = new Stage[1];
        robot.interact(() -> window[0] = DocumentPreview.show(preview, longPlan, "ke-hoach-dai", VI, executor,
                new Dialogs(VI)));
        Label count = (Label) window[0].getScene().lookup("#pageCountLabel");
        FxTestSupport.waitUntil(() -> (total + " trang").equals(count.getText()));
        ListView<Integer> list = (ListView<Integer>) window[0].getScene().lookup("#pages");
        FxTestSupport.waitUntil(() -> drawnIn(window[0]).contains("page-1"));

        for (int page : new int[] {total / 3, total / 2, total}) {
            robot.interact(() -> list.scrollTo(page - 1));
            FxTestSupport.waitUntil(() -> drawnIn(window[0]).contains("page-" + page));
            // only the pages in view have cells, so only they hold pictures
            assertThat(drawnIn(window[0])).hasSizeLessThanOrEqualTo(DocumentPreviewViewModel.KEPT_PAGES);
        }
        robot.interact(() -> window[0].hide());
        assertThat(errors).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void aLandscapeAnnexPageIsShownTurnedAndAsWideAsAPortraitPageIsTall(FxRobot robot) throws Exception {
        OfficialDocument document = DocumentSamples.planWithAnnexes();
        int total = pageCountOf(document);
        Stage[] window = new Stage[1];
        robot.interact(() -> window[0] = DocumentPreview.show(preview, document, "ke-hoach-phu-luc", VI, executor,
                new Dialogs(VI)));
        ListView<Integer> list = (ListView<Integer>) window[0].getScene().lookup("#pages");
        FxTestSupport.waitUntil(() -> drawnIn(window[0]).contains("page-1"));
        int landscape = 3; // page 3 starts the landscape schedule (AnnexDocumentTest reads it back)
        robot.interact(() -> list.scrollTo(landscape - 1));
        FxTestSupport.waitUntil(() -> drawnIn(window[0]).contains("page-" + landscape));
        ImageView turned = (ImageView) window[0].getScene().lookup("#page-" + landscape);
        assertThat(turned.getImage().getWidth()).isGreaterThan(turned.getImage().getHeight());
        double turnedWidth = turned.getFitWidth();
        robot.interact(() -> list.scrollTo(total - 1));
        FxTestSupport.waitUntil(() -> drawnIn(window[0]).contains("page-" + total));
        ImageView upright = (ImageView) window[0].getScene().lookup("#page-" + total);
        assertThat(upright.getImage().getWidth()).isLessThan(upright.getImage().getHeight());
        assertThat(turnedWidth / upright.getFitWidth()).as("the turned page as wide as a portrait page is tall")
                .isCloseTo(297.0 / 210.0, org.assertj.core.data.Offset.offset(0.01));
        robot.interact(() -> window[0].hide());
        assertThat(errors).isEmpty();
    }

    private static List<String> drawnIn(Stage window) {
        return window.getScene().getRoot().lookupAll(".document-page").stream()
                .filter(n -> n instanceof ImageView v && v.getImage() != null && v.getId() != null && shown(n))
                .map(Node::getId).toList();
    }

    @Test
    void thePrintDialogOpensOnTheFxThreadAndThePagesGoToThePrinterOnAWorker(FxRobot robot) {
        List<String> steps = new CopyOnWriteArrayList<>();
        PrintDialog dialog = (jobName, pageCount) -> {
            steps.add("dialog on FX thread: " + Platform.isFxApplicationThread() + ", " + pageCount + " pages");
            return Optional.of(new PrintSettings("Máy in văn phòng", 2, true, List.of(new int[] {1, 1}),
                    PrintSettings.Sides.LONG_EDGE));
        };
        DocumentPreviewViewModel.Printer printer = (pdf, jobName, settings, monitor) -> steps.add("printing on "
                + (Platform.isFxApplicationThread() ? "the FX thread" : "a worker") + ": " + jobName + ", "
                + settings.copies() + " copies on " + settings.printer());
        DocumentPreviewViewModel viewModel = new DocumentPreviewViewModel(DocumentSamples.plan(), "ke-hoach",
                VI, executor, errors::add, dialog, printer);
        Stage[] window = new Stage[1];
        robot.interact(() -> {
            window[0] = new Stage();
            window[0].setScene(new Scene(new DocumentPreviewView(viewModel, VI).root(), 800, 600));
            window[0].show();
            viewModel.load();
        });
        Button print = (Button) window[0].getScene().lookup("#printButton");
        FxTestSupport.waitUntil(() -> !print.isDisabled());
        robot.clickOn(print);
        FxTestSupport.waitUntil(() -> viewModel.statusProperty().get().equals("Đã gửi văn bản tới máy in."));
        int pages = viewModel.pageNumbers().size();
        assertThat(steps).containsExactly("dialog on FX thread: true, " + pages + " pages",
                "printing on a worker: " + DocxWriter.documentTitle(DocumentSamples.plan())
                        + ", 2 copies on Máy in văn phòng");
        robot.interact(() -> window[0].hide());
        assertThat(errors).isEmpty();
    }

    @Test
    void withoutAPrinterTheSecretaryIsToldWhatToDo(FxRobot robot) {
        DocumentPreviewViewModel viewModel = new DocumentPreviewViewModel(DocumentSamples.plan(), "ke-hoach",
                VI, executor, errors::add, (jobName, pages) -> {
                    throw new UserException("document.print.noPrinter");
                }, (pdf, jobName, settings, monitor) -> {
                    throw new AssertionError("nothing to print on");
                });
        robot.interact(viewModel::load);
        FxTestSupport.waitUntil(() -> viewModel.readyProperty().get());
        robot.interact(viewModel::print);
        FxTestSupport.waitUntil(() -> !errors.isEmpty());
        assertThat(VI.of((UserException) errors.get(0))).startsWith("Máy tính này chưa cài máy in nào.");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void closingTheWindowBeforeThePdfIsWrittenStopsTheWork(FxRobot robot) {
        // the executor holds computations until the test lets them go, so the window closes first for certain
        List<BackgroundTask<?>> held = new CopyOnWriteArrayList<>();
        TaskExecutor holding = new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task) {
                if (task.isComputation()) {
                    held.add(task);
                } else {
                    executor.execute(task);
                }
            }
        };
        DocumentPreviewViewModel viewModel = new DocumentPreviewViewModel(DocumentSamples.longPlan(400), "ke-hoach",
                VI, holding, errors::add);
        robot.interact(viewModel::load);
        assertThat(viewModel.longWork().runningProperty().get()).isTrue();
        robot.interact(viewModel::close);
        held.forEach(executor::execute);

        FxTestSupport.waitUntil(() -> !viewModel.longWork().runningProperty().get());
        assertThat(viewModel.longWork().taskProperty().get().stateProperty().get())
                .isEqualTo(BackgroundTask.State.CANCELLED);
        assertThat(viewModel.statusProperty().get()).isEqualTo("Đã dừng dựng bản xem trước.");
        assertThat(viewModel.pageNumbers()).isEmpty();
        assertThat(errors).isEmpty();
    }

    private static int darkPixelsInTopBand(ImageView view) {
        var reader = view.getImage().getPixelReader();
        int dark = 0;
        int width = (int) view.getImage().getWidth();
        for (int y = 100; y < 260; y++) {
            for (int x = 0; x < width; x += 2) {
                if (reader.getColor(x, y).getBrightness() < 0.3) {
                    dark++;
                }
            }
        }
        return dark;
    }

    @Test
    void zoomButtonsMakeThePagesLargerAndSmaller(FxRobot robot) {
        FxTestSupport.waitUntil(() -> !drawn(robot).isEmpty());
        Label zoom = robot.lookup("#zoomLabel").queryAs(Label.class);
        assertThat(zoom.getText()).isEqualTo("100 %");
        double before = pages(robot).get(0).getBoundsInParent().getWidth();
        robot.clickOn("#zoomInButton");
        FxTestSupport.waitUntil(() -> "110 %".equals(zoom.getText()));
        assertThat(pages(robot).get(0).getBoundsInParent().getWidth()).isGreaterThan(before);
        robot.clickOn("#zoomOutButton").clickOn("#zoomOutButton");
        FxTestSupport.waitUntil(() -> "90 %".equals(zoom.getText()));
        assertThat(pages(robot).get(0).getBoundsInParent().getWidth()).isLessThan(before);
    }

    @Test
    void savingAsWordWritesTheFileAndSaysSo(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> !drawn(robot).isEmpty());
        DocumentPreviewViewModel viewModel = new DocumentPreviewViewModel(DocumentSamples.plan(), "ke-hoach-01-2026",
                VI, executor, errors::add);
        assertThat(viewModel.suggestedFileName(DocumentFiles.Format.DOCX)).isEqualTo("ke-hoach-01-2026.docx");
        Path target = folder.resolve(viewModel.suggestedFileName(DocumentFiles.Format.DOCX));
        robot.interact(() -> viewModel.save(target));
        FxTestSupport.waitUntil(() -> viewModel.statusProperty().get().startsWith("Đã lưu"));
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(target))) {
            assertThat(docx.getTables().get(1).getRow(0).getCell(0).getText()).isEqualTo("STT");
        }
        robot.interact(() -> viewModel.save(folder.resolve("ke-hoach.odt")));
        FxTestSupport.waitUntil(() -> !errors.isEmpty());
        assertThat(errors.get(0)).isInstanceOf(UserException.class);
        assertThat(VI.of((UserException) errors.get(0))).contains(".docx");
    }

    /** A preview window on {@code viewModel} whose "Lưu" buttons save to {@code target}, its pages shown. */
    private static Stage open(FxRobot robot, DocumentPreviewViewModel viewModel, Path target) {
        Stage[] window = new Stage[1];
        robot.interact(() -> {
            window[0] = new Stage();
            window[0].setScene(new Scene(new DocumentPreviewView(viewModel, VI,
                    (owner, title, name, kinds) -> Optional.of(target)).root(), 900, 600));
            window[0].show();
            viewModel.load();
        });
        FxTestSupport.waitUntil(() -> viewModel.readyProperty().get() && !viewModel.busyProperty().get());
        return window[0];
    }

    @Test
    void stoppingASaveLeavesTheOldFileAsItWasAndSaysSo(FxRobot robot) throws Exception {
        OldFile target = OldFile.in(folder, "ke-hoach.docx");
        Hold hold = new Hold();
        DocumentPreviewViewModel viewModel = new DocumentPreviewViewModel(DocumentSamples.longPlan(300), "ke-hoach",
                VI, executor, errors::add, (jobName, pages) -> Optional.empty(), (pdf, jobName, settings, monitor) -> {
                    throw new AssertionError("not printing");
                }, (document, file, monitor) -> DocumentFiles.save(document, file, hold.atProgressPast(monitor, 0.2)));
        Stage window = open(robot, viewModel, target.path());
        Node root = window.getScene().getRoot();

        robot.clickOn(robot.from(root).lookup("#saveWordButton").queryButton());
        hold.awaitReached();
        Label status = robot.from(root).lookup("#statusLabel").queryAs(Label.class);
        Button stop = robot.from(root).lookup("#stopButton").queryButton();
        FxTestSupport.waitUntil(() -> stop.isVisible() && status.getText().equals("Đang lưu ke-hoach.docx…"));
        assertThat(robot.from(root).lookup("#progressBar").queryAs(ProgressBar.class).getProgress())
                .as("the bar follows the save, in whole percent").isGreaterThanOrEqualTo(0.2);
        robot.clickOn(stop);
        hold.release();

        FxTestSupport.waitUntil(() -> status.getText().equals(target.stoppedStatus()));
        assertThat(hold.reportsAfterStop()).as("nothing written after the stop").isZero();
        target.assertUntouched();
        assertThat(robot.from(root).lookup("#progressBox").query().isVisible()).as("no progress or Dừng shown").isFalse();
        assertThat(robot.from(root).lookup("#saveWordButton").queryButton().isDisabled()).isFalse();
        robot.interact(window::hide);
        assertThat(errors).isEmpty();
    }

    @Test
    void stoppingThePrintingCancelsTheJobBeforeItsNextPage(FxRobot robot) {
        Hold hold = new Hold();
        List<Integer> sent = new CopyOnWriteArrayList<>();
        AtomicBoolean jobCancelled = new AtomicBoolean();
        DocumentPrinter.Job paper = new DocumentPrinter.Job() {
            @Override
            public void send(Pageable pages) throws PrinterException {
                BufferedImage sheet = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
                for (int i = 0; i < pages.getNumberOfPages(); i++) {
                    Graphics2D graphics = sheet.createGraphics();
                    try {
                        pages.getPrintable(i).print(graphics, pages.getPageFormat(i), i);
                        sent.add(i);
                    } finally {
                        graphics.dispose();
                    }
                }
            }

            @Override
            public void cancel() {
                jobCancelled.set(true);
            }
        };
        DocumentPreviewViewModel viewModel = new DocumentPreviewViewModel(DocumentSamples.longPlan(100), "ke-hoach",
                VI, executor, errors::add, (jobName, pages) -> Optional.of(new PrintSettings("Máy in văn phòng", 1,
                        true, List.of(), PrintSettings.Sides.ONE_SIDED)),
                (pdf, jobName, settings, monitor) -> DocumentPrinter.print(pdf, jobName, paper,
                        hold.atProgressPast(monitor, 0)));
        Stage window = open(robot, viewModel, folder.resolve("unused.pdf"));
        Node root = window.getScene().getRoot();
        int pages = viewModel.pageNumbers().size();
        assertThat(pages).isGreaterThan(3);

        robot.clickOn(robot.from(root).lookup("#printButton").queryButton());
        hold.awaitReached();
        Label status = robot.from(root).lookup("#statusLabel").queryAs(Label.class);
        Button stop = robot.from(root).lookup("#stopButton").queryButton();
        FxTestSupport.waitUntil(() -> stop.isVisible() && status.getText().equals("Đang gửi văn bản tới máy in…"));
        robot.clickOn(stop);
        hold.release();

        FxTestSupport.waitUntil(() -> status.getText().equals("Đã dừng in. Những trang đã gửi tới máy in trước khi "
                + "dừng vẫn có thể được in ra."));
        assertThat(jobCancelled).as("the printer's job cancelled").isTrue();
        assertThat(sent).as("the pages sent before the stop, and no more").containsExactly(0, 1);
        assertThat(robot.from(root).lookup("#progressBox").query().isVisible()).isFalse();
        assertThat(robot.from(root).lookup("#printButton").queryButton().isDisabled()).isFalse();
        robot.interact(window::hide);
        assertThat(errors).isEmpty();
    }
}
