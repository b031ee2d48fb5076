package org.cutri.grouping;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The secretary's decisions on pairs of opinions (decision 0031), keyed by the two texts' keys. */
@RegisterConstructorMapper(GroupingDecisionDao.Decision.class)
public interface GroupingDecisionDao {

    /** A decision on the pair of texts whose keys are {@code textLow} and {@code textHigh} (in that order). */
    record Decision(String textLow, String textHigh, boolean together) {
    }

    @SqlUpdate("DELETE FROM grouping_decision WHERE text_low = :low AND text_high = :high")
    int delete(String low, String high);

    @SqlUpdate("INSERT INTO grouping_decision (text_low, text_high, together, decided_at)"
            + " VALUES (:low, :high, :together, :now)")
    void insert(String low, String high, boolean together, LocalDateTime now);

    @SqlQuery("SELECT text_low, text_high, together FROM grouping_decision")
    List<Decision> all();

    @SqlQuery("SELECT together FROM grouping_decision WHERE text_low = :low AND text_high = :high")
    Optional<Boolean> find(String low, String high);
}
