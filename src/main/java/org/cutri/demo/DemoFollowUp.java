package org.cutri.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cutri.answer.AnswerResult;
import org.cutri.answer.AnswerSource;
import org.cutri.answer.Assessment;
import org.cutri.answer.FollowUp;
import org.cutri.answer.FollowUpIssue;
import org.cutri.answer.FollowUpRecords;
import org.cutri.answer.FollowUpService;
import org.cutri.answer.Forwarding;
import org.cutri.common.text.VietText;
import org.cutri.opinion.Authority;
import org.cutri.opinion.Opinion;
import org.cutri.opinion.OpinionService;
import org.cutri.opinion.OpinionStatus;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The follow-up of the demo's July round, written in the demo's transaction with the program's own rule sets and
 * store ({@link FollowUpRecords}; reading and the "raised again" link through {@link FollowUpService}): each issue forwarded by a letter of the commune Front to the agency that must
 * answer it, most answered by letter; some answered late, two answers judged "chưa thỏa đáng", three items past
 * their due date on 1 December 2026, one not for the authorities followed. The December round then shows what
 * carries over, and one December opinion is linked as raising a July issue again. Letters and answers are invented.
 */
final class DemoFollowUp {

    /** The day the demo's follow-up was typed: every letter is dated on or before it. */
    static final LocalDate TYPED_ON = LocalDate.of(2026, 12, 1);

    private static final String COMMUNE_AGENCY = "UBND xã Tân Phúc";
    private static final String PROVINCE_AGENCY = "UBND tỉnh An Sơn";

    /** What happens to one issue in the demo. */
    private enum Fate { ANSWERED, ANSWERED_LATE, UNSATISFACTORY, FORWARDED_OVERDUE, WORKING_OVERDUE, NOT_COMPETENT }

    /** A short invented answer per field, and what it did. */
    private record Reply(String text, AnswerResult result) {
    }

    private final Handle handle;
    private final FollowUpService followUps;
    private final OpinionService opinions;
    /** Each agency's forwarding letter: the office sends one letter per agency listing its items. */
    private final Map<String, Forwarding> letters = new LinkedHashMap<>();
    /** The next answer letter number per agency. */
    private final Map<String, Integer> answerNumbers = new LinkedHashMap<>();

    DemoFollowUp(Handle handle, Jdbi jdbi, OpinionService opinions) {
        ZoneId zone = ZoneId.systemDefault();
        this.handle = handle;
        this.followUps = new FollowUpService(jdbi, Clock.fixed(TYPED_ON.atTime(17, 0).atZone(zone).toInstant(), zone));
        this.opinions = opinions;
    }

    /** Writes the July round's follow-up and links one December opinion to the July issue it raises again. */
    void write(int julyRoundId, int decemberRoundId) {
        List<FollowUpIssue> issues = followUps.issues(julyRoundId);
        FollowUpIssue lighting = null;
        for (int k = 0; k < issues.size(); k++) {
            FollowUpIssue issue = issues.get(k);
            FollowUp written = followUp(issue, k);
            if (written != null) {
                FollowUpRecords.store(handle, issue.opinionIds(), written, TYPED_ON.atTime(17, 0));
                lighting = has(issue, "den chieu sang") ? issue : lighting;
            }
        }
        if (lighting != null) {
            linkDarkRoad(decemberRoundId, lighting);
        }
    }

    /** What the office recorded for this issue by 1 December, or null for nothing. */
    private FollowUp followUp(FollowUpIssue issue, int k) {
        int id = issue.leadId();
        if (issue.followUp().status() == OpinionStatus.ANSWERED) {
            Opinion opinion = opinions.find(id).orElseThrow();
            if (opinion.answeredBy() == null || opinion.answerText() == null) {
                return null;
            }
            // Answered on the spot: that answer, with who gave it and when.
            return new FollowUp(id, OpinionStatus.ANSWERED, null, null, null, null, null, opinion.answeredBy(), null,
                    issue.raisedOn(), opinion.answerText(), AnswerResult.EXPLANATION, null, null, null,
                    AnswerSource.TYPED, 0);
        }
        Fate fate = fate(issue, k);
        if (fate == Fate.NOT_COMPETENT) {
            return new FollowUp(id, OpinionStatus.NOT_COMPETENT, null, null, null, null, null, null, null, null, null,
                    null, null, null, "Đoàn đại biểu Quốc hội tỉnh An Sơn (tổng hợp, chuyển Bộ Nội vụ)",
                    AnswerSource.TYPED, 0);
        }
        Forwarding sent = letter(agency(issue));
        FollowUpRecords.Due due = FollowUpRecords.due(handle, issue.authority() == null ? Authority.OTHER
                : issue.authority(), sent);
        if (fate == Fate.FORWARDED_OVERDUE || fate == Fate.WORKING_OVERDUE) {
            return new FollowUp(id, fate == Fate.FORWARDED_OVERDUE ? OpinionStatus.FORWARDED : OpinionStatus.IN_PROGRESS,
                    sent.agency(), sent.letterNo(), sent.date(), due.ruleSetId(), due.date(), null, null, null, null,
                    null, null, null, null, AnswerSource.TYPED, 0);
        }
        LocalDate answeredOn = fate == Fate.ANSWERED_LATE ? due.date().plusDays(9 + k % 12)
                : sent.date().plusDays(12 + (k * 7) % 16);
        Reply reply = reply(issue);
        Assessment assessment = fate == Fate.UNSATISFACTORY ? Assessment.UNSATISFACTORY
                : k % 3 != 2 ? Assessment.SATISFACTORY : null;
        String note = fate != Fate.UNSATISFACTORY ? null : has(issue, "den chieu sang")
                ? "Trả lời chưa đúng nội dung: cử tri đề nghị lắp thêm đèn đoạn gần trường mẫu giáo, văn bản chỉ nêu"
                        + " việc thay bóng hỏng."
                : "Trả lời chung chung, chưa nêu thời gian ban hành chính sách hỗ trợ.";
        return new FollowUp(id, OpinionStatus.ANSWERED, sent.agency(), sent.letterNo(), sent.date(), due.ruleSetId(),
                due.date(), sent.agency(), answerLetter(sent.agency()), answeredOn, reply.text(), reply.result(),
                assessment, note, null, AnswerSource.TYPED, 0);
    }

    /** December's "the road is dark, the lights are broken" raises July's unsatisfied lighting issue again. */
    private void linkDarkRoad(int decemberRoundId, FollowUpIssue lighting) {
        followUps.issues(decemberRoundId).stream().filter(i -> has(i, "toi om vi den hong")).findFirst()
                .ifPresent(dark -> followUps.linkRaisedAgain(dark.leadId(), lighting.leadId()));
    }

    private Fate fate(FollowUpIssue issue, int k) {
        if (has(issue, "nguoi co cong")) {
            return Fate.NOT_COMPETENT;
        }
        if (has(issue, "duong tranh khu dan cu")) {
            return Fate.FORWARDED_OVERDUE;
        }
        if (has(issue, "nop ho so tu nam 2025") || has(issue, "tai dinh cu dong moi")) {
            return Fate.WORKING_OVERDUE;
        }
        if (has(issue, "chuyen doi cay trong") || has(issue, "den chieu sang")) {
            return Fate.UNSATISFACTORY;
        }
        return k % 4 == 3 ? Fate.ANSWERED_LATE : Fate.ANSWERED;
    }

    private static String agency(FollowUpIssue issue) {
        Authority authority = issue.authority() == null ? Authority.OTHER : issue.authority();
        String field = issue.fieldName() == null ? "" : issue.fieldName();
        return switch (authority) {
            case HAMLET -> "Ban công tác Mặt trận " + DemoWork.lowerFirst(issue.hamlets().isEmpty() ? "thôn"
                    : issue.hamlets().get(0));
            case COMMUNE -> field.equals("An ninh trật tự") ? "Công an xã Tân Phúc"
                    : field.equals("Y tế") ? "Trạm Y tế xã Tân Phúc" : COMMUNE_AGENCY;
            case PROVINCE -> field.equals("Giáo dục") ? "Sở Giáo dục và Đào tạo tỉnh An Sơn" : PROVINCE_AGENCY;
            case CENTRAL -> "Đoàn đại biểu Quốc hội tỉnh An Sơn";
            default -> issue.authorityBody() != null ? issue.authorityBody() : COMMUNE_AGENCY;
        };
    }

    /** The commune Front's letter to this agency: numbers from 21/CV-MTTQ, dated 28 July to early August 2026. */
    private Forwarding letter(String agency) {
        return letters.computeIfAbsent(agency, a -> new Forwarding(a, (21 + letters.size()) + "/CV-MTTQ",
                LocalDate.of(2026, 7, 28).plusDays(letters.size() % 8)));
    }

    private String answerLetter(String agency) {
        int number = answerNumbers.merge(agency, 1, Integer::sum);
        String folded = VietText.fold(agency);
        if (folded.startsWith("ubnd xa")) {
            return (140 + number) + "/UBND-VP";
        }
        if (folded.startsWith("ubnd tinh")) {
            return (2450 + number * 7) + "/UBND-KT";
        }
        if (folded.startsWith("dien luc")) {
            return (356 + number) + "/ĐLTP-KD";
        }
        if (folded.startsWith("cong ty")) {
            return (88 + number) + "/CNAS-KT";
        }
        if (folded.startsWith("ban cong tac")) {
            return "0" + number + "/BC-BCTMT";
        }
        return (30 + number) + "/CV";
    }

    private static boolean has(FollowUpIssue issue, String folded) {
        return VietText.fold(issue.content()).contains(folded);
    }

    /** A short invented answer fitting the issue's field. */
    private static Reply reply(FollowUpIssue issue) {
        String field = issue.fieldName() == null ? "" : issue.fieldName();
        if (has(issue, "chuyen doi cay trong")) {
            return new Reply("Sở Nông nghiệp và Môi trường đang tham mưu chính sách hỗ trợ chuyển đổi cây trồng, sẽ trình"
                    + " UBND tỉnh khi đủ điều kiện.", AnswerResult.EXPLANATION);
        }
        if (has(issue, "den chieu sang")) {
            return new Reply("UBND xã đã thay 4 bóng đèn hỏng trên trục đường chính trong tháng 9/2026.",
                    AnswerResult.ACTION);
        }
        return switch (field) {
            case "Giao thông" -> new Reply("Tuyến đường đã được đưa vào kế hoạch duy tu năm 2027; trong tháng 9/2026"
                    + " UBND xã đã vá các ổ gà lớn và cắm biển hạn chế tải trọng.", AnswerResult.ACTION);
            case "Xây dựng - Hạ tầng" -> new Reply("UBND xã đã cứng hóa 350 m mương thoát nước dọc đường trục, hoàn"
                    + " thành ngày 30/10/2026.", AnswerResult.ACTION);
            case "Nông nghiệp" -> new Reply("Đã chi trả hỗ trợ thiệt hại do mưa đá cho 126 hộ theo quyết định của UBND"
                    + " xã ngày 12/8/2026.", AnswerResult.DECISION);
            case "Điện" -> new Reply("Điện lực Tân Phúc đã thay 5 cột hạ thế nghiêng; lịch cắt điện được báo trước 5"
                    + " ngày trên loa truyền thanh và nhóm Zalo của thôn.", AnswerResult.ACTION);
            case "Tài nguyên - Môi trường" -> new Reply("Từ tháng 9/2026 tổ vệ sinh môi trường thu gom rác 2 lần mỗi"
                    + " tuần; các thôn đã ký cam kết không đổ rác xuống kênh mương.", AnswerResult.ACTION);
            case "Thủy lợi" -> new Reply("Đã nạo vét 3,2 km kênh mương nội đồng trước vụ mùa bằng kinh phí hỗ trợ"
                    + " thủy lợi phí.", AnswerResult.ACTION);
            case "Đất đai" -> new Reply("Đã kiểm tra, lập biên bản các trường hợp lấn chiếm; các hộ đã tự tháo dỡ"
                    + " trước ngày 15/9/2026.", AnswerResult.ACTION);
            case "Văn hóa - Xã hội" -> new Reply("Đã bố trí 35 triệu đồng sửa mái nhà văn hóa và sân chơi, thi công"
                    + " xong tháng 10/2026.", AnswerResult.ACTION);
            case "Y tế" -> new Reply("Trạm Y tế xã khám sức khỏe cho người cao tuổi vào tháng 11 hằng năm và phun"
                    + " thuốc phòng dịch ở các điểm có nguy cơ.", AnswerResult.DECISION);
            case "An ninh trật tự" -> new Reply("Công an xã đã lập tổ tuần tra ban đêm, xử lý 6 trường hợp tụ tập đua"
                    + " xe.", AnswerResult.ACTION);
            case "Lao động - Chính sách" -> new Reply("Hộ nghèo, hộ cận nghèo được miễn đóng góp làm đường theo nghị"
                    + " quyết của HĐND xã kỳ họp thứ 3.", AnswerResult.DECISION);
            case "Cải cách hành chính" -> new Reply("Bộ phận một cửa đã niêm yết thời hạn giải quyết và nhận hồ sơ"
                    + " thêm sáng thứ Bảy.", AnswerResult.ACTION);
            case "Kinh tế" -> new Reply("Sở Công Thương đã kết nối 3 doanh nghiệp bao tiêu nông sản và sẽ tổ chức hội"
                    + " chợ nông sản cuối năm.", AnswerResult.EXPLANATION);
            case "Giáo dục" -> new Reply("Năm học 2026-2027 bổ sung 1 giáo viên tiếng Anh; giáo viên tin học chưa có"
                    + " chỉ tiêu, sẽ xem xét năm sau.", AnswerResult.EXPLANATION);
            case "Nước sạch" -> new Reply("Công ty đã súc xả đường ống, lấy mẫu nước đạt quy chuẩn và điều chỉnh lại"
                    + " liều lượng clo khử trùng.", AnswerResult.ACTION);
            default -> new Reply("Cơ quan đã tiếp thu và giải quyết theo đề nghị của cử tri.", AnswerResult.ACTION);
        };
    }
}
