package org.cutri.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.cutri.app.AppContext;
import org.cutri.commune.CommuneProfile;
import org.cutri.document.DocumentFiles;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The five seed plans of issue 12 (../shared/seeds), each made again with the program's own services as a commune office
 * would: the incoming plan recorded, the plan created from its kind's template, its sections and duties edited as the
 * seed has them, issued, written to Word and PDF and read back. Each document must have the seed's structure and the
 * official format, and the duties it creates must be on the duty calendar with their deadlines. The commune and every
 * name are invented.
 */
class SeedPlansTest {

    private static final String PROVINCE_BOARD = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh";
    private static final String BTT = "Ban Thường trực Ủy ban MTTQ Việt Nam xã";
    private static final String MEMBERS = "Các tổ chức chính trị - xã hội xã";

    @TempDir
    Path folder;

    private AppContext context;
    private PlanService plans;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder.resolve("data"));
        plans = context.plans();
        context.commune().save(new CommuneProfile("Tân Lập Đông", "Thái Bình Nam", "Tân Lập Đông",
                "ỦY BAN MTTQ VIỆT NAM", "XÃ TÂN LẬP ĐÔNG", "BAN THƯỜNG TRỰC", "MTTQ-BTT", "Hoàng Thị Ngọc Lan",
                "Đàm Văn Tuấn", null));
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** Seed 000: informing voters and following public sentiment before, during and after an election. */
    @Test
    void seed000TheElectionSentimentPlanListsItsThreeReportDeadlinesAndTheCalendarKeepsThem() throws Exception {
        IncomingDocument incoming = plans.recordIncoming(new IncomingDraft("217/KH-MTTQ-BTT", LocalDate.of(2026, 1, 5),
                PROVINCE_BOARD, "kế hoạch tuyên truyền, vận động, theo dõi, nắm tình hình Nhân dân trước, trong và sau"
                        + " cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp, nhiệm kỳ"
                        + " 2026 - 2031",
                "Báo cáo trước bầu cử trước ngày 06/3/2026; trong bầu cử trước ngày 16/3/2026; sau bầu cử trước"
                        + " ngày 25/3/2026"));
        OfficePlan plan = plans.create(PlanKind.ELECTION_SENTIMENT, incoming.id(), LocalDate.of(2026, 1, 12));
        PlanSections template = plan.sections();
        plans.updateSections(plan.id(), new PlanSections("Tuyên truyền, vận động, theo dõi, nắm tình hình Nhân dân"
                + " trước, trong và sau cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp,"
                + " nhiệm kỳ 2026 - 2031", null,
                template.purpose(), template.content(), template.organisation(),
                String.join("\n", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (b/c);", "Đảng ủy xã (b/c);",
                        "Các tổ chức chính trị - xã hội xã;", "Ban công tác Mặt trận các thôn;", "Lưu: VT."),
                "PHÓ CHỦ TỊCH", "Đàm Văn Tuấn"));
        plans.issue(plan.id(), LocalDate.of(2026, 1, 12));

        Written written = write(plan.id(), "seed-000");

        written.assertTitle("Tuyên truyền, vận động, theo dõi, nắm tình hình Nhân dân trước, trong và sau cuộc bầu cử");
        written.assertHas("Thực hiện Kế hoạch số 217/KH-MTTQ-BTT ngày 05/01/2026 của Ban Thường trực Ủy ban MTTQ Việt"
                + " Nam tỉnh về kế hoạch tuyên truyền");
        written.assertSections("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN");
        List<String> content = written.between("II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN");
        assertThat(content).anyMatch(l -> l.startsWith("1. Phối hợp tuyên truyền, vận động"))
                .anyMatch(l -> l.startsWith("3. Ủy ban MTTQ xã phối hợp với các tổ chức thành viên theo dõi"))
                .contains("4. Thời gian thực hiện và các mốc gửi báo cáo tình hình Nhân dân:");
        // the three reports as the seed lists them, each with the incoming plan's deadline, after item 4
        int fourth = content.indexOf("4. Thời gian thực hiện và các mốc gửi báo cáo tình hình Nhân dân:");
        List<String> reports = content.subList(fourth + 1, content.size()).stream()
                .filter(l -> l.startsWith("- Báo cáo tình hình Nhân dân")).toList();
        assertThat(reports).hasSize(3);
        assertThat(reports.get(0)).startsWith("- Báo cáo tình hình Nhân dân trước cuộc bầu cử: hoàn thành trước ngày"
                + " 06/03/2026 (chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam xã; phối hợp:");
        assertThat(reports.get(1)).contains("trong cuộc bầu cử: hoàn thành trước ngày 16/03/2026");
        assertThat(reports.get(2)).contains("sau cuộc bầu cử: hoàn thành trước ngày 25/03/2026").endsWith(".");
        List<String> organisation = written.between("III. TỔ CHỨC THỰC HIỆN", "Nơi nhận:");
        assertThat(organisation).anyMatch(l -> l.startsWith("1. Ban Thường trực Ủy ban MTTQ Việt Nam xã chủ trì"))
                .anyMatch(l -> l.startsWith("2. Các tổ chức chính trị - xã hội xã và Ban công tác Mặt trận các thôn"));
        written.assertClosing("PHÓ CHỦ TỊCH", "Đàm Văn Tuấn", "- Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (b/c);");
        written.assertPdfHas("4. Thời gian thực hiện và các mốc gửi báo cáo tình hình Nhân dân:",
                "- Báo cáo tình hình Nhân dân trước cuộc bầu cử: hoàn thành trước ngày 06/03/2026");

        // the calendar: on Monday 02/03 the report "before" is due this week; on 10/03 it is 4 days late
        DutyCalendar calendar = context.dutyCalendar();
        assertThat(whats(calendar.at(LocalDate.of(2026, 3, 2)).thisWeek()))
                .contains("Báo cáo tình hình Nhân dân trước cuộc bầu cử");
        assertThat(whats(calendar.at(LocalDate.of(2026, 3, 2)).nextDays()))
                .contains("Báo cáo tình hình Nhân dân trong cuộc bầu cử", "Báo cáo tình hình Nhân dân sau cuộc bầu cử");
        CalendarEntry late = entry(calendar.at(LocalDate.of(2026, 3, 10)).overdue(),
                "Báo cáo tình hình Nhân dân trước cuộc bầu cử");
        assertThat(late.daysLate()).isEqualTo(4);
        assertThat(late.plan()).isEqualTo("01/KH-MTTQ-BTT");
        assertThat(late.due()).isEqualTo(LocalDate.of(2026, 3, 6));
        // sent on 06/03 with its report: it leaves the calendar, the next one stays
        plans.markDone(late.duty().id(), LocalDate.of(2026, 3, 6), "Báo cáo số 03/BC-MTTQ-BTT");
        assertThat(whats(calendar.at(LocalDate.of(2026, 3, 10)).all()))
                .doesNotContain("Báo cáo tình hình Nhân dân trước cuộc bầu cử")
                .contains("Báo cáo tình hình Nhân dân trong cuộc bầu cử");
    }

    /** Seed 001: public sentiment around Party congresses, monthly and milestone reports, comments on the drafts. */
    @Test
    void seed001TheCongressPlanListsItsMonthlyAndMilestoneReportsAndTheDraftComments() throws Exception {
        IncomingDocument incoming = plans.recordIncoming(new IncomingDraft("41-KH/ĐU", LocalDate.of(2025, 1, 6),
                "Ban Thường vụ Đảng ủy xã", "việc theo dõi, nắm tình hình Nhân dân đối với đại hội Đảng các cấp; tổng"
                        + " hợp ý kiến của Nhân dân đóng góp vào các dự thảo văn kiện đại hội",
                null));
        OfficePlan plan = plans.create(PlanKind.CONGRESS_SENTIMENT, incoming.id(), LocalDate.of(2025, 1, 10));
        // the seed's reports: monthly from January, then one for each congress; the drafts' comments as a duty too
        List<PlanDuty> templateDuties = plans.duties(plan.id());
        for (PlanDuty duty : templateDuties) {
            plans.removeDuty(duty.id());
        }
        plans.addDuty(plan.id(), new DutyDraft("Báo cáo tình hình Nhân dân đối với đại hội Đảng các cấp tháng 1/2025",
                BTT, MEMBERS, null, LocalDate.of(2025, 1, 31), null));
        plans.addDuty(plan.id(), new DutyDraft("Báo cáo tình hình Nhân dân đối với đại hội Đảng các cấp tháng 2/2025",
                BTT, MEMBERS, null, LocalDate.of(2025, 2, 28), null));
        plans.addDuty(plan.id(), new DutyDraft("Báo cáo tình hình Nhân dân đối với Đại hội Đảng bộ xã", BTT, MEMBERS,
                null, LocalDate.of(2025, 6, 30), null));
        plans.addDuty(plan.id(), new DutyDraft("Báo cáo tổng hợp ý kiến góp ý dự thảo văn kiện Đại hội Đảng bộ tỉnh",
                BTT, MEMBERS, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 20), null));
        plans.addDuty(plan.id(), new DutyDraft("Báo cáo tình hình Nhân dân đối với Đại hội Đảng bộ tỉnh", BTT, MEMBERS,
                null, LocalDate.of(2025, 10, 31), null));
        plans.addDuty(plan.id(), new DutyDraft("Báo cáo tình hình Nhân dân đối với Đại hội XIV của Đảng", BTT, MEMBERS,
                null, LocalDate.of(2026, 2, 27), null));
        PlanSections template = plans.get(plan.id()).sections();
        plans.updateSections(plan.id(), new PlanSections(template.subject() + "; tổng hợp ý kiến của Nhân dân đóng góp"
                + " vào các dự thảo văn kiện đại hội", null, template.purpose(), template.content(),
                String.join("\n", "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã",
                        "- Xây dựng và triển khai kế hoạch đến các tổ chức chính trị - xã hội và Ban công tác Mặt trận"
                                + " các thôn;",
                        "- Tổ chức hội nghị lấy ý kiến Nhân dân góp ý vào dự thảo văn kiện đại hội;",
                        "- Tổng hợp ý kiến, báo cáo Ban Thường vụ Đảng ủy xã và Ban Thường trực Ủy ban MTTQ Việt Nam"
                                + " tỉnh đúng thời gian quy định.",
                        "2. Các tổ chức chính trị - xã hội xã",
                        "- Nắm tình hình đoàn viên, hội viên; tổ chức lấy ý kiến góp ý dự thảo văn kiện theo hệ thống;",
                        "- Định kỳ báo cáo về Ban Thường trực Ủy ban MTTQ Việt Nam xã trước ngày 25 hằng tháng.",
                        "3. Ban công tác Mặt trận các thôn",
                        "- Nắm tình hình Nhân dân ở khu dân cư, báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam xã."),
                template.recipients(), template.signerTitle(), template.signerName()));
        plans.issue(plan.id(), LocalDate.of(2025, 1, 10));

        Written written = write(plan.id(), "seed-001");

        written.assertTitle("Theo dõi, nắm tình hình Nhân dân đối với đại hội Đảng các cấp; tổng hợp ý kiến");
        written.assertHas("Thực hiện Kế hoạch số 41-KH/ĐU ngày 06/01/2025 của Ban Thường vụ Đảng ủy xã về việc theo"
                + " dõi, nắm tình hình Nhân dân đối với đại hội Đảng các cấp");
        written.assertSections("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN");
        List<String> content = written.between("II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN");
        assertThat(content).containsSubsequence("1. Theo dõi, nắm tình hình Nhân dân đối với đại hội Đảng các cấp",
                "Thời gian thực hiện: hằng tháng, trong suốt thời gian diễn ra đại hội Đảng các cấp.",
                "2. Tổng hợp ý kiến của Nhân dân đóng góp vào dự thảo văn kiện đại hội",
                "3. Xây dựng các loại báo cáo",
                "- Báo cáo tình hình Nhân dân đối với đại hội Đảng các cấp tháng 1/2025: hoàn thành trước ngày 31/01/2025"
                        + " (chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam xã; phối hợp: Các tổ chức chính trị - xã"
                        + " hội xã);",
                "- Báo cáo tổng hợp ý kiến góp ý dự thảo văn kiện Đại hội Đảng bộ tỉnh: từ ngày 01/07/2025 đến ngày"
                        + " 20/07/2025 (chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam xã; phối hợp: Các tổ chức chính"
                        + " trị - xã hội xã);");
        assertThat(content.get(content.size() - 1)).startsWith("- Báo cáo tình hình Nhân dân đối với Đại hội XIV")
                .endsWith(".");
        written.assertBoldLine("3. Xây dựng các loại báo cáo");
        written.assertBoldLine("2. Tổng hợp ý kiến của Nhân dân đóng góp vào dự thảo văn kiện đại hội");
        written.assertBoldLabel("Thời gian thực hiện:");
        assertThat(written.between("III. TỔ CHỨC THỰC HIỆN", "Nơi nhận:")).containsSubsequence(
                "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã", "2. Các tổ chức chính trị - xã hội xã",
                "- Định kỳ báo cáo về Ban Thường trực Ủy ban MTTQ Việt Nam xã trước ngày 25 hằng tháng.",
                "3. Ban công tác Mặt trận các thôn");
        written.assertClosing("CHỦ TỊCH", "Hoàng Thị Ngọc Lan", "- Lưu: VT.");

        DutyCalendar calendar = context.dutyCalendar();
        // Monday 23/06/2025: the report on the commune congress is due this week (30/06 is next Monday: next days),
        // the monthly reports of January and February are late
        DutyCalendar.Calendar june = calendar.at(LocalDate.of(2025, 6, 23));
        assertThat(whats(june.overdue())).containsExactly(
                "Báo cáo tình hình Nhân dân đối với đại hội Đảng các cấp tháng 1/2025",
                "Báo cáo tình hình Nhân dân đối với đại hội Đảng các cấp tháng 2/2025");
        assertThat(whats(june.nextDays())).containsExactly("Báo cáo tình hình Nhân dân đối với Đại hội Đảng bộ xã",
                "Báo cáo tổng hợp ý kiến góp ý dự thảo văn kiện Đại hội Đảng bộ tỉnh");
        assertThat(entry(june.nextDays(), "Báo cáo tổng hợp ý kiến góp ý dự thảo văn kiện Đại hội Đảng bộ tỉnh").due())
                .isEqualTo(LocalDate.of(2025, 7, 20));
        assertThat(whats(calendar.at(LocalDate.of(2025, 10, 27)).thisWeek()))
                .containsExactly("Báo cáo tình hình Nhân dân đối với Đại hội Đảng bộ tỉnh");
    }

    /**
     * Seed 002: the province's summary conference with its programme, two ways of holding it, participants per way,
     * time and venue in a section of their own, tasks per department, papers due three days before.
     */
    @Test
    void seed002TheConferencePlanHasItsProgrammeFormsParticipantsAndTasksInSectionsOfTheirOwn() throws Exception {
        IncomingDocument incoming = plans.recordIncoming(new IncomingDraft("07/TT-MTTW-BTT", LocalDate.of(2026, 1, 19),
                "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "hướng dẫn Mặt trận Tổ quốc Việt Nam tham gia công"
                        + " tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp", null));
        OfficePlan plan = plans.create(PlanKind.SUMMARY_CONFERENCE, incoming.id(), LocalDate.of(2026, 3, 27));
        // without a date from the incoming plan, the template holds the conference 30 days after the plan: Sunday 26/04
        LocalDate day = LocalDate.of(2026, 4, 26);
        assertThat(duty(plan.id(), "Tổ chức hội nghị tổng kết").fromDate()).isEqualTo(day);
        assertThat(duty(plan.id(), "Gửi tham luận về Ban Thường trực (trước hội nghị 03 ngày)").untilDate())
                .as("papers due three days before the conference").isEqualTo(LocalDate.of(2026, 4, 23));
        PlanSections template = plans.get(plan.id()).sections();
        plans.updateSections(plan.id(), new PlanSections(template.subject(),
                "Căn cứ Hướng dẫn số 64/HD-MTTQ-BTT ngày 20/3/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về"
                        + " tổng kết công tác Mặt trận tham gia bầu cử.",
                template.purpose(),
                String.join("\n", "II. CHƯƠNG TRÌNH VÀ HÌNH THỨC TỔ CHỨC",
                        "1. Chương trình hội nghị",
                        "- Ổn định tổ chức, giới thiệu đại biểu, thông qua chương trình hội nghị;",
                        "- Khai mạc hội nghị;",
                        "- Báo cáo tổng kết công tác Mặt trận tham gia bầu cử;",
                        "- Hội nghị tham luận;",
                        "- Khen thưởng, biểu dương tập thể, cá nhân có thành tích xuất sắc;",
                        "- Kết luận và bế mạc hội nghị.",
                        "2. Hình thức tổ chức",
                        "Phương án 1: Hội nghị trực tuyến từ hội trường xã đến 06 điểm cầu các thôn.",
                        "Phương án 2: Hội nghị trực tiếp tại hội trường Ủy ban nhân dân xã.",
                        "III. THÀNH PHẦN, THỜI GIAN, ĐỊA ĐIỂM",
                        "1. Thành phần",
                        "1.1. Thực hiện theo phương án 1:",
                        "* Tại điểm cầu xã, kính mời:",
                        "- Đại diện Thường trực Đảng ủy, HĐND, UBND xã;",
                        "- Ban Thường trực Ủy ban MTTQ Việt Nam xã;",
                        "* Tại điểm cầu các thôn:",
                        "- Ban công tác Mặt trận, Trưởng thôn và các tập thể, cá nhân được khen thưởng ở thôn.",
                        "1.2. Thực hiện theo phương án 2:",
                        "- Các thành phần trên dự tại hội trường Ủy ban nhân dân xã.",
                        "2. Thời gian: 01 buổi, ngày 26/4/2026 (sẽ có giấy mời sau).",
                        "3. Địa điểm: Hội trường Ủy ban nhân dân xã Tân Lập Đông."),
                String.join("\n", "1. Văn phòng Ủy ban MTTQ Việt Nam xã",
                        "- Tham mưu kế hoạch, chương trình, giấy mời, bài phát biểu khai mạc, bế mạc hội nghị;",
                        "- Chuẩn bị hội trường, kết nối các điểm cầu, tài liệu phục vụ hội nghị.",
                        "2. Ban công tác Mặt trận các thôn",
                        "- Chuẩn bị điểm cầu ở nhà văn hóa thôn (nếu thực hiện theo phương án 1);",
                        "- Chuẩn bị nội dung tham luận và gửi về Ban Thường trực Ủy ban MTTQ Việt Nam xã trước thời gian"
                                + " tổ chức hội nghị 03 ngày.",
                        "3. Các mốc thời gian",
                        "[LỊCH]"),
                template.recipients(), "PHÓ CHỦ TỊCH", "Đàm Văn Tuấn"));
        plans.issue(plan.id(), LocalDate.of(2026, 3, 27));

        Written written = write(plan.id(), "seed-002");

        written.assertTitle("Tổ chức hội nghị tổng kết công tác Mặt trận tham gia bầu cử");
        written.assertHas("Căn cứ Hướng dẫn số 64/HD-MTTQ-BTT ngày 20/3/2026");
        written.assertHas("Thực hiện Thông tri số 07/TT-MTTW-BTT ngày 19/01/2026 của Ban Thường trực Ủy ban Trung ương"
                + " MTTQ Việt Nam về hướng dẫn Mặt trận");
        written.assertSections("I. MỤC ĐÍCH, YÊU CẦU", "II. CHƯƠNG TRÌNH VÀ HÌNH THỨC TỔ CHỨC",
                "III. THÀNH PHẦN, THỜI GIAN, ĐỊA ĐIỂM", "IV. TỔ CHỨC THỰC HIỆN");
        assertThat(written.lines()).doesNotContain("II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN");
        assertThat(written.between("II. CHƯƠNG TRÌNH VÀ HÌNH THỨC TỔ CHỨC", "III. THÀNH PHẦN, THỜI GIAN, ĐỊA ĐIỂM"))
                .containsSubsequence("1. Chương trình hội nghị", "- Khai mạc hội nghị;", "2. Hình thức tổ chức",
                        "Phương án 1: Hội nghị trực tuyến từ hội trường xã đến 06 điểm cầu các thôn.",
                        "Phương án 2: Hội nghị trực tiếp tại hội trường Ủy ban nhân dân xã.");
        assertThat(written.between("III. THÀNH PHẦN, THỜI GIAN, ĐỊA ĐIỂM", "IV. TỔ CHỨC THỰC HIỆN"))
                .containsSubsequence("1. Thành phần", "1.1. Thực hiện theo phương án 1:", "Tại điểm cầu xã, kính mời:",
                        "1.2. Thực hiện theo phương án 2:", "2. Thời gian: 01 buổi, ngày 26/4/2026 (sẽ có giấy mời sau).",
                        "3. Địa điểm: Hội trường Ủy ban nhân dân xã Tân Lập Đông.");
        written.assertBoldLabel("Phương án 1:");
        written.assertBoldLabel("2. Thời gian:");
        written.assertItalic("Tại điểm cầu xã, kính mời:");
        // the tasks' timetable under IV: the papers three days before Sunday 26/04
        assertThat(written.tableRows()).contains(List.of("Thời gian", "Nội dung công việc", "Chủ trì", "Phối hợp"))
                .contains(List.of("Trước 23/04/2026", "Gửi tham luận về Ban Thường trực (trước hội nghị 03 ngày)",
                        "Các tổ chức chính trị - xã hội xã; Ban công tác Mặt trận các thôn", ""))
                .contains(List.of("26/04/2026", "Tổ chức hội nghị tổng kết", BTT,
                        "Các tổ chức chính trị - xã hội xã; Ban công tác Mặt trận các thôn"));
        written.assertClosing("PHÓ CHỦ TỊCH", "Đàm Văn Tuấn", "- Lưu: VT.");
        written.assertPdfHas("IV. TỔ CHỨC THỰC HIỆN", "Gửi tham luận về Ban Thường trực", "Trước 23/04/2026");

        // Monday 20/04: the papers and the conference are this week; the report of its result 5 days after is next
        DutyCalendar.Calendar week = context.dutyCalendar().at(LocalDate.of(2026, 4, 20));
        assertThat(whats(week.thisWeek())).containsSubsequence("Gửi tham luận về Ban Thường trực (trước hội nghị 03 ngày)",
                "Chuẩn bị hội trường, tài liệu, hậu cần", "Tổ chức hội nghị tổng kết");
        assertThat(entry(week.thisWeek(), "Tổ chức hội nghị tổng kết").due()).isEqualTo(day);
        assertThat(entry(week.nextDays(), "Báo cáo kết quả hội nghị tổng kết lên tỉnh").due())
                .isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(entry(week.overdue(), "Dự thảo báo cáo tổng kết").daysLate()).isEqualTo(1);
        assertThat(entry(week.thisWeek(), "Gửi giấy mời hội nghị").due()).isEqualTo(LocalDate.of(2026, 4, 21));
    }

    /** Seed 003: the commune's voter-contact plan with its bases and the timetable of its meetings. */
    @Test
    void seed003TheVoterContactPlanHasItsBasesItsMeetingsAndTheirTimetable() throws Exception {
        OfficePlan plan = plans.create(PlanKind.VOTER_CONTACT, null, LocalDate.of(2026, 5, 26));
        List<PlanDuty> duties = plans.duties(plan.id());
        assertThat(duties).extracting(PlanDuty::what).containsExactly("Hội nghị triển khai kế hoạch tiếp xúc cử tri",
                "Hội nghị tiếp xúc cử tri ở các thôn", "Các thôn nộp biên bản và ý kiến, kiến nghị của cử tri",
                "Tổng hợp ý kiến, kiến nghị của cử tri gửi kỳ họp");
        // the seed's days: hamlets hand in on the 17th, the council's secretary compiles on the 18th
        PlanDuty handIn = duties.get(2);
        plans.updateDuty(handIn.id(), new DutyDraft(handIn.what(), "Các tổ đại biểu; Ban công tác Mặt trận các thôn",
                "Thư ký các hội nghị", null, LocalDate.of(2026, 6, 17), null, DutyWork.MINUTES, null));
        PlanDuty compile = duties.get(3);
        plans.updateDuty(compile.id(), new DutyDraft(compile.what(), "Thư ký HĐND xã", BTT, LocalDate.of(2026, 6, 18),
                LocalDate.of(2026, 6, 18), null, DutyWork.REPORTS, null));
        plans.addDuty(plan.id(), new DutyDraft("Kỳ họp thứ ba Hội đồng nhân dân xã", "Thường trực HĐND xã", null,
                LocalDate.of(2026, 6, 24), LocalDate.of(2026, 6, 24), null));
        PlanSections template = plans.get(plan.id()).sections();
        plans.updateSections(plan.id(), new PlanSections("Lịch thời gian tiếp xúc giữa cử tri với đại biểu HĐND xã trước"
                + " kỳ họp thứ ba HĐND xã khóa I, nhiệm kỳ 2026 - 2031",
                String.join("\n", "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;",
                        "Căn cứ Quy chế hoạt động của đại biểu HĐND xã, nhiệm kỳ 2026 - 2031;",
                        "Căn cứ Quy chế phối hợp giữa Ủy ban MTTQ Việt Nam xã và HĐND xã;"),
                template.purpose(), template.content(), template.organisation(), template.recipients(), "CHỦ TỊCH",
                "Hoàng Thị Ngọc Lan"));
        plans.issue(plan.id(), LocalDate.of(2026, 5, 26));

        Written written = write(plan.id(), "seed-003");

        written.assertTitle("Lịch thời gian tiếp xúc giữa cử tri với đại biểu HĐND xã trước kỳ họp thứ ba");
        assertThat(written.lines()).containsSubsequence("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;",
                "Căn cứ Quy chế phối hợp giữa Ủy ban MTTQ Việt Nam xã và HĐND xã;",
                "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Lập Đông xây dựng kế hoạch lịch thời gian tiếp"
                        + " xúc giữa cử tri với đại biểu HĐND xã trước kỳ họp thứ ba HĐND xã khóa I, nhiệm kỳ 2026 -"
                        + " 2031 như sau:");
        written.assertSections("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN");
        assertThat(written.between("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG")).containsSubsequence("1. Mục đích",
                "2. Yêu cầu");
        assertThat(written.between("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG"))
                .anyMatch(l -> l.contains("đa số cử tri dự hội nghị biểu quyết nhất trí mới được đưa vào tổng hợp"));
        assertThat(written.between("II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN")).containsSubsequence(
                "1. Hội nghị triển khai kế hoạch tiếp xúc cử tri", "2. Hội nghị tiếp xúc cử tri ở các thôn",
                "3. Thời gian tiến hành");
        written.assertBoldLabel("Thành phần:");
        // the timetable, as the seed's "Thời gian tiến hành" lists its days
        assertThat(written.tableRows()).containsSubsequence(
                List.of("Thời gian", "Nội dung công việc", "Chủ trì", "Phối hợp"),
                List.of("29/05/2026", "Hội nghị triển khai kế hoạch tiếp xúc cử tri", BTT, "Thường trực HĐND xã"),
                List.of("12/06/2026 -\n14/06/2026", "Hội nghị tiếp xúc cử tri ở các thôn", "Các tổ đại biểu HĐND xã",
                        "Ban công tác Mặt trận các thôn"),
                List.of("Trước 17/06/2026", "Các thôn nộp biên bản và ý kiến, kiến nghị của cử tri",
                        "Các tổ đại biểu; Ban công tác Mặt trận các thôn", "Thư ký các hội nghị"),
                List.of("18/06/2026", "Tổng hợp ý kiến, kiến nghị của cử tri gửi kỳ họp", "Thư ký HĐND xã", BTT),
                List.of("24/06/2026", "Kỳ họp thứ ba Hội đồng nhân dân xã", "Thường trực HĐND xã", ""));
        assertThat(written.between("III. TỔ CHỨC THỰC HIỆN", "Nơi nhận:"))
                .anyMatch(l -> l.startsWith("Trong quá trình thực hiện có vướng mắc, đề nghị các đại biểu"));
        written.assertClosing("CHỦ TỊCH", "Hoàng Thị Ngọc Lan", "- Ban công tác Mặt trận các thôn;");
        written.assertPdfHas("3. Thời gian tiến hành", "Nội dung công việc", "Kỳ họp thứ ba Hội đồng nhân dân xã");

        // Monday 08/06: the deployment meeting (29/05) is late until it is marked done; the hamlet meetings end on
        // Sunday 14/06: this week; handing in on the 17th and compiling on the 18th are next
        DutyCalendar calendar = context.dutyCalendar();
        DutyCalendar.Calendar june = calendar.at(LocalDate.of(2026, 6, 8));
        assertThat(entry(june.overdue(), "Hội nghị triển khai kế hoạch tiếp xúc cử tri").daysLate()).isEqualTo(10);
        assertThat(whats(june.thisWeek())).containsExactly("Hội nghị tiếp xúc cử tri ở các thôn");
        assertThat(whats(june.nextDays())).containsExactly("Các thôn nộp biên bản và ý kiến, kiến nghị của cử tri",
                "Tổng hợp ý kiến, kiến nghị của cử tri gửi kỳ họp", "Kỳ họp thứ ba Hội đồng nhân dân xã");
        assertThat(entry(june.nextDays(), "Các thôn nộp biên bản và ý kiến, kiến nghị của cử tri").duty().work())
                .isEqualTo(DutyWork.MINUTES);
        plans.markDone(entry(june.overdue(), "Hội nghị triển khai kế hoạch tiếp xúc cử tri").duty().id(),
                LocalDate.of(2026, 5, 29), "");
        assertThat(calendar.at(LocalDate.of(2026, 6, 8)).overdue()).isEmpty();
    }

    /** Seed 004: the election committee's summary conference: time, venue, participants, content, tasks. */
    @Test
    void seed004TheSummaryConferencePlanSaysTimeVenueParticipantsAndContentUnderItsContent() throws Exception {
        IncomingDocument incoming = plans.recordIncoming(new IncomingDraft("03/KH-UBBC", LocalDate.of(2026, 1, 26),
                "Ủy ban bầu cử tỉnh", "thực hiện công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân"
                        + " dân các cấp, nhiệm kỳ 2026 - 2031", "Hội nghị tổng kết 12/6/2026"));
        OfficePlan plan = plans.create(PlanKind.SUMMARY_CONFERENCE, incoming.id(), LocalDate.of(2026, 5, 20));
        PlanSections template = plans.get(plan.id()).sections();
        String content = template.content().replace("1. Thời gian: 01 buổi (thời gian cụ thể theo giấy mời).",
                "1. Thời gian: 01 buổi, ngày 12/6/2026 (thời gian cụ thể sẽ thông báo sau).")
                + "\n" + String.join("\n", "5. Nội dung chính",
                        "- Đánh giá tổng thể quá trình chuẩn bị và tiến hành cuộc bầu cử; những mặt được, hạn chế, bài"
                                + " học kinh nghiệm, kiến nghị, đề xuất;",
                        "- Biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác bầu cử.");
        plans.updateSections(plan.id(), new PlanSections(template.subject(), null, template.purpose(), content,
                template.organisation(), template.recipients(), template.signerTitle(), template.signerName()));
        plans.issue(plan.id(), LocalDate.of(2026, 5, 20));

        Written written = write(plan.id(), "seed-004");

        written.assertTitle("Tổ chức hội nghị tổng kết công tác Mặt trận tham gia bầu cử");
        written.assertHas("Thực hiện Kế hoạch số 03/KH-UBBC ngày 26/01/2026 của Ủy ban bầu cử tỉnh về thực hiện công"
                + " tác bầu cử");
        written.assertSections("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN");
        assertThat(written.between("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG")).containsSubsequence("1. Mục đích",
                "2. Yêu cầu");
        assertThat(written.between("II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN")).containsSubsequence(
                "1. Thời gian: 01 buổi, ngày 12/6/2026 (thời gian cụ thể sẽ thông báo sau).",
                "2. Địa điểm: Hội trường Ủy ban nhân dân xã.", "3. Thành phần tham dự",
                "- Ban Thường trực Ủy ban MTTQ Việt Nam xã;", "4. Chương trình hội nghị", "5. Nội dung chính",
                "- Biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác bầu cử.");
        written.assertBoldLabel("1. Thời gian:");
        written.assertBoldLabel("2. Địa điểm:");
        written.assertBoldLine("3. Thành phần tham dự");
        assertThat(written.between("III. TỔ CHỨC THỰC HIỆN", "Nơi nhận:")).containsSubsequence(
                "1. Văn phòng Ủy ban MTTQ Việt Nam xã", "2. Các tổ chức chính trị - xã hội xã, Ban công tác Mặt trận các thôn",
                "- Chuẩn bị tham luận, gửi về Ban Thường trực Ủy ban MTTQ Việt Nam xã trước ngày tổ chức hội nghị 03"
                        + " ngày;", "3. Các mốc thời gian");
        // the dates count from the conference day the incoming plan gives: 12/06, papers by 09/06
        assertThat(written.tableRows()).contains(List.of("Trước 09/06/2026",
                "Gửi tham luận về Ban Thường trực (trước hội nghị 03 ngày)",
                "Các tổ chức chính trị - xã hội xã; Ban công tác Mặt trận các thôn", ""),
                List.of("12/06/2026", "Tổ chức hội nghị tổng kết", BTT,
                        "Các tổ chức chính trị - xã hội xã; Ban công tác Mặt trận các thôn"),
                List.of("Trước 02/06/2026", "Đề xuất danh sách tập thể, cá nhân khen thưởng",
                        "Các tổ chức chính trị - xã hội xã; Ban công tác Mặt trận các thôn", ""));
        written.assertClosing("CHỦ TỊCH", "Hoàng Thị Ngọc Lan", "- Thường trực Đảng ủy, HĐND, UBND xã;");
        written.assertPdfHas("1. Thời gian: 01 buổi, ngày 12/6/2026", "3. Thành phần tham dự", "Trước 09/06/2026");

        DutyCalendar.Calendar at = context.dutyCalendar().at(LocalDate.of(2026, 6, 8));
        assertThat(entry(at.thisWeek(), "Gửi tham luận về Ban Thường trực (trước hội nghị 03 ngày)").due())
                .isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(entry(at.thisWeek(), "Tổ chức hội nghị tổng kết").due()).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(whats(at.overdue())).containsExactly("Đề xuất danh sách tập thể, cá nhân khen thưởng",
                "Dự thảo báo cáo tổng kết", "Gửi giấy mời hội nghị");
        assertThat(entry(at.nextDays(), "Báo cáo kết quả hội nghị tổng kết lên tỉnh").due())
                .isEqualTo(LocalDate.of(2026, 6, 17));
    }

    // ---- helpers

    private PlanDuty duty(int planId, String what) {
        return plans.duties(planId).stream().filter(d -> d.what().equals(what)).findFirst().orElseThrow();
    }

    private static List<String> whats(List<CalendarEntry> entries) {
        return entries.stream().map(e -> e.duty().what()).toList();
    }

    private static CalendarEntry entry(List<CalendarEntry> entries, String what) {
        return entries.stream().filter(e -> e.duty().what().equals(what)).findFirst()
                .orElseThrow(() -> new AssertionError("not on the calendar: " + what + " in " + whats(entries)));
    }

    /** Writes the plan to .docx and .pdf, reads both back and checks the official format of both. */
    private Written write(int planId, String name) throws IOException {
        PlanDocument.Printed printed = context.planDocuments().build(planId);
        Path docx = folder.resolve(name + ".docx");
        Path pdf = folder.resolve(name + ".pdf");
        DocumentFiles.save(printed.document(), docx);
        DocumentFiles.save(printed.document(), pdf);
        // kept in the build folder beside the other sample documents, to look at next to the seeds
        Path keep = Path.of(System.getProperty("cutri.build.dir", "target")).resolve("documents").resolve("seed-plans");
        Files.createDirectories(keep);
        Files.copy(docx, keep.resolve(name + ".docx"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(pdf, keep.resolve(name + ".pdf"), StandardCopyOption.REPLACE_EXISTING);
        List<String> lines = new ArrayList<>();
        List<XWPFRun> runs = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument word = new XWPFDocument(in)) {
            for (var element : word.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    lines.add(p.getText().replace('\u00A0', ' '));
                    runs.addAll(p.getRuns());
                } else if (element instanceof XWPFTable table) {
                    table.getRows().forEach(r -> {
                        List<String> cells = new ArrayList<>();
                        r.getTableCells().forEach(c -> {
                            cells.add(String.join("\n", c.getParagraphs().stream().map(XWPFParagraph::getText)
                                    .toList()).replace('\u00A0', ' ').strip());
                            c.getParagraphs().forEach(p -> {
                                lines.add(p.getText().replace('\u00A0', ' '));
                                runs.addAll(p.getRuns());
                            });
                        });
                        rows.add(cells);
                    });
                }
            }
            // A4 portrait, margins of Nghị định 30: top 20 mm, bottom 20 mm, left 30 mm, right 15 mm
            CTSectPr section = word.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(((BigInteger) section.getPgMar().getLeft()).intValue()).isBetween(1701, 1985);
            assertThat(((BigInteger) section.getPgMar().getRight()).intValue()).isBetween(850, 1134);
            assertThat(((BigInteger) section.getPgMar().getTop()).intValue()).isBetween(1134, 1418);
            assertThat(((BigInteger) section.getPgMar().getBottom()).intValue()).isBetween(1134, 1418);
        }
        for (XWPFRun run : runs) {
            assertThat(run.getCTR().getRPr().getRFontsArray(0).getAscii()).as("font of \"%s\"", run.text())
                    .isEqualTo("Times New Roman");
        }
        String pdfText;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(),
                        org.assertj.core.data.Offset.offset(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(),
                        org.assertj.core.data.Offset.offset(0.5f));
                for (COSName font : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(font).getName()).contains("LiberationSerif");
                }
            }
            pdfText = new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
        Written written = new Written(lines, runs, rows, pdfText);
        // the header of every plan: the office, its number, the motto, the place and date
        assertThat(lines).contains("ỦY BAN MTTQ VIỆT NAM", "XÃ TÂN LẬP ĐÔNG", "BAN THƯỜNG TRỰC",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH");
        assertThat(lines).anyMatch(l -> l.matches("Số: 0\\d/KH-MTTQ-BTT"))
                .anyMatch(l -> l.matches("Tân Lập Đông, ngày \\d{2} tháng \\d{1,2} năm 20\\d{2}"));
        assertThat(pdfText).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KẾ HOẠCH", "Nơi nhận:",
                "TM. BAN THƯỜNG TRỰC");
        assertThat(lines.indexOf("KẾ HOẠCH")).isLessThan(lines.indexOf("I. MỤC ĐÍCH, YÊU CẦU"));
        return written;
    }

    /** A written plan as read back: the Word lines (paragraphs and table cells) and runs, the tables' rows, the PDF. */
    private record Written(List<String> lines, List<XWPFRun> runs, List<List<String>> tableRows, String pdfText) {

        void assertTitle(String subjectStart) {
            int title = lines.indexOf("KẾ HOẠCH");
            assertThat(lines.get(title + 1)).as("the subject under KẾ HOẠCH").startsWith(subjectStart);
            assertThat(runs.stream().filter(r -> r.text().startsWith(subjectStart)).findFirst().orElseThrow().isBold())
                    .isTrue();
        }

        void assertHas(String start) {
            assertThat(lines).anyMatch(l -> l.startsWith(start));
        }

        /** The section headings in this order, bold, none else in capitals with a roman number. */
        void assertSections(String... headings) {
            assertThat(lines).containsSubsequence(headings);
            assertThat(lines.stream().filter(l -> l.matches("^[IVX]+\\. [^a-zđ]+$")).toList())
                    .containsExactly(headings);
            for (String heading : headings) {
                assertBoldLine(heading);
            }
        }

        void assertBoldLine(String line) {
            assertThat(runs.stream().filter(r -> line.equals(r.text())).findFirst())
                    .as("\"%s\" is a run of its own", line).get().matches(XWPFRun::isBold, "bold");
        }

        void assertBoldLabel(String label) {
            assertThat(runs.stream().filter(r -> r.text().strip().equals(label)).findFirst())
                    .as("the label \"%s\" in bold", label).get().matches(XWPFRun::isBold, "bold");
        }

        void assertItalic(String text) {
            assertThat(runs.stream().filter(r -> r.text().equals(text)).findFirst()).as("\"%s\" in italics", text)
                    .get().matches(XWPFRun::isItalic, "italic");
        }

        /** The lines after {@code from} up to {@code to} (to the end when {@code to} is not there). */
        List<String> between(String from, String to) {
            int start = lines.indexOf(from);
            if (start < 0) {
                return List.of();
            }
            int end = lines.subList(start, lines.size()).indexOf(to);
            return lines.subList(start + 1, end < 0 ? lines.size() : start + end).stream()
                    .filter(l -> !l.isBlank()).toList();
        }

        /** Nơi nhận with the recipient, the signer's authority, title and name. */
        void assertClosing(String title, String name, String recipient) {
            assertThat(lines).contains("Nơi nhận:", recipient, "- Lưu: VT.", "TM. BAN THƯỜNG TRỰC", title, name);
            assertThat(lines.indexOf("- Lưu: VT.")).as("Lưu: VT. ends Nơi nhận")
                    .isGreaterThanOrEqualTo(lines.indexOf(recipient)).isGreaterThan(lines.indexOf("Nơi nhận:"));
            assertThat(lines.stream().filter(l -> l.startsWith("Trên đây là Kế hoạch")).findFirst()).get()
                    .matches(l -> l.endsWith("./."), "ends with ./.");
        }

        void assertPdfHas(String... texts) {
            assertThat(pdfText).contains(texts);
        }
    }
}
