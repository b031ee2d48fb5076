package org.cutri.cli;

import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.draft.DraftCompilation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code drafts sections --id ID}: the draft's sections in its order with the comments counted without double
 * counting (a section's counts take in its subsections): {@code label<TAB>heading<TAB>agree<TAB>disagree<TAB>partly}.
 */
@Command(name = "sections", description = "Các phần, mục của một dự thảo: số thứ tự<TAB>đề mục<TAB>tán thành<TAB>không"
        + " tán thành<TAB>tán thành một phần (mỗi ý kiến tính một lần, mục lớn gồm cả các mục con).")
class DraftsSectionsCommand implements Callable<Integer> {

    @ParentCommand
    private DraftsCommand parent;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "Số (ID) của dự thảo.")
    private int id;

    @Override
    public Integer call() {
        CutriCommand root = parent.root();
        try (AppContext context = root.openContext()) {
            context.drafts().draft(id);
            for (DraftCompilation.SectionTotals s : context.drafts().compilation(id).sections()) {
                root.out().println(s.section().label() + "\t" + DueCommand.oneLine(s.section().heading()) + "\t"
                        + s.total().agree() + "\t" + s.total().disagree() + "\t" + s.total().partly());
            }
            return 0;
        }
    }
}
