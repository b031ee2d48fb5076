package org.cutri.report;

import java.time.LocalDate;

/**
 * The date a report carries and whether it is marked as a draft (DỰ THẢO): the secretary's choice when the
 * report is made before its round has ended or while meetings are still not held.
 */
public record ReportDate(LocalDate date, boolean draft) {
}
