package org.cutri.audit;

import java.util.List;

/** The newest rows matching a filter (at most the limit asked for), and how many match in all. */
public record AuditPage(List<AuditEntry> entries, long total) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
