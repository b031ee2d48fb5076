package org.cutri.sentiment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Periods, notes, topics and sources of the public-sentiment reports. */
@RegisterConstructorMapper(SentimentPeriod.class)
@RegisterConstructorMapper(SentimentNote.class)
@RegisterConstructorMapper(SentimentEntry.class)
public interface SentimentDao {

    String PERIOD = "SELECT p.id, p.kind, p.label, p.subject, p.from_date, p.until_date, p.deadline, p.status,"
            + " p.general_text, p.proposals, p.report_number, p.report_date,"
            + " (SELECT COUNT(*) FROM sentiment_note n WHERE n.period_id = p.id) AS notes FROM sentiment_period p";

    String NOTE = "SELECT n.id, n.period_id, n.topic_id, t.name AS topic_name, n.hamlet_id, n.place_name, n.source_id,"
            + " s.name AS source_name, n.content, n.spread, n.hot_spot, n.hot_spot_note, n.candidate_opinion, n.resolved,"
            + " n.carried_from_id,"
            + " EXISTS (SELECT 1 FROM sentiment_note c WHERE c.carried_from_id = n.id) AS carried_on"
            + " FROM sentiment_note n JOIN sentiment_topic t ON t.id = n.topic_id"
            + " JOIN sentiment_source s ON s.id = n.source_id";

    @SqlQuery(PERIOD + " ORDER BY p.from_date DESC, p.id DESC")
    List<SentimentPeriod> periods();

    @SqlQuery(PERIOD + " WHERE p.id = :id")
    Optional<SentimentPeriod> period(int id);

    @SqlQuery("SELECT id FROM sentiment_period WHERE label_key = :labelKey")
    Optional<Integer> periodIdByKey(String labelKey);

    /** The period that comes next after the one starting {@code fromDate} (the next report), if any. */
    @SqlQuery("SELECT id FROM sentiment_period WHERE from_date > :fromDate OR (from_date = :fromDate AND id > :id)"
            + " ORDER BY from_date, id LIMIT 1")
    Optional<Integer> nextPeriodId(LocalDate fromDate, int id);

    @SqlQuery("SELECT MAX(from_date) FROM sentiment_period WHERE kind = 'MONTHLY'")
    Optional<LocalDate> lastMonthly();

    @SqlUpdate("INSERT INTO sentiment_period (kind, label, label_key, subject, from_date, until_date, deadline, status,"
            + " general_text, proposals, created_at) VALUES (:kind, :label, :labelKey, :subject, :fromDate, :untilDate,"
            + " :deadline, 'OPEN', :generalText, :proposals, :now)")
    @GetGeneratedKeys("id")
    int insertPeriod(SentimentPeriodKind kind, String label, String labelKey, String subject, LocalDate fromDate,
            LocalDate untilDate, LocalDate deadline, String generalText, String proposals, LocalDateTime now);

    @SqlUpdate("UPDATE sentiment_period SET kind = :kind, label = :label, label_key = :labelKey, subject = :subject,"
            + " from_date = :fromDate, until_date = :untilDate, deadline = :deadline, general_text = :generalText,"
            + " proposals = :proposals WHERE id = :id")
    int updatePeriod(int id, SentimentPeriodKind kind, String label, String labelKey, String subject,
            LocalDate fromDate, LocalDate untilDate, LocalDate deadline, String generalText, String proposals);

    @SqlUpdate("UPDATE sentiment_period SET status = 'REPORTED', report_number = :number, report_date = :date"
            + " WHERE id = :id")
    int issued(int id, int number, LocalDate date);

    /** The register cancelled the report's number: the period is open again and its report a draft. */
    @SqlUpdate("UPDATE sentiment_period SET status = 'OPEN', report_number = NULL, report_date = NULL"
            + " WHERE id = :id AND report_number = :number AND report_date = :date")
    int forgetIssue(int id, int number, LocalDate date);

    @SqlUpdate("DELETE FROM sentiment_period WHERE id = :id")
    int deletePeriod(int id);

    @SqlQuery(NOTE + " WHERE n.period_id = :periodId ORDER BY t.sort_order, t.name, n.id")
    List<SentimentNote> notes(int periodId);

    @SqlQuery(NOTE + " WHERE n.id = :id")
    Optional<SentimentNote> note(int id);

    @SqlUpdate("INSERT INTO sentiment_note (period_id, topic_id, hamlet_id, place_name, source_id, content, spread,"
            + " hot_spot, hot_spot_note, candidate_opinion, resolved, carried_from_id, updated_at) VALUES (:periodId,"
            + " :topicId, :hamletId, :placeName, :sourceId, :content, :spread, :hotSpot, :hotSpotNote,"
            + " :candidateOpinion, :resolved, :carriedFromId, :now)")
    @GetGeneratedKeys("id")
    int insertNote(@BindMethods CleanNote note, Integer carriedFromId, LocalDateTime now);

    @SqlUpdate("UPDATE sentiment_note SET topic_id = :topicId, hamlet_id = :hamletId, place_name = :placeName,"
            + " source_id = :sourceId, content = :content, spread = :spread, hot_spot = :hotSpot,"
            + " hot_spot_note = :hotSpotNote, candidate_opinion = :candidateOpinion, resolved = :resolved,"
            + " updated_at = :now WHERE id = :id")
    int updateNote(int id, @BindMethods CleanNote note, LocalDateTime now);

    @SqlUpdate("DELETE FROM sentiment_note WHERE id = :id")
    int deleteNote(int id);

    @SqlUpdate("UPDATE sentiment_note SET carried_from_id = NULL WHERE carried_from_id IS NOT NULL")
    int unlinkCarried();

    @SqlUpdate("DELETE FROM sentiment_note")
    int deleteAllNotes();

    @SqlUpdate("DELETE FROM sentiment_period")
    int deleteAllPeriods();

    @SqlQuery("SELECT id, name FROM sentiment_topic ORDER BY sort_order, name")
    List<SentimentEntry> topics();

    @SqlQuery("SELECT id, name FROM sentiment_source ORDER BY sort_order, name")
    List<SentimentEntry> sources();

    @SqlQuery("SELECT id FROM sentiment_topic WHERE name_key = :key")
    Optional<Integer> topicByKey(String key);

    @SqlQuery("SELECT id FROM sentiment_source WHERE name_key = :key")
    Optional<Integer> sourceByKey(String key);

    /** New topics go before "Khác", which stays last. */
    @SqlUpdate("INSERT INTO sentiment_topic (name, name_key, sort_order) VALUES (:name, :key,"
            + " (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM sentiment_topic WHERE sort_order < 1000))")
    @GetGeneratedKeys("id")
    int insertTopic(String name, String key);

    @SqlUpdate("INSERT INTO sentiment_source (name, name_key, sort_order) VALUES (:name, :key,"
            + " (SELECT COALESCE(MAX(sort_order), 0) + 10 FROM sentiment_source))")
    @GetGeneratedKeys("id")
    int insertSource(String name, String key);

    @SqlQuery("SELECT COUNT(*) FROM sentiment_topic WHERE id = :id")
    int topicExists(int id);

    @SqlQuery("SELECT COUNT(*) FROM sentiment_source WHERE id = :id")
    int sourceExists(int id);

    @SqlQuery("SELECT name FROM hamlet WHERE id = :id")
    Optional<String> hamletName(int id);
}
