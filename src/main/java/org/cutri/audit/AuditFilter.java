package org.cutri.audit;

import java.time.LocalDate;

/**
 * Which audit rows to show: from and to a day (both included, either may be absent), one action or all (null),
 * and text found in the account, object or description (case ignored; empty for all).
 */
public record AuditFilter(LocalDate from, LocalDate to, AuditAction action, String text) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, "");

    public AuditFilter {
        text = text == null ? "" : text.strip();
    }
}
