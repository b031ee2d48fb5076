package org.cutri.demo;

import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Counting and clearing the register, for the demo offer and {@code demo --replace}. */
public interface DemoDao {

    @SqlQuery("SELECT (SELECT COUNT(*) FROM commune_profile) + (SELECT COUNT(*) FROM council_term)"
            + " + (SELECT COUNT(*) FROM hamlet) + (SELECT COUNT(*) FROM deputy) + (SELECT COUNT(*) FROM constituency)")
    long registerRows();

    /** Empties every register table, children first. Later features add their tables here. */
    @SqlUpdate("DELETE FROM deputy_hamlet")
    void clearAssignments();

    @SqlUpdate("DELETE FROM deputy")
    void clearDeputies();

    @SqlUpdate("DELETE FROM constituency_hamlet")
    void clearConstituencyHamlets();

    @SqlUpdate("DELETE FROM constituency")
    void clearConstituencies();

    @SqlUpdate("DELETE FROM hamlet")
    void clearHamlets();

    @SqlUpdate("DELETE FROM council_session")
    void clearSessions();

    @SqlUpdate("DELETE FROM council_term")
    void clearTerms();

    @SqlUpdate("DELETE FROM commune_profile")
    void clearProfile();

    default void clearAll() {
        clearAssignments();
        clearDeputies();
        clearConstituencyHamlets();
        clearConstituencies();
        clearHamlets();
        clearSessions();
        clearTerms();
        clearProfile();
    }
}
