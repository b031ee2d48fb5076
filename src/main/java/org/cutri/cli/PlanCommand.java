package org.cutri.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.document.DocumentFiles;
import org.cutri.plan.PlanDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code plan --id ID --out FILE.docx|FILE.pdf}: writes the plan as an official document. It never numbers the plan:
 * a draft prints without a number (issuing is done in the window).
 */
@Command(name = "plan", description = "Ghi một kế hoạch ra tệp .docx hoặc .pdf (kế hoạch chưa ban hành in không có số).")
class PlanCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "Số (ID) của kế hoạch, xem lệnh “plans”.")
    private int planId;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Tệp kết quả: .docx hoặc .pdf.")
    private Path out;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            DocumentFiles.formatOf(out);
            PlanDocument.Printed printed = context.planDocuments().build(planId);
            DocumentFiles.save(printed.document(), out);
            org.cutri.document.DocumentSaver.recordWritten(context.audit(), printed.document(), out);
            parent.out().println(printed.number().isEmpty()
                    ? parent.messages().get("cli.plan.savedDraft", out.toAbsolutePath())
                    : parent.messages().get("cli.plan.saved", out.toAbsolutePath(), printed.number()));
            return 0;
        }
    }
}
