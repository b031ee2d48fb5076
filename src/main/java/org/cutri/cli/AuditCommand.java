package org.cutri.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.common.text.DateText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code audit [--from DATE]}: the audit trail, oldest first, one row a line:
 * {@code time<TAB>account<TAB>action<TAB>object<TAB>description}.
 */
@Command(name = "audit", description = "In nhật ký thao tác: thời gian<TAB>tài khoản<TAB>hành động<TAB>đối tượng"
        + "<TAB>mô tả, cũ trước.")
class AuditCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    private CutriCommand parent;

    @Option(names = "--from", paramLabel = "DATE", description = "Chỉ từ ngày này (dd/MM/yyyy hoặc yyyy-MM-dd).")
    private String from;

    @Override
    public Integer call() {
        LocalDate since = from == null ? null : parseDate(from);
        try (AppContext context = parent.openContext()) {
            context.audit().forEachSince(since, entry -> parent.out().println(TIME.format(entry.at()) + "\t"
                    + entry.account() + "\t" + entry.action().name() + "\t" + oneLine(entry.object()) + "\t"
                    + oneLine(entry.description())));
            return 0;
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return DateText.parse(text).orElseThrow(() -> new UserException("cli.audit.badDate", text));
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ");
    }
}
