package org.cutri.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.document.DocumentFiles;
import org.cutri.meeting.SchedulePlanDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code schedule --round ID --out FILE.docx|FILE.pdf}: writes the round's plan and schedule; the first
 * time it gives the plan its number. Prints the file and the number.
 */
@Command(name = "schedule", description = "Ghi kế hoạch và lịch tiếp xúc cử tri của một đợt ra tệp .docx hoặc .pdf.")
class ScheduleCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Option(names = "--round", required = true, paramLabel = "ID", description = "Số (ID) của đợt, xem lệnh “rounds”.")
    private int roundId;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Tệp kết quả: .docx hoặc .pdf.")
    private Path out;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            DocumentFiles.formatOf(out);
            SchedulePlanDocument.Plan plan = context.schedulePlans().build(roundId, LocalDate.now());
            DocumentFiles.save(plan.document(), out);
            org.cutri.document.DocumentSaver.recordWritten(context.audit(), plan.document(), out);
            parent.out().println(parent.messages().get("cli.schedule.saved", out.toAbsolutePath(), plan.number()));
            return 0;
        }
    }
}
