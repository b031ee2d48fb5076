package org.cutri.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.audit.AuditAction;
import org.cutri.common.task.TaskMonitor;
import org.cutri.draft.DraftDocument;
import org.cutri.draft.DraftService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code drafts report --id ID --out FILE.docx|FILE.pdf|FILE.xlsx}: the compiled report as it stands (with its number
 * once issued in the window, else a draft without a number: the command line never takes a number of the register),
 * or the per-section table. Another extension, an unknown draft, a missing folder: one Vietnamese line, exit 2, no
 * file left behind.
 */
@Command(name = "report", description = "Ghi báo cáo tổng hợp ý kiến góp ý dự thảo ra tệp Word (.docx), PDF (.pdf), hoặc"
        + " bảng tổng hợp theo từng phần, mục ra Excel (.xlsx).")
class DraftsReportCommand implements Callable<Integer> {

    @ParentCommand
    private DraftsCommand parent;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "Số (ID) của dự thảo.")
    private int id;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Tệp .docx, .pdf hoặc .xlsx cần ghi.")
    private Path out;

    @Override
    public Integer call() {
        DraftService.Output output = DraftService.outputOf(out);
        CutriCommand root = parent.root();
        try (AppContext context = root.openContext()) {
            DraftDocument draft = context.drafts().draft(id);
            boolean draftPrint = !draft.sent();
            context.drafts().save(id, out, draftPrint, LocalDate.now(), TaskMonitor.NONE);
            context.audit().record(AuditAction.EXPORT, "file", out.getFileName(),
                    "ghi tổng hợp góp ý dự thảo " + draft.title() + " ra tệp " + out.toAbsolutePath());
            String key = output == DraftService.Output.XLSX ? "draft.cli.writtenTable"
                    : draftPrint ? "draft.cli.writtenDraft" : "draft.cli.written";
            root.out().println(root.messages().get(key, out.toAbsolutePath()));
            return 0;
        }
    }
}
