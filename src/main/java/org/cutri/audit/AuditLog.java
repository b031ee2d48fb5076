package org.cutri.audit;

import java.time.LocalDateTime;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;

/**
 * Writes the audit trail (nhật ký thao tác). Changes to the office's tables are recorded by the database itself
 * ({@link AuditRowTrigger}); a service records what the tables do not show: a file imported, a document written or
 * printed, a package written or taken in, a backup, a password set. Descriptions name objects by code or id, never
 * by a voter's name.
 *
 * <pre>{@code audit.record(AuditAction.EXPORT, "file", target.getFileName(), "biên bản hội nghị 12");}</pre>
 */
public interface AuditLog {

    /** Records nothing: for tests and tools that work outside an office's data. */
    AuditLog NONE = (action, objectType, objectId, description) -> { };

    /** Adds one row, in its own transaction, at once. */
    void record(AuditAction action, String objectType, Object objectId, String description);

    /** Adds one row inside the caller's transaction: it is kept only if that transaction commits. */
    static void record(Handle handle, AuditAction action, String objectType, Object objectId, String description) {
        insert(handle, LocalDateTime.now(), account(), action, objectType, objectId, description);
    }

    /**
     * Runs {@code work} without a row per changed table row (an import of 5,000 opinions, a person's name erased
     * in many places): the caller records the whole work as one row instead. Only this thread is quiet.
     */
    static <T> T bulk(Supplier<T> work) {
        return AuditRowTrigger.quietly(work);
    }

    /** {@link #bulk(Supplier)} for work without a result. */
    static void bulk(Runnable work) {
        bulk(() -> {
            work.run();
            return null;
        });
    }

    /** The operating-system account running the program ({@code user.name}), as the trail names it. */
    static String account() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "?" : name;
    }

    /** Writes one row through this handle. */
    static void insert(Handle handle, LocalDateTime at, String account, AuditAction action, String objectType,
            Object objectId, String description) {
        handle.createUpdate("INSERT INTO audit_log (at, account, action, object_type, object_id, description) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .bind(0, at).bind(1, account).bind(2, action.name()).bind(3, objectType)
                .bind(4, objectId == null ? null : AuditText.shorten(String.valueOf(objectId), 300))
                .bind(5, AuditText.shorten(description == null ? "" : description, 1000))
                .execute();
    }
}
