package org.cutri.document;

import java.nio.file.Path;

import org.cutri.audit.AuditAction;
import org.cutri.audit.AuditLog;

/**
 * Where a screen's documents go out of the program, recorded in the audit trail: saved to a file, sent to the
 * printer. A screen hands it to the preview window ({@link DocumentPreview}).
 */
public record DocumentOutput(AuditLog audit) {

    /** Records nothing: for tests and screens outside an office's data. */
    public static final DocumentOutput PLAIN = new DocumentOutput(AuditLog.NONE);

    /** Writes a document to a file and records it. */
    public DocumentSaver saver() {
        return DocumentSaver.FILES.audited(audit);
    }

    /** Sends the pages to the printer and records the job (its name and pages, never the text). */
    public DocumentPreviewViewModel.Printer printer() {
        return (pdf, jobName, settings, monitor) -> {
            DocumentPrinter.print(pdf, jobName, settings, monitor);
            audit.record(AuditAction.PRINT, "document", jobName, "in " + settings.copies() + " bản trên máy in "
                    + settings.printer());
        };
    }

    /** Records a document this screen wrote itself (the report's Word, Excel or PDF file). */
    public void written(OfficialDocument document, Path target) {
        DocumentSaver.recordWritten(audit, document, target);
    }
}
