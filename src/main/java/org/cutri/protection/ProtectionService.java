package org.cutri.protection;

import org.cutri.audit.AuditAction;
import org.cutri.audit.AuditLog;
import org.cutri.common.db.DataPassword;
import org.cutri.common.db.Database;

/**
 * Sets, changes and removes the password that protects the data (mật khẩu bảo vệ dữ liệu). Changing or removing it
 * asks for the current one first, so a window left open does not let anyone take the protection away. Each is one
 * row of the audit trail, which never holds the password.
 */
public class ProtectionService {

    private final Database database;
    private final AuditLog audit;

    public ProtectionService(Database database, AuditLog audit) {
        this.database = database;
        this.audit = audit;
    }

    /** True when the data is protected by a password. */
    public boolean isProtected() {
        return database.isProtected();
    }

    /** Protects unprotected data, or changes the password after checking the current one. */
    public void protect(DataPassword current, DataPassword next) {
        database.checkPassword(current);
        setPassword(next);
    }

    /**
     * Protects the data or changes its password without asking for the current one: for the command line, which
     * opened the data with it.
     */
    public void setPassword(DataPassword next) {
        boolean change = database.isProtected();
        database.protect(next);
        record(change ? "đổi mật khẩu bảo vệ dữ liệu" : "đặt mật khẩu bảo vệ dữ liệu");
    }

    /** Removes the password after checking it. */
    public void unprotect(DataPassword current) {
        database.checkPassword(current);
        removePassword();
    }

    /** Removes the password without asking for it (the command line opened the data with it); plain data stays so. */
    public void removePassword() {
        if (database.isProtected()) {
            database.unprotect();
            record("bỏ mật khẩu bảo vệ dữ liệu");
        }
    }

    private void record(String description) {
        audit.record(AuditAction.PROTECT, "file", Database.FILE_NAME + Database.FILE_SUFFIX, description);
    }
}
