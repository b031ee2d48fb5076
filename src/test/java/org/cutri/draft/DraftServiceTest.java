package org.cutri.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.cutri.plan.CalendarEntry;
import org.cutri.plan.DutyWork;
import org.cutri.plan.PlanKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts, their sections and comments, the compilation counts and the calendar's deadline, on a real H2 file. */
class DraftServiceTest {

    @TempDir
    Path folder;

    private AppContext context;
    private DraftService drafts;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder.resolve("data"));
        drafts = context.drafts();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anImportStoresTheDraftWithItsTreeOfSections() {
        DraftFixture fixture = DraftFixture.imported(context, LocalDate.of(2026, 12, 10));

        assertThat(fixture.draft.sections()).isEqualTo(41);
        assertThat(fixture.draft.sourceFile()).isEqualTo("du-thao-de-muc.docx");
        assertThat(fixture.draft.preamble()).startsWith("ĐẢNG BỘ XÃ TÂN PHÚC");
        assertThat(fixture.sections).extracting(s -> s.level() + "|" + s.label() + "|" + s.heading())
                .containsExactlyElementsOf(DraftReaderTest.TREE);
        DraftSection farming = fixture.section("Sản xuất nông nghiệp");
        DraftSection economy = fixture.section("Về phát triển kinh tế");
        assertThat(farming.parentId()).isEqualTo(economy.id());
        assertThat(fixture.sections.get(0).parentId()).isNull();
        assertThat(fixture.sections.get(40).parentId()).isNull();
        assertThat(drafts.drafts()).extracting(DraftDocument::title).containsExactly(DraftFixture.TITLE);

        // The same title again is refused before the file is read; nothing more is stored.
        assertThatThrownBy(() -> DraftFixture.imported(context, null)).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo("draft.duplicate");
        assertThat(drafts.drafts()).hasSize(1);
    }

    @Test
    void aFileThatIsNotADocxStoresNothing() throws Exception {
        Path text = folder.resolve("du-thao.docx");
        Files.writeString(text, "Dự thảo", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> drafts.importDocx(text, DraftInfo.titled("Dự thảo A", null), TaskMonitor.NONE))
                .isInstanceOf(UserException.class).extracting(e -> ((UserException) e).key())
                .isEqualTo("draft.import.unreadable");
        assertThat(drafts.drafts()).isEmpty();
        assertThat(context.messages().get("draft.import.unreadable", "du-thao.docx"))
                .startsWith("Không đọc được tệp du-thao.docx");
    }

    @Test
    void theCompilationCountsEachCommentOnceAndPeoplePerSourceOnce() {
        DraftFixture fixture = DraftFixture.imported(context, null).withComments(context);
        DraftCompilation compilation = drafts.compilation(fixture.draft.id());

        DraftCompilation.Totals farming = compilation.section(fixture.section("Sản xuất nông nghiệp").id()).own();
        // The hamlet's agreement entered twice counts once; its 40 people and the union's 25 once each.
        assertThat(farming.agree()).isEqualTo(1);
        assertThat(farming.disagree()).isEqualTo(1);
        assertThat(farming.partly()).isEqualTo(1);
        assertThat(farming.people()).isEqualTo(65);
        assertThat(farming.sources()).containsExactly("Thôn Đông Hải", "Hội Nông dân xã");
        assertThat(farming.comments().get(0).times()).isEqualTo(2);

        // "1." holds the same agreement of the hamlet itself and through "a)": once; the hamlet's people once (40).
        DraftCompilation.SectionTotals economy = compilation.section(fixture.section("Về phát triển kinh tế").id());
        assertThat(economy.own().agree()).isEqualTo(1);
        assertThat(economy.own().people()).isEqualTo(35);
        assertThat(economy.total().agree()).isEqualTo(1);
        assertThat(economy.total().disagree()).isEqualTo(2);
        assertThat(economy.total().partly()).isEqualTo(1);
        assertThat(economy.total().people()).isEqualTo(66);
        assertThat(economy.total().people(Stance.DISAGREE)).isEqualTo(26);
        DraftCompilation.SectionTotals part = compilation.sections().get(0);
        assertThat(part.total().size()).isEqualTo(4);
        assertThat(part.total().people()).isEqualTo(66);
        assertThat(compilation.whole().size()).isEqualTo(4);
        assertThat(compilation.whole().people()).isEqualTo(66);
        // A section without comments: nothing; the second part has none.
        assertThat(compilation.section(fixture.section("Nguyên nhân").id()).total().size()).isZero();
        assertThat(compilation.sections().get(20).total().size()).isZero();
        assertThat(drafts.drafts().get(0).comments()).isEqualTo(6);
    }

    @Test
    void aCommentIsCheckedChangedMovedAndDeleted() {
        DraftFixture fixture = DraftFixture.imported(context, null);
        int farming = fixture.section("Sản xuất nông nghiệp").id();
        assertThatThrownBy(() -> drafts.createComment(new CommentDraft(farming, Stance.AGREE, "  ", 3,
                SourceKind.HAMLET, "Thôn A", null, null, null))).extracting(e -> ((UserException) e).key())
                .isEqualTo("draft.comment.content.required");
        assertThatThrownBy(() -> drafts.createComment(new CommentDraft(farming, Stance.AGREE, "Nhất trí", 0,
                SourceKind.HAMLET, "Thôn A", null, null, null))).extracting(e -> ((UserException) e).key())
                .isEqualTo("draft.comment.people.wrong");
        assertThatThrownBy(() -> drafts.createComment(new CommentDraft(farming, null, "Nhất trí", 3,
                SourceKind.HAMLET, "Thôn A", null, null, null))).extracting(e -> ((UserException) e).key())
                .isEqualTo("draft.comment.stance.required");
        assertThat(drafts.comments(fixture.draft.id())).isEmpty();

        // Typed in decomposed accents and with Ð: stored in NFC with Đ.
        DraftComment made = drafts.createComment(new CommentDraft(farming, Stance.PARTLY,
                java.text.Normalizer.normalize("Đề nghị làm rõ lộ trình", java.text.Normalizer.Form.NFD), 12,
                SourceKind.HAMLET, "Thôn Ðông Hải", LocalDate.of(2026, 11, 26), null, null));
        assertThat(made.content()).isEqualTo("Đề nghị làm rõ lộ trình");
        assertThat(made.sourceName()).isEqualTo("Thôn Đông Hải");

        int goals = fixture.section("Mục tiêu tổng quát").id();
        DraftComment moved = drafts.updateComment(made.id(), new CommentDraft(goals, Stance.DISAGREE,
                "Không tán thành lộ trình", 15, SourceKind.MEETING, "Hội nghị đại biểu Nhân dân thôn Đông Hải",
                null, null, null));
        assertThat(moved.sectionId()).isEqualTo(goals);
        assertThat(drafts.sectionComments(farming)).isEmpty();
        assertThat(drafts.sectionComments(goals)).singleElement().satisfies(c -> {
            assertThat(c.stance()).isEqualTo(Stance.DISAGREE);
            assertThat(c.people()).isEqualTo(15);
            assertThat(c.sourceKind()).isEqualTo(SourceKind.MEETING);
        });

        // A draft with comments cannot be deleted; without them it can, with its sections.
        assertThatThrownBy(() -> drafts.delete(fixture.draft.id())).extracting(e -> ((UserException) e).key())
                .isEqualTo("draft.delete.comments");
        drafts.deleteComment(made.id());
        drafts.delete(fixture.draft.id());
        assertThat(drafts.drafts()).isEmpty();
        assertThat(drafts.sections(fixture.draft.id())).isEmpty();
    }

    @Test
    void theCommentsDeadlineIsOnTheCalendarUntilTheReportIsIssued() {
        LocalDate due = LocalDate.of(2026, 12, 10);
        DraftFixture fixture = DraftFixture.imported(context, due);
        LocalDate today = LocalDate.of(2026, 12, 1);

        CalendarEntry entry = context.dutyCalendar().entries(today, today.plusDays(30)).stream()
                .filter(e -> e.duty().work() == DutyWork.DRAFT_COMMENTS).findFirst().orElseThrow();
        assertThat(entry.due()).isEqualTo(due);
        assertThat(entry.plan()).isEqualTo(DraftFixture.TITLE);
        assertThat(entry.duty().sourceId()).isEqualTo(fixture.draft.id());
        // Not yet within the reach of a calendar that looks 5 days ahead.
        assertThat(context.dutyCalendar().entries(today, today.plusDays(5)))
                .noneMatch(e -> e.duty().work() == DutyWork.DRAFT_COMMENTS);

        DraftDocument issued = drafts.issue(fixture.draft.id(), LocalDate.of(2026, 12, 8));
        assertThat(issued.sent()).isTrue();
        assertThat(issued.reportNumber()).isEqualTo(1);
        assertThat(context.dutyCalendar().entries(today, today.plusDays(30)))
                .noneMatch(e -> e.duty().work() == DutyWork.DRAFT_COMMENTS);
        // Issuing again keeps the number.
        assertThat(drafts.issue(fixture.draft.id(), LocalDate.of(2026, 12, 9)).reportNumber()).isEqualTo(1);
    }

    @Test
    void aDraftLinksOnlyToAPlanForDraftComments() {
        DraftFixture fixture = DraftFixture.imported(context, null);
        int other = context.plans().create(PlanKind.FREE, null, LocalDate.of(2026, 11, 1)).id();
        int comments = context.plans().create(PlanKind.DRAFT_COMMENTS, null, LocalDate.of(2026, 11, 1)).id();

        assertThatThrownBy(() -> drafts.update(fixture.draft.id(), new DraftInfo(DraftFixture.TITLE, null, null, null,
                other))).extracting(e -> ((UserException) e).key()).isEqualTo("draft.plan.wrong");
        DraftDocument linked = drafts.update(fixture.draft.id(), new DraftInfo(DraftFixture.TITLE + " (lần 2)",
                "Đảng ủy xã", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 5), comments));
        assertThat(linked.planId()).isEqualTo(comments);
        assertThat(linked.title()).endsWith("(lần 2)");
        assertThat(linked.dueDate()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThatThrownBy(() -> drafts.update(fixture.draft.id(), new DraftInfo("Tên", null,
                LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 1), null))).extracting(e -> ((UserException) e).key())
                .isEqualTo("draft.dates.order");
    }

    @Test
    void aReportWhoseNumberIsCancelledIsNotSentAnyMoreAndItsDeadlineIsBackOnTheCalendar() {
        LocalDate due = LocalDate.of(2026, 12, 10);
        DraftFixture fixture = DraftFixture.imported(context, due);
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(drafts.issue(fixture.draft.id(), LocalDate.of(2026, 12, 8)).reportNumber()).isEqualTo(1);

        context.documentRegister().cancel(2026, 1, "Số liệu chưa đủ");

        assertThat(drafts.draft(fixture.draft.id()).reportNumber()).isNull();
        assertThat(drafts.draft(fixture.draft.id()).sent()).isFalse();
        assertThat(context.dutyCalendar().entries(today, today.plusDays(30)))
                .anyMatch(e -> e.duty().work() == DutyWork.DRAFT_COMMENTS);
        assertThat(drafts.issue(fixture.draft.id(), LocalDate.of(2026, 12, 9)).reportNumber()).isEqualTo(2);
    }
}
