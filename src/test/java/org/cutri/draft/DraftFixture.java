package org.cutri.draft;

import java.time.LocalDate;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.common.task.TaskMonitor;

/**
 * The styled test draft imported with a handful of comments whose compilation is known: Thôn Đông Hải's agreement on
 * "a) Sản xuất nông nghiệp" entered twice (once with other case, spacing and a full stop) and again on its parent "1.";
 * the commune Farmers' Union partly agreeing and disagreeing on "a)" (25 people); one person disagreeing on "b)".
 */
final class DraftFixture {

    static final String TITLE = "Dự thảo Báo cáo chính trị của Ban Chấp hành Đảng bộ xã Tân Phúc nhiệm kỳ 2025–2030";
    static final String PARTLY = "Đề nghị bổ sung chỉ tiêu diện tích lúa hữu cơ vào mục này";
    static final String DISAGREE = "Không nên đưa chăn nuôi gia trại vào khu dân cư";
    static final String PERSON = "Chưa nêu rõ nguyên nhân làng nghề mây tre đan giảm đơn hàng";

    final DraftDocument draft;
    final List<DraftSection> sections;

    private DraftFixture(DraftDocument draft, List<DraftSection> sections) {
        this.draft = draft;
        this.sections = sections;
    }

    static DraftFixture imported(AppContext context, LocalDate due) {
        DraftService drafts = context.drafts();
        DraftDocument draft = drafts.importDocx(DraftReaderTest.resource("du-thao-de-muc.docx"),
                new DraftInfo(TITLE, "Ban Thường vụ Đảng ủy xã", LocalDate.of(2026, 11, 20), due, null),
                TaskMonitor.NONE);
        return new DraftFixture(draft, drafts.sections(draft.id()));
    }

    DraftFixture withComments(AppContext context) {
        DraftService drafts = context.drafts();
        int farming = section("Sản xuất nông nghiệp").id();
        int economy = section("Về phát triển kinh tế").id();
        int industry = section("Công nghiệp, tiểu thủ công nghiệp và dịch vụ").id();
        LocalDate day = LocalDate.of(2026, 11, 25);
        drafts.createComment(new CommentDraft(farming, Stance.AGREE, "Nhất trí với dự thảo", 40, SourceKind.HAMLET,
                "Thôn Đông Hải", day, null, null));
        drafts.createComment(new CommentDraft(farming, Stance.AGREE, "nhất  trí với dự thảo.", 40, SourceKind.HAMLET,
                "thôn Đông Hải", day, null, null));
        drafts.createComment(new CommentDraft(economy, Stance.AGREE, "Nhất trí với dự thảo", 35, SourceKind.HAMLET,
                "Thôn Đông Hải", day, null, null));
        drafts.createComment(new CommentDraft(farming, Stance.PARTLY, PARTLY, 25, SourceKind.ORGANISATION,
                "Hội Nông dân xã", day, null, null));
        drafts.createComment(new CommentDraft(farming, Stance.DISAGREE, DISAGREE, 25, SourceKind.ORGANISATION,
                "Hội Nông dân xã", day, null, null));
        drafts.createComment(new CommentDraft(industry, Stance.DISAGREE, PERSON, 1, SourceKind.PERSON,
                "Cá nhân ở thôn Trung Lập", day, null, null));
        return this;
    }

    DraftSection section(String heading) {
        return sections.stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow();
    }
}
