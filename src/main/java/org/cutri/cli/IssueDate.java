package org.cutri.cli;

import java.time.LocalDate;

import org.cutri.common.UserException;
import org.cutri.common.text.DateText;

/** The {@code --issue [--date dd/MM/yyyy]} options of the commands that print a numbered document (decision 0045). */
final class IssueDate {

    private IssueDate() {
    }

    /**
     * Checks the options before anything is opened: something to do ({@code --out} or {@code --issue}), {@code --date}
     * only with {@code --issue}, and a real date. Returns the date given, or null.
     */
    static LocalDate check(boolean issue, String date, boolean writes) {
        if (!writes && !issue) {
            throw new UserException("cli.issue.nothing");
        }
        if (date != null && !issue) {
            throw new UserException("cli.schedule.dateWithoutIssue");
        }
        return date == null ? null
                : DateText.parse(date).orElseThrow(() -> new UserException("numbering.cli.date", date));
    }
}
