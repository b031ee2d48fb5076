package org.cutri.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.audit.AuditAction;
import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.cutri.conference.Conference;
import org.cutri.conference.ConferenceDocumentKind;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code conference --id ID --out FILE.docx|FILE.pdf [--document programme|invitations|commendations|attendance]}:
 * writes a conference's document (the programme unless told; the commendation list also as .xlsx). Invitations not
 * yet issued print with their numbers blank; {@code conference issue-invitations --id ID} numbers them through the
 * register. Bad input is one Vietnamese line, exit 2, nothing written.
 */
@Command(name = "conference", description = "Ghi tài liệu của một hội nghị tổng kết ra tệp .docx hoặc .pdf (danh sách"
        + " khen thưởng cả .xlsx): chương trình (programme, mặc định), giấy mời (invitations), danh sách khen thưởng"
        + " (commendations), danh sách đại biểu dự (attendance). Lệnh con issue-invitations: ban hành giấy mời (lấy số).",
        subcommands = ConferenceIssueCommand.class)
class ConferenceCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Option(names = "--id", paramLabel = "ID", description = "Số (ID) của hội nghị, xem lệnh “conferences”.")
    private Integer conferenceId;

    @Option(names = "--out", paramLabel = "FILE", description = "Tệp kết quả: .docx, .pdf (khen thưởng: cả .xlsx).")
    private Path out;

    @Option(names = "--document", paramLabel = "LOẠI", defaultValue = "programme",
            description = "programme | invitations | commendations | attendance (mặc định: programme).")
    private String document;

    CutriCommand root() {
        return parent;
    }

    @Override
    public Integer call() {
        if (conferenceId == null || out == null) {
            throw new UserException("conference.cli.idOut");
        }
        ConferenceDocumentKind kind = kind(document);
        try (AppContext context = parent.openContext()) {
            Conference conference = context.conferences().conference(conferenceId);
            context.conferenceFiles().save(conferenceId, kind, out, LocalDate.now(), TaskMonitor.NONE);
            context.audit().record(AuditAction.EXPORT, "file", out.getFileName(), "ghi tài liệu hội nghị "
                    + conference.title() + " ra tệp " + out.toAbsolutePath());
            parent.out().println(parent.messages().get("conference.cli.written", out.toAbsolutePath()));
            return 0;
        }
    }

    static ConferenceDocumentKind kind(String text) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (typed) {
            case "programme", "program" -> ConferenceDocumentKind.PROGRAMME;
            case "invitations" -> ConferenceDocumentKind.INVITATIONS;
            case "commendations" -> ConferenceDocumentKind.COMMENDATIONS;
            case "attendance" -> ConferenceDocumentKind.ATTENDANCE;
            default -> throw new UserException("conference.cli.document", text);
        };
    }
}
