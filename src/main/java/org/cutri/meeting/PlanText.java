package org.cutri.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cutri.common.text.VietText;
import org.cutri.commune.DocumentText;
import org.cutri.council.CouncilSession;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundKind;

/**
 * The wording of a plan that depends on the round's kind: before a session the meetings announce the expected
 * agenda and the session opens after them; after a session they report its results (the session is not listed
 * after the meetings: it is over); a thematic round asks voters about its subject; an election round lets the
 * candidates meet the voters. Legal texts are cited in full (number, date, issuer), as the seeds do. See decision
 * 0028.
 *
 * @param session the council session the round serves, when it has one
 * @param councilLabel "HĐND xã"
 */
record PlanText(ContactRound round, Optional<CouncilSession> session, String councilLabel) {

    /** The law on local government in force since 1 July 2025, cited by number, date and year. */
    static final String LOCAL_GOVERNMENT_LAW = "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 được"
            + " Quốc hội thông qua ngày 16/6/2025;";
    /** The joint resolution on voter contact (DOMAIN.md). */
    static final String VOTER_CONTACT_RESOLUTION = "Căn cứ Nghị quyết liên tịch số"
            + " 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 20/02/2025 của Ủy ban Thường vụ Quốc hội, Chính phủ và"
            + " Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam quy định chi tiết việc tổ chức tiếp xúc cử"
            + " tri của đại biểu Quốc hội và đại biểu Hội đồng nhân dân;";
    /** The election law, for an election round. */
    static final String ELECTION_LAW = "Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số"
            + " 85/2015/QH13 được Quốc hội thông qua ngày 25/6/2015, được sửa đổi, bổ sung một số điều theo Luật số"
            + " 83/2025/QH15 ngày 24/6/2025;";

    /** "kỳ họp thứ 3 HĐND xã" or "kỳ họp" without a session. */
    private String sessionName() {
        return session.map(s -> "kỳ họp thứ " + s.number() + " " + councilLabel + (s.course() == null
                || s.course().isBlank() ? "" : " khóa " + s.course().strip())).orElse("kỳ họp " + councilLabel);
    }

    /** The day the session opens: the round's own date, else the session's first day. */
    private Optional<LocalDate> sessionDay() {
        return Optional.ofNullable(round.sessionDate()).or(() -> session.map(CouncilSession::startDate));
    }

    /** "chuyên đề về đất đai", whether or not the round's name says "chuyên đề" itself. */
    private String topic() {
        String about = SchedulePlanDocument.about(round).strip();
        return about.toLowerCase(java.util.Locale.forLanguageTag("vi")).startsWith("chuyên đề") ? about
                : "chuyên đề " + about;
    }

    List<String> legalBases() {
        List<String> bases = new ArrayList<>();
        bases.add(LOCAL_GOVERNMENT_LAW);
        if (round.kind() == RoundKind.ELECTION) {
            bases.add(ELECTION_LAW);
        }
        bases.add(VOTER_CONTACT_RESOLUTION);
        return bases;
    }

    String purpose() {
        return switch (round.kind()) {
            case BEFORE_SESSION -> "Để đại biểu thông tin đến cử tri dự kiến nội dung, chương trình " + sessionName()
                    + sessionDay().map(d -> " (dự kiến khai mạc " + DocumentText.date(d) + ")").orElse("")
                    + "; tình hình kinh tế - xã hội, quốc phòng - an ninh của xã và kết quả giải quyết ý kiến, kiến nghị"
                    + " của cử tri kỳ trước; lắng nghe, tiếp thu đầy đủ ý kiến, kiến nghị của cử tri để phản ánh đến kỳ"
                    + " họp và các cơ quan có thẩm quyền; phát huy quyền làm chủ của Nhân dân trong xây dựng chính"
                    + " quyền.";
            case AFTER_SESSION -> "Để đại biểu báo cáo với cử tri kết quả " + sessionName()
                    + sessionDay().map(d -> " (khai mạc " + DocumentText.date(d) + ")").orElse("")
                    + ": các nghị quyết đã được thông qua, việc giải quyết, trả lời ý kiến, kiến nghị của cử tri gửi"
                    + " đến kỳ họp; tuyên truyền, vận động Nhân dân thực hiện các nghị quyết của kỳ họp; tiếp tục lắng"
                    + " nghe, ghi nhận ý kiến, kiến nghị của cử tri để phản ánh đến các cơ quan có thẩm quyền.";
            case THEMATIC -> "Để đại biểu thông tin đến cử tri và lấy ý kiến cử tri theo " + topic() + "; tiếp thu đầy đủ ý kiến, kiến nghị của cử tri để phản ánh"
                    + " đến cơ quan có thẩm quyền xem xét, quyết định.";
            case ELECTION -> "Tạo điều kiện để những người ứng cử gặp gỡ cử tri, trình bày chương trình hành động;"
                    + " để cử tri tìm hiểu, nhận xét người ứng cử và lựa chọn người xứng đáng; bảo đảm dân chủ, công"
                    + " khai, bình đẳng, đúng pháp luật, góp phần tổ chức thành công cuộc bầu cử.";
        };
    }

    String requirement() {
        if (round.kind() == RoundKind.ELECTION) {
            return "Người ứng cử trình bày chương trình hành động đúng nội dung đã đăng ký, không lợi dụng hội nghị để"
                    + " tuyên truyền trái pháp luật; ý kiến của cử tri được ghi chép trung thực, đầy đủ.";
        }
        return "Mọi ý kiến, kiến nghị phải được hội nghị biểu quyết; chỉ những ý kiến, kiến nghị được đa số cử tri dự"
                + " hội nghị nhất trí mới được tổng hợp.";
    }

    String deploymentParticipants() {
        String who = round.kind() == RoundKind.ELECTION ? "đại diện Ủy ban bầu cử xã; những người ứng cử"
                : "tổ trưởng, tổ phó các tổ đại biểu";
        return "Thường trực Đảng ủy, Thường trực HĐND, UBND, Ban Thường trực Ủy ban MTTQ Việt Nam xã; " + who
                + "; Trưởng Ban công tác Mặt trận các thôn, xóm.";
    }

    String deploymentContent() {
        if (round.kind() == RoundKind.ELECTION) {
            return "Quán triệt kế hoạch và lịch tiếp xúc cử tri; thống nhất thời gian, địa điểm để những người ứng cử"
                    + " gặp gỡ cử tri ở các thôn, xóm của đơn vị bầu cử nơi mình ứng cử.";
        }
        return "Quán triệt kế hoạch và lịch tiếp xúc cử tri; phân công đại biểu về tiếp xúc cử tri tại các thôn, xóm:"
                + " đại biểu được bầu ở đơn vị bầu cử nào tiếp xúc cử tri ở các thôn, xóm của đơn vị bầu cử đó.";
    }

    String meetingChair() {
        if (round.kind() == RoundKind.ELECTION) {
            return "Hội nghị do Ban Thường trực Ủy ban MTTQ Việt Nam xã phối hợp với Ủy ban bầu cử xã tổ chức; Trưởng"
                    + " Ban công tác Mặt trận chủ trì. Mỗi hội nghị cử một thư ký ghi biên bản.";
        }
        return "Hội nghị do Trưởng Ban công tác Mặt trận phối hợp với Trưởng thôn, xóm và các vị đại biểu được phân công"
                + " triệu tập và chủ trì. Mỗi hội nghị cử một thư ký ghi biên bản.";
    }

    String meetingContent() {
        return switch (round.kind()) {
            case BEFORE_SESSION -> "thông tin dự kiến nội dung, chương trình " + sessionName() + "; báo cáo tình hình"
                    + " kinh tế - xã hội, quốc phòng - an ninh; kết quả giải quyết ý kiến, kiến nghị của cử tri kỳ"
                    + " trước; cử tri phát biểu ý kiến, kiến nghị; đại biểu và lãnh đạo xã giải trình, tiếp thu.";
            case AFTER_SESSION -> "đại biểu thông báo kết quả " + sessionName() + ", các nghị quyết đã được thông qua và"
                    + " kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri gửi đến kỳ họp; cử tri phát biểu ý"
                    + " kiến, kiến nghị; đại biểu và lãnh đạo xã giải trình, tiếp thu.";
            case THEMATIC -> "đại biểu thông tin nội dung " + topic() + "; cử tri"
                    + " phát biểu, góp ý; đại biểu tiếp thu, giải trình.";
            case ELECTION -> "người ứng cử trình bày chương trình hành động; cử tri phát biểu ý kiến, nêu câu hỏi với"
                    + " người ứng cử; người ứng cử trả lời; đại diện Ban Thường trực Ủy ban MTTQ Việt Nam xã tổng hợp"
                    + " ý kiến của cử tri.";
        };
    }

    String afterMeetingsHeading() {
        return round.kind() == RoundKind.BEFORE_SESSION && sessionAfterMeetings().isPresent()
                ? "3. Tổng hợp ý kiến, kiến nghị và kỳ họp" : "3. Tổng hợp ý kiến, kiến nghị";
    }

    String compilation() {
        return round.kind() == RoundKind.ELECTION
                ? "Ban Thường trực Ủy ban MTTQ Việt Nam xã tổng hợp ý kiến của cử tri, báo cáo Ủy ban bầu cử xã."
                : "Ban Thường trực Ủy ban MTTQ Việt Nam xã phối hợp với Thường trực HĐND xã tổng hợp ý kiến, kiến"
                        + " nghị của cử tri" + (round.kind() == RoundKind.BEFORE_SESSION ? " gửi đến kỳ họp."
                        : ", gửi cơ quan có thẩm quyền xem xét, giải quyết.");
    }

    /**
     * The session's opening, listed after the meetings only when it comes after them (before a session, or a
     * thematic session still to come); an election round or a session already held lists nothing here.
     */
    Optional<String> sessionAfterMeetings() {
        if (round.kind() == RoundKind.AFTER_SESSION || round.kind() == RoundKind.ELECTION) {
            return Optional.empty();
        }
        return sessionDay().filter(day -> round.endDate() == null || day.isAfter(round.endDate()))
                .map(day -> VietText.capitalize(DocumentText.date(day)) + ", " + councilLabel + " khai mạc "
                        + session.map(s -> "kỳ họp thứ " + s.number()).orElse("kỳ họp") + ".");
    }

    String leadership() {
        return round.kind() == RoundKind.ELECTION
                ? "Ban Thường trực Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với Ủy ban bầu cử xã triển khai kế hoạch,"
                        + " theo dõi, đôn đốc và tổng hợp kết quả tiếp xúc cử tri."
                : "Ban Thường trực Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với Thường trực HĐND xã triển khai kế"
                        + " hoạch, theo dõi, đôn đốc và tổng hợp kết quả tiếp xúc cử tri.";
    }

    List<String> recipients() {
        List<String> recipients = new ArrayList<>(List.of("Đảng ủy xã (b/c);", "Thường trực HĐND xã;", "UBND xã;"));
        recipients.add(round.kind() == RoundKind.ELECTION ? "Ủy ban bầu cử xã;" : "Các đại biểu HĐND;");
        recipients.add("Ban công tác Mặt trận các thôn, xóm;");
        recipients.add("Lưu: VT.");
        return recipients;
    }

}
