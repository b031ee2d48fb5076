package org.cutri.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cutri.app.AppContext;
import org.cutri.audit.AuditAction;
import org.cutri.audit.AuditEntry;
import org.cutri.audit.AuditFilter;
import org.cutri.common.task.TaskMonitor;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document saved from a preview window or a screen is one audit row naming its type and file, not its text. */
class DocumentOutputTest {

    @TempDir
    Path folder;

    @Test
    void aDocumentSavedThroughTheScreensOutputIsRecordedByTypeAndFile() {
        try (AppContext context = TestContexts.open(folder.resolve("xa"))) {
            DocumentOutput output = new DocumentOutput(context.audit());
            Path target = folder.resolve("ke-hoach.pdf");

            output.saver().save(DocumentSamples.plan(), target, TaskMonitor.NONE);
            output.written(DocumentSamples.plan(), folder.resolve("bao-cao.xlsx"));
            DocumentOutput.PLAIN.saver().save(DocumentSamples.plan(), folder.resolve("khong-ghi.pdf"), TaskMonitor.NONE);

            assertThat(Files.exists(target)).isTrue();
            assertThat(context.audit().find(new AuditFilter(null, null, AuditAction.EXPORT, ""), 10).entries())
                    .extracting(AuditEntry::objectId, AuditEntry::description)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("bao-cao.xlsx",
                                    "ghi KẾ HOẠCH ra tệp " + folder.resolve("bao-cao.xlsx").toAbsolutePath()),
                            org.assertj.core.groups.Tuple.tuple("ke-hoach.pdf",
                                    "ghi KẾ HOẠCH ra tệp " + target.toAbsolutePath()));
        }
    }
}
