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

    /** The number of the round's read-back report (kết quả trả lời cử tri), kept apart from the compiled report's. */
    @SqlQuery("SELECT round_id, issue_year, number, issued_on FROM answer_report_issue WHERE round_id = ?")
    @RegisterConstructorMapper(ReportIssue.class)
    Optional<ReportIssue> answerIssue(int roundId);

    @SqlUpdate("DELETE FROM report_issue WHERE round_id = ? AND issue_year = ? AND number = ?")
    int forgetIssue(int roundId, int issueYear, int number);

    @SqlUpdate("DELETE FROM answer_report_issue WHERE round_id = ? AND issue_year = ? AND number = ?")
    int forgetAnswerIssue(int roundId, int issueYear, int number);

    @SqlUpdate("INSERT INTO answer_report_issue (round_id, issue_year, number, issued_on) VALUES (?, ?, ?, ?)")
    void recordAnswerIssue(int roundId, int issueYear, int number, LocalDate issuedOn);
}
