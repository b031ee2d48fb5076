package org.cutri.document;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Arrays;

import javax.print.PrintService;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.PageRanges;
import javax.print.attribute.standard.SheetCollate;
import javax.print.attribute.standard.Sides;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.cutri.common.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a PDF's pages to a printer (Java printing with PDFBox's pages), with the choice the user made in the
 * print dialog ({@link PrintDialog}, shown on the JavaFX thread before). Shows no dialog itself: call it on a
 * worker.
 */
public final class DocumentPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentPrinter.class);

    private DocumentPrinter() {
    }

    /** Prints; blocks until the job is handed to the printer. */
    public static void print(byte[] pdf, String jobName, PrintSettings settings) throws IOException {
        PrintService service = Arrays.stream(PrinterJob.lookupPrintServices())
                .filter(s -> s.getName().equals(settings.printer())).findFirst()
                .orElseThrow(() -> new UserException("document.print.noPrinter"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            job.print(attributes(jobName, settings));
            LOG.info("Printed {} ({} pages) on {}", jobName, document.getNumberOfPages(), service.getName());
        } catch (PrinterException e) {
            LOG.warn("Printing {} failed", jobName, e);
            throw new UserException(e, "document.print.failed", String.valueOf(e.getMessage()));
        }
    }

    static PrintRequestAttributeSet attributes(String jobName, PrintSettings settings) {
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(jobName, null));
        attributes.add(new Copies(settings.copies()));
        attributes.add(settings.collate() ? SheetCollate.COLLATED : SheetCollate.UNCOLLATED);
        attributes.add(switch (settings.sides()) {
            case ONE_SIDED -> Sides.ONE_SIDED;
            case LONG_EDGE -> Sides.TWO_SIDED_LONG_EDGE;
            case SHORT_EDGE -> Sides.TWO_SIDED_SHORT_EDGE;
        });
        if (!settings.pageRanges().isEmpty()) {
            attributes.add(new PageRanges(settings.pageRanges().toArray(int[][]::new)));
        }
        return attributes;
    }
}
