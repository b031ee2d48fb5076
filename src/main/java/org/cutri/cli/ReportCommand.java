package org.cutri.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.report.ReportFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code report --round ID --out FILE.docx|FILE.xlsx|FILE.pdf [--with-names --confirm-names]}: writes a
 * round's compiled report. Speakers' names only with both flags.
 */
@Command(name = "report", description = "Ghi báo cáo tổng hợp ý kiến, kiến nghị cử tri của một đợt ra tệp Word"
        + " (.docx), Excel (.xlsx) hoặc PDF (.pdf).")
class ReportCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Option(names = "--round", required = true, paramLabel = "ID", description = "Số (ID) của đợt tiếp xúc cử tri.")
    private int roundId;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Tệp .docx, .xlsx hoặc .pdf cần ghi.")
    private Path out;

    @Option(names = "--with-names", description = "Ghi tên người nêu ý kiến (chỉ những người đã đồng ý).")
    private boolean withNames;

    @Option(names = "--confirm-names", description = "Xác nhận ghi tên cử tri (dữ liệu cá nhân) vào báo cáo.")
    private boolean confirmNames;

    @Override
    public Integer call() {
        ReportFiles.formatOf(out);
        if (withNames && !confirmNames) {
            throw new UserException("report.cli.namesNotConfirmed");
        }
        try (AppContext context = parent.openContext()) {
            context.reportFiles().save(roundId, withNames, out, LocalDate.now());
            context.audit().record(org.cutri.audit.AuditAction.EXPORT, "file", out.getFileName(),
                    "ghi báo cáo tổng hợp đợt " + roundId + (withNames ? " (có tên người nêu)" : "") + " ra tệp "
                            + out.toAbsolutePath());
            parent.out().println(parent.messages().get("report.cli.written", out.toAbsolutePath()));
            return 0;
        }
    }
}
