package org.cutri.document;

import java.nio.file.Path;

import org.cutri.audit.AuditAction;
import org.cutri.audit.AuditLog;
import org.cutri.common.task.TaskMonitor;

/**
 * Writes a document to a file on a worker, stopping once the monitor is cancelled: {@link DocumentFiles#save}
 * in the program (a stopped or failed save leaves no file behind and an older file of that name as it was);
 * tests hold it half-way to press "Dừng".
 */
@FunctionalInterface
public interface DocumentSaver {

    DocumentSaver FILES = DocumentFiles::save;

    void save(OfficialDocument document, Path target, TaskMonitor monitor);

    /** This saver, recording each document it wrote in the audit trail (by its type and file, never its text). */
    default DocumentSaver audited(AuditLog audit) {
        return (document, target, monitor) -> {
            save(document, target, monitor);
            recordWritten(audit, document, target);
        };
    }

    /** Records a document written to this file in the audit trail. */
    static void recordWritten(AuditLog audit, OfficialDocument document, Path target) {
        audit.record(AuditAction.EXPORT, "file", target.getFileName(),
                "ghi " + (document == null ? "tài liệu" : document.type()) + " ra tệp " + target.toAbsolutePath());
    }
}
