package org.cutri.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.common.text.DateText;
import org.cutri.report.CommuneGroupWork;
import org.cutri.report.GroupWork;
import org.cutri.report.ReportFiles;
import org.cutri.report.ReportIssue;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code report --round ID [--out FILE.docx|FILE.xlsx|FILE.pdf] [--with-names --confirm-names] [--issue [--date
 * dd/MM/yyyy]]}: writes a round's compiled report as it stands (its number left blank until issued); {@code --issue}
 * first issues it (ban hành: the register's next number, dated {@code --date} or today; a report issued before keeps
 * its number). Speakers' names only with both flags.
 */
@Command(name = "report", description = "Ghi báo cáo tổng hợp ý kiến, kiến nghị cử tri của một đợt ra tệp Word"
        + " (.docx), Excel (.xlsx) hoặc PDF (.pdf).")
class ReportCommand implements Callable<Integer> {

    /** How many codes of the opinions typed without diacritics the warning names. */
    private static final int SHOWN_CODES = 5;

    @ParentCommand
    private CutriCommand parent;

    @Option(names = "--round", required = true, paramLabel = "ID", description = "Số (ID) của đợt tiếp xúc cử tri.")
    private int roundId;

    @Option(names = "--out", paramLabel = "FILE", description = "Tệp .docx, .xlsx hoặc .pdf cần ghi.")
    private Path out;

    @Option(names = "--issue", description = "Ban hành báo cáo: lấy số tiếp theo trong sổ văn bản đi (báo cáo đã ban"
            + " hành giữ số cũ). Không có tùy chọn này, báo cáo chưa ban hành ghi ra với số để trống.")
    private boolean issue;

    @Option(names = "--date", paramLabel = "dd/MM/yyyy", description = "Ngày ban hành (mặc định: hôm nay). Chỉ dùng"
            + " với --issue.")
    private String date;

    @Option(names = "--with-names", description = "Ghi tên người nêu ý kiến (chỉ những người đã đồng ý).")
    private boolean withNames;

    @Option(names = "--confirm-names", description = "Xác nhận ghi tên cử tri (dữ liệu cá nhân) vào báo cáo.")
    private boolean confirmNames;

    @Override
    public Integer call() {
        LocalDate day = IssueDate.check(issue, date, out != null);
        if (out != null) {
            ReportFiles.formatOf(out);
        }
        if (withNames && !confirmNames) {
            throw new UserException("report.cli.namesNotConfirmed");
        }
        try (AppContext context = parent.openContext()) {
            if (issue) {
                ReportIssue issued = context.reports().issue(roundId, day != null ? day : LocalDate.now());
                parent.out().println(parent.messages().get("report.cli.issued", context.reports().numberText(issued),
                        DateText.format(issued.issuedOn())));
            }
            if (out == null) {
                return 0;
            }
            context.reportFiles().save(roundId, withNames, out, LocalDate.now());
            context.audit().record(org.cutri.audit.AuditAction.EXPORT, "file", out.getFileName(),
                    "ghi báo cáo tổng hợp đợt " + roundId + (withNames ? " (có tên người nêu)" : "") + " ra tệp "
                            + out.toAbsolutePath());
            parent.out().println(parent.messages().get(context.reports().issued(roundId).isPresent()
                    ? "report.cli.written" : "report.cli.writtenDraft", out.toAbsolutePath()));
            warnOfUnreviewedWork(context);
            return 0;
        }
    }

    /**
     * Says on stderr what the window asks about before saving (suggested groups not reviewed, opinions typed
     * without diacritics): a command never waits for an answer, so the file is written and the secretary told.
     */
    private void warnOfUnreviewedWork(AppContext context) {
        GroupWork work = new CommuneGroupWork(roundId, context.reports(), context.groups(), context.opinions());
        int unreviewed = work.suggest().size();
        if (unreviewed > 0) {
            parent.err().println(parent.messages().get("report.cli.unreviewed", unreviewed));
        }
        List<GroupWork.Member> withoutDiacritics = work.load().withoutDiacritics();
        if (!withoutDiacritics.isEmpty()) {
            String codes = withoutDiacritics.stream().limit(SHOWN_CODES).map(GroupWork.Member::code)
                    .collect(Collectors.joining(", ")) + (withoutDiacritics.size() > SHOWN_CODES ? ", …" : "");
            parent.err().println(parent.messages().get("report.cli.noDiacritics", withoutDiacritics.size(), codes));
        }
    }
}
