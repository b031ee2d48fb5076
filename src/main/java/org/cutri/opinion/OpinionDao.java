package org.cutri.opinion;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Opinions and the list of fields. */
@RegisterConstructorMapper(Opinion.class)
@RegisterConstructorMapper(OpinionField.class)
@RegisterConstructorMapper(OpinionListItem.class)
public interface OpinionDao {

    String SELECT = "SELECT id, code, meeting_id, hamlet_id, seq, content, kind, field_id, authority, authority_body,"
            + " speaker_name, speaker_consent, votes_for, voters_present, approved, answered_at_meeting, answered_by,"
            + " answer_text, status FROM opinion";

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

    @SqlQuery(SELECT_ITEM + " WHERE r.id = :roundId ORDER BY m.meeting_date, o.meeting_id, o.seq")
    List<OpinionListItem> listItemsOfRound(int roundId);

    @SqlQuery(SELECT_ITEM + " WHERE o.id IN (<ids>)")
    List<OpinionListItem> listItemsByIds(@org.jdbi.v3.sqlobject.customizer.BindList("ids") List<Integer> ids);

    @SqlQuery("SELECT COUNT(*) FROM opinion")
    int count();

    @SqlQuery("SELECT COALESCE(MAX(seq), 0) FROM opinion WHERE meeting_id = :meetingId")
    int lastSeq(int meetingId);

    @SqlQuery("SELECT m.round_id FROM meeting m WHERE m.id = :meetingId")
    Optional<Integer> roundOfMeeting(int meetingId);

    @SqlQuery("SELECT COUNT(*) FROM opinion WHERE code = :code")
    int countCode(String code);

    @SqlQuery("SELECT COUNT(*) FROM opinion o JOIN meeting m ON m.id = o.meeting_id WHERE m.round_id = :roundId")
    int countInRound(int roundId);

    @SqlUpdate("INSERT INTO opinion (code, meeting_id, hamlet_id, seq, content, content_folded, kind, field_id, authority,"
            + " authority_body, speaker_name, speaker_consent, votes_for, voters_present, approved, answered_at_meeting,"
            + " answered_by, answer_text, status, created_at, updated_at) VALUES (:code, :meetingId, :d.hamletId, :seq,"
            + " :d.content, :folded, :d.kind, :d.fieldId, :d.authority, :d.authorityBody, :d.speakerName,"
            + " :d.speakerConsent, :d.votesFor, :d.votersPresent, :approved, :d.answeredAtMeeting, :d.answeredBy,"
            + " :d.answerText, :status, :now, :now)")
    @GetGeneratedKeys("id")
    int insert(String code, int meetingId, int seq, @BindMethods("d") OpinionDraft draft, String folded,
            boolean approved, OpinionStatus status, LocalDateTime now);

    @SqlUpdate("UPDATE opinion SET hamlet_id = :d.hamletId, content = :d.content, content_folded = :folded,"
            + " kind = :d.kind, field_id = :d.fieldId, authority = :d.authority, authority_body = :d.authorityBody,"
            + " speaker_name = :d.speakerName, speaker_consent = :d.speakerConsent, votes_for = :d.votesFor,"
            + " voters_present = :d.votersPresent, approved = :approved, answered_at_meeting = :d.answeredAtMeeting,"
            + " answered_by = :d.answeredBy, answer_text = :d.answerText, updated_at = :now WHERE id = :id")
    int update(int id, @BindMethods("d") OpinionDraft draft, String folded, boolean approved, LocalDateTime now);

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
