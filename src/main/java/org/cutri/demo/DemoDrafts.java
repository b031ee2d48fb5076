package org.cutri.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.cutri.draft.CommentDraft;
import org.cutri.draft.DraftDocument;
import org.cutri.draft.DraftInfo;
import org.cutri.draft.DraftOutline;
import org.cutri.draft.DraftSection;
import org.cutri.draft.DraftService;
import org.cutri.draft.SourceKind;
import org.cutri.draft.Stance;
import org.jdbi.v3.core.Handle;

/**
 * The demo's comments on a draft document: an invented draft political report of the commune Party committee with its
 * parts and sections, linked to the demo's plan for draft comments, received eight days ago and due when the plan's
 * report is due, and
 * fifteen comments from the demo's hamlets, member organisations and one meeting (one entered twice, as happens, and
 * counted once). No person is named.
 */
final class DemoDrafts {

    static final String TITLE = "Dự thảo Báo cáo chính trị của Ban Chấp hành Đảng bộ xã Tân Phúc trình Đại hội đại biểu"
            + " Đảng bộ xã lần thứ II, nhiệm kỳ 2025–2030";

    private final Handle handle;
    private final LocalDate today;

    DemoDrafts(Handle handle, LocalDate today) {
        this.handle = handle;
        this.today = today;
    }

    void write() {
        DraftService.clearAll(handle);
        LocalDateTime now = today.minusDays(7).atTime(8, 0);
        Integer plan = handle.createQuery("SELECT MIN(id) FROM office_plan WHERE kind = 'DRAFT_COMMENTS'")
                .mapTo(Integer.class).findOne().orElse(null);
        // Due when the plan's compiled report is due, so the calendar's two rows agree; five days on without a plan.
        LocalDate due = plan == null ? today.plusDays(5) : handle.createQuery("SELECT MAX(COALESCE(report_due,"
                + " until_date)) FROM plan_duty WHERE plan_id = :plan").bind("plan", plan).mapTo(LocalDate.class)
                .findOne().orElse(today.plusDays(5));
        DraftDocument draft = DraftService.insert(handle, new DraftInfo(TITLE, "Ban Thường vụ Đảng ủy xã",
                today.minusDays(8), due, plan), "du-thao-bao-cao-chinh-tri.docx", outline(), now);
        if (plan != null) {
            // The plan's duties done on the draft-comments screen open this draft.
            handle.createUpdate("UPDATE plan_duty SET source_id = :draft WHERE plan_id = :plan"
                    + " AND source_kind = 'DRAFT_COMMENTS'").bind("draft", draft.id()).bind("plan", plan).execute();
        }
        List<DraftSection> sections = handle.createQuery("SELECT id, draft_id, parent_id, level, label, heading, body,"
                + " position FROM draft_section WHERE draft_id = :id ORDER BY position").bind("id", draft.id())
                .map((rs, ctx) -> new DraftSection(rs.getInt("id"), rs.getInt("draft_id"),
                        (Integer) rs.getObject("parent_id"), rs.getInt("level"), rs.getString("label"),
                        rs.getString("heading"), rs.getString("body"), rs.getInt("position"))).list();
        LocalDate day = today.minusDays(3);
        comment(sections, "Về phát triển kinh tế", Stance.AGREE, "Nhất trí với đánh giá kết quả phát triển kinh tế",
                65, SourceKind.MEETING, "Hội nghị đại biểu Nhân dân thôn Đông Hải", "Thôn Đông Hải", day);
        comment(sections, "Về phát triển kinh tế", Stance.AGREE, "Nhất trí với đánh giá kết quả phát triển kinh tế.",
                65, SourceKind.MEETING, "Hội nghị đại biểu Nhân dân thôn Đông Hải", "Thôn Đông Hải", day);
        comment(sections, "Sản xuất nông nghiệp", Stance.PARTLY, "Đề nghị nêu rõ hơn khó khăn về đầu ra cho lúa chất"
                + " lượng cao và giá vật tư nông nghiệp tăng", 40, SourceKind.ORGANISATION, "Hội Nông dân xã", null, day);
        comment(sections, "Sản xuất nông nghiệp", Stance.AGREE, "Tán thành", 52, SourceKind.HAMLET, "Thôn Tây Sơn",
                "Thôn Tây Sơn", day);
        comment(sections, "Xây dựng nông thôn mới", Stance.DISAGREE, "Chưa nên đánh giá 100% đường trục thôn đã cứng"
                + " hóa vì đoạn qua xóm Bến còn đường đất", 38, SourceKind.HAMLET, "Xóm Bến", "Xóm Bến", day);
        comment(sections, "Xây dựng nông thôn mới", Stance.AGREE, "Nhất trí", 47, SourceKind.HAMLET, "Thôn Trung Lập",
                "Thôn Trung Lập", day);
        comment(sections, "Về văn hóa – xã hội", Stance.PARTLY, "Đề nghị bổ sung đánh giá về phòng chống đuối nước cho"
                + " trẻ em", 30, SourceKind.ORGANISATION, "Hội Liên hiệp Phụ nữ xã", null, day);
        comment(sections, "Về quốc phòng, an ninh", Stance.AGREE, "Thống nhất với đánh giá an ninh trật tự được giữ"
                + " vững", 25, SourceKind.ORGANISATION, "Hội Cựu chiến binh xã", null, day);
        comment(sections, "HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN", Stance.PARTLY, "Đề nghị nêu cụ thể hạn chế trong thu gom"
                + " rác thải ở các xóm ven kênh", 33, SourceKind.HAMLET, "Xóm Giữa", "Xóm Giữa", day);
        comment(sections, "MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU", Stance.AGREE, "Nhất trí với mục tiêu tổng quát", 65,
                SourceKind.MEETING, "Hội nghị đại biểu Nhân dân thôn Đông Hải", "Thôn Đông Hải", day);
        comment(sections, "Chỉ tiêu về kinh tế", Stance.DISAGREE, "Chỉ tiêu tăng trưởng 8,5%/năm là cao so với điều"
                + " kiện của xã, đề nghị 7,5%", 28, SourceKind.ORGANISATION, "Đoàn Thanh niên xã", null, day);
        comment(sections, "Chỉ tiêu về môi trường", Stance.AGREE, "Tán thành", 44, SourceKind.HAMLET, "Thôn Phú Xuân",
                "Thôn Phú Xuân", day);
        comment(sections, "Phát triển kinh tế nhanh và bền vững", Stance.PARTLY, "Đề nghị bổ sung giải pháp hỗ trợ"
                + " vay vốn cho thanh niên khởi nghiệp", 28, SourceKind.ORGANISATION, "Đoàn Thanh niên xã", null, day);
        comment(sections, "Đột phá về chuyển đổi số", Stance.PARTLY, "Cần có lộ trình hướng dẫn người cao tuổi dùng"
                + " dịch vụ công trực tuyến", 36, SourceKind.HAMLET, "Tổ dân phố Chợ Cũ", "Tổ dân phố Chợ Cũ", day);
        comment(sections, "KẾT LUẬN", Stance.AGREE, "Nhất trí với toàn văn dự thảo", 31, SourceKind.HAMLET,
                "Thôn Hòa Bình", "Thôn Hòa Bình", day);
    }

    private void comment(List<DraftSection> sections, String heading, Stance stance, String text, int people,
            SourceKind kind, String source, String hamlet, LocalDate day) {
        int sectionId = sections.stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow().id();
        Integer hamletId = hamlet == null ? null : handle.createQuery("SELECT id FROM hamlet WHERE name = :name")
                .bind("name", hamlet).mapTo(Integer.class).findOne().orElse(null);
        DraftService.insertComment(handle, new CommentDraft(sectionId, stance, text, people, kind, source, day,
                hamletId, null), day.atTime(16, 0));
    }

    private static DraftOutline outline() {
        List<DraftOutline.Item> items = new ArrayList<>();
        items.add(item(1, "PHẦN THỨ NHẤT", "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ NHIỆM KỲ 2020–2025",
                "Nhiệm kỳ 2020–2025, Đảng bộ xã lãnh đạo thực hiện Nghị quyết Đại hội trong bối cảnh có nhiều thuận lợi,"
                        + " khó khăn đan xen."));
        items.add(item(2, "I.", "KẾT QUẢ ĐẠT ĐƯỢC", null));
        items.add(item(3, "1.", "Về phát triển kinh tế", "Tốc độ tăng giá trị sản xuất bình quân đạt 8,2%/năm."));
        items.add(item(4, "a)", "Sản xuất nông nghiệp", "Diện tích lúa chất lượng cao đạt 620 ha."));
        items.add(item(4, "b)", "Xây dựng nông thôn mới", "100% đường trục thôn được cứng hóa."));
        items.add(item(3, "2.", "Về văn hóa – xã hội", "Cả 3 trường đạt chuẩn quốc gia."));
        items.add(item(3, "3.", "Về quốc phòng, an ninh", "An ninh chính trị, trật tự an toàn xã hội được giữ vững."));
        items.add(item(2, "II.", "HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN", "Chuyển dịch cơ cấu kinh tế còn chậm."));
        items.add(item(1, "PHẦN THỨ HAI", "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025–2030", null));
        items.add(item(2, "I.", "MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU", "Xây dựng Đảng bộ trong sạch, vững mạnh."));
        items.add(item(3, "1.", "Chỉ tiêu về kinh tế", "Tốc độ tăng giá trị sản xuất bình quân 8,5%/năm trở lên."));
        items.add(item(3, "2.", "Chỉ tiêu về môi trường", "100% rác thải sinh hoạt được thu gom, xử lý."));
        items.add(item(2, "II.", "NHIỆM VỤ VÀ GIẢI PHÁP", null));
        items.add(item(3, "1.", "Phát triển kinh tế nhanh và bền vững", "Hình thành vùng sản xuất rau an toàn 50 ha."));
        items.add(item(3, "2.", "Đột phá về chuyển đổi số", "Đưa các thủ tục hành chính lên môi trường số."));
        items.add(item(1, "", "KẾT LUẬN", "Đại hội kêu gọi toàn thể cán bộ, đảng viên và Nhân dân đoàn kết."));
        return new DraftOutline("ĐẢNG BỘ XÃ TÂN PHÚC\nDỰ THẢO\nBÁO CÁO CHÍNH TRỊ", items);
    }

    private static DraftOutline.Item item(int level, String label, String heading, String body) {
        return new DraftOutline.Item(level, label, heading, body);
    }
}
