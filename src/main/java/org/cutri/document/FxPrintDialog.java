package org.cutri.document;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.print.Collation;
import javafx.print.JobSettings;
import javafx.print.PageRange;
import javafx.print.PrintSides;
import javafx.print.PrinterJob;
import javafx.stage.Window;

import org.cutri.common.UserException;

/**
 * The system's print dialog through JavaFX printing, on the JavaFX thread: JavaFX keeps the window painting
 * while the dialog is open. Only the choice is kept; {@link DocumentPrinter} sends the PDF's pages on a worker.
 */
public final class FxPrintDialog implements PrintDialog {

    private final Supplier<Window> owner;

    /** @param owner the window the dialog belongs to (may give null) */
    public FxPrintDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<PrintSettings> ask(String jobName, int pageCount) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            throw new UserException("document.print.noPrinter");
        }
        try {
            JobSettings settings = job.getJobSettings();
            settings.setJobName(jobName);
            settings.setPageRanges(new PageRange(1, Math.max(1, pageCount)));
            if (!job.showPrintDialog(owner.get())) {
                return Optional.empty();
            }
            PageRange[] ranges = settings.getPageRanges();
            List<int[]> chosen = ranges == null ? List.of() : Arrays.stream(ranges)
                    .map(r -> new int[] {r.getStartPage(), r.getEndPage()}).toList();
            return Optional.of(new PrintSettings(job.getPrinter().getName(), settings.getCopies(),
                    settings.getCollation() == Collation.COLLATED, chosen, sides(settings.getPrintSides())));
        } catch (java.awt.HeadlessException e) {
            throw new UserException(e, "document.print.noDialog");
        } finally {
            // the pages go through PDFBox, not through this job
            job.cancelJob();
        }
    }

    private static PrintSettings.Sides sides(PrintSides sides) {
        if (sides == PrintSides.DUPLEX) {
            return PrintSettings.Sides.LONG_EDGE;
        }
        return sides == PrintSides.TUMBLE ? PrintSettings.Sides.SHORT_EDGE : PrintSettings.Sides.ONE_SIDED;
    }
}
