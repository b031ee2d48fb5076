package org.cutri.council;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Terms and sessions. */
@RegisterConstructorMapper(CouncilTerm.class)
@RegisterConstructorMapper(CouncilSession.class)
public interface CouncilDao {

    String SESSION_COLUMNS = "SELECT id, term_id, level, course, number, kind, start_date, end_date FROM council_session";

    @SqlQuery("SELECT id, start_year, end_year FROM council_term ORDER BY start_year DESC")
    List<CouncilTerm> listTerms();

    @SqlQuery("SELECT id, start_year, end_year FROM council_term WHERE id = :id")
    Optional<CouncilTerm> findTerm(int id);

    @SqlQuery("SELECT id, start_year, end_year FROM council_term WHERE start_year = :startYear AND end_year = :endYear")
    Optional<CouncilTerm> findTerm(int startYear, int endYear);

    @SqlUpdate("INSERT INTO council_term (start_year, end_year) VALUES (:startYear, :endYear)")
    @GetGeneratedKeys("id")
    int insertTerm(int startYear, int endYear);

    @SqlUpdate("UPDATE council_term SET start_year = :startYear, end_year = :endYear WHERE id = :id")
    int updateTerm(int id, int startYear, int endYear);

    @SqlUpdate("DELETE FROM council_term WHERE id = :id")
    int deleteTerm(int id);

    /** How many sessions, constituencies and deputies point at the term. */
    @SqlQuery("SELECT (SELECT COUNT(*) FROM council_session WHERE term_id = :id)"
            + " + (SELECT COUNT(*) FROM constituency WHERE term_id = :id)"
            + " + (SELECT COUNT(*) FROM deputy WHERE term_id = :id)")
    int countTermReferences(int id);

    @SqlQuery("SELECT COUNT(*) FROM council_session WHERE term_id = :id")
    int countTermSessions(int id);

    @SqlQuery("SELECT COUNT(*) FROM constituency WHERE term_id = :id")
    int countTermConstituencies(int id);

    @SqlQuery("SELECT COUNT(*) FROM deputy WHERE term_id = :id")
    int countTermDeputies(int id);

    @SqlQuery("SELECT COUNT(*) FROM contact_round WHERE session_id = :id")
    int countSessionRounds(int id);

    @SqlQuery(SESSION_COLUMNS + " ORDER BY start_date DESC, id DESC")
    List<CouncilSession> listSessions();

    @SqlQuery(SESSION_COLUMNS + " WHERE term_id = :termId ORDER BY start_date DESC, id DESC")
    List<CouncilSession> listSessions(int termId);

    @SqlQuery(SESSION_COLUMNS + " WHERE term_id = :termId AND level = :level AND number = :number")
    Optional<CouncilSession> findSession(int termId, CouncilLevel level, int number);

    @SqlUpdate("INSERT INTO council_session (term_id, level, course, number, kind, start_date, end_date)"
            + " VALUES (:termId, :level, :course, :number, :kind, :startDate, :endDate)")
    @GetGeneratedKeys("id")
    int insertSession(int termId, CouncilLevel level, String course, int number, SessionKind kind,
            LocalDate startDate, LocalDate endDate);

    @SqlUpdate("UPDATE council_session SET term_id = :termId, level = :level, course = :course, number = :number,"
            + " kind = :kind, start_date = :startDate, end_date = :endDate WHERE id = :id")
    int updateSession(int id, int termId, CouncilLevel level, String course, int number, SessionKind kind,
            LocalDate startDate, LocalDate endDate);

    @SqlUpdate("DELETE FROM council_session WHERE id = :id")
    int deleteSession(@Bind("id") int id);

    @SqlQuery(SESSION_COLUMNS + " WHERE id = :id")
    Optional<CouncilSession> findSession(int id);
}
