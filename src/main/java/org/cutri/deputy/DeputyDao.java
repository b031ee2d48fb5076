package org.cutri.deputy;

import java.util.List;
import java.util.Optional;

import org.cutri.council.CouncilLevel;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Deputies. */
@RegisterConstructorMapper(Deputy.class)
public interface DeputyDao {

    String SELECT = "SELECT d.id, d.full_name, d.level, d.term_id, d.constituency_id, c.number AS constituency_number,"
            + " d.position, d.deputy_group,"
            + " (SELECT COUNT(*) FROM deputy_hamlet dh WHERE dh.deputy_id = d.id) AS assigned_hamlets"
            + " FROM deputy d LEFT JOIN constituency c ON c.id = d.constituency_id";

    @SqlQuery(SELECT)
    List<Deputy> list();

    @SqlQuery(SELECT + " WHERE d.term_id = :termId")
    List<Deputy> listByTerm(int termId);

    @SqlQuery(SELECT + " WHERE d.id = :id")
    Optional<Deputy> find(int id);

    @SqlUpdate("INSERT INTO deputy (full_name, level, term_id, constituency_id, position, deputy_group)"
            + " VALUES (:fullName, :level, :termId, :constituencyId, :position, :deputyGroup)")
    @GetGeneratedKeys("id")
    int insert(String fullName, CouncilLevel level, int termId, Integer constituencyId, String position,
            String deputyGroup);

    @SqlUpdate("UPDATE deputy SET full_name = :fullName, level = :level, term_id = :termId,"
            + " constituency_id = :constituencyId, position = :position, deputy_group = :deputyGroup WHERE id = :id")
    int update(int id, String fullName, CouncilLevel level, int termId, Integer constituencyId, String position,
            String deputyGroup);

    @SqlUpdate("DELETE FROM deputy WHERE id = :id")
    int delete(int id);

    /** Meetings the deputy was assigned to: their records must stay, so the deputy cannot be deleted. */
    @SqlQuery("SELECT COUNT(*) FROM meeting_deputy WHERE deputy_id = :id")
    int countMeetings(int id);

    /** Level and term of a constituency, to check a deputy's constituency matches. */
    @SqlQuery("SELECT level FROM constituency WHERE id = :constituencyId AND term_id = :termId")
    Optional<CouncilLevel> constituencyLevel(int constituencyId, int termId);
}
