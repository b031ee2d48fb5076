package org.cutri.person;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cutri.audit.AuditAction;
import org.cutri.audit.AuditLog;
import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A person's data (dữ liệu cá nhân): finds every place a name is stored, corrects it there, or erases it where a
 * voter's name may go (the opinion stays, without its speaker). After an erase the database file is compacted, so
 * the name is not left in old page versions of the file either. The trail records what was done, never the name.
 */
public class PersonService {

    private static final Logger LOG = LoggerFactory.getLogger(PersonService.class);

    /** What an erased name becomes inside a text (an opinion's content, a meeting's guests). */
    public static final String ERASED_MARK = "[đã xóa tên]";

    /** A column that can hold a name, how its rows are referred to, and its folded copy if it has one. */
    private record Column(String table, String column, PlaceKind kind, String reference, String folded) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("opinion", "speaker_name", PlaceKind.SPEAKER, "code", null),
            new Column("opinion", "answered_by", PlaceKind.ANSWERED_BY, "code", null),
            new Column("meeting", "chair_name", PlaceKind.CHAIR, "id", null),
            new Column("meeting", "secretary_name", PlaceKind.SECRETARY, "id", null),
            new Column("deputy", "full_name", PlaceKind.DEPUTY, "id", null),
            new Column("commune_profile", "chair_name", PlaceKind.COMMUNE_OFFICIAL, "id", null),
            new Column("commune_profile", "vice_chair_names", PlaceKind.COMMUNE_OFFICIAL, "id", null),
            new Column("commune_profile", "secretary_name", PlaceKind.COMMUNE_OFFICIAL, "id", null),
            new Column("hamlet", "head_name", PlaceKind.HAMLET_HEAD, "name", null),
            new Column("hamlet", "front_head_name", PlaceKind.HAMLET_HEAD, "name", null),
            new Column("imported_opinion", "speaker_name", PlaceKind.SPEAKER, "commune_code || '/' || code", null),
            new Column("imported_opinion", "answered_by", PlaceKind.ANSWERED_BY, "commune_code || '/' || code", null),
            new Column("imported_meeting", "chair_name", PlaceKind.CHAIR, "commune_code || '/' || meeting_key", null),
            new Column("imported_meeting", "secretary_name", PlaceKind.SECRETARY,
                    "commune_code || '/' || meeting_key", null),
            new Column("imported_attendance", "deputy_name", PlaceKind.DEPUTY, "meeting_key", null),
            new Column("opinion", "content", PlaceKind.TEXT, "code", "content_folded"),
            new Column("opinion", "answer_text", PlaceKind.TEXT, "code", null),
            new Column("meeting", "guests", PlaceKind.TEXT, "id", null),
            new Column("meeting", "reports_presented", PlaceKind.TEXT, "id", null),
            new Column("meeting", "closing_notes", PlaceKind.TEXT, "id", null),
            new Column("opinion_group", "wording", PlaceKind.TEXT, "id", null),
            new Column("imported_opinion", "content", PlaceKind.TEXT, "commune_code || '/' || code", "content_folded"),
            new Column("imported_opinion", "answer_text", PlaceKind.TEXT, "commune_code || '/' || code", null),
            new Column("imported_group", "title", PlaceKind.TEXT, "commune_code || '/' || group_key", null),
            new Column("province_group", "wording", PlaceKind.TEXT, "id", null),
            new Column("sentiment_note", "candidate_opinion", PlaceKind.CANDIDATE_OPINION, "id", null),
            new Column("sentiment_note", "content", PlaceKind.TEXT, "id", null),
            new Column("sentiment_note", "hot_spot_note", PlaceKind.TEXT, "id", null));

    private final Jdbi jdbi;
    private final java.util.function.IntConsumer opinionChanged;
    private final Runnable compactFile;

    /**
     * @param opinionChanged told the id of each opinion whose stored text changed (the search index refreshes it)
     * @param compactFile rewrites the database file with only its live data (Database::compact)
     */
    public PersonService(Jdbi jdbi, java.util.function.IntConsumer opinionChanged, Runnable compactFile) {
        this.jdbi = jdbi;
        this.opinionChanged = opinionChanged;
        this.compactFile = compactFile;
    }

    /** Every place the name is stored, whatever its case and diacritics; nothing for a blank name. */
    public List<PersonPlace> find(String name) {
        NameMatch match = new NameMatch(name);
        if (match.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(handle -> {
            List<PersonPlace> places = new ArrayList<>();
            for (Column column : COLUMNS) {
                handle.createQuery("SELECT _ROWID_, " + column.reference() + ", " + column.column() + " FROM "
                                + column.table() + " WHERE " + column.column() + " IS NOT NULL ORDER BY _ROWID_")
                        .map((rs, ctx) -> {
                            String text = rs.getString(3);
                            if (match.foundIn(text)) {
                                places.add(new PersonPlace(column.table(), column.column(), rs.getLong(1),
                                        rs.getString(2), column.kind(), match.around(text)));
                            }
                            return null;
                        }).forEach(ignored -> { });
            }
            return places;
        });
    }

    /**
     * Writes {@code corrected} in place of the name at each of these places (found by {@link #find}); returns how
     * many were changed.
     */
    public int correct(String name, String corrected, List<PersonPlace> places) {
        NameMatch match = new NameMatch(name);
        String replacement = VietText.clean(corrected);
        if (match.isEmpty() || replacement.isEmpty()) {
            throw new UserException("person.error.noName");
        }
        int changed = AuditLog.bulk(() -> jdbi.inTransaction(handle -> {
            int count = 0;
            for (PersonPlace place : places) {
                count += rewrite(handle, place, text -> match.replaceIn(text, replacement)) ? 1 : 0;
            }
            AuditLog.record(handle, AuditAction.PERSON_CORRECT, "person", null,
                    "sửa tên một người ở " + count + " chỗ: " + references(places));
            return count;
        }));
        tellOpinionsChanged(places);
        LOG.info("A person's name corrected in {} places", changed);
        return changed;
    }

    /**
     * Erases the name wherever a voter's name may be erased (the opinions stay, without it) and compacts the
     * database file; places holding an office holder's name are kept and returned.
     */
    public EraseResult erase(String name) {
        NameMatch match = new NameMatch(name);
        if (match.isEmpty()) {
            throw new UserException("person.error.noName");
        }
        List<PersonPlace> places = find(name);
        List<PersonPlace> erasable = places.stream().filter(PersonPlace::erasable).toList();
        List<PersonPlace> kept = places.stream().filter(p -> !p.erasable()).toList();
        int erased = AuditLog.bulk(() -> jdbi.inTransaction(handle -> {
            int count = 0;
            for (PersonPlace place : erasable) {
                count += rewrite(handle, place, text -> place.kind() == PlaceKind.TEXT
                        || place.kind() == PlaceKind.CANDIDATE_OPINION
                        ? match.replaceIn(text, ERASED_MARK) : withoutName(match, text)) ? 1 : 0;
            }
            AuditLog.record(handle, AuditAction.PERSON_ERASE, "person", null, "xóa tên một người ở " + count
                    + " chỗ: " + references(erasable) + (kept.isEmpty() ? "" : "; giữ " + kept.size()
                    + " chỗ của người giữ chức vụ (chỉ được sửa)"));
            return count;
        }));
        tellOpinionsChanged(erasable);
        if (erased > 0) {
            compactFile.run();
        }
        LOG.info("A person's name erased in {} places, {} kept (office holder)", erased, kept.size());
        return new EraseResult(erased, kept);
    }

    /**
     * A name field without the name: null, unless it lists several people ("An, Bình" without An is "Bình"); a
     * title left alone ("Bà") goes with the name.
     */
    private static String withoutName(NameMatch match, String text) {
        if (text.indexOf(',') < 0 && text.indexOf(';') < 0) {
            return null;
        }
        String left = match.replaceIn(text, "").replaceAll("\\s*[,;]\\s*([,;]\\s*)+", ", ")
                .replaceAll("^[\\s,;]+|[\\s,;]+$", "");
        return left.isBlank() ? null : left;
    }

    private boolean rewrite(Handle handle, PersonPlace place, java.util.function.UnaryOperator<String> change) {
        Column column = COLUMNS.stream().filter(c -> c.table().equals(place.table())
                && c.column().equals(place.column())).findFirst().orElseThrow();
        String old = handle.createQuery("SELECT " + column.column() + " FROM " + column.table()
                + " WHERE _ROWID_ = ?").bind(0, place.rowId()).mapTo(String.class).findOne().orElse(null);
        if (old == null) {
            return false;
        }
        String now = change.apply(old);
        if (now != null && now.equals(old)) {
            return false;
        }
        StringBuilder sql = new StringBuilder("UPDATE " + column.table() + " SET " + column.column() + " = :value");
        if (column.folded() != null) {
            sql.append(", ").append(column.folded()).append(" = :folded");
        }
        if (column.kind() == PlaceKind.SPEAKER && column.table().equals("opinion") && now == null) {
            sql.append(", speaker_consent = FALSE");
        }
        sql.append(" WHERE _ROWID_ = :row");
        var update = handle.createUpdate(sql.toString()).bind("value", now).bind("row", place.rowId());
        if (column.folded() != null) {
            update.bind("folded", VietText.fold(now));
        }
        update.execute();
        return true;
    }

    private void tellOpinionsChanged(List<PersonPlace> places) {
        places.stream().filter(p -> p.table().equals("opinion")).mapToInt(p -> (int) p.rowId()).distinct()
                .forEach(opinionChanged);
    }

    private static String references(List<PersonPlace> places) {
        Set<String> refs = new LinkedHashSet<>();
        for (PersonPlace place : places) {
            refs.add(place.table() + " " + place.reference());
        }
        String joined = String.join(", ", refs);
        return joined.length() > 600 ? joined.substring(0, 600) + "…" : joined;
    }
}
