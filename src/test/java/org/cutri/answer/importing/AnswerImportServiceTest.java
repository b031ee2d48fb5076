package org.cutri.answer.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cutri.answer.importing.AnswerLists.HEADER;
import static org.cutri.answer.importing.AnswerLists.HEADER_WITH_CONTENT;
import static org.cutri.answer.importing.AnswerLists.row;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.cutri.answer.AnswerSource;
import org.cutri.answer.FollowUp;
import org.cutri.answer.FollowUpIssue;
import org.cutri.answer.FollowUpService;
import org.cutri.app.AppContext;
import org.cutri.common.text.DateText;
import org.cutri.common.task.TaskMonitor;
import org.cutri.opinion.OpinionStatus;
import org.cutri.opinionimport.OpinionImportProblem;
import org.cutri.round.ContactRound;
import org.cutri.testing.DemoData;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing an agency's answer list into the demo's July round (its groups accepted), on a real H2 file, with files
 * written as Excel and CSV write them and read back from disk.
 */
class AnswerImportServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 20);
    private static final LocalDate NOV_15 = LocalDate.of(2026, 11, 15);

    @TempDir
    static Path shared;
    private static Path demo;

    @TempDir
    Path folder;

    private AppContext context;
    private FollowUpService followUps;
    private AnswerImportService service;
    private ContactRound july;

    @BeforeAll
    static void demo() {
        demo = shared.resolve("demo");
        try (AppContext context = TestContexts.open(demo)) {
            context.demo().load(false, true);
            AnswerFixtures.reopenJuly(context);
        }
    }

    @BeforeEach
    void open() {
        context = DemoData.openCopy(demo, folder);
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        followUps = new FollowUpService(context.database().jdbi(), clock);
        service = new AnswerImportService(followUps, clock);
        july = context.rounds().list().stream().filter(r -> r.startDate().getMonthValue() == 7).findFirst()
                .orElseThrow();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private FollowUpIssue issue(String code) {
        return followUps.followUpList(july.id()).stream().filter(i -> i.codes().contains(code)).findFirst()
                .orElseThrow();
    }

    private FollowUp stored(int opinionId) {
        return followUps.issueOf(opinionId).orElseThrow().followUp();
    }

    private AnswerImportResult importFile(Path file, ConfirmedMatches confirmed) {
        return service.importFile(file, july.id(), confirmed, false, TaskMonitor.NONE);
    }

    private Path goodList() throws IOException {
        return AnswerLists.workbook(folder, "tra-loi.xlsx", HEADER_WITH_CONTENT,
                row("YK1-021", "Sở Xây dựng", "120/SXD-QH", "15/11/2026",
                        "Tuyến tránh đã có trong quy hoạch, dự kiến khởi công năm 2028.", null),
                // a member of the group YK1-014, YK1-035: the whole group gets the answer
                row("yk1-035", "UBND huyện", "88/UBND", NOV_15, "Đã chi trả xong tiền hỗ trợ mưa đá trong tháng 10.",
                        null),
                // no code: found by the opinion's content, worded otherwise
                row("", "Văn phòng đăng ký đất đai", "45/VPĐK", "ngày 20 tháng 11 năm 2026",
                        "Đang đo đạc lại, sẽ cấp giấy trong quý I năm 2027.",
                        "Cử tri khu tái định cư Đồng Mới hỏi bao giờ được cấp giấy chứng nhận quyền sử dụng đất"));
    }

    @Test
    void rowsMatchByCodeByAGroupMembersCodeAndByContentWhichMustBeConfirmed() throws IOException {
        Path file = goodList();

        AnswerImportPreview preview = service.preview(file, july.id(), TaskMonitor.NONE);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(AnswerImportRow::row, AnswerImportRow::issueCode, AnswerImportRow::match,
                AnswerImportRow::date).containsExactly(
                        tuple(2, "YK1-021", AnswerImportRow.Match.CODE, NOV_15),
                        tuple(3, "YK1-014", AnswerImportRow.Match.CODE, NOV_15),
                        tuple(4, "YK1-047", AnswerImportRow.Match.TEXT, LocalDate.of(2026, 11, 20)));
        assertThat(preview.rows().get(2).similarity()).isBetween(38, 100);

        // Not confirmed: the match by content is left out, the others stored.
        AnswerImportResult first = importFile(file, ConfirmedMatches.NONE);
        assertThat(first).extracting(AnswerImportResult::stored, AnswerImportResult::alreadyStored,
                AnswerImportResult::leftOut).containsExactly(2, 0, 1);
        FollowUpIssue group = issue("YK1-035");
        for (int id : group.opinionIds()) {
            assertThat(stored(id)).extracting(FollowUp::status, FollowUp::answerAgency, FollowUp::answerLetterNo,
                    FollowUp::answerDate, FollowUp::source).containsExactly(OpinionStatus.ANSWERED, "UBND huyện",
                            "88/UBND", NOV_15, AnswerSource.IMPORTED);
        }
        assertThat(issue("YK1-021").followUp().answerText())
                .isEqualTo("Tuyến tránh đã có trong quy hoạch, dự kiến khởi công năm 2028.");
        assertThat(issue("YK1-047").followUp().answered()).isFalse();

        // Confirmed for the issue shown: stored; the two stored before are already there.
        int lead = issue("YK1-047").leadId();
        AnswerImportResult second = importFile(file, ConfirmedMatches.rows(Map.of(4, lead)));
        assertThat(second).extracting(AnswerImportResult::stored, AnswerImportResult::alreadyStored,
                AnswerImportResult::leftOut).containsExactly(1, 2, 0);
        assertThat(issue("YK1-047").followUp()).extracting(FollowUp::answerAgency, FollowUp::answerLetterNo)
                .containsExactly("Văn phòng đăng ký đất đai", "45/VPĐK");
    }

    @Test
    void importingTheSameListTwiceChangesNothingTheSecondTime() throws IOException {
        Path file = AnswerLists.csv(folder, "tra-loi.csv", HEADER_WITH_CONTENT,
                row("YK1-021", "Sở Xây dựng", "120/SXD-QH", "15/11/2026", "Đã có trong quy hoạch.", ""),
                row("", "Văn phòng đăng ký đất đai", "45/VPĐK", "5/9/2026", "Sẽ cấp trong quý I năm 2027.",
                        "Cử tri khu tái định cư Đồng Mới hỏi bao giờ được cấp giấy chứng nhận quyền sử dụng đất"));
        assertThat(importFile(file, ConfirmedMatches.ALL).stored()).isEqualTo(2);
        List<Integer> versions = followUps.followUpList(july.id()).stream().map(i -> i.followUp().version()).toList();

        AnswerImportResult again = importFile(file, ConfirmedMatches.ALL);

        assertThat(again).extracting(AnswerImportResult::stored, AnswerImportResult::alreadyStored)
                .containsExactly(0, 2);
        assertThat(followUps.followUpList(july.id()).stream().map(i -> i.followUp().version()).toList())
                .isEqualTo(versions);
        assertThat(issue("YK1-047").followUp().answerDate()).isEqualTo(LocalDate.of(2026, 9, 5));
    }

    @Test
    void anyBadRowRefusesTheWholeListAndStoresNothing() throws IOException {
        Path file = AnswerLists.csv(folder, "sai.csv", HEADER,
                row("YK1-021", "Sở Xây dựng", "120/SXD", "15/11/2026", "Đã có trong quy hoạch."),
                row("YK9-999", "Sở Y tế", "1/SYT", "15/11/2026", "Đã xử lý."),
                row("YK1-026", "", "2/UBND", "15/11/2026", "Đã lắp đèn."),
                row("YK1-031", "Điện lực", "3/ĐL", "05/12/2099", "Đã thông báo."),
                row("YK1-004", "UBND xã", "4/UBND", "15/11/2026", "Trả lời khác với trả lời đã lưu."),
                row("YK1-021", "Sở Xây dựng", "121/SXD", "16/11/2026", "Một trả lời khác cho cùng ý kiến."),
                row("YK1-047", "Văn phòng đăng ký đất đai", "5/VP", "31/02/2026", ""));

        AnswerImportResult result = importFile(file, ConfirmedMatches.ALL);

        assertThat(result.refused()).isTrue();
        assertThat(result.problems()).extracting(OpinionImportProblem::row, OpinionImportProblem::key).containsExactly(
                tuple(3, "answerimport.match.unknownCode"),
                tuple(4, "answerimport.agency.missing"),
                tuple(5, "answerimport.date.future"),
                tuple(6, "answerimport.issue.answered"),
                tuple(7, "answerimport.issue.twice"),
                tuple(8, "answerimport.answer.missing"),
                tuple(8, "answerimport.date.invalid"));
        assertThat(result.problems().get(3).reason(TestContexts.VI)).startsWith("Ý kiến YK1-004 đã có trả lời khác");
        assertThat(issue("YK1-021").followUp().answered()).as("nothing stored, not even the good row").isFalse();
    }

    @Test
    void aRowForAnOpinionForwardedBeforeItsCorrectedMeetingDayIsRefusedAndNothingStored() throws IOException {
        // YK1-021 was forwarded, then its meeting's day corrected to after the forwarding.
        FollowUpIssue issue = issue("YK1-021");
        LocalDate forwarded = issue.followUp().forwardDate();
        LocalDate heldOn = forwarded.plusDays(2);
        context.database().jdbi().useHandle(h -> h.createUpdate("UPDATE meeting SET meeting_date = :day WHERE id ="
                + " (SELECT meeting_id FROM opinion WHERE id = :id)").bind("day", heldOn).bind("id", issue.leadId())
                .execute());
        Path file = AnswerLists.csv(folder, "tra-loi.csv", HEADER,
                row("YK1-021", "Sở Xây dựng", "120/SXD", "15/11/2026", "Đã có trong quy hoạch."));

        AnswerImportResult result = importFile(file, ConfirmedMatches.ALL);

        assertThat(result.refused()).isTrue();
        assertThat(result.problems()).extracting(OpinionImportProblem::row, OpinionImportProblem::key)
                .containsExactly(tuple(2, "answerimport.forwardBeforeRaised"));
        assertThat(result.problems().get(0).reason(TestContexts.VI)).isEqualTo("Ý kiến YK1-021 có việc chuyển ghi ngày "
                + DateText.format(forwarded) + ", sớm hơn ngày cử tri nêu ý kiến (" + DateText.format(heldOn) + ")."
                + " Hãy ghi lại việc chuyển với ngày đúng ở màn hình Trả lời cử tri, rồi chọn lại tệp.");
        assertThat(issue("YK1-021").followUp().answered()).isFalse();
    }

    @Test
    void headersAreFoundWhateverTheirCaseDiacriticsSpacesAndEthAndLegacyTextIsRefused() throws IOException {
        Path file = AnswerLists.csv(folder, "tieu-de.csv",
                row("  MA ", "co quan TRA LOI", "Số  văn bản", "Hạn", "NỘI DUNG TRẢ LỜI"),
                row("YK1-021", "Sở Xây dựng", "1", "15/11/2026", "x"));
        assertThat(service.preview(file, july.id(), TaskMonitor.NONE).fileProblem())
                .extracting(OpinionImportProblem::key).isEqualTo("answerimport.columns.missing");

        Path good = AnswerLists.csv(folder, "tieu-de-2.csv",
                row("  MA ", "\u00D0ƠN VỊ  TRẢ LỜI", "Số  văn bản", "NGÀY", "Nội dung trả lời (*)"),
                row("YK1-021", "S\u1EDF X\u00E2y d\u1EF1ng vùng \u00D0BSCL", "1", "15/11/2026", "Ðã có."),
                row("YK1-026", "UBND x· T©n Phóc", "2", "15/11/2026", "§· l¾p ®Ìn."));
        AnswerImportPreview preview = service.preview(good, july.id(), TaskMonitor.NONE);
        assertThat(preview.rows().get(0).agency()).isEqualTo("Sở Xây dựng vùng ĐBSCL");
        assertThat(preview.rows().get(0).answer()).isEqualTo("Đã có.");
        assertThat(preview.rows().get(0).ok()).isTrue();
        assertThat(preview.rows().get(1).problems()).extracting(OpinionImportProblem::key)
                .containsExactly("answerimport.legacy");
    }

    @Test
    void aUtf16ListIsReadAndAPictureNamedCsvIsCalledNoListNotOldVietnameseEncoding() throws IOException {
        // Excel's "Unicode Text": UTF-16 with its byte order mark, tab between the cells.
        String text = String.join("\t", HEADER) + "\r\nYK1-021\tSở Xây dựng\t120/SXD\t15/11/2026\tĐã có trong quy hoạch.\r\n";
        byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[body.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withMark, 2, body.length);
        Path unicodeText = Files.write(folder.resolve("tra-loi-unicode.csv"), withMark);
        AnswerImportPreview preview = service.preview(unicodeText, july.id(), TaskMonitor.NONE);
        assertThat(preview.fileProblem()).isNull();
        assertThat(preview.rows()).singleElement().satisfies(r -> {
            assertThat(r.ok()).isTrue();
            assertThat(r.agency()).isEqualTo("Sở Xây dựng");
        });

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', (byte) 0xD0};
        Path picture = Files.write(folder.resolve("anh-chup.csv"), png);
        AnswerImportResult result = importFile(picture, ConfirmedMatches.ALL);
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.reason(TestContexts.VI))
                .isEqualTo("Tệp anh-chup.csv không phải tệp CSV (có thể là ảnh, PDF hay tệp hỏng được đặt tên .csv)."
                        + " Chưa nhập gì. Hãy chọn đúng tệp danh sách (.xlsx hoặc .csv)."));
        assertThat(issue("YK1-021").followUp().answered()).isFalse();
    }

    @Test
    void aDamagedOrHostileFileIsRefusedWithOneMessage() throws IOException {
        Path notASheet = Files.write(folder.resolve("hong.xlsx"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        Path bomb = folder.resolve("bom.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        Path huge = folder.resolve("lon.csv");
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write(String.join(";", HEADER).concat("\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.write(new byte[11 * 1024 * 1024]);
        }

        StringBuilder many = new StringBuilder(String.join(";", HEADER)).append('\n');
        for (int i = 0; i <= AnswerTable.MAX_ROWS; i++) {
            many.append("YK1-021;Sở Xây dựng;1;15/11/2026;Đã có.\n");
        }
        Path tooMany = Files.writeString(folder.resolve("nhieu.csv"), many);

        assertThat(List.of(notASheet, bomb, huge, tooMany)).allSatisfy(file -> {
            AnswerImportResult result = importFile(file, ConfirmedMatches.ALL);
            assertThat(result.problems()).hasSize(1);
            assertThat(result.problems().get(0).row()).isNull();
        });
        assertThat(importFile(notASheet, ConfirmedMatches.ALL).problems().get(0).reason(TestContexts.VI))
                .startsWith("Không đọc được tệp hong.xlsx");
        assertThat(importFile(bomb, ConfirmedMatches.ALL).problems().get(0).key())
                .isEqualTo("register.workbook.partTooLarge");
        assertThat(importFile(huge, ConfirmedMatches.ALL).problems().get(0).key())
                .isEqualTo("register.workbook.tooLarge");
        assertThat(importFile(tooMany, ConfirmedMatches.ALL).problems().get(0).key())
                .isEqualTo("answerimport.tooManyRows");
        assertThat(issue("YK1-021").followUp().answered()).isFalse();
    }
}
