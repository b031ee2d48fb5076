package org.cutri.common.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies an office's H2 data (a province that started on one PC) into an empty PostgreSQL database ({@code migrate
 * --to}, decision 0048). The H2 file is only read; the copy is one transaction on the server, checked table by table
 * before it commits, so a failure leaves the server's database as empty as it was.
 */
public final class ServerCopy {

    private static final Logger LOG = LoggerFactory.getLogger(ServerCopy.class);
    private static final int BATCH = 500;
    /** The history Flyway keeps: the server's own, written when its schema was made. */
    private static final String HISTORY = "flyway_schema_history";

    private ServerCopy() {
    }

    /** What was copied: the rows of each table, as counted again on the server. */
    public record Copied(Map<String, Long> rows) {

        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Copies the data of this folder to the server's database, which must hold no office data yet.
     *
     * @throws UserException {@code migrate.sourceOld} when the H2 data is of an older version (open it once with this
     *     program first), {@code migrate.targetNotEmpty}, {@code migrate.mismatch}, or the server's own refusals
     */
    public static Copied copy(Path folder, DataPassword password, ServerAddress target, ServerLogin login,
            TaskMonitor monitor) {
        try (Database server = Database.openServer(folder, target, login);
                Connection source = Database.openReadOnly(folder, password)) {
            String shipped = Database.shippedSchemaVersion().orElse("?");
            String version = Backups.schemaVersion(source).orElse("");
            if (!version.equals(shipped)) {
                throw new UserException("migrate.sourceOld", folder, version.isEmpty() ? "?" : version, shipped);
            }
            List<String> tables = tablesInOrder(source);
            return server.jdbi().inTransaction(handle -> {
                Connection to = handle.getConnection();
                refuseData(to, tables, target);
                try (Statement quiet = to.createStatement()) {
                    // Neither the row audit nor the account stamp: the rows are copied as they are, audit rows too.
                    quiet.execute("SELECT set_config('cutri.audit_quiet', 'on', true),"
                            + " set_config('cutri.copying', 'on', true)");
                }
                long total = 0;
                Map<String, Long> counts = new LinkedHashMap<>();
                for (String table : tables) {
                    monitor.checkCancelled();
                    monitor.message(table);
                    clearSeeded(to, table);
                    long copied = copyTable(source, to, table, monitor);
                    counts.put(table, copied);
                    total += copied;
                }
                restartIdentities(to, tables);
                Map<String, Long> verified = new LinkedHashMap<>();
                for (String table : tables) {
                    long there = count(to, table);
                    long here = count(source, table);
                    if (there != here) {
                        throw new UserException("migrate.mismatch", table, here, there);
                    }
                    verified.put(table, there);
                }
                LOG.info("Copied {} rows of {} tables from {} to {}", total, tables.size(), folder, target);
                return new Copied(verified);
            });
        } catch (SQLException e) {
            LOG.error("The data of {} could not be copied to {}", folder, target, e);
            throw new UserException(e, "migrate.failed", folder, target);
        }
    }

    /** The program's tables, each after the tables its rows refer to. */
    static List<String> tablesInOrder(Connection source) throws SQLException {
        DatabaseMetaData meta = source.getMetaData();
        Map<String, Set<String>> refersTo = new LinkedHashMap<>();
        try (ResultSet rows = meta.getTables(null, "PUBLIC", "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.equals(HISTORY)) {
                    refersTo.put(table, new LinkedHashSet<>());
                }
            }
        }
        for (String table : refersTo.keySet()) {
            try (ResultSet keys = meta.getImportedKeys(null, "PUBLIC", table.toUpperCase(Locale.ROOT))) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table)) {
                        refersTo.get(table).add(parent);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < refersTo.size()) {
            boolean moved = false;
            for (Map.Entry<String, Set<String>> entry : refersTo.entrySet()) {
                if (!ordered.contains(entry.getKey()) && ordered.containsAll(entry.getValue())) {
                    ordered.add(entry.getKey());
                    moved = true;
                }
            }
            if (!moved) {
                throw new IllegalStateException("The tables refer to each other in a circle: " + refersTo);
            }
        }
        return ordered;
    }

    /** Refuses a database where an office already works: only the rows the migrations put there may be in it. */
    private static void refuseData(Connection to, List<String> tables, ServerAddress target) throws SQLException {
        for (String table : tables) {
            if (!seeded(table) && count(to, table) > 0) {
                throw new UserException("migrate.targetNotEmpty", target, table);
            }
        }
    }

    /** The tables the migrations fill with the program's starting lists (fields, rules, topics). */
    private static boolean seeded(String table) {
        return Set.of("opinion_field", "answer_rule_set", "answer_rule", "sentiment_topic", "sentiment_source",
                "document_counter").contains(table);
    }

    private static void clearSeeded(Connection to, String table) throws SQLException {
        if (seeded(table)) {
            try (Statement statement = to.createStatement()) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    private static long copyTable(Connection from, Connection to, String table, TaskMonitor monitor)
            throws SQLException {
        long copied = 0;
        try (Statement read = from.createStatement();
                ResultSet rows = read.executeQuery("SELECT * FROM " + table + orderBy(from, table))) {
            ResultSetMetaData columns = rows.getMetaData();
            int n = columns.getColumnCount();
            StringBuilder names = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                names.append(i > 1 ? ", " : "").append(columns.getColumnName(i).toLowerCase(Locale.ROOT));
                marks.append(i > 1 ? ", ?" : "?");
            }
            try (PreparedStatement insert = to.prepareStatement("INSERT INTO " + table + " (" + names
                    + ") OVERRIDING SYSTEM VALUE VALUES (" + marks + ")")) {
                int pending = 0;
                while (rows.next()) {
                    for (int i = 1; i <= n; i++) {
                        insert.setObject(i, rows.getObject(i));
                    }
                    insert.addBatch();
                    copied++;
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                        monitor.checkCancelled();
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        }
        return copied;
    }

    /** By primary key, so a row that refers to an earlier row of its own table comes after it. */
    private static String orderBy(Connection from, String table) throws SQLException {
        List<String> key = new ArrayList<>();
        try (ResultSet rows = from.getMetaData().getPrimaryKeys(null, "PUBLIC", table.toUpperCase(Locale.ROOT))) {
            while (rows.next()) {
                key.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return key.isEmpty() ? "" : " ORDER BY " + String.join(", ", key);
    }

    /** The server's identity counters go on after the copied rows' keys. */
    private static void restartIdentities(Connection to, List<String> tables) throws SQLException {
        for (String table : tables) {
            try (PreparedStatement identities = to.prepareStatement("SELECT column_name FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = ? AND is_identity = 'YES'")) {
                identities.setString(1, table);
                try (ResultSet rows = identities.executeQuery()) {
                    while (rows.next()) {
                        String column = rows.getString(1);
                        try (Statement statement = to.createStatement()) {
                            statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column
                                    + "'), COALESCE((SELECT MAX(" + column + ") FROM " + table + "), 0) + 1, false)");
                        }
                    }
                }
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
