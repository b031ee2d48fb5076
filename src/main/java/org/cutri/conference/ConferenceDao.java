package org.cutri.conference;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Conferences, their venues, programme, participants, papers and commendations. */
@RegisterConstructorMapper(ConferenceRow.class)
@RegisterConstructorMapper(VenueRow.class)
@RegisterConstructorMapper(ProgrammeItem.class)
@RegisterConstructorMapper(Participant.class)
@RegisterConstructorMapper(PaperTask.class)
@RegisterConstructorMapper(Commendation.class)
public interface ConferenceDao {

    String CONFERENCE = "SELECT id, kind, title, held_on, start_time, end_time, venue_mode, plan_id, status, note"
            + " FROM conference";
    String PARTICIPANT = "SELECT id, conference_id, category, position, name, title, unit, invited, attendance,"
            + " absence_reason, invitation_number, invitation_date FROM conference_participant";
    String TASK = "SELECT id, conference_id, position, unit, task, paper, due_date, due_typed, received_on, received_by"
            + " FROM conference_task";

    @SqlQuery(CONFERENCE + " ORDER BY held_on DESC, id DESC")
    List<ConferenceRow> conferences();

    @SqlQuery(CONFERENCE + " WHERE id = :id")
    Optional<ConferenceRow> conference(int id);

    @SqlQuery("SELECT id FROM conference WHERE title_key = :titleKey AND held_on = :heldOn")
    Optional<Integer> idByKey(String titleKey, LocalDate heldOn);

    @SqlUpdate("INSERT INTO conference (kind, title, title_key, held_on, start_time, end_time, venue_mode, status, note,"
            + " created_at) VALUES (:kind, :title, :titleKey, :heldOn, :startTime, :endTime, :venueMode, :status, :note,"
            + " :now)")
    @GetGeneratedKeys("id")
    int insertConference(ConferenceKind kind, String title, String titleKey, LocalDate heldOn, LocalTime startTime,
            LocalTime endTime, VenueMode venueMode, ConferenceStatus status, String note, LocalDateTime now);

    @SqlUpdate("UPDATE conference SET kind = :kind, title = :title, title_key = :titleKey, held_on = :heldOn,"
            + " start_time = :startTime, end_time = :endTime, venue_mode = :venueMode, status = :status, note = :note"
            + " WHERE id = :id")
    int updateConference(int id, ConferenceKind kind, String title, String titleKey, LocalDate heldOn,
            LocalTime startTime, LocalTime endTime, VenueMode venueMode, ConferenceStatus status, String note);

    @SqlUpdate("UPDATE conference SET plan_id = :planId WHERE id = :id")
    int linkPlan(int id, Integer planId);

    @SqlUpdate("DELETE FROM conference WHERE id = :id")
    int deleteConference(int id);

    @SqlUpdate("DELETE FROM conference")
    int deleteAll();

    @SqlQuery("SELECT COUNT(*) FROM office_plan WHERE id = :planId")
    int planExists(int planId);

    // ---- venues

    @SqlQuery("SELECT id, conference_id, position, is_main, name FROM conference_venue"
            + " WHERE conference_id = :conferenceId ORDER BY is_main DESC, position")
    List<VenueRow> venues(int conferenceId);

    @SqlUpdate("DELETE FROM conference_venue WHERE conference_id = :conferenceId")
    int deleteVenues(int conferenceId);

    @SqlUpdate("INSERT INTO conference_venue (conference_id, position, is_main, name)"
            + " VALUES (:conferenceId, :position, :isMain, :name)")
    int insertVenue(int conferenceId, int position, boolean isMain, String name);

    // ---- programme

    @SqlQuery("SELECT id, conference_id, position, start_time, content, presenter FROM conference_item"
            + " WHERE conference_id = :conferenceId ORDER BY position, id")
    List<ProgrammeItem> items(int conferenceId);

    @SqlQuery("SELECT id, conference_id, position, start_time, content, presenter FROM conference_item WHERE id = :id")
    Optional<ProgrammeItem> item(int id);

    @SqlUpdate("INSERT INTO conference_item (conference_id, position, start_time, content, presenter) VALUES"
            + " (:conferenceId, (SELECT COALESCE(MAX(position), 0) + 1 FROM conference_item"
            + " WHERE conference_id = :conferenceId), :startTime, :content, :presenter)")
    @GetGeneratedKeys("id")
    int insertItem(int conferenceId, LocalTime startTime, String content, String presenter);

    @SqlUpdate("UPDATE conference_item SET start_time = :startTime, content = :content, presenter = :presenter"
            + " WHERE id = :id")
    int updateItem(int id, LocalTime startTime, String content, String presenter);

    @SqlUpdate("UPDATE conference_item SET position = :position WHERE id = :id")
    int placeItem(int id, int position);

    @SqlUpdate("DELETE FROM conference_item WHERE id = :id")
    int deleteItem(int id);

    // ---- participants

    @SqlQuery(PARTICIPANT + " WHERE conference_id = :conferenceId ORDER BY position, id")
    List<Participant> participantRows(int conferenceId);

    @SqlQuery(PARTICIPANT + " WHERE id = :id")
    Optional<Participant> participant(int id);

    @SqlUpdate("INSERT INTO conference_participant (conference_id, category, position, name, title, unit, invited,"
            + " attendance, absence_reason) VALUES (:conferenceId, :category, (SELECT COALESCE(MAX(position), 0) + 1"
            + " FROM conference_participant WHERE conference_id = :conferenceId AND category = :category), :name,"
            + " :title, :unit, :invited, :attendance, :absenceReason)")
    @GetGeneratedKeys("id")
    int insertParticipant(int conferenceId, ParticipantCategory category, String name, String title, String unit,
            boolean invited, Attendance attendance, String absenceReason);

    @SqlUpdate("UPDATE conference_participant SET category = :category, name = :name, title = :title, unit = :unit,"
            + " invited = :invited, attendance = :attendance, absence_reason = :absenceReason WHERE id = :id")
    int updateParticipant(int id, ParticipantCategory category, String name, String title, String unit,
            boolean invited, Attendance attendance, String absenceReason);

    @SqlUpdate("UPDATE conference_participant SET position = (SELECT COALESCE(MAX(position), 0) + 1"
            + " FROM conference_participant WHERE conference_id = :conferenceId AND category = :category)"
            + " WHERE id = :id")
    int placeLast(int id, int conferenceId, ParticipantCategory category);

    @SqlUpdate("UPDATE conference_participant SET position = :position WHERE id = :id")
    int placeParticipant(int id, int position);

    @SqlUpdate("UPDATE conference_participant SET invitation_number = :number, invitation_date = :date WHERE id = :id")
    int invitationIssued(int id, int number, LocalDate date);

    @SqlUpdate("UPDATE conference_participant SET invitation_number = NULL, invitation_date = NULL WHERE id = :id"
            + " AND invitation_number = :number AND EXTRACT(YEAR FROM invitation_date) = :year")
    int forgetInvitation(int id, int number, int year);

    @SqlUpdate("DELETE FROM conference_participant WHERE id = :id")
    int deleteParticipant(int id);

    @SqlQuery("SELECT COUNT(*) FROM conference_participant WHERE conference_id = :conferenceId"
            + " AND invitation_number IS NOT NULL")
    int issuedInvitations(int conferenceId);

    // ---- tasks

    @SqlQuery(TASK + " WHERE conference_id = :conferenceId ORDER BY position, id")
    List<PaperTask> tasks(int conferenceId);

    @SqlQuery(TASK + " WHERE id = :id")
    Optional<PaperTask> task(int id);

    @SqlQuery(TASK + " WHERE received_on IS NULL AND due_date <= :until AND conference_id IN"
            + " (SELECT id FROM conference WHERE status = 'PLANNED') ORDER BY due_date, id")
    List<PaperTask> openTasks(LocalDate until);

    @SqlUpdate("INSERT INTO conference_task (conference_id, position, unit, task, paper, due_date, due_typed,"
            + " received_on, received_by) VALUES (:conferenceId, (SELECT COALESCE(MAX(position), 0) + 1"
            + " FROM conference_task WHERE conference_id = :conferenceId), :unit, :task, :paper, :dueDate, :dueTyped,"
            + " :receivedOn, :receivedBy)")
    @GetGeneratedKeys("id")
    int insertTask(int conferenceId, String unit, String task, String paper, LocalDate dueDate, boolean dueTyped,
            LocalDate receivedOn, String receivedBy);

    @SqlUpdate("UPDATE conference_task SET unit = :unit, task = :task, paper = :paper, due_date = :dueDate,"
            + " due_typed = :dueTyped, received_on = :receivedOn, received_by = :receivedBy WHERE id = :id")
    int updateTask(int id, String unit, String task, String paper, LocalDate dueDate, boolean dueTyped,
            LocalDate receivedOn, String receivedBy);

    @SqlUpdate("UPDATE conference_task SET due_date = :dueDate WHERE conference_id = :conferenceId"
            + " AND due_typed = FALSE")
    int moveComputedDueDates(int conferenceId, LocalDate dueDate);

    @SqlUpdate("DELETE FROM conference_task WHERE id = :id")
    int deleteTask(int id);

    // ---- commendations

    @SqlQuery("SELECT id, conference_id, position, kind, name, unit, form, achievement FROM conference_commendation"
            + " WHERE conference_id = :conferenceId ORDER BY position, id")
    List<Commendation> commendations(int conferenceId);

    @SqlQuery("SELECT id, conference_id, position, kind, name, unit, form, achievement FROM conference_commendation"
            + " WHERE id = :id")
    Optional<Commendation> commendation(int id);

    @SqlUpdate("INSERT INTO conference_commendation (conference_id, position, kind, name, unit, form, achievement)"
            + " VALUES (:conferenceId, (SELECT COALESCE(MAX(position), 0) + 1 FROM conference_commendation"
            + " WHERE conference_id = :conferenceId), :kind, :name, :unit, :form, :achievement)")
    @GetGeneratedKeys("id")
    int insertCommendation(int conferenceId, CommendationKind kind, String name, String unit, String form,
            String achievement);

    @SqlUpdate("UPDATE conference_commendation SET kind = :kind, name = :name, unit = :unit, form = :form,"
            + " achievement = :achievement WHERE id = :id")
    int updateCommendation(int id, CommendationKind kind, String name, String unit, String form, String achievement);

    @SqlUpdate("DELETE FROM conference_commendation WHERE id = :id")
    int deleteCommendation(int id);
}
