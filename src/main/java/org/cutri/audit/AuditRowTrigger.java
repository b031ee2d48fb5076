package org.cutri.audit;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Supplier;

import org.h2.api.Trigger;

/**
 * Writes one audit row for each row added, changed or deleted in an office's table (see
 * {@code V7_1__audit.sql}), in the transaction of the change. The row names the table, the row's key and, for a
 * change, the columns changed: never a value (a voter's name, an opinion's text), only a code when the table has one.
 * A change that leaves every column but its time stamps as it was writes nothing (the minutes' autosave).
 */
public final class AuditRowTrigger implements Trigger {

    /** Depth of {@link AuditLog#bulk} calls on this thread: rows are not recorded one by one while above zero. */
    private static final ThreadLocal<int[]> QUIET = ThreadLocal.withInitial(() -> new int[1]);
    private static final List<String> STAMPS = List.of("UPDATED_AT", "CREATED_AT");

    private String table;
    private final List<String> columns = new ArrayList<>();
    private final List<Integer> keys = new ArrayList<>();
    private int code = -1;

    /** True while this thread runs {@link AuditLog#bulk} work. */
    static boolean isQuiet() {
        return QUIET.get()[0] > 0;
    }

    static <T> T quietly(Supplier<T> work) {
        int[] depth = QUIET.get();
        depth[0]++;
        try {
            return work.get();
        } finally {
            depth[0]--;
        }
    }

    @Override
    public void init(Connection connection, String schema, String trigger, String tableName, boolean before, int type)
            throws SQLException {
        this.table = tableName.toLowerCase(Locale.ROOT);
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getColumns(null, schema, tableName, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
        }
        List<String> primary = new ArrayList<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, tableName)) {
            while (rs.next()) {
                primary.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
        }
        for (String key : primary) {
            keys.add(columns.indexOf(key));
        }
        code = columns.indexOf("CODE");
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (QUIET.get()[0] > 0) {
            return;
        }
        AuditAction action;
        String description;
        Object[] row = newRow != null ? newRow : oldRow;
        if (oldRow == null) {
            action = AuditAction.CREATE;
            description = "thêm" + codeOf(row);
        } else if (newRow == null) {
            action = AuditAction.DELETE;
            description = "xóa" + codeOf(row);
        } else {
            StringJoiner changed = new StringJoiner(", ");
            for (int i = 0; i < columns.size(); i++) {
                if (!STAMPS.contains(columns.get(i)) && !Objects.deepEquals(oldRow[i], newRow[i])) {
                    changed.add(columns.get(i).toLowerCase(Locale.ROOT));
                }
            }
            if (changed.length() == 0) {
                return;
            }
            action = AuditAction.CHANGE;
            description = "sửa" + codeOf(row) + ": " + changed;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_log "
                + "(at, account, action, object_type, object_id, description) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
            insert.setString(2, AuditLog.account());
            insert.setString(3, action.name());
            insert.setString(4, table);
            insert.setString(5, AuditText.shorten(keyOf(row), 300));
            insert.setString(6, AuditText.shorten(description, 1000));
            insert.executeUpdate();
        }
    }

    private String codeOf(Object[] row) {
        return code >= 0 && row[code] != null ? " mã " + row[code] : "";
    }

    private String keyOf(Object[] row) {
        if (keys.size() == 1) {
            return String.valueOf(row[keys.get(0)]);
        }
        StringJoiner key = new StringJoiner(", ");
        for (int index : keys) {
            key.add(columns.get(index).toLowerCase(Locale.ROOT) + "=" + row[index]);
        }
        return key.toString();
    }
}
