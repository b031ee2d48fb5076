package org.cutri.constituency;

import java.util.List;
import java.util.Optional;

import org.cutri.council.CouncilLevel;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Constituencies and the hamlets that lie in them. */
@RegisterConstructorMapper(Constituency.class)
@RegisterConstructorMapper(HamletPlacement.class)
public interface ConstituencyDao {

    String SELECT = "SELECT c.id, c.term_id, c.level, c.number, c.description,"
            + " (SELECT COUNT(*) FROM constituency_hamlet ch WHERE ch.constituency_id = c.id) AS hamlet_count,"
            + " (SELECT COUNT(*) FROM deputy d WHERE d.constituency_id = c.id) AS deputy_count"
            + " FROM constituency c";

    @SqlQuery(SELECT + " ORDER BY c.term_id DESC, c.level, c.number")
    List<Constituency> listAll();

    @SqlQuery(SELECT + " WHERE c.term_id = :termId ORDER BY c.level, c.number")
    List<Constituency> listByTerm(int termId);

    @SqlQuery(SELECT + " WHERE c.id = :id")
    Optional<Constituency> find(int id);

    @SqlQuery(SELECT + " WHERE c.term_id = :termId AND c.level = :level AND c.number = :number")
    Optional<Constituency> find(int termId, CouncilLevel level, int number);

    @SqlUpdate("INSERT INTO constituency (term_id, level, number, description) VALUES (:termId, :level, :number, :description)")
    @GetGeneratedKeys("id")
    int insert(int termId, CouncilLevel level, int number, String description);

    @SqlUpdate("UPDATE constituency SET term_id = :termId, level = :level, number = :number, description = :description"
            + " WHERE id = :id")
    int update(int id, int termId, CouncilLevel level, int number, String description);

    @SqlUpdate("DELETE FROM constituency WHERE id = :id")
    int delete(int id);

    @SqlQuery("SELECT hamlet_id FROM constituency_hamlet WHERE constituency_id = :id")
    List<Integer> hamletIds(int id);

    @SqlUpdate("DELETE FROM constituency_hamlet WHERE constituency_id = :id")
    int clearHamlets(int id);

    @SqlBatch("INSERT INTO constituency_hamlet (constituency_id, hamlet_id) VALUES (:constituencyId, :hamletId)")
    void addHamlets(int constituencyId, List<Integer> hamletId);

    /** Takes the hamlet out of every constituency of this level and term (a hamlet lies in one). */
    @SqlUpdate("DELETE FROM constituency_hamlet WHERE hamlet_id = :hamletId AND constituency_id IN"
            + " (SELECT id FROM constituency WHERE term_id = :termId AND level = :level)")
    int removeHamletFromLevel(int hamletId, int termId, CouncilLevel level);

    @SqlUpdate("INSERT INTO constituency_hamlet (constituency_id, hamlet_id) VALUES (:constituencyId, :hamletId)")
    int addHamlet(int constituencyId, int hamletId);

    /** Hamlets in any of the listed constituencies. */
    @SqlQuery("SELECT DISTINCT hamlet_id FROM constituency_hamlet WHERE constituency_id IN (<ids>)")
    List<Integer> hamletIdsOf(@BindList("ids") List<Integer> constituencyIds);

    /** Every hamlet with the constituencies of the term it lies in (one row per placement, or one bare row). */
    @SqlQuery("SELECT h.id AS hamlet_id, h.name AS hamlet_name, p.constituency_id, p.level, p.number"
            + " FROM hamlet h LEFT JOIN"
            + " (SELECT ch.hamlet_id, c.id AS constituency_id, c.level, c.number FROM constituency_hamlet ch"
            + "   JOIN constituency c ON c.id = ch.constituency_id WHERE c.term_id = :termId) p"
            + " ON p.hamlet_id = h.id")
    List<HamletPlacement> hamletPlacements(int termId);

    /** Which of these hamlets still exist. */
    @SqlQuery("SELECT id FROM hamlet WHERE id IN (<ids>)")
    List<Integer> existingHamletIds(@BindList("ids") List<Integer> hamletIds);

    @SqlQuery("SELECT COUNT(*) FROM council_term WHERE id = :termId")
    int countTerms(int termId);

    /** Names of the deputies elected in the constituency, for the reason a delete is refused. */
    @SqlQuery("SELECT full_name FROM deputy WHERE constituency_id = :id")
    List<String> deputyNames(int id);

    /** Names of the hamlets lying in the constituency, for the reason a delete is refused. */
    @SqlQuery("SELECT h.name FROM hamlet h JOIN constituency_hamlet ch ON ch.hamlet_id = h.id WHERE ch.constituency_id = :id")
    List<String> hamletNames(int id);
}
