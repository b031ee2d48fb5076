package org.cutri.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.WeakHashMap;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleListener;

/**
 * On a PostgreSQL server the audit's row trigger is a PL/pgSQL function (decision 0048), which cannot see the
 * thread that runs {@link AuditLog#bulk}: each handle's connection tells the server, through the session setting
 * {@code cutri.audit_quiet}, whether its thread is in bulk work. The setting is sent only when it changes for that
 * server connection, so ordinary work costs no extra statement.
 */
public final class QuietAuditOnServer implements HandleListener {

    /** The quiet state last sent on each physical connection (pooled connections live on between handles). */
    private final Map<Connection, Boolean> sent = new WeakHashMap<>();

    @Override
    public void handleCreated(Handle handle) {
        boolean quiet = AuditRowTrigger.isQuiet();
        Connection physical = physical(handle.getConnection());
        synchronized (sent) {
            if (Boolean.valueOf(quiet).equals(sent.get(physical)) || (!quiet && !sent.containsKey(physical))) {
                return;
            }
        }
        handle.createQuery("SELECT set_config('cutri.audit_quiet', :value, false)")
                .bind("value", quiet ? "on" : "off").mapTo(String.class).one();
        synchronized (sent) {
            sent.put(physical, quiet);
        }
    }

    private static Connection physical(Connection connection) {
        try {
            return connection.isWrapperFor(org.postgresql.PGConnection.class)
                    ? (Connection) connection.unwrap(org.postgresql.PGConnection.class) : connection;
        } catch (SQLException e) {
            return connection;
        }
    }
}
