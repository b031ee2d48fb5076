package org.cutri.audit;

/** What an audit row records (hành động). Stored by name: never rename a constant. */
public enum AuditAction {
    /** A row added to one of the office's tables. */
    CREATE,
    /** A row changed. */
    CHANGE,
    /** A row deleted. */
    DELETE,
    /** A file read into the data (register, opinions). */
    IMPORT,
    /** A document or data file written (minutes, plan, report, spreadsheet). */
    EXPORT,
    /** A document sent to the printer. */
    PRINT,
    /** A package written for the province. */
    PACKAGE_EXPORT,
    /** A commune's package taken in at the province. */
    PACKAGE_IMPORT,
    /** A person's name corrected wherever it is stored. */
    PERSON_CORRECT,
    /** A person's name erased (the name itself is never in the trail). */
    PERSON_ERASE,
    /** The data protected by a password, its password changed or removed. */
    PROTECT,
    /** A backup made. */
    BACKUP,
    /** The data replaced by a backup. */
    RESTORE,
    /** A commune's signing key trusted at the province. */
    KEY_TRUST;
}
