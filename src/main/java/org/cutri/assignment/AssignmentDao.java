package org.cutri.assignment;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The deputy-hamlet links of a term, and the proposal: a deputy elected in a constituency meets the
 * voters of that constituency's hamlets.
 */
@RegisterConstructorMapper(Assignment.class)
public interface AssignmentDao {

    String PROPOSED = "SELECT d.id AS deputy_id, ch.hamlet_id FROM deputy d"
            + " JOIN constituency_hamlet ch ON ch.constituency_id = d.constituency_id WHERE d.term_id = :termId";

    @SqlQuery("SELECT dh.deputy_id, dh.hamlet_id FROM deputy_hamlet dh JOIN deputy d ON d.id = dh.deputy_id"
            + " WHERE d.term_id = :termId")
    List<Assignment> assigned(int termId);

    @SqlQuery(PROPOSED)
    List<Assignment> proposed(int termId);

    /** Adds every proposed link that is missing; returns how many were added. */
    @SqlUpdate("INSERT INTO deputy_hamlet (deputy_id, hamlet_id) SELECT p.deputy_id, p.hamlet_id FROM (" + PROPOSED
            + ") p WHERE NOT EXISTS (SELECT 1 FROM deputy_hamlet x WHERE x.deputy_id = p.deputy_id"
            + " AND x.hamlet_id = p.hamlet_id)")
    int addProposed(int termId);

    /** Removes the term's links the constituencies do not propose (links made by hand). */
    @SqlUpdate("DELETE FROM deputy_hamlet WHERE deputy_id IN (SELECT id FROM deputy WHERE term_id = :termId)"
            + " AND NOT EXISTS (SELECT 1 FROM deputy d JOIN constituency_hamlet ch ON ch.constituency_id = d.constituency_id"
            + " WHERE d.id = deputy_hamlet.deputy_id AND ch.hamlet_id = deputy_hamlet.hamlet_id)")
    int removeNotProposed(int termId);

    @SqlQuery("SELECT COUNT(*) FROM deputy_hamlet WHERE deputy_id = :deputyId AND hamlet_id = :hamletId")
    int count(int deputyId, int hamletId);

    @SqlUpdate("INSERT INTO deputy_hamlet (deputy_id, hamlet_id) VALUES (:deputyId, :hamletId)")
    int insert(int deputyId, int hamletId);

    @SqlUpdate("DELETE FROM deputy_hamlet WHERE deputy_id = :deputyId AND hamlet_id = :hamletId")
    int delete(int deputyId, int hamletId);

    @SqlQuery("SELECT COUNT(*) FROM deputy WHERE id = :id")
    int deputyExists(int id);

    @SqlQuery("SELECT COUNT(*) FROM hamlet WHERE id = :id")
    int hamletExists(int id);
}
