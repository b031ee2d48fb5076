package org.cutri.document;

import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Printable;
import java.awt.print.PrinterAbortException;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CancellationException;

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
import org.cutri.common.task.TaskMonitor;
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
        print(pdf, jobName, settings, TaskMonitor.NONE);
    }

    /**
     * Prints, reporting the pages sent; once the monitor is cancelled the job is cancelled before its next page
     * (pages already sent may still come out of the printer) and this ends with {@link CancellationException}.
     */
    public static void print(byte[] pdf, String jobName, PrintSettings settings, TaskMonitor monitor)
            throws IOException {
        PrintService service = Arrays.stream(PrinterJob.lookupPrintServices())
                .filter(s -> s.getName().equals(settings.printer())).findFirst()
                .orElseThrow(() -> new UserException("document.print.noPrinter"));
        PrinterJob job = PrinterJob.getPrinterJob();
        print(pdf, jobName, new Job() {
            @Override
            public void send(Pageable pages) throws PrinterException {
                job.setPrintService(service);
                job.setJobName(jobName);
                job.setPageable(pages);
                job.print(attributes(jobName, settings));
            }

            @Override
            public void cancel() {
                job.cancel();
            }
        }, monitor);
        LOG.info("Printed {} on {}", jobName, service.getName());
    }

    /** A printer's job: it takes the pages and asks for them one by one; it can be cancelled meanwhile. */
    interface Job {
        void send(Pageable pages) throws PrinterException;

        void cancel();
    }

    /** Sends the PDF's pages through the job, watching the monitor between pages. */
    static void print(byte[] pdf, String jobName, Job job, TaskMonitor monitor) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            job.send(new WatchedPages(new PDFPageable(document), job::cancel, monitor));
        } catch (PrinterException e) {
            if (monitor.isCancelled()) {
                LOG.info("Printing {} stopped by the user", jobName);
                throw new CancellationException("printing stopped");
            }
            LOG.warn("Printing {} failed", jobName, e);
            throw new UserException(e, "document.print.failed", String.valueOf(e.getMessage()));
        }
    }

    /**
     * The document's pages as the printer asks for them, one by one: each first checks whether the user stopped
     * the printing (then the job is cancelled and this page is not sent), then reports how far it got.
     */
    static final class WatchedPages implements Pageable {
        private final Pageable pages;
        private final Runnable cancelJob;
        private final TaskMonitor monitor;

        WatchedPages(Pageable pages, Runnable cancelJob, TaskMonitor monitor) {
            this.pages = pages;
            this.cancelJob = cancelJob;
            this.monitor = monitor;
        }

        @Override
        public int getNumberOfPages() {
            return pages.getNumberOfPages();
        }

        @Override
        public PageFormat getPageFormat(int pageIndex) {
            return pages.getPageFormat(pageIndex);
        }

        @Override
        public Printable getPrintable(int pageIndex) {
            Printable page = pages.getPrintable(pageIndex);
            return (graphics, format, index) -> {
                if (monitor.isCancelled()) {
                    cancelJob.run();
                    throw new PrinterAbortException("stopped by the user");
                }
                monitor.progress(index, getNumberOfPages());
                return page.print(graphics, format, index);
            };
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
