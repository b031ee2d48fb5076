package org.cutri.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.audit.AuditAction;
import org.cutri.common.task.TaskMonitor;
import org.cutri.document.DocumentFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code answers report --round ID [--out FILE.docx|FILE.pdf] [--issue [--date dd/MM/yyyy]]}: writes the round's
 * read-back report (báo cáo kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri) as it stands (its number left
 * blank until issued); {@code --issue} first issues it (the register's next number, dated {@code --date} or today). Another extension, an unknown round, a folder one cannot write
 * in or a full disk: one Vietnamese line, exit 2, and no file left behind.
 */
@Command(name = "report", description = "Ghi báo cáo kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri của một"
        + " đợt ra tệp Word (.docx) hoặc PDF (.pdf).")
class AnswersReportCommand implements Callable<Integer> {

    @ParentCommand
    private AnswersCommand parent;

    @Option(names = "--round", required = true, paramLabel = "ID", description = "Số (ID) của đợt tiếp xúc cử tri.")
    private int roundId;

    @Option(names = "--out", paramLabel = "FILE", description = "Tệp .docx hoặc .pdf cần ghi.")
    private Path out;

    @Option(names = "--issue", description = "Ban hành báo cáo: lấy số tiếp theo trong sổ văn bản đi (báo cáo đã ban"
            + " hành giữ số cũ). Không có tùy chọn này, báo cáo chưa ban hành ghi ra với số để trống.")
    private boolean issue;

    @Option(names = "--date", paramLabel = "dd/MM/yyyy", description = "Ngày ban hành (mặc định: hôm nay). Chỉ dùng"
            + " với --issue.")
    private String date;

    @Override
    public Integer call() {
        LocalDate day = IssueDate.check(issue, date, out != null);
        if (out != null) {
            DocumentFiles.formatOf(out);
        }
        CutriCommand root = parent.root();
        try (AppContext context = root.openContext()) {
            if (issue) {
                org.cutri.report.ReportIssue issued = context.reports().answerIssue(roundId,
                        day != null ? day : LocalDate.now());
                root.out().println(root.messages().get("report.cli.issued", context.reports().numberText(issued),
                        org.cutri.common.text.DateText.format(issued.issuedOn())));
            }
            if (out == null) {
                return 0;
            }
            context.answerReports().save(roundId, out, LocalDate.now(), TaskMonitor.NONE);
            context.audit().record(AuditAction.EXPORT, "file", out.getFileName(),
                    "ghi báo cáo kết quả trả lời cử tri đợt " + roundId + " ra tệp " + out.toAbsolutePath());
            root.out().println(root.messages().get("report.answers.cli.written", out.toAbsolutePath()));
            return 0;
        }
    }
}
