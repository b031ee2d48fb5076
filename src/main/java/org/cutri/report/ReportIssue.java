package org.cutri.report;

import java.time.LocalDate;

/** The number a round's compiled report was given, kept for every later copy. */
public record ReportIssue(int roundId, int issueYear, int number, LocalDate issuedOn) {
}
