package org.cutri.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** Refuses every change and deletion of an audit row: the trail is only ever added to. */
public final class AuditLockTrigger implements Trigger {

    /** The SQL state of the refusal (a user-defined class: "45"). */
    public static final String REFUSED = "45000";

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
        // nothing to prepare
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("The audit trail cannot be changed or deleted", REFUSED);
    }
}
