package org.cutri.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.audit.AuditAction;
import org.cutri.common.task.TaskMonitor;
import org.cutri.document.DocumentFiles;
import org.cutri.sentiment.SentimentPeriod;
import org.cutri.sentiment.SentimentPeriodStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sentiment report --period ID --out FILE.docx|FILE.pdf}: writes the period's report as it stands: with its
 * number and date once it was issued in the window, else as a draft without a number (the command line never takes a
 * number of the register). Another extension, an unknown period, a missing folder: one Vietnamese line, exit 2, no
 * file left behind.
 */
@Command(name = "report", description = "Ghi báo cáo tình hình Nhân dân của một kỳ ra tệp Word (.docx) hoặc PDF (.pdf):"
        + " có số nếu kỳ đã ban hành báo cáo, nếu chưa thì là bản dự thảo không số.")
class SentimentReportCommand implements Callable<Integer> {

    @ParentCommand
    private SentimentCommand parent;

    @Option(names = "--period", required = true, paramLabel = "ID", description = "Số (ID) của kỳ báo cáo.")
    private int periodId;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Tệp .docx hoặc .pdf cần ghi.")
    private Path out;

    @Override
    public Integer call() {
        DocumentFiles.formatOf(out);
        CutriCommand root = parent.root();
        try (AppContext context = root.openContext()) {
            SentimentPeriod period = context.sentiment().period(periodId);
            boolean draft = period.status() != SentimentPeriodStatus.REPORTED;
            context.sentiment().save(periodId, out, draft, LocalDate.now(), TaskMonitor.NONE);
            context.audit().record(AuditAction.EXPORT, "file", out.getFileName(),
                    "ghi báo cáo tình hình Nhân dân kỳ " + period.label() + " ra tệp " + out.toAbsolutePath());
            root.out().println(root.messages().get(draft ? "sentiment.cli.writtenDraft" : "sentiment.cli.written",
                    out.toAbsolutePath()));
            return 0;
        }
    }
}
