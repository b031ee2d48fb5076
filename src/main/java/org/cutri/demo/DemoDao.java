package org.cutri.demo;

import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Counting and clearing the office's data, for the demo offer, {@code demo --replace} and clearing the demo. */
public interface DemoDao {

    @SqlQuery("SELECT (SELECT COUNT(*) FROM commune_profile) + (SELECT COUNT(*) FROM council_term)"
            + " + (SELECT COUNT(*) FROM hamlet) + (SELECT COUNT(*) FROM deputy) + (SELECT COUNT(*) FROM constituency)")
    long registerRows();

    /** The number of a round's compiled report, given when the demo's report was issued. */
    @SqlUpdate("INSERT INTO report_issue (round_id, issue_year, number, issued_on) VALUES (?, ?, ?, ?)")
    void recordReportIssue(int roundId, int year, int number, java.time.LocalDate issuedOn);

    /**
     * The latest demo entry of the audit trail: {@code IMPORT} when the demo was loaded and not cleared since,
     * {@code DELETE} when it was cleared; empty when the demo was never loaded into this data.
     */
    @SqlQuery("SELECT action FROM audit_log WHERE object_type = 'demo' ORDER BY id DESC LIMIT 1")
    java.util.Optional<String> lastDemoEntry();

    /**
     * Every table of the office's work, children before the tables they point to. Left alone: the audit trail, the
     * lists the program ships (fields of opinions, answer rules, sentiment sources and topics), the office's kind and
     * its keys. New features add their tables here ({@code DemoServiceTest} fails on a table forgotten).
     */
    java.util.List<String> WORK_TABLES = java.util.List.of(
            "readback_reaction", "opinion_raised_again", "opinion_group_member", "opinion_group", "grouping_decision",
            "report_issue", "answer_report_issue", "package_sequence", "return_sequence", "received_return",
            "province_answer", "province_group_member", "province_group", "imported_attendance", "imported_group_member",
            "imported_group", "imported_opinion", "imported_meeting", "imported_round", "imported_package",
            "commune_office", "draft_comment", "draft_section", "draft_document", "conference_commendation",
            "conference_item", "conference_participant", "conference_task", "conference_venue", "conference",
            "sentiment_note", "sentiment_period", "plan_duty", "office_plan", "incoming_document", "opinion_followup",
            "opinion", "meeting_deputy", "meeting_hamlet", "meeting", "contact_round", "document_number",
            "document_counter", "deputy_hamlet", "deputy", "constituency_hamlet", "constituency", "hamlet",
            "council_session", "council_term", "commune_profile");

    /** Empties every table of the office's work ({@link #WORK_TABLES}), in the caller's transaction. */
    static void clearAll(org.jdbi.v3.core.Handle handle) {
        // Sections and notes point to others of their table: the links go first.
        handle.execute("UPDATE draft_section SET parent_id = NULL");
        handle.execute("UPDATE sentiment_note SET carried_from_id = NULL");
        for (String table : WORK_TABLES) {
            handle.execute("DELETE FROM " + table);
        }
    }
}
