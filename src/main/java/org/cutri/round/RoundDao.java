package org.cutri.round;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Contact rounds and the office's yearly document numbers. */
@RegisterConstructorMapper(ContactRound.class)
public interface RoundDao {

    String SELECT = "SELECT id, session_id, kind, name, deployment_date, deployment_venue, start_date, end_date,"
            + " handin_deadline, compilation_date, session_date, plan_year, plan_number, plan_date FROM contact_round";

    @SqlQuery(SELECT + " ORDER BY start_date DESC, id DESC")
    List<ContactRound> list();

    @SqlQuery(SELECT + " WHERE id = :id")
    Optional<ContactRound> find(int id);

    @SqlUpdate("INSERT INTO contact_round (session_id, kind, name, deployment_date, deployment_venue, start_date,"
            + " end_date, handin_deadline, compilation_date, session_date, plan_date) VALUES (:sessionId, :kind, :name,"
            + " :deploymentDate, :deploymentVenue, :startDate, :endDate, :handinDeadline, :compilationDate,"
            + " :sessionDate, :planDate)")
    @GetGeneratedKeys("id")
    int insert(@BindMethods RoundDraft draft);

    @SqlUpdate("UPDATE contact_round SET session_id = :d.sessionId, kind = :d.kind, name = :d.name,"
            + " deployment_date = :d.deploymentDate, deployment_venue = :d.deploymentVenue, start_date = :d.startDate,"
            + " end_date = :d.endDate, handin_deadline = :d.handinDeadline, compilation_date = :d.compilationDate,"
            + " session_date = :d.sessionDate, plan_date = :d.planDate WHERE id = :id")
    int update(int id, @BindMethods("d") RoundDraft draft);

    @SqlUpdate("DELETE FROM contact_round WHERE id = :id")
    int delete(int id);

    @SqlQuery("SELECT COUNT(*) FROM meeting WHERE round_id = :id")
    int countMeetings(int id);

    /** Gives the number and the date it was issued on (the plan's date). */
    @SqlUpdate("UPDATE contact_round SET plan_year = :year, plan_number = :number,"
            + " plan_date = :issuedOn WHERE id = :id")
    int setPlanNumber(int id, int year, int number, java.time.LocalDate issuedOn);

    /** Forgets the plan's number once the register cancelled it: the next print takes a new one. */
    @SqlUpdate("UPDATE contact_round SET plan_year = NULL, plan_number = NULL"
            + " WHERE id = :id AND plan_year = :year AND plan_number = :number")
    int clearPlanNumber(int id, int year, int number);
}
