package org.cutri.document;

import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;

import javax.print.PrintService;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.cutri.common.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Prints a PDF through the system's print dialog (Java printing with PDFBox's pages). */
public final class DocumentPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentPrinter.class);

    private DocumentPrinter() {
    }

    /**
     * Shows the system print dialog and prints when the user confirms. Blocks until the job is handed to the
     * printer; call it off the JavaFX thread.
     *
     * @return true when printed, false when the user cancelled the dialog
     */
    public static boolean print(byte[] pdf, String jobName) throws IOException {
        PrintService[] printers = PrinterJob.lookupPrintServices();
        if (printers.length == 0) {
            throw new UserException("document.print.noPrinter");
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserException("document.print.noDialog");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            LOG.info("Printed {} ({} pages) on {}", jobName, document.getNumberOfPages(), job.getPrintService());
            return true;
        } catch (HeadlessException e) {
            throw new UserException(e, "document.print.noDialog");
        } catch (PrinterException e) {
            LOG.warn("Printing {} failed", jobName, e);
            throw new UserException(e, "document.print.failed", String.valueOf(e.getMessage()));
        }
    }
}
