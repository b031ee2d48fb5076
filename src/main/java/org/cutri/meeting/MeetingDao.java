package org.cutri.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Meetings, their hamlets and deputies, and the minutes' fields. */
@RegisterConstructorMapper(MeetingRow.class)
@RegisterConstructorMapper(MeetingDao.HamletLink.class)
@RegisterConstructorMapper(MeetingDao.DeputyLink.class)
public interface MeetingDao {

    String SELECT = "SELECT id, round_id, meeting_date, start_time, end_time, venue, form, chair_name, secretary_name,"
            + " status, actual_start, actual_end, guests, voters_invited, voters_present, reports_presented,"
            + " closing_notes FROM meeting";

    /** A meeting's hamlet, with the hamlet's commune constituency number of the round's term if known. */
    record HamletLink(int meetingId, int hamletId, String name) {
    }

    record DeputyLink(int meetingId, int deputyId, String fullName, org.cutri.council.CouncilLevel level,
            boolean present) {
    }

    @SqlQuery(SELECT + " WHERE round_id = :roundId ORDER BY meeting_date, start_time, id")
    List<MeetingRow> listByRound(int roundId);

    @SqlQuery(SELECT + " ORDER BY meeting_date, start_time, id")
    List<MeetingRow> listAll();

    @SqlQuery(SELECT + " WHERE id = :id")
    Optional<MeetingRow> find(int id);

    @SqlQuery("SELECT mh.meeting_id, h.id AS hamlet_id, h.name FROM meeting_hamlet mh JOIN hamlet h ON h.id = mh.hamlet_id"
            + " JOIN meeting m ON m.id = mh.meeting_id WHERE m.round_id = :roundId")
    List<HamletLink> hamletsOfRound(int roundId);

    @SqlQuery("SELECT mh.meeting_id, h.id AS hamlet_id, h.name FROM meeting_hamlet mh JOIN hamlet h ON h.id = mh.hamlet_id"
            + " WHERE mh.meeting_id = :meetingId")
    List<HamletLink> hamletsOfMeeting(int meetingId);

    @SqlQuery("SELECT md.meeting_id, d.id AS deputy_id, d.full_name, d.level, md.present FROM meeting_deputy md"
            + " JOIN deputy d ON d.id = md.deputy_id JOIN meeting m ON m.id = md.meeting_id WHERE m.round_id = :roundId")
    List<DeputyLink> deputiesOfRound(int roundId);

    @SqlQuery("SELECT md.meeting_id, d.id AS deputy_id, d.full_name, d.level, md.present FROM meeting_deputy md"
            + " JOIN deputy d ON d.id = md.deputy_id WHERE md.meeting_id = :meetingId")
    List<DeputyLink> deputiesOfMeeting(int meetingId);

    @SqlUpdate("INSERT INTO meeting (round_id, meeting_date, start_time, end_time, venue, form, chair_name,"
            + " secretary_name, status, updated_at) VALUES (:roundId, :meetingDate, :startTime, :endTime, :venue, :form,"
            + " :chairName, :secretaryName, :status, :now)")
    @GetGeneratedKeys("id")
    int insert(int roundId, LocalDate meetingDate, LocalTime startTime, LocalTime endTime, String venue,
            MeetingForm form, String chairName, String secretaryName, MeetingStatus status, LocalDateTime now);

    @SqlUpdate("UPDATE meeting SET meeting_date = :meetingDate, start_time = :startTime, end_time = :endTime,"
            + " venue = :venue, form = :form, chair_name = :chairName, secretary_name = :secretaryName,"
            + " status = :status, updated_at = :now WHERE id = :id")
    int update(int id, LocalDate meetingDate, LocalTime startTime, LocalTime endTime, String venue, MeetingForm form,
            String chairName, String secretaryName, MeetingStatus status, LocalDateTime now);

    @SqlUpdate("UPDATE meeting SET actual_start = :m.actualStart, actual_end = :m.actualEnd, chair_name = :m.chairName,"
            + " secretary_name = :m.secretaryName, guests = :m.guests, voters_invited = :m.votersInvited,"
            + " voters_present = :m.votersPresent, reports_presented = :m.reportsPresented,"
            + " closing_notes = :m.closingNotes, updated_at = :now WHERE id = :id")
    int updateMinutes(int id, @BindMethods("m") MinutesDraft minutes, LocalDateTime now);

    @SqlUpdate("UPDATE meeting SET status = :status, updated_at = :now WHERE id = :id")
    int setStatus(int id, MeetingStatus status, LocalDateTime now);

    @SqlUpdate("UPDATE meeting SET status = 'HELD', updated_at = :now WHERE id = :id AND status = 'PLANNED'")
    int markHeldIfPlanned(int id, LocalDateTime now);

    @SqlUpdate("DELETE FROM meeting_hamlet WHERE meeting_id = :meetingId")
    void clearHamlets(int meetingId);

    @SqlBatch("INSERT INTO meeting_hamlet (meeting_id, hamlet_id) VALUES (:meetingId, :hamletId)")
    void addHamlets(int meetingId, List<Integer> hamletId);

    /**
     * Keeps only these deputies on the meeting, with "present" kept for those who stay; an empty list
     * removes them all (SQL has no empty {@code NOT IN ()}).
     */
    default void keepOnlyDeputies(int meetingId, List<Integer> ids) {
        if (ids.isEmpty()) {
            clearDeputies(meetingId);
        } else {
            removeDeputiesNotIn(meetingId, ids);
        }
    }

    @SqlUpdate("DELETE FROM meeting_deputy WHERE meeting_id = :meetingId")
    void clearDeputies(int meetingId);

    /** Only through {@link #keepOnlyDeputies}: the list must not be empty. */
    @SqlUpdate("DELETE FROM meeting_deputy WHERE meeting_id = :meetingId AND deputy_id NOT IN (<ids>)")
    void removeDeputiesNotIn(int meetingId, @BindList("ids") List<Integer> ids);

    @SqlUpdate("INSERT INTO meeting_deputy (meeting_id, deputy_id, present)"
            + " SELECT CAST(:meetingId AS INTEGER), CAST(:deputyId AS INTEGER), FALSE WHERE NOT EXISTS"
            + " (SELECT 1 FROM meeting_deputy WHERE meeting_id = :meetingId AND deputy_id = :deputyId)")
    void addDeputyIfMissing(int meetingId, int deputyId);

    @SqlUpdate("UPDATE meeting_deputy SET present = :present WHERE meeting_id = :meetingId AND deputy_id = :deputyId")
    int setPresent(int meetingId, int deputyId, boolean present);

    @SqlQuery("SELECT COUNT(*) FROM opinion WHERE meeting_id = :id")
    int countOpinions(int id);

    @SqlUpdate("DELETE FROM meeting WHERE id = :id")
    int delete(int id);
}
