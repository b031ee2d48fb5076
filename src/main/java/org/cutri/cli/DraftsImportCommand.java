package org.cutri.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.DateText;
import org.cutri.draft.DraftDocument;
import org.cutri.draft.DraftInfo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code drafts import FILE.docx --title TEXT [--due dd/MM/yyyy]}: reads the draft's sections from its headings and
 * stores it; prints {@code ID<TAB>title<TAB>sections}. A file that cannot be read, a title already used, a wrong date:
 * one Vietnamese line, exit 2, nothing stored.
 */
@Command(name = "import", description = "Nhập dự thảo từ tệp Word (.docx): các phần, mục lấy theo đề mục của dự thảo.")
class DraftsImportCommand implements Callable<Integer> {

    @ParentCommand
    private DraftsCommand parent;

    @Parameters(index = "0", paramLabel = "FILE.docx", description = "Tệp dự thảo (.docx).")
    private Path file;

    @Option(names = "--title", required = true, paramLabel = "TEXT", description = "Tên dự thảo.")
    private String title;

    @Option(names = "--due", paramLabel = "DATE", description = "Hạn gửi ý kiến góp ý lên cấp trên (dd/MM/yyyy).")
    private String due;

    @Override
    public Integer call() {
        LocalDate dueDate = due == null ? null
                : DateText.parse(due.strip()).orElseThrow(() -> new UserException("draft.cli.badDate", due));
        CutriCommand root = parent.root();
        try (AppContext context = root.openContext()) {
            DraftDocument draft = context.drafts().importDocx(file, DraftInfo.titled(title, dueDate), TaskMonitor.NONE);
            root.out().println(draft.id() + "\t" + draft.title() + "\t" + draft.sections());
            return 0;
        }
    }
}
