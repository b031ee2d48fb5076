package org.cutri.common.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cutri.common.i18n.Localizable;
import org.cutri.common.text.VietText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code check} verifies, beyond "the tables answer": H2 reads every row of every table and every entry
 * of every index (a damaged page fails to read), H2 writes the whole database out as a script (to nothing),
 * and the program's own rules hold on what was read, independently of the indexes: the row counts agree,
 * primary keys and unique codes are unique, every reference points at an existing row, and each stored
 * folded text ({@code content_folded}) is the folding of its text, so a byte changed inside an opinion's
 * text (or its folded copy) in the file is noticed. H2 keeps no checksum of its data pages: a change the
 * rules cannot see (a letter's case, a diacritic) stays unnoticed (docs/hostile-cases.md measures how many).
 */
public final class IntegrityCheck {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrityCheck.class);
    private static final String FOLDED_SUFFIX = "_folded";

    /** The tables' row counts and the problems found (none: the data is whole). */
    public record Result(Map<String, Long> counts, List<Localizable> problems) {

        /** True when nothing is damaged. */
        public boolean whole() {
            return problems.isEmpty();
        }
    }

    private final Connection connection;
    private final List<Localizable> problems = new ArrayList<>();

    private IntegrityCheck(Connection connection) {
        this.connection = connection;
    }

    static Result run(Connection connection, List<String> tables) {
        return new IntegrityCheck(connection).run(tables);
    }

    private Result run(List<String> tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            Map<String, List<List<String>>> uniques = uniqueKeys();
            for (String table : tables) {
                long read = readTable(table, uniques.getOrDefault(table.toUpperCase(Locale.ROOT), List.of()));
                long counted = count(table);
                counts.put(table, counted);
                if (read != counted) {
                    problem("db.check.count", table, read, counted);
                }
                readIndexes(table, counted);
            }
            checkReferences();
            readScript();
        } catch (SQLException | RuntimeException e) {
            LOG.error("Check stopped: the database cannot be read further", e);
            problem("db.check.stopped");
        }
        return new Result(counts, List.copyOf(problems));
    }

    private void problem(String key, Object... args) {
        LOG.warn("Check found a problem: {} {}", key, java.util.Arrays.toString(args));
        problems.add(messages -> messages.get(key, args));
    }

    /** Reads every value of every row; checks unique keys and folded texts on what was read. */
    private long readTable(String table, List<List<String>> uniqueKeys) throws SQLException {
        long rows = 0;
        List<Set<List<Object>>> seen = new ArrayList<>();
        uniqueKeys.forEach(key -> seen.add(new HashSet<>()));
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = result.getMetaData();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
            }
            while (result.next()) {
                rows++;
                Object[] values = new Object[meta.getColumnCount() + 1];
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values[i] = result.getObject(i);
                }
                checkUnique(table, uniqueKeys, seen, columns, values);
                checkFolded(table, columns, values);
            }
        } catch (SQLException e) {
            if (connection.isClosed()) {
                throw e;
            }
            LOG.error("Table {} cannot be read to its end", table, e);
            problem("db.check.unreadable", table);
        }
        return rows;
    }

    private void checkUnique(String table, List<List<String>> keys, List<Set<List<Object>>> seen,
            Map<String, Integer> columns, Object[] values) {
        for (int k = 0; k < keys.size(); k++) {
            List<Object> key = new ArrayList<>();
            for (String column : keys.get(k)) {
                Object value = values[columns.get(column.toLowerCase(Locale.ROOT))];
                if (value == null) {
                    key = null;
                    break;
                }
                key.add(value);
            }
            if (key != null && !seen.get(k).add(key)) {
                problem("db.check.duplicate", table, String.join(", ", keys.get(k)).toLowerCase(Locale.ROOT), idOf(columns, values));
            }
        }
    }

    private void checkFolded(String table, Map<String, Integer> columns, Object[] values) {
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            if (!column.getKey().endsWith(FOLDED_SUFFIX)) {
                continue;
            }
            Integer text = columns.get(column.getKey().substring(0, column.getKey().length() - FOLDED_SUFFIX.length()));
            if (text != null && values[text] instanceof String original
                    && !VietText.fold(original).equals(values[column.getValue()])) {
                problem("db.check.changedText", table, idOf(columns, values));
            }
        }
    }

    private static Object idOf(Map<String, Integer> columns, Object[] values) {
        Integer id = columns.get("id");
        return id == null ? "?" : String.valueOf(values[id]);
    }

    private long count(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Reads each index of the table in its own order (H2 walks the index, not the rows) and counts its entries. */
    private void readIndexes(String table, long rows) throws SQLException {
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        try (var statement = connection.prepareStatement("SELECT i.INDEX_NAME, c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i"
                + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME"
                + " WHERE i.TABLE_SCHEMA = 'PUBLIC' AND i.TABLE_NAME = ? ORDER BY i.INDEX_NAME, c.ORDINAL_POSITION")) {
            statement.setString(1, table.toUpperCase(Locale.ROOT));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    indexes.computeIfAbsent(result.getString(1), name -> new ArrayList<>()).add(result.getString(2));
                }
            }
        }
        for (Map.Entry<String, List<String>> index : indexes.entrySet()) {
            String columns = String.join(", ", index.getValue());
            long entries = 0;
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT " + columns + " FROM " + table
                            + " USE INDEX (\"" + index.getKey() + "\") ORDER BY " + columns)) {
                int width = index.getValue().size();
                while (result.next()) {
                    entries++;
                    for (int i = 1; i <= width; i++) {
                        result.getObject(i);
                    }
                }
            } catch (SQLException e) {
                if (connection.isClosed()) {
                    throw e;
                }
                LOG.error("Index {} of {} cannot be read to its end", index.getKey(), table, e);
                problem("db.check.indexUnreadable", table, index.getKey().toLowerCase(Locale.ROOT));
                continue;
            }
            if (entries != rows) {
                problem("db.check.indexCount", table, index.getKey().toLowerCase(Locale.ROOT), entries, rows);
            }
        }
    }

    /** Primary keys and unique constraints of every table, by table (upper case), as their columns. */
    private Map<String, List<List<String>>> uniqueKeys() throws SQLException {
        Map<String, Map<String, List<String>>> byTable = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT t.TABLE_NAME, t.CONSTRAINT_NAME, k.COLUMN_NAME"
                        + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k"
                        + " ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME"
                        + " WHERE t.TABLE_SCHEMA = 'PUBLIC' AND t.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE')"
                        + " ORDER BY t.TABLE_NAME, t.CONSTRAINT_NAME, k.ORDINAL_POSITION")) {
            while (result.next()) {
                byTable.computeIfAbsent(result.getString(1), t -> new LinkedHashMap<>())
                        .computeIfAbsent(result.getString(2), c -> new ArrayList<>()).add(result.getString(3));
            }
        }
        Map<String, List<List<String>>> keys = new HashMap<>();
        byTable.forEach((table, constraints) -> keys.put(table, List.copyOf(constraints.values())));
        return keys;
    }

    /** Every reference (foreign key) points at an existing row. */
    private void checkReferences() throws SQLException {
        List<String[]> references = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT fk.TABLE_NAME, fk.COLUMN_NAME, pk.TABLE_NAME, pk.COLUMN_NAME"
                        + " FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r"
                        + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE fk ON fk.CONSTRAINT_SCHEMA = r.CONSTRAINT_SCHEMA"
                        + "  AND fk.CONSTRAINT_NAME = r.CONSTRAINT_NAME"
                        + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE pk ON pk.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA"
                        + "  AND pk.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME"
                        + "  AND pk.ORDINAL_POSITION = fk.POSITION_IN_UNIQUE_CONSTRAINT"
                        + " WHERE r.CONSTRAINT_SCHEMA = 'PUBLIC'")) {
            while (result.next()) {
                references.add(new String[] {result.getString(1), result.getString(2), result.getString(3), result.getString(4)});
            }
        }
        for (String[] r : references) {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + r[0] + " c WHERE c." + r[1]
                            + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + r[2] + " p WHERE p." + r[3] + " = c." + r[1] + ")")) {
                result.next();
                long orphans = result.getLong(1);
                if (orphans > 0) {
                    problem("db.check.orphans", r[0].toLowerCase(Locale.ROOT), orphans, r[1].toLowerCase(Locale.ROOT),
                            r[2].toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    /** H2's own full read: the database written out as SQL, to nothing. */
    private void readScript() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            while (result.next()) {
                result.getString(1);
            }
        } catch (SQLException e) {
            if (connection.isClosed()) {
                throw e;
            }
            LOG.error("The database cannot be written out as a script", e);
            problem("db.check.script");
        }
    }
}
