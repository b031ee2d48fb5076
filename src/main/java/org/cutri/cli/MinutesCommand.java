package org.cutri.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.document.DocumentFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code minutes --meeting ID --out FILE.docx|FILE.pdf [--with-names --confirm-names]}: writes a meeting's minutes
 * (biên bản). Speakers who agreed are named only with both flags, as for {@code report}.
 */
@Command(name = "minutes", description = "Ghi biên bản một hội nghị ra tệp Word (.docx) hoặc PDF (.pdf).")
class MinutesCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Option(names = "--meeting", required = true, paramLabel = "ID", description = "Số (ID) của hội nghị.")
    private int meetingId;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Tệp .docx hoặc .pdf cần ghi.")
    private Path out;

    @Option(names = "--with-names", description = "Ghi tên người nêu ý kiến (chỉ những người đã đồng ý).")
    private boolean withNames;

    @Option(names = "--confirm-names", description = "Xác nhận ghi tên cử tri (dữ liệu cá nhân) vào biên bản.")
    private boolean confirmNames;

    @Override
    public Integer call() {
        DocumentFiles.formatOf(out);
        if (withNames && !confirmNames) {
            throw new UserException("minutes.cli.namesNotConfirmed");
        }
        try (AppContext context = parent.openContext()) {
            org.cutri.document.OfficialDocument document = context.minutes().document(meetingId, withNames);
            DocumentFiles.save(document, out);
            org.cutri.document.DocumentSaver.recordWritten(context.audit(), document, out);
            parent.out().println(parent.messages().get("minutes.cli.written", out.toAbsolutePath()));
            return 0;
        }
    }
}
