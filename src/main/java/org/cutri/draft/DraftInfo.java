package org.cutri.draft;

import java.time.LocalDate;

/** What the office records about a draft besides its text: title, who sent it, dates, the plan it belongs to. */
public record DraftInfo(String title, String issuer, LocalDate receivedDate, LocalDate dueDate, Integer planId) {

    /** Only a title, the rest empty (the command line's import). */
    public static DraftInfo titled(String title, LocalDate dueDate) {
        return new DraftInfo(title, null, null, dueDate, null);
    }
}
