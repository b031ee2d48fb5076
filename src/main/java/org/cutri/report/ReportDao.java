package org.cutri.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The report's own table and what the province holds of the communes' rounds. */
interface ReportDao {

    @SqlQuery("SELECT round_id, issue_year, number, issued_on FROM report_issue WHERE round_id = ?")
    @RegisterConstructorMapper(ReportIssue.class)
    Optional<ReportIssue> issue(int roundId);

    @SqlUpdate("INSERT INTO report_issue (round_id, issue_year, number, issued_on) VALUES (?, ?, ?, ?)")
    void recordIssue(int roundId, int issueYear, int number, LocalDate issuedOn);

    /** An imported commune round, with the commune's name. */
    record ImportedRoundRow(String communeCode, String communeName, int roundKey, String name, String kind,
            LocalDate startDate, LocalDate sessionDate) {
    }

    @SqlQuery("SELECT r.commune_code, c.name AS commune_name, r.round_key, r.name, r.kind, r.start_date, r.session_date"
            + " FROM imported_round r JOIN commune_office c ON c.code = r.commune_code ORDER BY r.start_date, c.name")
    @RegisterConstructorMapper(ImportedRoundRow.class)
    List<ImportedRoundRow> importedRounds();

    /** An imported meeting's facts. */
    record ImportedMeetingRow(String communeCode, int roundKey, String status, String hamletNames,
            Integer votersInvited, Integer votersPresent, int deputiesAssigned, int deputiesPresent) {
    }

    @SqlQuery("SELECT commune_code, round_key, status, hamlet_names, voters_invited, voters_present, deputies_assigned,"
            + " deputies_present FROM imported_meeting WHERE commune_code = ? AND round_key = ?"
            + " ORDER BY meeting_date, meeting_key")
    @RegisterConstructorMapper(ImportedMeetingRow.class)
    List<ImportedMeetingRow> importedMeetings(String communeCode, int roundKey);

    /** Attendance of deputies at a commune round's meetings, by level. */
    record AttendanceRow(String level, String deputyName, boolean present) {
    }

    @SqlQuery("SELECT a.level, a.deputy_name, a.present FROM imported_attendance a"
            + " JOIN imported_package p ON p.id = a.package_id WHERE p.commune_code = ? AND p.round_key = ?")
    @RegisterConstructorMapper(AttendanceRow.class)
    List<AttendanceRow> importedAttendance(String communeCode, int roundKey);
}
