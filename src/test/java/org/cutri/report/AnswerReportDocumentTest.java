package org.cutri.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.cutri.answer.AnswerResult;
import org.cutri.answer.AnswerSource;
import org.cutri.answer.Assessment;
import org.cutri.answer.FollowUp;
import org.cutri.answer.FollowUpCounts;
import org.cutri.answer.FollowUpIssue;
import org.cutri.commune.CommuneProfile;
import org.cutri.document.OfficialDocument;
import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionStatus;
import org.cutri.testing.AnswerFixture;
import org.junit.jupiter.api.Test;

/** The read-back report built from follow-up records alone: its wording, the answer in short, the counts table. */
class AnswerReportDocumentTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 20);
    private static final String ROUND = "Tiếp xúc cử tri sau kỳ họp thứ 2 HĐND xã khóa I";

    @Test
    void aShortAnswerIsKeptWholeOnOneLine() {
        assertThat(AnswerReportDocument.shorten("Đã sửa xong\n tuyến đường.", 450)).isEqualTo("Đã sửa xong tuyến đường.");
    }

    @Test
    void aWholeLetterLosesItsSalutationAndEndsAtTheLastSentenceThatFits() {
        String shortened = AnswerReportDocument.shorten(AnswerFixture.LONG_LETTER, 450);

        assertThat(shortened).startsWith("Ủy ban nhân dân xã nhận được kiến nghị").doesNotContain("Kính gửi")
                .endsWith(". (…)").hasSizeLessThanOrEqualTo(450 + 4);
        String kept = shortened.substring(0, shortened.length() - " (…)".length());
        String flat = AnswerFixture.LONG_LETTER.replaceAll("\\s+", " ");
        assertThat(flat).contains(kept + " ");
    }

    @Test
    void aSentenceTooLongIsCutBetweenWordsNeverInsideOne() {
        String sentence = "Ủy ban nhân dân xã " + "đã tiếp nhận và chuyển các ngành chuyên môn xem xét ".repeat(12)
                + "giải quyết theo quy định";

        String shortened = AnswerReportDocument.shorten(sentence, 120);

        assertThat(shortened).endsWith(" (…)").hasSizeLessThanOrEqualTo(124);
        String kept = shortened.substring(0, shortened.length() - " (…)".length());
        assertThat(sentence).startsWith(kept);
        assertThat(sentence.charAt(kept.length())).as("the cut falls on a space").isEqualTo(' ');
    }

    @Test
    void theLetterNamesWhatIsKnown() {
        assertThat(AnswerReportDocument.letter("12/UBND", LocalDate.of(2026, 9, 1), "UBND xã"))
                .isEqualTo("(Văn bản số 12/UBND, ngày 01/09/2026, của UBND xã)");
        assertThat(AnswerReportDocument.letter(null, LocalDate.of(2026, 9, 1), null)).isEqualTo("(Văn bản ngày 01/09/2026)");
        assertThat(AnswerReportDocument.letter(" ", null, null)).isEmpty();
    }

    @Test
    void eachIssueSaysWhereItStandsAndSectionOneCountsThemInATable() {
        FollowUpIssue answered = issue(1, "Sửa đường liên thôn", List.of("Thôn Đông Hải", "Thôn Tây Sơn"),
                Authority.COMMUNE, new FollowUp(1, OpinionStatus.ANSWERED, "UBND xã", "45/MTTQ-BTT",
                        LocalDate.of(2026, 8, 1), 1, LocalDate.of(2026, 8, 31), "UBND xã", "12/UBND",
                        LocalDate.of(2026, 8, 20), "Đã sửa xong", AnswerResult.ACTION, Assessment.SATISFACTORY, null,
                        null, AnswerSource.TYPED, 3), 1);
        FollowUpIssue overdue = issue(2, "Làm cầu tràn", List.of("Xóm Bến"), Authority.PROVINCE, new FollowUp(2,
                OpinionStatus.IN_PROGRESS, "UBND tỉnh", null, LocalDate.of(2026, 8, 1), 1, LocalDate.of(2026, 12, 1),
                null, null, null, null, null, null, null, null, AnswerSource.TYPED, 2), 3);
        FollowUpIssue fresh = issue(3, "Thêm đèn đường", List.of(), Authority.HAMLET,
                FollowUp.none(3, OpinionStatus.NEW), 1);
        List<FollowUpCounts> counts = List.of(new FollowUpCounts(Authority.PROVINCE, 1, 1, 0, 0, 1, 0),
                new FollowUpCounts(Authority.COMMUNE, 1, 1, 1, 0, 0, 1),
                new FollowUpCounts(Authority.HAMLET, 1, 0, 0, 0, 0, 0), new FollowUpCounts(null, 3, 2, 1, 0, 1, 1));
        AnswerReport report = new AnswerReport(7, ROUND, List.of(answered, overdue, fresh), List.of(), counts,
                List.of(), AS_OF);

        OfficialDocument document = AnswerReportDocument.build(report, CommuneProfile.usual(), 4, AS_OF);
        String text = text(document);

        assertThat(document.subject())
                .isEqualTo("Kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri sau kỳ họp thứ 2 HĐND xã khóa I");
        assertThat(document.header().number()).isEqualTo("Số: 04/BC-MTTQ-BTT");
        assertThat(text).contains("Qua đợt tiếp xúc cử tri sau kỳ họp thứ 2 HĐND xã khóa I, cử tri đã nêu 3 nội dung",
                "đã chuyển 2 nội dung", "đã có 1 nội dung được trả lời (1 nội dung trả lời đúng hạn, 0 nội dung trả lời"
                        + " quá hạn); 1 nội dung đã quá hạn nhưng chưa được trả lời; 1 nội dung được Ban Thường trực"
                        + " đánh giá trả lời thỏa đáng.");
        assertThat(text).contains("- Sửa đường liên thôn. (Cử tri thôn Đông Hải, Tây Sơn)",
                "Trả lời: Đã sửa xong. (Văn bản số 12/UBND, ngày 20/08/2026, của UBND xã). Kết quả: đã giải quyết bằng"
                        + " việc làm cụ thể.", "Đánh giá của Ban Thường trực: thỏa đáng.");
        assertThat(text).contains("- Làm cầu tràn. (Cử tri xóm Bến) – đã nêu 3 lần từ 15/07/2026.",
                "Chưa trả lời: đã chuyển UBND tỉnh (văn bản ngày 01/08/2026); hạn trả lời 01/12/2026; đang giải quyết;"
                        + " quá hạn 19 ngày.");
        assertThat(text).contains("- Thêm đèn đường. Chưa trả lời: chưa chuyển cơ quan có thẩm quyền.");
        assertThat(text.indexOf("thẩm quyền của tỉnh")).as("authorities in the report's order")
                .isLessThan(text.indexOf("thẩm quyền của xã")).isLessThan(text.indexOf("thẩm quyền của thôn"));
        assertThat(text).contains("Không còn ý kiến, kiến nghị nào của các đợt trước chưa được giải quyết.");

        OfficialDocument.Table table = document.body().stream().filter(b -> b instanceof OfficialDocument.Table)
                .map(b -> (OfficialDocument.Table) b).findFirst().orElseThrow();
        assertThat(table.columns()).extracting(OfficialDocument.Column::title).containsExactly("Thẩm quyền",
                "Tiếp nhận", "Đã chuyển", "Trả lời đúng hạn", "Trả lời quá hạn", "Quá hạn chưa trả lời",
                "Được đánh giá thỏa đáng");
        assertThat(table.rows()).containsExactly(List.of("Tỉnh", "1", "1", "0", "0", "1", "0"),
                List.of("Xã", "1", "1", "1", "0", "0", "1"), List.of("Thôn", "1", "0", "0", "0", "0", "0"),
                List.of("Cộng", "3", "2", "1", "0", "1", "1"));
    }

    @Test
    void anAnswerKnownOnlyByItsLetterSaysItsResultOnceAndEndsWithAFullStop() {
        FollowUpIssue answered = issue(1, "Sửa đường liên thôn", List.of("Thôn Đông Hải"), Authority.COMMUNE,
                new FollowUp(1, OpinionStatus.ANSWERED, "UBND xã", "45/MTTQ-BTT", LocalDate.of(2026, 8, 1), 1,
                        LocalDate.of(2026, 8, 31), "UBND xã", "12/UBND", LocalDate.of(2026, 8, 20), null,
                        AnswerResult.ACTION, null, null, null, AnswerSource.TYPED, 3), 1);
        AnswerReport report = new AnswerReport(7, ROUND, List.of(answered), List.of(),
                List.of(new FollowUpCounts(null, 1, 1, 1, 0, 0, 0)), List.of(), AS_OF);

        String text = text(AnswerReportDocument.build(report, CommuneProfile.usual(), 4, AS_OF));

        assertThat(text).contains("Kết quả: đã giải quyết bằng việc làm cụ thể (Văn bản số 12/UBND, ngày 20/08/2026,"
                + " của UBND xã).").doesNotContain("đã được trả lời");
    }

    @Test
    void itemsCarriedOverNameTheirRoundAndHowOftenTheyWereRaised() {
        FollowUpIssue carried = issue(9, "Làm cầu tràn", List.of("Xóm Bến", "Xóm Giữa"), Authority.PROVINCE,
                FollowUp.none(9, OpinionStatus.NEW), 2);

        assertThat(paragraph(AnswerReportDocument.carriedLine(1, carried))).isEqualTo("1. Làm cầu tràn. (Cử tri xóm"
                + " Bến, Giữa) – nêu tại đợt tiếp xúc cử tri sau kỳ họp thứ 2 HĐND xã khóa I; đã nêu 2 lần từ"
                + " 15/07/2026.");
        assertThat(paragraph(AnswerReportDocument.carriedLineWithState(1, carried)))
                .endsWith("đã nêu 2 lần từ 15/07/2026; chưa chuyển cơ quan có thẩm quyền.");
    }

    private static FollowUpIssue issue(int id, String content, List<String> hamlets, Authority authority,
            FollowUp followUp, int times) {
        return new FollowUpIssue(List.of(id), List.of("C" + id), null, 7, ROUND, LocalDate.of(2026, 7, 16),
                LocalDate.of(2026, 7, 16), content, hamlets, "Giao thông", authority, null, followUp, null, false,
                times, LocalDate.of(2026, 7, 15));
    }

    private static String text(OfficialDocument document) {
        return document.body().stream().filter(b -> !(b instanceof OfficialDocument.Table))
                .map(b -> b instanceof OfficialDocument.Heading heading ? heading.text()
                        : paragraph((OfficialDocument.Paragraph) b))
                .collect(Collectors.joining(" "));
    }

    private static String paragraph(OfficialDocument.Paragraph paragraph) {
        return paragraph.runs().stream().map(OfficialDocument.Run::text).collect(Collectors.joining()).strip();
    }
}
