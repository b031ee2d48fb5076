package org.cutri.audit;

import java.time.LocalDateTime;

/**
 * One row of the audit trail: when, the operating-system account, what was done, to which object (a table and
 * the row's id, or a file name) and a short description that never carries a voter's name.
 */
public record AuditEntry(long id, LocalDateTime at, String account, AuditAction action, String objectType,
        String objectId, String description) {

    /** The object as the trail shows it: "opinion 12", "package cutri-x-1-1.zip". */
    public String object() {
        return objectId == null || objectId.isEmpty() ? objectType : objectType + " " + objectId;
    }
}
