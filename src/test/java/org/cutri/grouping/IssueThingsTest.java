package org.cutri.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kind of thing an opinion is about, read from its key nouns as written (decision 0039). */
class IssueThingsTest {

    private static int kind(IssueThings.Kind... kinds) {
        int mask = 0;
        for (IssueThings.Kind kind : kinds) {
            mask |= 1 << kind.ordinal();
        }
        return mask;
    }

    @Test
    void theKeyNounsOfAnIssueNameItsKindOfThing() {
        assertThat(IssueThings.of("Đường liên xã xuống cấp nghiêm trọng")).isEqualTo(kind(IssueThings.Kind.ROAD));
        assertThat(IssueThings.of("Nhà văn hóa thôn xuống cấp, mưa là dột")).isEqualTo(kind(IssueThings.Kind.HALL));
        // decision 0053: what a work crosses ("qua") is where it is, not what the opinion is about
        assertThat(IssueThings.of("Cầu dân sinh bắc qua mương bị gãy lan can")).isEqualTo(kind(IssueThings.Kind.BRIDGE));
        assertThat(IssueThings.of("Đường ống nước máy chôn dọc đường thôn mà chưa có nước"))
                .isEqualTo(kind(IssueThings.Kind.WATER, IssueThings.Kind.ROAD));
        assertThat(IssueThings.of("Thanh niên đua xe trên mặt đê ban đêm")).isEqualTo(kind(IssueThings.Kind.DYKE));
    }

    @Test
    void wordsThatFoldLikeAKeyNounOrHoldOneAreNoThing() {
        // "để", "bồi dưỡng", "trưởng thôn", "môi trường", "yêu cầu", "hồ sơ": no dyke, road, school, bridge, lake
        assertThat(IssueThings.of("Đề nghị nâng mức bồi dưỡng để trưởng thôn yên tâm công tác")).isZero();
        assertThat(IssueThings.of("Ô nhiễm môi trường, yêu cầu xử lý hồ sơ vi phạm")).isZero();
        // a word capitalised mid-sentence begins a name: "thôn Cầu Mây" is no bridge
        assertThat(IssueThings.of("Cử tri thôn Cầu Mây phản ánh đường xuống cấp")).isEqualTo(kind(IssueThings.Kind.ROAD));
    }

    /**
     * Decision 0051: an industrial park and the one-stop office are local works (their compensation, their service are
     * one commune's), also when written capitalised as the kind in front of a name; a name of capitalised words that
     * happens to be a thing's phrase ("Cầu Treo") stays a name.
     */
    @Test
    void anIndustrialParkAndTheOneStopOfficeAreLocalWorksEvenCapitalisedBeforeTheirName() {
        assertThat(IssueThings.of("Kiến nghị về việc đền bù dự án Khu công nghiệp dịch vụ Phước Đông"))
                .isEqualTo(kind(IssueThings.Kind.LAND));
        assertThat(IssueThings.of("Cán bộ tiếp nhận hồ sơ hẹn trả kết quả nhiều lần"))
                .isEqualTo(kind(IssueThings.Kind.OFFICE));
        assertThat(IssueThings.of("Bộ phận một cửa của xã làm việc chậm")).isEqualTo(kind(IssueThings.Kind.OFFICE));
        assertThat(IssueThings.of("Đề nghị quan tâm cử tri xã Cầu Treo")).isZero();
    }

    @Test
    void aTextWithoutDiacriticsIsReadByTheWordsThatStayUnambiguous() {
        assertThat(IssueThings.of("nao vet kenh tuoi N3 bi boi lang")).isEqualTo(kind(IssueThings.Kind.WATERWAY));
        assertThat(IssueThings.of("xin lap tram bien ap moi")).isEqualTo(kind(IssueThings.Kind.POWER));
        // "duong" is "đường" and "dưỡng", "de" is "đê" and "để": read as nothing
        assertThat(IssueThings.of("duong di nat qua de nghi lam lai")).isZero();
    }

    @Test
    void twoOpinionsConflictOnlyWhenBothNameThingsAndShareNoKind() {
        int road = kind(IssueThings.Kind.ROAD);
        int hall = kind(IssueThings.Kind.HALL);
        assertThat(IssueThings.conflict(road, hall)).isTrue();
        assertThat(IssueThings.conflict(road, road | hall)).isFalse();
        assertThat(IssueThings.conflict(road, 0)).isFalse();
    }

    /**
     * Decision 0053: a dyke and a culvert are two works (raising the dyke and laying a culvert through it are two
     * requests), and what a work crosses ("cống qua đê", "cầu qua kênh", "ống nước qua đường") is where it lies, not a
     * second thing the opinion is about.
     */
    @Test
    void aDykeAndTheCulvertThroughItAreTwoWorks() {
        assertThat(IssueThings.of("Đề nghị đặt cống ngầm qua tuyến đê bao sông Cái")).isEqualTo(kind(IssueThings.Kind.WATERWAY));
        assertThat(IssueThings.of("Sớm nâng cấp, mở rộng đê bao Tân Hòa")).isEqualTo(kind(IssueThings.Kind.DYKE));
        // the whole of what is crossed: "đê bao sông Cái" is the dyke of the river, crossed too
        assertThat(IssueThings.of("Đường ống nước đi qua đê bao sông Cái bị rò rỉ")).isEqualTo(kind(IssueThings.Kind.WATER));
        assertThat(IssueThings.conflict(IssueThings.of("Đề nghị đặt cống ngầm qua tuyến đê bao"),
                IssueThings.of("Đề nghị nâng cấp đê bao"))).isTrue();
        assertThat(IssueThings.of("Cống thoát nước qua đường bị tắc")).isEqualTo(kind(IssueThings.Kind.WATERWAY));
        // "qua" after no thing is only the way: "đường liên xã đoạn qua thôn", "xe chạy qua đường"
        assertThat(IssueThings.of("Xe tải chạy qua đường làng ban đêm")).isEqualTo(kind(IssueThings.Kind.ROAD));
    }
}
