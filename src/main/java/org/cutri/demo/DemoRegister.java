package org.cutri.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.cutri.commune.CommuneProfile;
import org.cutri.commune.CommuneService;
import org.cutri.numbering.DocumentRegister;
import org.cutri.numbering.IssueRequest;
import org.cutri.numbering.RegisteredDocument;
import org.cutri.round.RoundService;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo commune's outgoing-document register for 2026 (sổ văn bản đi): the documents the office wrote in Word
 * before and around the election, registered by hand; the plans of both contact rounds and the July round's compiled
 * report, numbered through the register as the program numbers them; one invitation cancelled and made again. Written
 * only for the demo a user sees (reviewed): tests that number documents themselves start from an empty register.
 * All names and documents are invented.
 */
final class DemoRegister {

    private final Jdbi jdbi;
    private final CommuneService commune;
    private final RoundService rounds;
    private final boolean shown;

    DemoRegister(Jdbi jdbi, CommuneService commune, RoundService rounds, boolean shown) {
        this.jdbi = jdbi;
        this.commune = commune;
        this.rounds = rounds;
        this.shown = shown;
    }

    /** Registers the year's documents, in the order of their dates, in the demo's transaction. */
    void write(Handle handle, int julyRoundId, int decemberRoundId) {
        if (!shown) {
            return;
        }
        CommuneProfile profile = commune.profile().orElse(CommuneProfile.usual());
        DocumentRegister register = new DocumentRegister(jdbi, () -> profile, Clock.systemDefaultZone());
        String chair = profile.chairName();
        String upper = "Ban Thường trực UBMTTQ tỉnh; Đảng ủy xã; Thường trực HĐND xã";
        hand(register, "KH", "Công tác Mặt trận năm 2026", LocalDate.of(2026, 1, 6), chair,
                upper + "; Các Ban công tác Mặt trận", 18);
        hand(register, "BC", "Tổng kết công tác Mặt trận năm 2025, phương hướng nhiệm vụ năm 2026",
                LocalDate.of(2026, 1, 9), chair, upper, 8);
        hand(register, "KH", "Tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ"
                + " 2026–2031", LocalDate.of(2026, 1, 19), chair, upper + "; Các Ban công tác Mặt trận", 18);
        RegisteredDocument wrongDay = hand(register, "GM", "Dự hội nghị hiệp thương lần thứ ba",
                LocalDate.of(2026, 2, 2), chair, "Các thành viên Ủy ban MTTQ xã", 40);
        // cancelled the day it was given, as the office would have done (not on the day the demo is loaded)
        new DocumentRegister(jdbi, () -> profile, Clock.fixed(LocalDate.of(2026, 2, 2).atTime(15, 0)
                .atZone(java.time.ZoneId.systemDefault()).toInstant(), java.time.ZoneId.systemDefault()))
                .cancel(wrongDay.year(), wrongDay.number(), "Ghi sai ngày họp; thay bằng giấy mời số tiếp theo");
        hand(register, "GM", "Dự hội nghị hiệp thương lần thứ ba (thay giấy mời đã hủy số)", LocalDate.of(2026, 2, 2),
                chair, "Các thành viên Ủy ban MTTQ xã", 40);
        hand(register, "BC", "Kết quả công tác bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp",
                LocalDate.of(2026, 3, 20), chair, upper, 8);
        // the July round's plan, numbered as the program numbers it (kept with the round, linked in the register)
        rounds.issuePlan(julyRoundId, LocalDate.of(2026, 7, 10));
        hand(register, "GM", "Dự hội nghị triển khai kế hoạch tiếp xúc cử tri sau kỳ họp thứ 2 HĐND xã",
                LocalDate.of(2026, 7, 10), chair, "Đại biểu HĐND xã; Trưởng các Ban công tác Mặt trận", 30);
        RegisteredDocument report = register.issue(new IssueRequest("BC", "Báo cáo tổng hợp ý kiến, kiến nghị cử tri"
                + " sau kỳ họp thứ 2 HĐND xã khóa I", LocalDate.of(2026, 7, 30), chair, upper + "; UBND xã", null, 8,
                "round-report:" + julyRoundId));
        handle.attach(DemoDao.class).recordReportIssue(julyRoundId, report.year(), report.number(), report.issuedOn());
        rounds.issuePlan(decemberRoundId, LocalDate.of(2026, 11, 25));
    }

    private static RegisteredDocument hand(DocumentRegister register, String kind, String summary, LocalDate day,
            String signer, String recipients, int copies) {
        return register.registerByHand(new IssueRequest(kind, summary, day, signer, recipients, null, copies, null));
    }
}
