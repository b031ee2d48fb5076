package org.cutri.document;

import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a PDF as pictures, for the preview window (PDFBox), one page at a time: a document of a
 * thousand pages is opened once and only the pages asked for are drawn, so memory stays small.
 */
public final class PdfPages implements AutoCloseable {

    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    /** Opens the PDF for drawing its pages; close it when done. */
    public static PdfPages open(byte[] pdf) throws IOException {
        return new PdfPages(Loader.loadPDF(pdf));
    }

    public synchronized int count() {
        return document.getNumberOfPages();
    }

    /** Draws one page (0 is the first) at the given resolution (96 dpi: the real size on most screens). */
    public synchronized BufferedImage render(int index, float dpi) throws IOException {
        return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
    }

    @Override
    public synchronized void close() throws IOException {
        document.close();
    }
}
