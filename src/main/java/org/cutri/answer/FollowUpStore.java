package org.cutri.answer;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionStatus;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** The SQL of the follow-up: reading opinions with their follow-up, writing one opinion's follow-up. */
final class FollowUpStore {

    /** One approved opinion with its follow-up, as read from the data. */
    record Row(int opinionId, String code, int roundId, String roundName, LocalDate roundStart, LocalDate meetingDate,
            int meetingId, int seq, String content, String hamletName, String fieldName, Authority authority,
            String authorityBody, Integer groupId, String groupWording, FollowUp followUp) {
    }

    private static final String SELECT = "SELECT o.id, o.code, m.round_id, r.name AS round_name, r.start_date,"
            + " m.meeting_date, m.id AS meeting_id, o.seq, o.content,"
            + " COALESCE(h.name, (SELECT MIN(h2.name) FROM meeting_hamlet mh JOIN hamlet h2 ON h2.id = mh.hamlet_id"
            + "   WHERE mh.meeting_id = m.id)) AS hamlet_name, f.name AS field_name, o.authority, o.authority_body,"
            + " g.id AS group_id, g.wording, o.status, fu.forward_agency, fu.forward_letter_no, fu.forward_date,"
            + " fu.rule_set_id, fu.due_date, fu.answer_agency, fu.answer_letter_no, fu.answer_date, fu.answer_text,"
            + " fu.result_kind, fu.assessment, fu.assessment_note, fu.redirected_to, fu.source, fu.version"
            + " FROM opinion o JOIN meeting m ON m.id = o.meeting_id JOIN contact_round r ON r.id = m.round_id"
            + " LEFT JOIN hamlet h ON h.id = o.hamlet_id LEFT JOIN opinion_field f ON f.id = o.field_id"
            + " LEFT JOIN opinion_group_member gm ON gm.opinion_id = o.id"
            + " LEFT JOIN opinion_group g ON g.id = gm.group_id AND g.status = 'ACCEPTED'"
            + " LEFT JOIN opinion_followup fu ON fu.opinion_id = o.id"
            + " WHERE o.approved = TRUE";

    private static final String ORDER = " ORDER BY r.start_date, r.id, m.meeting_date, m.id, o.seq";

    private FollowUpStore() {
    }

    static List<Row> rowsOfRound(Handle handle, int roundId) {
        return query(handle, SELECT + " AND m.round_id = :round" + ORDER).bind("round", roundId).map(FollowUpStore::row)
                .list();
    }

    /** Approved opinions of the rounds that started before this one (same start: created before it). */
    static List<Row> rowsBefore(Handle handle, int roundId) {
        return query(handle, SELECT + " AND (r.start_date < (SELECT start_date FROM contact_round WHERE id = :round)"
                + " OR (r.start_date = (SELECT start_date FROM contact_round WHERE id = :round) AND r.id < :round))"
                + ORDER).bind("round", roundId).map(FollowUpStore::row).list();
    }

    static List<Row> allRows(Handle handle) {
        return query(handle, SELECT + ORDER).map(FollowUpStore::row).list();
    }

    static List<Row> rowsOf(Handle handle, List<Integer> opinionIds) {
        return query(handle, SELECT + " AND o.id IN (<ids>)" + ORDER).bindList("ids", opinionIds)
                .map(FollowUpStore::row).list();
    }

    private static Query query(Handle handle, String sql) {
        return handle.createQuery(sql);
    }

    private static Row row(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        int id = rs.getInt("id");
        String authority = rs.getString("authority");
        int groupId = rs.getInt("group_id");
        boolean grouped = !rs.wasNull();
        FollowUp followUp = new FollowUp(id, OpinionStatus.valueOf(rs.getString("status")),
                rs.getString("forward_agency"), rs.getString("forward_letter_no"), date(rs, "forward_date"),
                (Integer) rs.getObject("rule_set_id", Integer.class), date(rs, "due_date"), rs.getString("answer_agency"),
                rs.getString("answer_letter_no"), date(rs, "answer_date"), rs.getString("answer_text"),
                rs.getString("result_kind") == null ? null : AnswerResult.valueOf(rs.getString("result_kind")),
                rs.getString("assessment") == null ? null : Assessment.valueOf(rs.getString("assessment")),
                rs.getString("assessment_note"), rs.getString("redirected_to"),
                rs.getString("source") == null ? null : AnswerSource.valueOf(rs.getString("source")), rs.getInt("version"));
        return new Row(id, rs.getString("code"), rs.getInt("round_id"), rs.getString("round_name"),
                date(rs, "start_date"), date(rs, "meeting_date"), rs.getInt("meeting_id"), rs.getInt("seq"),
                rs.getString("content"), rs.getString("hamlet_name"), rs.getString("field_name"),
                authority == null ? null : Authority.valueOf(authority), rs.getString("authority_body"),
                grouped ? groupId : null, grouped ? rs.getString("wording") : null, followUp);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** Writes one opinion's follow-up and status, raising its version. */
    static void write(Handle handle, FollowUp f, LocalDateTime now) {
        int updated = handle.createUpdate("UPDATE opinion_followup SET forward_agency = :fa, forward_letter_no = :fl,"
                + " forward_date = :fd, rule_set_id = :rs, due_date = :due, answer_agency = :aa, answer_letter_no = :al,"
                + " answer_date = :ad, answer_text = :at, result_kind = :rk, assessment = :as, assessment_note = :an,"
                + " redirected_to = :rt, source = :src, updated_at = :now, version = version + 1 WHERE opinion_id = :id")
                .bindMap(values(f, now)).execute();
        if (updated == 0) {
            handle.createUpdate("INSERT INTO opinion_followup (opinion_id, forward_agency, forward_letter_no,"
                    + " forward_date, rule_set_id, due_date, answer_agency, answer_letter_no, answer_date, answer_text,"
                    + " result_kind, assessment, assessment_note, redirected_to, source, updated_at, version) VALUES"
                    + " (:id, :fa, :fl, :fd, :rs, :due, :aa, :al, :ad, :at, :rk, :as, :an, :rt, :src, :now, 1)")
                    .bindMap(values(f, now)).execute();
        }
        handle.createUpdate("UPDATE opinion SET status = :status, updated_at = :now WHERE id = :id")
                .bind("status", f.status().name()).bind("now", now).bind("id", f.opinionId()).execute();
    }

    private static Map<String, Object> values(FollowUp f, LocalDateTime now) {
        Map<String, Object> v = new HashMap<>();
        v.put("id", f.opinionId());
        v.put("fa", f.forwardAgency());
        v.put("fl", f.forwardLetterNo());
        v.put("fd", f.forwardDate());
        v.put("rs", f.ruleSetId());
        v.put("due", f.dueDate());
        v.put("aa", f.answerAgency());
        v.put("al", f.answerLetterNo());
        v.put("ad", f.answerDate());
        v.put("at", f.answerText());
        v.put("rk", f.result() == null ? null : f.result().name());
        v.put("as", f.assessment() == null ? null : f.assessment().name());
        v.put("an", f.assessmentNote());
        v.put("rt", f.redirectedTo());
        v.put("src", (f.source() == null ? AnswerSource.TYPED : f.source()).name());
        v.put("now", now);
        return v;
    }

    /** After a rule set was corrected: the due dates of its items not yet answered follow it. */
    static void redate(Handle handle, AnswerRuleSet set, LocalDateTime now) {
        List<Object[]> items = handle.createQuery("SELECT fu.opinion_id, fu.forward_date, fu.forward_agency, o.authority"
                + " FROM opinion_followup fu JOIN opinion o ON o.id = fu.opinion_id WHERE fu.rule_set_id = :set"
                + " AND fu.answer_date IS NULL AND fu.forward_date IS NOT NULL").bind("set", set.id())
                .map((rs, ctx) -> new Object[] {rs.getInt(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                        rs.getString(4)})
                .list();
        for (Object[] item : items) {
            Authority authority = item[3] == null ? null : Authority.valueOf((String) item[3]);
            LocalDate due = ((LocalDate) item[1]).plusDays(set.daysFor(authority, (String) item[2]));
            handle.createUpdate("UPDATE opinion_followup SET due_date = :due, updated_at = :now, version = version + 1"
                    + " WHERE opinion_id = :id").bind("due", due).bind("now", now).bind("id", item[0]).execute();
        }
    }

    /** The latest voters' reaction per opinion, when its answer was read back. */
    static Map<Integer, Assessment> reactions(Handle handle) {
        Map<Integer, Assessment> latest = new HashMap<>();
        handle.createQuery("SELECT opinion_id, reaction FROM readback_reaction ORDER BY recorded_at, meeting_id")
                .map((rs, ctx) -> latest.put(rs.getInt(1), Assessment.valueOf(rs.getString(2)))).list();
        return latest;
    }

    /** Each linked opinion's earlier one (nêu lại). */
    static Map<Integer, Integer> links(Handle handle) {
        Map<Integer, Integer> earlier = new HashMap<>();
        handle.createQuery("SELECT opinion_id, earlier_opinion_id FROM opinion_raised_again")
                .map((rs, ctx) -> earlier.put(rs.getInt(1), rs.getInt(2))).list();
        return earlier;
    }

    /** The meeting day of each opinion in the chains (for "raised since"). */
    static Map<Integer, LocalDate> meetingDays(Handle handle, java.util.Collection<Integer> opinionIds) {
        Map<Integer, LocalDate> days = new HashMap<>();
        if (opinionIds.isEmpty()) {
            return days;
        }
        handle.createQuery("SELECT o.id, m.meeting_date FROM opinion o JOIN meeting m ON m.id = o.meeting_id"
                + " WHERE o.id IN (<ids>)").bindList("ids", List.copyOf(opinionIds))
                .map((rs, ctx) -> days.put(rs.getInt(1), rs.getDate(2).toLocalDate())).list();
        return days;
    }
}
