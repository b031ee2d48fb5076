package org.cutri.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Incoming plans, the office's plans and their duties. */
@RegisterConstructorMapper(IncomingDocument.class)
@RegisterConstructorMapper(OfficePlan.class)
@RegisterConstructorMapper(PlanDuty.class)
public interface PlanDao {

    String PLAN = "SELECT id, kind, incoming_id, plan_number, number_text, plan_date, subject, bases, purpose, content,"
            + " organisation, recipients, signer_title, signer_name, issued_on FROM office_plan";
    String DUTY = "SELECT id, plan_id, position, what, lead_unit, joins, from_date, until_date, report_due, status,"
            + " done_on, done_document, source_kind AS work, source_id FROM plan_duty";
    String INCOMING = "SELECT id, doc_number, doc_date, issuer, subject, deadlines FROM incoming_document";

    @SqlQuery(INCOMING + " ORDER BY doc_date DESC NULLS LAST, id DESC")
    List<IncomingDocument> incoming();

    @SqlQuery(INCOMING + " WHERE id = :id")
    Optional<IncomingDocument> findIncoming(int id);

    @SqlUpdate("INSERT INTO incoming_document (doc_number, doc_date, issuer, subject, deadlines, created_at)"
            + " VALUES (:docNumber, :docDate, :issuer, :subject, :deadlines, :now)")
    @GetGeneratedKeys("id")
    int insertIncoming(String docNumber, LocalDate docDate, String issuer, String subject, String deadlines,
            LocalDateTime now);

    @SqlUpdate("UPDATE incoming_document SET doc_number = :docNumber, doc_date = :docDate, issuer = :issuer,"
            + " subject = :subject, deadlines = :deadlines WHERE id = :id")
    int updateIncoming(int id, String docNumber, LocalDate docDate, String issuer, String subject, String deadlines);

    @SqlQuery(PLAN + " ORDER BY plan_date DESC, id DESC")
    List<OfficePlan> plans();

    @SqlQuery(PLAN + " WHERE id = :id")
    Optional<OfficePlan> findPlan(int id);

    @SqlUpdate("INSERT INTO office_plan (kind, incoming_id, plan_date, subject, bases, purpose, content, organisation,"
            + " recipients, signer_title, signer_name, created_at, updated_at) VALUES (:kind, :incomingId, :planDate,"
            + " :subject, :bases, :purpose, :content, :organisation, :recipients, :signerTitle, :signerName, :now, :now)")
    @GetGeneratedKeys("id")
    int insertPlan(PlanKind kind, Integer incomingId, LocalDate planDate, String subject, String bases, String purpose,
            String content, String organisation, String recipients, String signerTitle, String signerName,
            LocalDateTime now);

    @SqlUpdate("UPDATE office_plan SET subject = :subject, bases = :bases, purpose = :purpose, content = :content,"
            + " organisation = :organisation, recipients = :recipients, signer_title = :signerTitle,"
            + " signer_name = :signerName, updated_at = :now WHERE id = :id")
    int updateSections(int id, String subject, String bases, String purpose, String content, String organisation,
            String recipients, String signerTitle, String signerName, LocalDateTime now);

    @SqlUpdate("UPDATE office_plan SET incoming_id = :incomingId, plan_date = :planDate, updated_at = :now WHERE id = :id")
    int updateHead(int id, Integer incomingId, LocalDate planDate, LocalDateTime now);

    @SqlUpdate("UPDATE office_plan SET plan_number = :number, number_text = :numberText, plan_date = :issuedOn,"
            + " issued_on = :issuedOn, updated_at = :now WHERE id = :id AND plan_number IS NULL")
    int issue(int id, int number, String numberText, LocalDate issuedOn, LocalDateTime now);

    @SqlUpdate("UPDATE office_plan SET plan_number = NULL, number_text = NULL, issued_on = NULL, updated_at = :now"
            + " WHERE id = :id AND plan_number = :number AND EXTRACT(YEAR FROM issued_on) = :year")
    int forgetIssue(int id, int number, int year, LocalDateTime now);

    @SqlUpdate("DELETE FROM office_plan WHERE id = :id AND plan_number IS NULL")
    int deleteDraft(int id);

    @SqlQuery(DUTY + " WHERE plan_id = :planId ORDER BY position, id")
    List<PlanDuty> duties(int planId);

    @SqlQuery(DUTY + " WHERE id = :id")
    Optional<PlanDuty> findDuty(int id);

    @SqlQuery(DUTY + " ORDER BY plan_id, position, id")
    List<PlanDuty> allDuties();

    @SqlQuery("SELECT COALESCE(MAX(position), 0) FROM plan_duty WHERE plan_id = :planId")
    int lastPosition(int planId);

    @SqlUpdate("INSERT INTO plan_duty (plan_id, position, what, lead_unit, joins, from_date, until_date, report_due,"
            + " status, source_kind, source_id) VALUES (:planId, :position, :what, :leadUnit, :joins, :fromDate,"
            + " :untilDate, :reportDue, 'OPEN', :work, :sourceId)")
    @GetGeneratedKeys("id")
    int insertDuty(int planId, int position, String what, String leadUnit, String joins, LocalDate fromDate,
            LocalDate untilDate, LocalDate reportDue, DutyWork work, Integer sourceId);

    @SqlUpdate("UPDATE plan_duty SET what = :what, lead_unit = :leadUnit, joins = :joins, from_date = :fromDate,"
            + " until_date = :untilDate, report_due = :reportDue, source_kind = :work, source_id = :sourceId"
            + " WHERE id = :id")
    int updateDuty(int id, String what, String leadUnit, String joins, LocalDate fromDate, LocalDate untilDate,
            LocalDate reportDue, DutyWork work, Integer sourceId);

    @SqlUpdate("UPDATE plan_duty SET status = :status, done_on = :doneOn, done_document = :document WHERE id = :id")
    int setStatus(int id, DutyStatus status, LocalDate doneOn, String document);

    @SqlUpdate("DELETE FROM plan_duty WHERE id = :id")
    int deleteDuty(int id);

    @SqlUpdate("UPDATE office_plan SET updated_at = :now WHERE id = :id")
    int touch(int id, LocalDateTime now);
}
