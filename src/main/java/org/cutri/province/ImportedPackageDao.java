package org.cutri.province;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.cutri.exchange.PackageData;
import org.cutri.exchange.PackageData.PackagedMeeting;
import org.cutri.exchange.PackageData.PackagedOpinion;
import org.cutri.exchange.PackageData.PackagedRound;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The province's consolidated tables (imported_*). */
@RegisterConstructorMapper(ImportedPackage.class)
@RegisterConstructorMapper(ImportedOpinion.class)
@RegisterConstructorMapper(ImportedTotals.class)
public interface ImportedPackageDao {

    /** One deputy's attendance at one meeting, flattened for a batch insert. */
    record AttendanceRow(int meetingKey, String deputyName, String level, boolean present) {
    }

    /** One opinion of one group, flattened for a batch insert. */
    record MemberRow(int groupKey, String opinionCode) {
    }

    @SqlQuery("SELECT id, commune_code, round_key, sequence_no, sha256, file_name, imported_at, signer_fingerprint,"
            + " manifest_sha256 FROM imported_package WHERE commune_code = :communeCode AND round_key = :roundKey")
    Optional<ImportedPackage> find(String communeCode, int roundKey);

    @SqlQuery("SELECT id, commune_code, round_key, sequence_no, sha256, file_name, imported_at, signer_fingerprint,"
            + " manifest_sha256 FROM imported_package ORDER BY commune_code, round_key")
    List<ImportedPackage> list();

    @SqlUpdate("UPDATE commune_office SET name = :name, province_name = :province WHERE code = :code")
    int updateCommune(String code, String name, String province);

    @SqlUpdate("INSERT INTO commune_office (code, name, province_name) VALUES (:code, :name, :province)")
    int insertCommune(String code, String name, String province);

    @SqlUpdate("DELETE FROM imported_package WHERE id = :id")
    int deletePackage(int id);

    @SqlUpdate("INSERT INTO imported_package (commune_code, round_key, sequence_no, sha256, file_name, created_at,"
            + " imported_at, program_version, with_names, manifest, signer_fingerprint, previous_sha256,"
            + " manifest_sha256) VALUES (:communeCode, :roundKey, :sequence, :sha256, :fileName, :createdAt, :importedAt,"
            + " :programVersion, :withNames, :manifest, :signer, :previous, :manifestSha256)")
    @GetGeneratedKeys("id")
    int insertPackage(String communeCode, int roundKey, int sequence, String sha256, String fileName, Instant createdAt,
            LocalDateTime importedAt, String programVersion, boolean withNames, String manifest, String signer,
            String previous, String manifestSha256);

    @SqlUpdate("INSERT INTO imported_round (package_id, commune_code, round_key, name, kind, deployment_date, start_date,"
            + " end_date, handin_deadline, compilation_date, session_date, plan_year, plan_number) VALUES (:packageId,"
            + " :communeCode, :r.id, :r.name, :r.kind, :r.deploymentDate, :r.startDate, :r.endDate, :r.handinDeadline,"
            + " :r.compilationDate, :r.sessionDate, :r.planYear, :r.planNumber)")
    int insertRound(int packageId, String communeCode, @BindMethods("r") PackagedRound round);

    @SqlBatch("INSERT INTO imported_meeting (package_id, meeting_key, commune_code, round_key, meeting_date, start_time,"
            + " end_time, venue, form, status, hamlet_names, chair_name, secretary_name, voters_invited, voters_present,"
            + " deputies_assigned, deputies_present) VALUES (:packageId, :m.id, :communeCode, :roundKey, :m.date,"
            + " :m.startTime, :m.endTime, :m.venue, :m.form, :m.status, :hamletNames, :m.chairName, :m.secretaryName,"
            + " :m.votersInvited, :m.votersPresent, :assigned, :present)")
    void insertMeetings(int packageId, String communeCode, int roundKey, @BindMethods("m") List<PackagedMeeting> meetings,
            @Bind("hamletNames") List<String> hamletNames, @Bind("assigned") List<Integer> assigned,
            @Bind("present") List<Integer> present);

    @SqlBatch("INSERT INTO imported_attendance (package_id, meeting_key, deputy_name, level, present)"
            + " VALUES (:packageId, :a.meetingKey, :a.deputyName, :a.level, :a.present)")
    void insertAttendance(int packageId, @BindMethods("a") List<AttendanceRow> rows);

    @SqlBatch("INSERT INTO imported_opinion (package_id, code, commune_code, round_key, meeting_key, seq, hamlet_name,"
            + " content, content_folded, kind, field_name, authority, authority_body, speaker_name, votes_for,"
            + " voters_present, approved, answered_at_meeting, answered_by, answer_text, status) VALUES (:packageId,"
            + " :o.code, :communeCode, :roundKey, :o.meetingId, :o.seq, :o.hamlet, :o.content, :folded, :o.kind,"
            + " :o.field, :o.authority, :o.authorityBody, :o.speakerName, :o.votesFor, :o.votersPresent, :o.approved,"
            + " :o.answeredAtMeeting, :o.answeredBy, :o.answerText, :o.status)")
    void insertOpinions(int packageId, String communeCode, int roundKey, @BindMethods("o") List<PackagedOpinion> opinions,
            @Bind("folded") List<String> folded);

    @SqlBatch("INSERT INTO imported_group (package_id, group_key, commune_code, round_key, title)"
            + " VALUES (:packageId, :g.id, :communeCode, :roundKey, :g.title)")
    void insertGroups(int packageId, String communeCode, int roundKey,
            @BindMethods("g") List<PackageData.PackagedGroup> groups);

    @SqlBatch("INSERT INTO imported_group_member (package_id, group_key, opinion_code)"
            + " VALUES (:packageId, :m.groupKey, :m.opinionCode)")
    void insertMembers(int packageId, @BindMethods("m") List<MemberRow> members);

    @SqlQuery("SELECT (SELECT COUNT(*) FROM imported_package) AS package_count,"
            + " (SELECT COUNT(*) FROM commune_office) AS commune_count, (SELECT COUNT(*) FROM imported_meeting) AS meeting_count,"
            + " (SELECT COUNT(*) FROM imported_opinion) AS opinion_count, (SELECT COUNT(*) FROM imported_group) AS group_count")
    ImportedTotals totals();

    @SqlQuery("SELECT commune_code, round_key, code, meeting_key, seq, hamlet_name, content, kind, field_name, authority,"
            + " authority_body, speaker_name, approved, answered_at_meeting, answer_text, status FROM imported_opinion"
            + " WHERE commune_code = :communeCode AND round_key = :roundKey ORDER BY meeting_key, seq")
    List<ImportedOpinion> opinions(String communeCode, int roundKey);

    /** The codes of a commune's stored opinions of a round that the province put in a group of its own or answered. */
    @SqlQuery("SELECT o.code FROM imported_opinion o WHERE o.commune_code = :communeCode AND o.round_key = :roundKey"
            + " AND (EXISTS (SELECT 1 FROM province_group_member m WHERE m.commune_code = o.commune_code"
            + " AND m.round_key = o.round_key AND m.member_kind = 'OPINION' AND m.member_key = o.code)"
            + " OR EXISTS (SELECT 1 FROM province_answer a WHERE a.commune_code = o.commune_code"
            + " AND a.opinion_code = o.code)) ORDER BY o.code")
    List<String> workedOn(String communeCode, int roundKey);
}
