package org.cutri.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.text.DateText;
import org.cutri.document.DocumentFiles;
import org.cutri.meeting.SchedulePlanDocument;
import org.cutri.round.RoundService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code schedule --round ID [--out FILE.docx|FILE.pdf] [--issue [--date dd/MM/yyyy]]}: writes the round's plan and
 * schedule as it stands (a draft with its number left blank until issued); {@code --issue} first issues the plan (ban
 * hành: the next number of the register, dated {@code --date}, else the round's plan date, else today; a plan issued
 * before keeps its number). Prints the file and the number, or that the plan is a draft.
 */
@Command(name = "schedule", description = "Ghi kế hoạch và lịch tiếp xúc cử tri của một đợt ra tệp .docx hoặc .pdf"
        + " (bản dự thảo chưa có số cho đến khi ban hành bằng --issue).")
class ScheduleCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Option(names = "--round", required = true, paramLabel = "ID", description = "Số (ID) của đợt, xem lệnh “rounds”.")
    private int roundId;

    @Option(names = "--out", paramLabel = "FILE", description = "Tệp kết quả: .docx hoặc .pdf.")
    private Path out;

    @Option(names = "--issue", description = "Ban hành kế hoạch: lấy số tiếp theo trong sổ văn bản đi (kế hoạch đã"
            + " ban hành giữ số cũ). Không có tùy chọn này, kế hoạch ghi ra là bản dự thảo chưa có số.")
    private boolean issue;

    @Option(names = "--date", paramLabel = "dd/MM/yyyy", description = "Ngày ban hành (mặc định: ngày ký kế hoạch của"
            + " đợt, nếu trống là hôm nay). Chỉ dùng với --issue.")
    private String date;

    @Override
    public Integer call() {
        Optional<LocalDate> day = Optional.ofNullable(IssueDate.check(issue, date, out != null));
        if (out != null) {
            DocumentFiles.formatOf(out);
        }
        LocalDate today = LocalDate.now();
        try (AppContext context = parent.openContext()) {
            SchedulePlanDocument.Plan plan;
            if (issue) {
                LocalDate on = day.orElseGet(() -> RoundService.issueDay(context.rounds().get(roundId), today));
                plan = context.schedulePlans().issue(roundId, on);
                parent.out().println(parent.messages().get("cli.schedule.issued", plan.number(),
                        DateText.format(context.rounds().get(roundId).planDate())));
            } else {
                plan = context.schedulePlans().build(roundId, today);
            }
            if (out != null) {
                DocumentFiles.save(plan.document(), out);
                org.cutri.document.DocumentSaver.recordWritten(context.audit(), plan.document(), out);
                parent.out().println(plan.issued()
                        ? parent.messages().get("cli.schedule.saved", out.toAbsolutePath(), plan.number())
                        : parent.messages().get("cli.schedule.savedDraft", out.toAbsolutePath()));
            }
            return 0;
        }
    }
}
