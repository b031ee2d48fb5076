package org.cutri.draft;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Drafts, their sections and the comments on them. */
@RegisterConstructorMapper(DraftDocument.class)
@RegisterConstructorMapper(DraftSection.class)
@RegisterConstructorMapper(DraftComment.class)
public interface DraftDao {

    String DRAFT = "SELECT d.id, d.title, d.issuer, d.received_date, d.due_date, d.source_file, d.preamble, d.plan_id,"
            + " d.report_number, d.report_date,"
            + " (SELECT COUNT(*) FROM draft_section s WHERE s.draft_id = d.id) AS sections,"
            + " (SELECT COUNT(*) FROM draft_comment c WHERE c.draft_id = d.id) AS comments FROM draft_document d";

    String SECTION = "SELECT id, draft_id, parent_id, level, label, heading, body, position FROM draft_section";

    String COMMENT = "SELECT c.id, c.draft_id, c.section_id, c.stance, c.content, c.people, c.source_kind,"
            + " c.source_name, c.comment_date, c.hamlet_id, c.meeting_id FROM draft_comment c";

    @SqlQuery(DRAFT + " ORDER BY d.created_at DESC, d.id DESC")
    List<DraftDocument> drafts();

    @SqlQuery(DRAFT + " WHERE d.id = :id")
    Optional<DraftDocument> draft(int id);

    @SqlQuery("SELECT id FROM draft_document WHERE title_key = :key")
    Optional<Integer> draftIdByKey(String key);

    @SqlQuery(DRAFT + " WHERE d.due_date IS NOT NULL AND d.report_number IS NULL AND d.due_date <= :until"
            + " ORDER BY d.due_date, d.id")
    List<DraftDocument> openDue(LocalDate until);

    @SqlUpdate("INSERT INTO draft_document (title, title_key, issuer, received_date, due_date, source_file, preamble,"
            + " plan_id, created_at) VALUES (:title, :key, :issuer, :receivedDate, :dueDate, :sourceFile, :preamble,"
            + " :planId, :now)")
    @GetGeneratedKeys("id")
    int insertDraft(String title, String key, String issuer, LocalDate receivedDate, LocalDate dueDate,
            String sourceFile, String preamble, Integer planId, LocalDateTime now);

    @SqlUpdate("UPDATE draft_document SET title = :title, title_key = :key, issuer = :issuer,"
            + " received_date = :receivedDate, due_date = :dueDate, plan_id = :planId WHERE id = :id")
    int updateDraft(int id, String title, String key, String issuer, LocalDate receivedDate, LocalDate dueDate,
            Integer planId);

    @SqlUpdate("UPDATE draft_document SET report_number = :number, report_date = :date WHERE id = :id")
    int issued(int id, int number, LocalDate date);

    @SqlUpdate("UPDATE draft_document SET report_number = NULL, report_date = NULL WHERE id = :id"
            + " AND report_number = :number AND EXTRACT(YEAR FROM report_date) = :year")
    int forgetIssue(int id, int number, int year);

    @SqlUpdate("DELETE FROM draft_document WHERE id = :id")
    int deleteDraft(int id);

    @SqlQuery(SECTION + " WHERE draft_id = :draftId ORDER BY position")
    List<DraftSection> sections(int draftId);

    @SqlQuery(SECTION + " WHERE id = :id")
    Optional<DraftSection> section(int id);

    @SqlUpdate("INSERT INTO draft_section (draft_id, parent_id, level, label, heading, body, position)"
            + " VALUES (:draftId, :parentId, :level, :label, :heading, :body, :position)")
    @GetGeneratedKeys("id")
    int insertSection(int draftId, Integer parentId, int level, String label, String heading, String body,
            int position);

    @SqlUpdate("UPDATE draft_section SET parent_id = NULL WHERE draft_id = :draftId")
    int unlinkSections(int draftId);

    @SqlUpdate("DELETE FROM draft_section WHERE draft_id = :draftId")
    int deleteSections(int draftId);

    @SqlQuery(COMMENT + " JOIN draft_section s ON s.id = c.section_id WHERE c.draft_id = :draftId"
            + " ORDER BY s.position, c.id")
    List<DraftComment> comments(int draftId);

    @SqlQuery(COMMENT + " WHERE c.section_id = :sectionId ORDER BY c.id")
    List<DraftComment> sectionComments(int sectionId);

    @SqlQuery(COMMENT + " WHERE c.id = :id")
    Optional<DraftComment> comment(int id);

    @SqlUpdate("INSERT INTO draft_comment (draft_id, section_id, stance, content, content_key, people, source_kind,"
            + " source_name, source_key, comment_date, hamlet_id, meeting_id, updated_at) VALUES (:draftId, :sectionId,"
            + " :stance, :content, :contentKey, :people, :sourceKind, :sourceName, :sourceKey, :commentDate, :hamletId,"
            + " :meetingId, :now)")
    @GetGeneratedKeys("id")
    int insertComment(int draftId, int sectionId, Stance stance, String content, String contentKey, int people,
            SourceKind sourceKind, String sourceName, String sourceKey, LocalDate commentDate, Integer hamletId,
            Integer meetingId, LocalDateTime now);

    @SqlUpdate("UPDATE draft_comment SET section_id = :sectionId, stance = :stance, content = :content,"
            + " content_key = :contentKey, people = :people, source_kind = :sourceKind, source_name = :sourceName,"
            + " source_key = :sourceKey, comment_date = :commentDate, hamlet_id = :hamletId, meeting_id = :meetingId,"
            + " updated_at = :now WHERE id = :id")
    int updateComment(int id, int sectionId, Stance stance, String content, String contentKey, int people,
            SourceKind sourceKind, String sourceName, String sourceKey, LocalDate commentDate, Integer hamletId,
            Integer meetingId, LocalDateTime now);

    @SqlUpdate("DELETE FROM draft_comment WHERE id = :id")
    int deleteComment(int id);

    @SqlUpdate("DELETE FROM draft_comment WHERE draft_id = :draftId")
    int deleteComments(int draftId);

    @SqlQuery("SELECT name FROM hamlet WHERE id = :id")
    Optional<String> hamletName(int id);

    @SqlQuery("SELECT COUNT(*) FROM meeting WHERE id = :id")
    int meetingExists(int id);

    @SqlQuery("SELECT kind FROM office_plan WHERE id = :id")
    Optional<String> planKind(int id);

    @SqlQuery("SELECT id FROM draft_document")
    List<Integer> allIds();
}
