package org.cutri.sentiment;

import java.time.LocalDate;

/** What the user typed for a period, before it is stored. Null subject: the usual one for its kind and label. */
public record PeriodDraft(SentimentPeriodKind kind, String label, String subject, LocalDate fromDate,
        LocalDate untilDate, LocalDate deadline, String generalText, String proposals) {
}
