package org.cutri.hamlet;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Hamlets. The commune constituency shown with each is the one of the given term. */
@RegisterConstructorMapper(Hamlet.class)
public interface HamletDao {

    String SELECT = "SELECT h.id, h.name, h.kind, h.head_name, h.front_head_name,"
            + " (SELECT MIN(c.id) FROM constituency c JOIN constituency_hamlet ch ON ch.constituency_id = c.id"
            + "   WHERE ch.hamlet_id = h.id AND c.level = 'COMMUNE' AND c.term_id = :termId) AS constituency_id,"
            + " (SELECT MIN(c.number) FROM constituency c JOIN constituency_hamlet ch ON ch.constituency_id = c.id"
            + "   WHERE ch.hamlet_id = h.id AND c.level = 'COMMUNE' AND c.term_id = :termId) AS constituency_number"
            + " FROM hamlet h";

    @SqlQuery(SELECT)
    List<Hamlet> list(Integer termId);

    @SqlQuery(SELECT + " WHERE h.id = :id")
    Optional<Hamlet> find(int id, Integer termId);

    @SqlQuery("SELECT id FROM hamlet WHERE name_key = :nameKey")
    Optional<Integer> findIdByKey(String nameKey);

    @SqlUpdate("INSERT INTO hamlet (name, name_key, kind, head_name, front_head_name)"
            + " VALUES (:name, :nameKey, :kind, :headName, :frontHeadName)")
    @GetGeneratedKeys("id")
    int insert(String name, String nameKey, HamletKind kind, String headName, String frontHeadName);

    @SqlUpdate("UPDATE hamlet SET name = :name, name_key = :nameKey, kind = :kind, head_name = :headName,"
            + " front_head_name = :frontHeadName WHERE id = :id")
    int update(int id, String name, String nameKey, HamletKind kind, String headName, String frontHeadName);

    @SqlUpdate("DELETE FROM constituency_hamlet WHERE hamlet_id = :id")
    int removeFromConstituencies(int id);

    @SqlUpdate("DELETE FROM hamlet WHERE id = :id")
    int delete(int id);

    /** Meetings held for the hamlet and opinions raised by its voters: their records must stay. */
    @SqlQuery("SELECT (SELECT COUNT(*) FROM meeting_hamlet WHERE hamlet_id = :id)"
            + " + (SELECT COUNT(*) FROM opinion WHERE hamlet_id = :id)")
    int countMeetingReferences(int id);

    /** Names of the deputies assigned to the hamlet, for the reason a delete is refused. */
    @SqlQuery("SELECT d.full_name FROM deputy d JOIN deputy_hamlet dh ON dh.deputy_id = d.id WHERE dh.hamlet_id = :id")
    List<String> assignedDeputyNames(int id);
}
