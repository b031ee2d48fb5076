package org.cutri.report;

import java.time.LocalDate;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The report's own table. */
interface ReportDao {

    @SqlQuery("SELECT round_id, issue_year, number, issued_on FROM report_issue WHERE round_id = ?")
    @RegisterConstructorMapper(ReportIssue.class)
    Optional<ReportIssue> issue(int roundId);

    @SqlUpdate("INSERT INTO report_issue (round_id, issue_year, number, issued_on) VALUES (?, ?, ?, ?)")
    void recordIssue(int roundId, int issueYear, int number, LocalDate issuedOn);
}
