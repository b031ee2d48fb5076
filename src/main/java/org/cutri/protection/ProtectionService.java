package org.cutri.protection;

import org.cutri.common.db.DataPassword;
import org.cutri.common.db.Database;

/**
 * Sets, changes and removes the password that protects the data (mật khẩu bảo vệ dữ liệu). Changing or removing it
 * asks for the current one first, so a window left open does not let anyone take the protection away.
 */
public class ProtectionService {

    private final Database database;

    public ProtectionService(Database database) {
        this.database = database;
    }

    /** True when the data is protected by a password. */
    public boolean isProtected() {
        return database.isProtected();
    }

    /** Protects unprotected data, or changes the password after checking the current one. */
    public void protect(DataPassword current, DataPassword next) {
        database.checkPassword(current);
        database.protect(next);
    }

    /** Removes the password after checking it. */
    public void unprotect(DataPassword current) {
        database.checkPassword(current);
        database.unprotect();
    }
}
