package org.cutri.province;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads the province's consolidated tables (imported_*) for the consolidated views and the province's report. */
public interface ProvinceDao {

    @SqlQuery("SELECT o.commune_code, c.name AS commune_name, o.round_key, r.name AS round_name, r.kind AS round_kind,"
            + " m.meeting_date, o.code, o.meeting_key, o.seq, o.hamlet_name, o.content, o.kind, o.field_name,"
            + " o.authority, o.authority_body, o.approved, o.status"
            + " FROM imported_opinion o"
            + " JOIN commune_office c ON c.code = o.commune_code"
            + " JOIN imported_round r ON r.package_id = o.package_id"
            + " LEFT JOIN imported_meeting m ON m.package_id = o.package_id AND m.meeting_key = o.meeting_key"
            + " ORDER BY c.name, o.commune_code, o.round_key, o.meeting_key, o.seq")
    @RegisterConstructorMapper(ConsolidatedOpinion.class)
    List<ConsolidatedOpinion> opinions();

    /** An imported commune round, with the commune's name. */
    record ImportedRoundRow(String communeCode, String communeName, int roundKey, String name, String kind,
            LocalDate startDate, LocalDate sessionDate) {
    }

    /** The provinces the communes' packages name, the most named first. */
    @SqlQuery("SELECT province_name FROM commune_office WHERE province_name IS NOT NULL AND province_name <> ''"
            + " GROUP BY province_name ORDER BY COUNT(*) DESC, province_name")
    List<String> communesProvinces();

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

    /** A commune's round's own days, with its last meeting's day, for the province's report date. */
    record RoundDays(LocalDate endDate, LocalDate handinDeadline, LocalDate compilationDate, LocalDate lastMeeting) {
    }

    @SqlQuery("SELECT r.end_date, r.handin_deadline, r.compilation_date, (SELECT MAX(m.meeting_date)"
            + " FROM imported_meeting m WHERE m.package_id = r.package_id) AS last_meeting"
            + " FROM imported_round r WHERE r.commune_code = ? AND r.round_key = ?")
    @RegisterConstructorMapper(RoundDays.class)
    List<RoundDays> roundDays(String communeCode, int roundKey);

    @SqlQuery("SELECT a.level, a.deputy_name, a.present FROM imported_attendance a"
            + " JOIN imported_package p ON p.id = a.package_id WHERE p.commune_code = ? AND p.round_key = ?")
    @RegisterConstructorMapper(AttendanceRow.class)
    List<AttendanceRow> importedAttendance(String communeCode, int roundKey);
}
