package org.cutri.cli;

import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.draft.DraftDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code drafts}: the drafts received for comments (góp ý dự thảo văn kiện), the latest first:
 * {@code ID<TAB>title<TAB>sections<TAB>comments}; with a subcommand, imports a draft, lists its sections or writes its
 * report.
 */
@Command(name = "drafts", description = "Góp ý dự thảo văn kiện: liệt kê dự thảo (ID<TAB>tên<TAB>số phần, mục<TAB>số ý"
        + " kiến), nhập dự thảo từ .docx (import), các phần, mục (sections), ghi báo cáo tổng hợp (report).",
        subcommands = {DraftsImportCommand.class, DraftsSectionsCommand.class, DraftsReportCommand.class})
class DraftsCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    CutriCommand root() {
        return parent;
    }

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            for (DraftDocument draft : context.drafts().drafts()) {
                parent.out().println(draft.id() + "\t" + DueCommand.oneLine(draft.title()) + "\t" + draft.sections()
                        + "\t" + draft.comments());
            }
            return 0;
        }
    }
}
