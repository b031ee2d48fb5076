package org.cutri.opinion;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Opinions and the list of fields. */
@RegisterConstructorMapper(Opinion.class)
@RegisterConstructorMapper(OpinionField.class)
@RegisterConstructorMapper(OpinionListItem.class)
public interface OpinionDao extends SqlObject {

    String SELECT = "SELECT id, code, meeting_id, hamlet_id, seq, content, kind, field_id, authority, authority_body,"
            + " speaker_name, speaker_consent, votes_for, voters_present, approved, answered_at_meeting, answered_by,"
            + " answer_text, status, row_version AS version FROM opinion";

    // The meeting's first hamlet comes from a grouped join, not a per-row subquery: the list holds 100,000 rows.
    String SELECT_ITEM = "SELECT o.id, o.code, r.id AS round_id, r.name AS round_name, m.id AS meeting_id,"
            + " m.meeting_date, o.hamlet_id, COALESCE(h.name, mh.first_name) AS hamlet_name,"
            + " o.content, o.kind, o.field_id, f.name AS field_name, o.authority, o.authority_body, o.approved, o.status"
            + " FROM opinion o JOIN meeting m ON m.id = o.meeting_id JOIN contact_round r ON r.id = m.round_id"
            + " LEFT JOIN hamlet h ON h.id = o.hamlet_id LEFT JOIN opinion_field f ON f.id = o.field_id"
            + " LEFT JOIN (SELECT mh0.meeting_id, MIN(h2.name) AS first_name FROM meeting_hamlet mh0"
            + "   JOIN hamlet h2 ON h2.id = mh0.hamlet_id GROUP BY mh0.meeting_id) mh ON mh.meeting_id = m.id";

    @SqlQuery(SELECT + " WHERE meeting_id = :meetingId ORDER BY seq")
    List<Opinion> listByMeeting(int meetingId);

    @SqlQuery(SELECT + " WHERE id = :id")
    Optional<Opinion> find(int id);

    @SqlQuery(SELECT_ITEM + " ORDER BY m.meeting_date DESC, o.meeting_id, o.seq")
    List<OpinionListItem> listItems();

    /**
     * Every opinion for the all-opinions list, as {@link #listItems()} gives them but about ten times faster:
     * one plain JDBC pass over the opinion table only (no reflection, no joins per row), the round, meeting,
     * hamlet and field names taken from small maps loaded first, and the stored folded content kept for the
     * search index. Newest meeting first, then the meeting's id and the opinion's number.
     */
    default LoadedOpinions loadAllItems() {
        try {
            Connection connection = getHandle().getConnection();
            return readItems(connection, new Names(connection), "", Math.max(16, count()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The opinions of the newest meetings, whole meetings until there are at least {@code atLeast}: the top
     * of {@link #loadAllItems()}'s list, read through the meeting index in a few milliseconds even when
     * nothing is warmed up, so the list can show its first screen before all opinions are read.
     */
    default LoadedOpinions loadNewestItems(int atLeast) {
        try {
            Connection connection = getHandle().getConnection();
            Names names = new Names(connection);
            List<Integer> newest = new ArrayList<>(names.meetingDate.keySet());
            newest.sort(Comparator.comparing((Integer id) -> names.meetingDate.get(id),
                    Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())).thenComparing(Comparator.reverseOrder()));
            List<OpinionListItem> items = new ArrayList<>();
            List<String> folded = new ArrayList<>();
            for (int from = 0; from < newest.size() && items.size() < atLeast; from += 8) {
                List<Integer> batch = newest.subList(from, Math.min(newest.size(), from + 8));
                StringBuilder in = new StringBuilder(" WHERE meeting_id IN (");
                for (int i = 0; i < batch.size(); i++) {
                    in.append(i == 0 ? "" : ", ").append(batch.get(i).intValue());
                }
                LoadedOpinions part = readItems(connection, names, in.append(')').toString(), 64);
                items.addAll(part.items());
                folded.addAll(part.foldedContents());
            }
            // As loadAllItems orders them: by date, then meeting (a stable sort keeps each meeting's numbers).
            Integer[] order = new Integer[items.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, Comparator.comparing((Integer i) -> items.get(i).meetingDate(),
                    Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())).thenComparingInt(i -> items.get(i).meetingId()));
            List<OpinionListItem> sortedItems = new ArrayList<>(order.length);
            List<String> sortedFolded = new ArrayList<>(order.length);
            for (int i : order) {
                sortedItems.add(items.get(i));
                sortedFolded.add(folded.get(i));
            }
            return new LoadedOpinions(sortedItems, sortedFolded);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The small tables the list takes its names from, read whole (a few thousand rows at most). */
    final class Names {
        final Map<Integer, String> rounds;
        final Map<Integer, String> hamlets;
        final Map<Integer, String> fields;
        final Map<Integer, String> firstHamlets;
        final Map<Integer, Integer> meetingRound = new HashMap<>();
        final Map<Integer, LocalDate> meetingDate = new HashMap<>();

        Names(Connection connection) throws SQLException {
            rounds = names(connection, "SELECT id, name FROM contact_round");
            hamlets = names(connection, "SELECT id, name FROM hamlet");
            fields = names(connection, "SELECT id, name FROM opinion_field");
            firstHamlets = names(connection, "SELECT mh.meeting_id, MIN(h.name) FROM meeting_hamlet mh"
                    + " JOIN hamlet h ON h.id = mh.hamlet_id GROUP BY mh.meeting_id");
            try (PreparedStatement statement = connection.prepareStatement("SELECT id, round_id, meeting_date FROM meeting");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int id = rows.getInt(1);
                    meetingRound.put(id, rows.getInt(2));
                    Date date = rows.getDate(3);
                    meetingDate.put(id, date == null ? null : date.toLocalDate());
                }
            }
        }
    }

    /** The opinions of one plain query on the opinion table, newest meeting first, then meeting and number. */
    private static LoadedOpinions readItems(Connection connection, Names names, String where, int expected)
            throws SQLException {
        Map<String, OpinionKind> kinds = constants(OpinionKind.values());
        Map<String, Authority> authorities = constants(Authority.values());
        Map<String, OpinionStatus> statuses = constants(OpinionStatus.values());
        List<Row> loaded = new ArrayList<>(expected);
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, code, meeting_id, hamlet_id, seq,"
                + " content, content_folded, kind, field_id, authority, authority_body, approved, status FROM opinion"
                + where)) {
            statement.setFetchSize(1_000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int meetingId = rows.getInt(3);
                    int hamletId = rows.getInt(4);
                    Integer hamlet = rows.wasNull() ? null : hamletId;
                    int seq = rows.getInt(5);
                    int fieldId = rows.getInt(9);
                    Integer field = rows.wasNull() ? null : fieldId;
                    int roundId = names.meetingRound.getOrDefault(meetingId, 0);
                    OpinionListItem item = new OpinionListItem(rows.getInt(1), rows.getString(2), roundId,
                            names.rounds.get(roundId), meetingId, names.meetingDate.get(meetingId), hamlet,
                            hamlet == null ? names.firstHamlets.get(meetingId) : names.hamlets.get(hamlet),
                            rows.getString(6), kinds.get(rows.getString(8)), field,
                            field == null ? null : names.fields.get(field), authorities.get(rows.getString(10)),
                            rows.getString(11), rows.getBoolean(12), statuses.get(rows.getString(13)));
                    loaded.add(new Row(item, seq, rows.getString(7)));
                }
            }
        }
        loaded.sort(Comparator.comparing((Row r) -> r.item().meetingDate(),
                        Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                .thenComparingInt(r -> r.item().meetingId()).thenComparingInt(Row::seq));
        List<OpinionListItem> items = new ArrayList<>(loaded.size());
        List<String> folded = new ArrayList<>(loaded.size());
        for (Row row : loaded) {
            items.add(row.item());
            folded.add(row.folded());
        }
        return new LoadedOpinions(items, folded);
    }

    /** An opinion of {@link #loadAllItems()} before sorting. */
    record Row(OpinionListItem item, int seq, String folded) {
    }

    private static Map<Integer, String> names(Connection connection, String sql) throws SQLException {
        Map<Integer, String> names = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                names.put(rows.getInt(1), rows.getString(2));
            }
        }
        return names;
    }

    private static <E extends Enum<E>> Map<String, E> constants(E[] values) {
        Map<String, E> byName = new HashMap<>();
        for (E value : values) {
            byName.put(value.name(), value);
        }
        return byName;
    }

    @SqlQuery(SELECT_ITEM + " WHERE r.id = :roundId ORDER BY m.meeting_date, o.meeting_id, o.seq")
    List<OpinionListItem> listItemsOfRound(int roundId);

    @SqlQuery(SELECT_ITEM + " WHERE o.id IN (<ids>)")
    List<OpinionListItem> listItemsByIds(@org.jdbi.v3.sqlobject.customizer.BindList("ids") List<Integer> ids);

    @SqlQuery("SELECT COUNT(*) FROM opinion")
    int count();

    @SqlQuery("SELECT COALESCE(MAX(seq), 0) FROM opinion WHERE meeting_id = :meetingId")
    int lastSeq(int meetingId);

    @SqlQuery("SELECT id FROM contact_round WHERE id = :roundId FOR UPDATE")
    Optional<Integer> lockRound(int roundId);

    @SqlQuery("SELECT m.round_id FROM meeting m WHERE m.id = :meetingId")
    Optional<Integer> roundOfMeeting(int meetingId);

    @SqlQuery("SELECT COUNT(*) FROM opinion WHERE code = :code")
    int countCode(String code);

    @SqlQuery("SELECT COUNT(*) FROM opinion o JOIN meeting m ON m.id = o.meeting_id WHERE m.round_id = :roundId")
    int countInRound(int roundId);

    /** Adds one opinion; also run as a JDBC batch by {@link OpinionService#insertAll}. */
    String INSERT = "INSERT INTO opinion (code, meeting_id, hamlet_id, seq, content, content_folded, kind, field_id, authority,"
            + " authority_body, speaker_name, speaker_consent, votes_for, voters_present, approved, answered_at_meeting,"
            + " answered_by, answer_text, status, created_at, updated_at) VALUES (:code, :meetingId, :d.hamletId, :seq,"
            + " :d.content, :folded, :d.kind, :d.fieldId, :d.authority, :d.authorityBody, :d.speakerName,"
            + " :d.speakerConsent, :d.votesFor, :d.votersPresent, :approved, :d.answeredAtMeeting, :d.answeredBy,"
            + " :d.answerText, :status, :now, :now)";

    @SqlQuery("SELECT code FROM opinion")
    List<String> allCodes();

    @SqlUpdate(INSERT)
    @GetGeneratedKeys("id")
    int insert(String code, int meetingId, int seq, @BindMethods("d") OpinionDraft draft, String folded,
            boolean approved, OpinionStatus status, LocalDateTime now);

    @SqlUpdate("UPDATE opinion SET hamlet_id = :d.hamletId, content = :d.content, content_folded = :folded,"
            + " kind = :d.kind, field_id = :d.fieldId, authority = :d.authority, authority_body = :d.authorityBody,"
            + " speaker_name = :d.speakerName, speaker_consent = :d.speakerConsent, votes_for = :d.votesFor,"
            + " voters_present = :d.votersPresent, approved = :approved, answered_at_meeting = :d.answeredAtMeeting,"
            + " answered_by = :d.answeredBy, answer_text = :d.answerText, updated_at = :now,"
            + " row_version = row_version + 1 WHERE id = :id AND row_version = :version")
    int update(int id, int version, @BindMethods("d") OpinionDraft draft, String folded, boolean approved,
            LocalDateTime now);

    @SqlUpdate("UPDATE opinion SET seq = :seq WHERE id = :id")
    int setSeq(int id, int seq);

    @SqlUpdate("DELETE FROM opinion WHERE id = :id")
    int delete(int id);

    @SqlQuery("SELECT id, name, sort_order, active FROM opinion_field ORDER BY sort_order, id")
    List<OpinionField> fields();

    @SqlQuery("SELECT COALESCE(MAX(sort_order), 0) FROM opinion_field")
    int lastFieldOrder();

    @SqlUpdate("INSERT INTO opinion_field (name, name_key, sort_order, active) VALUES (:name, :nameKey, :sortOrder, TRUE)")
    @GetGeneratedKeys("id")
    int insertField(String name, String nameKey, int sortOrder);

    @SqlQuery("SELECT id FROM opinion_field WHERE name_key = :nameKey")
    Optional<Integer> findFieldByKey(String nameKey);
}
