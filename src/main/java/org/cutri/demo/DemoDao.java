package org.cutri.demo;

import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Counting and clearing the register, for the demo offer and {@code demo --replace}. */
public interface DemoDao {

    @SqlQuery("SELECT (SELECT COUNT(*) FROM commune_profile) + (SELECT COUNT(*) FROM council_term)"
            + " + (SELECT COUNT(*) FROM hamlet) + (SELECT COUNT(*) FROM deputy) + (SELECT COUNT(*) FROM constituency)")
    long registerRows();

    @SqlUpdate("DELETE FROM opinion_group")
    void clearGroups();

    @SqlUpdate("DELETE FROM opinion")
    void clearOpinions();

    @SqlUpdate("DELETE FROM meeting_deputy")
    void clearMeetingDeputies();

    @SqlUpdate("DELETE FROM meeting_hamlet")
    void clearMeetingHamlets();

    @SqlUpdate("DELETE FROM meeting")
    void clearMeetings();

    @SqlUpdate("DELETE FROM contact_round")
    void clearRounds();

    @SqlUpdate("DELETE FROM document_number")
    void clearDocumentNumbers();

    /** The number of a round's compiled report, given when the demo's report was issued. */
    @SqlUpdate("INSERT INTO report_issue (round_id, issue_year, number, issued_on) VALUES (?, ?, ?, ?)")
    void recordReportIssue(int roundId, int year, int number, java.time.LocalDate issuedOn);

    @SqlUpdate("DELETE FROM document_counter")
    void clearDocumentCounters();

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

    /** Empties every table of the office's work, children first. New features add their tables here. */
    default void clearAll() {
        clearGroups();
        clearOpinions();
        clearMeetingDeputies();
        clearMeetingHamlets();
        clearMeetings();
        clearRounds();
        clearDocumentNumbers();
        clearDocumentCounters();
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
