package org.cutri.plan;

import java.util.List;

import org.cutri.plan.PlanTemplate.DutyTemplate;

/**
 * The template of each kind of plan, modelled on real plans of Front offices (the seeds of issue 12): a plan to inform
 * voters and follow public sentiment around an election with three report deadlines; to follow public sentiment around
 * Party congresses with monthly reports; to compile comments on draft documents; to organise a summary conference
 * (papers due three days before); and the commune's voter-contact plan with its timetable. The wording is a commune
 * office's; every text stays editable.
 */
public final class PlanTemplates {

    private static final String BTT = "Ban Thường trực Ủy ban MTTQ Việt Nam xã";
    private static final String MEMBERS = "Các tổ chức chính trị - xã hội xã; Ban công tác Mặt trận các thôn";
    private static final String WORK_GROUPS = "Ban công tác Mặt trận các thôn";

    private PlanTemplates() {
    }

    /** The template of a kind. */
    public static PlanTemplate of(PlanKind kind) {
        return switch (kind) {
            case VOTER_CONTACT -> voterContact();
            case ELECTION_SENTIMENT -> electionSentiment();
            case CONGRESS_SENTIMENT -> congressSentiment();
            case DRAFT_COMMENTS -> draftComments();
            case SUMMARY_CONFERENCE -> summaryConference();
            case FREE -> free();
        };
    }

    private static PlanTemplate voterContact() {
        return new PlanTemplate(
                "Tổ chức hội nghị tiếp xúc cử tri của đại biểu Hội đồng nhân dân xã trước kỳ họp",
                lines("1. Mục đích",
                        "Duy trì mối liên hệ giữa đại biểu Hội đồng nhân dân xã với cử tri và Nhân dân; thông báo kết quả"
                                + " thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh và dự kiến nội dung"
                                + " kỳ họp; lắng nghe, tiếp thu đầy đủ ý kiến, kiến nghị của cử tri.",
                        "2. Yêu cầu",
                        "Việc tiếp xúc cử tri bảo đảm đúng thời gian, nghiêm túc, chu đáo, đúng quy trình và quy định của"
                                + " pháp luật. Ý kiến, kiến nghị của cử tri được ghi chép trung thực, khách quan; chỉ những ý"
                                + " kiến được đa số cử tri dự hội nghị biểu quyết nhất trí mới được đưa vào tổng hợp."),
                lines("1. Hội nghị triển khai kế hoạch tiếp xúc cử tri",
                        "Thành phần: Thường trực Đảng ủy, Thường trực HĐND, UBND, Ủy ban MTTQ Việt Nam xã; tổ trưởng, tổ"
                                + " phó các tổ đại biểu HĐND xã.",
                        "Nội dung: quán triệt kế hoạch và lịch tiếp xúc cử tri; phân công đại biểu về tiếp xúc cử tri ở"
                                + " đơn vị bầu cử của mình.",
                        "2. Hội nghị tiếp xúc cử tri ở các thôn",
                        "Hội nghị do Ban công tác Mặt trận phối hợp với Trưởng thôn và các vị đại biểu HĐND được bầu ở thôn"
                                + " triệu tập và chủ trì.",
                        "Thành phần: các đại biểu HĐND xã được phân công; cấp ủy, Ban công tác Mặt trận, trưởng các chi"
                                + " hội, chi đoàn và cử tri trong thôn.",
                        "Nội dung: thông qua các báo cáo phát triển kinh tế - xã hội, quốc phòng - an ninh và dự kiến nội"
                                + " dung kỳ họp; cử tri phát biểu ý kiến, kiến nghị; đại biểu và lãnh đạo xã tiếp thu, giải"
                                + " trình. Thư ký hội nghị ghi biên bản; chỉ những ý kiến được đa số cử tri biểu quyết nhất"
                                + " trí mới được đưa vào tổng hợp.",
                        "3. Thời gian tiến hành",
                        "[LỊCH]"),
                lines("Ban Thường trực Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với Thường trực HĐND xã triển khai kế hoạch"
                        + " này. Các vị đại biểu HĐND, Trưởng Ban công tác Mặt trận phối hợp với Trưởng thôn chuẩn bị địa"
                        + " điểm, mời cử tri và tổ chức hội nghị đúng thời gian.",
                        "Trong quá trình thực hiện có vướng mắc, đề nghị các đại biểu và Trưởng Ban công tác Mặt trận liên hệ"
                                + " trực tiếp Thường trực HĐND xã và Ban Thường trực Ủy ban MTTQ Việt Nam xã để giải quyết."),
                lines("Đảng ủy xã (b/c);", "Thường trực HĐND, UBND xã;", "Các vị đại biểu HĐND xã, các tổ đại biểu;",
                        "Ban công tác Mặt trận các thôn;", "Lưu: VT."),
                List.of(duty("Hội nghị triển khai kế hoạch tiếp xúc cử tri", BTT, "Thường trực HĐND xã", -1, 0, 3, 3, null,
                                DutyWork.ROUNDS),
                        duty("Hội nghị tiếp xúc cử tri ở các thôn", "Các tổ đại biểu HĐND xã", WORK_GROUPS, -1, 0, 17, 19,
                                null, DutyWork.MINUTES),
                        duty("Các thôn nộp biên bản và ý kiến, kiến nghị của cử tri", WORK_GROUPS, "Thư ký các hội nghị",
                                -1, 0, null, 22, null, DutyWork.MINUTES),
                        duty("Tổng hợp ý kiến, kiến nghị của cử tri gửi kỳ họp", BTT, "Thư ký HĐND xã", -1, 0, 22, 23, 23,
                                DutyWork.REPORTS)));
    }

    private static PlanTemplate electionSentiment() {
        String election = "cuộc bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp";
        return new PlanTemplate(
                "Tuyên truyền, vận động, theo dõi, nắm tình hình Nhân dân trước, trong và sau " + election,
                lines("1. Tuyên truyền, vận động tạo sự thống nhất và đồng thuận trong Nhân dân để tổ chức thành công "
                                + election + " bảo đảm dân chủ, khách quan, đúng pháp luật, thực sự là ngày hội của toàn dân.",
                        "2. Theo dõi, nắm chắc, phản ánh đúng tình hình, tâm tư, nguyện vọng của các tầng lớp Nhân dân đối"
                                + " với cuộc bầu cử; tổng hợp đầy đủ ý kiến của Nhân dân đối với những người ứng cử.",
                        "3. Việc nắm tình hình phải thường xuyên, liên tục, cụ thể, thiết thực; phản ánh và tham mưu giải"
                                + " quyết kịp thời các vấn đề phát sinh ở cơ sở."),
                lines("1. Phối hợp tuyên truyền, vận động các tầng lớp Nhân dân về ý nghĩa, tầm quan trọng của cuộc bầu"
                                + " cử và các văn bản hướng dẫn của cấp trên về cuộc bầu cử.",
                        "2. Vận động các tầng lớp Nhân dân nâng cao nhận thức về quyền và trách nhiệm của cử tri; đẩy mạnh"
                                + " các phong trào thi đua chào mừng cuộc bầu cử.",
                        "3. Ủy ban MTTQ xã phối hợp với các tổ chức thành viên theo dõi, nắm tình hình, tâm tư, nguyện vọng"
                                + " của đoàn viên, hội viên và Nhân dân trước, trong và sau cuộc bầu cử; tổng hợp ý kiến của"
                                + " Nhân dân đối với những người ứng cử, các kiến nghị của Nhân dân.",
                        "4. Thời gian thực hiện và các mốc gửi báo cáo tình hình Nhân dân:",
                        "[VIỆC]"),
                lines("1. Ban Thường trực Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với các tổ chức thành viên triển khai kế"
                                + " hoạch này; định kỳ tổng hợp báo cáo tình hình Nhân dân về Ban Thường trực Ủy ban MTTQ"
                                + " Việt Nam tỉnh bảo đảm tiến độ và chất lượng.",
                        "2. Các tổ chức chính trị - xã hội xã và Ban công tác Mặt trận các thôn chủ động nắm tình hình đoàn"
                                + " viên, hội viên và Nhân dân, báo cáo về Ban Thường trực Ủy ban MTTQ Việt Nam xã trước các"
                                + " mốc báo cáo 02 ngày."),
                lines("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (b/c);", "Đảng ủy xã (b/c);",
                        "Các tổ chức chính trị - xã hội xã;", "Ban công tác Mặt trận các thôn;", "Lưu: VT."),
                List.of(duty("Tuyên truyền, vận động Nhân dân về cuộc bầu cử", BTT, MEMBERS, -1, 0, 0, 50, null, null),
                        duty("Theo dõi, nắm tình hình Nhân dân; tổng hợp ý kiến đối với người ứng cử", BTT, MEMBERS, -1, 0,
                                0, 60, null, null),
                        duty("Báo cáo tình hình Nhân dân trước cuộc bầu cử", BTT, MEMBERS, 0, 45, null, 0, null, null),
                        duty("Báo cáo tình hình Nhân dân trong cuộc bầu cử", BTT, MEMBERS, 1, 55, null, 0, null, null),
                        duty("Báo cáo tình hình Nhân dân sau cuộc bầu cử", BTT, MEMBERS, 2, 64, null, 0, null, null)));
    }

    private static PlanTemplate congressSentiment() {
        return new PlanTemplate(
                "Theo dõi, nắm tình hình Nhân dân đối với đại hội Đảng các cấp",
                lines("- Giúp cấp ủy nắm bắt, tổng hợp kịp thời tình hình, tâm tư, nguyện vọng của các tầng lớp Nhân dân"
                                + " đối với đại hội Đảng các cấp.",
                        "- Ủy ban MTTQ xã và các tổ chức chính trị - xã hội thường xuyên tập hợp ý kiến, kiến nghị của"
                                + " Nhân dân gửi đến đại hội, báo cáo đúng thời gian quy định."),
                lines("1. Theo dõi, nắm tình hình Nhân dân đối với đại hội Đảng các cấp",
                        "Ủy ban MTTQ xã, các tổ chức chính trị - xã hội và Ban công tác Mặt trận các thôn thường xuyên nắm"
                                + " bắt tình hình tâm tư, nguyện vọng của Nhân dân; tập hợp các ý kiến, kiến nghị của Nhân dân"
                                + " gửi đến đại hội.",
                        "Thời gian thực hiện: hằng tháng, trong suốt thời gian diễn ra đại hội Đảng các cấp.",
                        "2. Tổng hợp ý kiến của Nhân dân đóng góp vào dự thảo văn kiện đại hội",
                        "Sau khi dự thảo văn kiện được công bố, Ủy ban MTTQ xã phối hợp với các tổ chức chính trị - xã hội"
                                + " tiếp nhận, tổng hợp ý kiến góp ý của Nhân dân theo từng phần của dự thảo.",
                        "Thời gian, tiến độ thực hiện: theo hướng dẫn của cấp trên.",
                        "3. Xây dựng các loại báo cáo",
                        "[VIỆC]"),
                lines("1. Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng, triển khai kế hoạch; tổng hợp báo cáo tình hình"
                                + " Nhân dân hằng tháng và theo từng mốc đại hội về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"
                                + " và Đảng ủy xã.",
                        "2. Đề nghị các tổ chức chính trị - xã hội xã nắm tình hình đoàn viên, hội viên, định kỳ báo cáo về"
                                + " Ban Thường trực Ủy ban MTTQ Việt Nam xã trước ngày 25 hằng tháng."),
                lines("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (b/c);", "Đảng ủy xã (b/c);",
                        "Các tổ chức chính trị - xã hội xã;", "Ban công tác Mặt trận các thôn;", "Lưu: VT."),
                List.of(duty("Theo dõi, nắm tình hình Nhân dân đối với đại hội Đảng các cấp", BTT, MEMBERS, -1, 0, 0, 120,
                                null, null),
                        duty("Báo cáo tình hình Nhân dân tháng thứ nhất", BTT, MEMBERS, -1, 0, null, 28, null, null),
                        duty("Báo cáo tình hình Nhân dân tháng thứ hai", BTT, MEMBERS, -1, 0, null, 58, null, null),
                        duty("Báo cáo tình hình Nhân dân tháng thứ ba", BTT, MEMBERS, -1, 0, null, 88, null, null),
                        duty("Báo cáo tình hình Nhân dân đối với Đại hội Đảng bộ xã", BTT, MEMBERS, 0, 100, null, 0, null,
                                null)));
    }

    private static PlanTemplate draftComments() {
        return new PlanTemplate(
                "Tổng hợp ý kiến của Nhân dân đóng góp vào dự thảo văn kiện đại hội",
                lines("- Phát huy quyền làm chủ của Nhân dân, tập hợp đầy đủ, trung thực ý kiến của các tầng lớp Nhân dân"
                                + " đóng góp vào dự thảo văn kiện.",
                        "- Việc lấy ý kiến bảo đảm dân chủ, thiết thực, đúng thời gian; ý kiến được tổng hợp theo từng phần"
                                + " của dự thảo, không trùng lặp."),
                lines("Sau khi dự thảo văn kiện được công bố, Ủy ban MTTQ xã phối hợp với các tổ chức chính trị - xã hội"
                        + " phổ biến dự thảo đến Nhân dân, tổ chức hội nghị lấy ý kiến, tiếp nhận và tổng hợp các ý kiến"
                        + " góp ý theo từng phần, từng mục của dự thảo."),
                lines("1. Ban Thường trực Ủy ban MTTQ Việt Nam xã chủ trì tổ chức hội nghị lấy ý kiến, tổng hợp ý kiến"
                                + " góp ý và báo cáo về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đúng thời gian quy định.",
                        "2. Các tổ chức chính trị - xã hội xã và Ban công tác Mặt trận các thôn tổ chức lấy ý kiến đoàn viên,"
                                + " hội viên và Nhân dân, gửi kết quả về Ban Thường trực Ủy ban MTTQ Việt Nam xã."),
                lines("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (b/c);", "Đảng ủy xã (b/c);",
                        "Các tổ chức chính trị - xã hội xã;", "Ban công tác Mặt trận các thôn;", "Lưu: VT."),
                List.of(duty("Phổ biến dự thảo văn kiện đến các thôn, các tổ chức", BTT, MEMBERS, -1, 0, 0, 7, null, null),
                        duty("Hội nghị lấy ý kiến góp ý dự thảo văn kiện", BTT, MEMBERS, -1, 0, 10, 15, null, null),
                        duty("Các thôn, các tổ chức gửi ý kiến góp ý", MEMBERS, null, -1, 0, null, 18, null, null),
                        duty("Báo cáo tổng hợp ý kiến góp ý dự thảo văn kiện", BTT, null, 0, 21, null, 0, null, null)));
    }

    private static PlanTemplate summaryConference() {
        return new PlanTemplate(
                "Tổ chức hội nghị tổng kết công tác Mặt trận tham gia bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân"
                        + " dân các cấp",
                lines("1. Mục đích",
                        "Đánh giá đầy đủ, khách quan quá trình và kết quả Mặt trận tham gia công tác bầu cử; nêu ưu điểm,"
                                + " hạn chế, nguyên nhân và bài học kinh nghiệm. Kịp thời biểu dương, khen thưởng các tập thể"
                                + " và cá nhân có thành tích xuất sắc.",
                        "2. Yêu cầu",
                        "Việc tổng kết tiến hành thực chất, hiệu quả, trang trọng, tiết kiệm, tránh hình thức."),
                lines("1. Thời gian: 01 buổi (thời gian cụ thể theo giấy mời).",
                        "2. Địa điểm: Hội trường Ủy ban nhân dân xã.",
                        "3. Thành phần tham dự",
                        "- Đại diện Thường trực Đảng ủy, Thường trực HĐND, UBND xã;",
                        "- Ban Thường trực Ủy ban MTTQ Việt Nam xã;",
                        "- Đại diện lãnh đạo các tổ chức chính trị - xã hội xã;",
                        "- Trưởng Ban công tác Mặt trận các thôn;",
                        "- Đại diện các tập thể, cá nhân được khen thưởng.",
                        "4. Chương trình hội nghị",
                        "- Ổn định tổ chức, giới thiệu đại biểu, thông qua chương trình;",
                        "- Khai mạc hội nghị;",
                        "- Báo cáo tổng kết công tác Mặt trận tham gia bầu cử;",
                        "- Tham luận;",
                        "- Khen thưởng, biểu dương các tập thể, cá nhân có thành tích xuất sắc;",
                        "- Phát biểu của lãnh đạo;",
                        "- Kết luận và bế mạc hội nghị."),
                lines("1. Văn phòng Ủy ban MTTQ Việt Nam xã",
                        "- Tham mưu kế hoạch, chương trình, giấy mời, báo cáo tổng kết;",
                        "- Chuẩn bị hội trường, tài liệu và các điều kiện phục vụ hội nghị.",
                        "2. Các tổ chức chính trị - xã hội xã, Ban công tác Mặt trận các thôn",
                        "- Chuẩn bị tham luận, gửi về Ban Thường trực Ủy ban MTTQ Việt Nam xã trước ngày tổ chức hội nghị"
                                + " 03 ngày;",
                        "- Đề xuất các tập thể, cá nhân được khen thưởng.",
                        "3. Các mốc thời gian",
                        "[LỊCH]"),
                lines("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (b/c);", "Thường trực Đảng ủy, HĐND, UBND xã;",
                        "Các tổ chức chính trị - xã hội xã;", "Ban công tác Mặt trận các thôn;", "Lưu: VT."),
                List.of(duty("Đề xuất danh sách tập thể, cá nhân khen thưởng", MEMBERS, null, 0, 30, null, -10, null, null),
                        duty("Dự thảo báo cáo tổng kết", "Văn phòng Ủy ban MTTQ xã", null, 0, 30, null, -7, null, null),
                        duty("Gửi giấy mời hội nghị", "Văn phòng Ủy ban MTTQ xã", null, 0, 30, null, -5, null, null),
                        duty("Gửi tham luận về Ban Thường trực (trước hội nghị 03 ngày)", MEMBERS, null, 0, 30, null, -3,
                                null, null),
                        duty("Chuẩn bị hội trường, tài liệu, hậu cần", "Văn phòng Ủy ban MTTQ xã", null, 0, 30, null, -1,
                                null, null),
                        duty("Tổ chức hội nghị tổng kết", BTT, MEMBERS, 0, 30, 0, 0, null, null),
                        duty("Báo cáo kết quả hội nghị tổng kết lên tỉnh", BTT, null, 0, 30, null, 5, null, null)));
    }

    private static PlanTemplate free() {
        return new PlanTemplate("", "", "", "", lines("Lưu: VT."), List.of());
    }

    private static DutyTemplate duty(String what, String lead, String joins, int deadline, int fallbackDays,
            Integer from, Integer until, Integer report, DutyWork work) {
        return new DutyTemplate(what, lead, joins, deadline, fallbackDays, from, until, report, work);
    }

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }
}
