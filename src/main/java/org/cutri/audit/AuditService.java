package org.cutri.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** The audit trail stored in the data: adds rows and reads them back, newest first. It never changes a row. */
public final class AuditService implements AuditLog {

    private final Jdbi jdbi;
    private final Clock clock;

    public AuditService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public void record(AuditAction action, String objectType, Object objectId, String description) {
        jdbi.useHandle(handle -> AuditLog.insert(handle, LocalDateTime.now(clock), AuditLog.account(), action,
                objectType, objectId, description));
    }

    /** The newest {@code limit} rows matching the filter, and the number of all that match. */
    public AuditPage find(AuditFilter filter, int limit) {
        List<Object> values = new ArrayList<>();
        String where = where(filter, values);
        return jdbi.withHandle(handle -> {
            Query count = handle.createQuery("SELECT COUNT(*) FROM audit_log" + where);
            bindAll(count, values);
            long total = count.mapTo(Long.class).one();
            Query rows = handle.createQuery(SELECT + where + " ORDER BY id DESC LIMIT " + Math.max(0, limit));
            bindAll(rows, values);
            return new AuditPage(rows.map((rs, ctx) -> new AuditEntry(rs.getLong(1),
                    rs.getTimestamp(2).toLocalDateTime(), rs.getString(3), AuditAction.valueOf(rs.getString(4)),
                    rs.getString(5), rs.getString(6), rs.getString(7))).list(), total);
        });
    }

    /** Every row from this day on (all rows when null), oldest first, handed one by one to {@code each}. */
    public void forEachSince(LocalDate from, Consumer<AuditEntry> each) {
        List<Object> values = new ArrayList<>();
        String where = where(new AuditFilter(from, null, null, ""), values);
        jdbi.useHandle(handle -> {
            Query rows = handle.createQuery(SELECT + where + " ORDER BY id");
            bindAll(rows, values);
            rows.setFetchSize(1000);
            try (var stream = rows.map((rs, ctx) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(),
                    rs.getString(3), AuditAction.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                    rs.getString(7))).stream()) {
                stream.forEach(each);
            }
        });
    }

    private static final String SELECT =
            "SELECT id, at, account, action, object_type, object_id, description FROM audit_log";

    private static String where(AuditFilter filter, List<Object> values) {
        List<String> conditions = new ArrayList<>();
        if (filter.from() != null) {
            conditions.add("at >= ?");
            values.add(filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            conditions.add("at < ?");
            values.add(filter.to().plusDays(1).atStartOfDay());
        }
        if (filter.action() != null) {
            conditions.add("action = ?");
            values.add(filter.action().name());
        }
        if (!filter.text().isEmpty()) {
            conditions.add("LOWER(CONCAT_WS(' ', account, object_type, object_id, description)) LIKE ? ESCAPE '\\'");
            values.add("%" + filter.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bindAll(Query query, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            query.bind(i, values.get(i));
        }
    }
}
