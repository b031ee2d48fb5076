package org.cutri.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The names and codes that say which road, canal or school an opinion is about (invented names). */
class IssueAnchorsTest {

    @Test
    void codesAndNumberedPlacesAreAnchors() {
        assertThat(IssueAnchors.of("Đề nghị bố trí vốn duy tu tuyến ĐX.05, mặt nhựa bong tróc.")).containsExactly("dx 05");
        assertThat(IssueAnchors.of("Nạo vét kênh N3 trước vụ")).containsExactly("n3");
        assertThat(IssueAnchors.of("Mở rộng Tỉnh lộ 10A đoạn qua xã")).containsExactly("10a");
        assertThat(IssueAnchors.of("hẻm 112 xuống cấp, đường số 9 kẹt xe")).containsExactly("hem 112", "so 9");
    }

    @Test
    void namesLoseTheKindWordsInFrontSoEveryWritingGivesTheSameAnchor() {
        assertThat(IssueAnchors.of("Trường THCS Bến Lở quá tải")).containsExactly("ben lo");
        assertThat(IssueAnchors.of("Cổng trường Bến Lở kẹt xe")).containsExactly("ben lo");
        assertThat(IssueAnchors.of("Kênh Bà Sen đầy rác")).containsExactly("ba sen");
        // a one-word name keeps its kind: "xóm Giếng" is the "Xóm Giếng" of another hamlet's note
        assertThat(IssueAnchors.of("Trộm chó ở xóm Giếng")).containsExactly("xom gieng");
        assertThat(IssueAnchors.of("Mái điểm trường Xóm Giếng bị dột")).containsExactly("xom gieng");
    }

    /**
     * Seen in the report screen's list of likely opinions (decision 0056): two repairs of two hamlets' roads were
     * listed as sharing "Tết Nguyên", their deadline. A holiday says when, not which work.
     */
    @Test
    void aDeadlineNamedAfterAHolidayIsNoName() {
        assertThat(IssueAnchors.of("Đề nghị sớm hoàn thành việc sửa tuyến đường liên thôn trước Tết Nguyên Đán."))
                .isEmpty();
        assertThat(IssueAnchors.of("Sửa cầu Bến Lở trước Tết Trung thu")).containsExactly("ben lo");
        SimilarityGrouper.Scorer scorer = new SimilarityGrouper().scorer(List.of(
                new GroupCandidate(0, "Đề nghị sớm hoàn thành việc sửa tuyến đường liên thôn từ thôn Đông ra xã trước"
                        + " Tết Nguyên đán.", null, "Thôn Đông", null),
                new GroupCandidate(1, "Đề nghị sớm hoàn thành việc sửa tuyến đường liên thôn từ xóm Bến ra quốc lộ"
                        + " trước Tết Nguyên đán.", null, "Xóm Bến", null),
                new GroupCandidate(2, "Đề nghị kiểm tra an toàn thực phẩm tại chợ trước Tết Nguyên đán.", null,
                        "Thôn Tây", null)), org.cutri.common.task.TaskMonitor.NONE);
        assertThat(scorer.shared(0, 1)).noneMatch(w -> w.toLowerCase().contains("tết"));
        assertThat(scorer.shared(0, 2)).isEmpty();
    }

    @Test
    void aCapitalisedFirstWordOrAnOfficeIsNoName() {
        assertThat(IssueAnchors.of("Chuột phá lúa. Trạm bơm hỏng máy")).isEmpty();
        assertThat(IssueAnchors.of("Đề nghị Nhà nước và UBND xã hỗ trợ giống")).isEmpty();
        assertThat(IssueAnchors.of("Đã nộp tiền từ năm 2009 mà chưa có sổ")).isEmpty();
    }

    /**
     * Decision 0031: the province, district or commune that speaks or is spoken of, and the names listed after it,
     * say who raises the matter, not which road or canal it is about; two provinces asking the same policy do not
     * name two different things (invented names).
     */
    @Test
    void areasAboveTheHamletAreNoAnchors() {
        assertThat(IssueAnchors.of("Cử tri các tỉnh Bắc Vân, Nam Lĩnh và Đông Sa đề nghị tăng lương hưu")).isEmpty();
        assertThat(IssueAnchors.of("Theo ý kiến cử tri thành phố Hòa Vân, tỉnh Lạc Thủy, mức tăng lương bằng nhau"))
                .isEmpty();
        assertThat(IssueAnchors.of("Cử tri huyện Phú Vân kiến nghị nâng cấp Tỉnh lộ 10A")).containsExactly("10a");
        // a hamlet-level name stays: the bridge of "thôn Cầu Mây" is a thing
        assertThat(IssueAnchors.of("Đường qua thôn Cầu Mây xuống cấp")).containsExactly("cau may");
        assertThat(IssueAnchors.of("khu phố Bến Lở ngập")).containsExactly("ben lo");
    }
}
