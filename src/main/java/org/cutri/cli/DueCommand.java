package org.cutri.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.common.text.DateText;
import org.cutri.plan.CalendarEntry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code due [--from dd/MM/yyyy] [--days N]}: the duties not done that are overdue at that day or due within N days
 * of it (30 unless given), by date: {@code dd/MM/yyyy<TAB>plan<TAB>duty<TAB>status}.
 */
@Command(name = "due", description = "Liệt kê việc quá hạn và sắp đến hạn: ngày<TAB>kế hoạch<TAB>việc<TAB>tình trạng.")
class DueCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Option(names = "--from", paramLabel = "DATE", description = "Tính từ ngày này (dd/MM/yyyy), mặc định hôm nay.")
    private String from;

    @Option(names = "--days", paramLabel = "N", description = "Số ngày nhìn tới (mặc định 30).")
    private int days = 30;

    @Override
    public Integer call() {
        LocalDate today = from == null ? LocalDate.now()
                : DateText.parse(from.strip()).orElseThrow(() -> new UserException("cli.due.badDate", from));
        if (days < 0 || days > 3660) {
            throw new UserException("cli.due.badDays", days);
        }
        try (AppContext context = parent.openContext()) {
            for (CalendarEntry entry : context.dutyCalendar().entries(today, today.plusDays(days))) {
                parent.out().println(DateText.format(entry.due()) + "\t" + oneLine(entry.plan()) + "\t"
                        + oneLine(entry.duty().what()) + "\t" + status(entry));
            }
            return 0;
        }
    }

    private String status(CalendarEntry entry) {
        String label = parent.messages().label(entry.state());
        return entry.daysLate() > 0 ? parent.messages().get("cli.due.late", label, entry.daysLate()) : label;
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ");
    }
}
