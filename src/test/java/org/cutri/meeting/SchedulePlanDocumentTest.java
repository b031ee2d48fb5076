package org.cutri.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilSession;
import org.cutri.document.DocumentFiles;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan and schedule of a round, written to Word and PDF and read back as the upper level would. */
class SchedulePlanDocumentTest {

    @TempDir
    Path folder;

    private AppContext context;
    private ContactRound round;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder.resolve("data"));
        context.demo().load(false);
        int term = context.councils().currentTerm().orElseThrow().id();
        CouncilSession third = context.councils().sessions(term).stream()
                .filter(s -> s.level() == CouncilLevel.COMMUNE && s.number() == 3).findFirst().orElseThrow();
        round = context.rounds().create(new RoundDraft(third.id(), RoundKind.BEFORE_SESSION,
                "Tiếp xúc cử tri trước kỳ họp thứ 3, HĐND xã khóa I, nhiệm kỳ 2026–2031", LocalDate.of(2026, 11, 26),
                "Hội trường UBND xã", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 8),
                LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 17), LocalDate.of(2026, 11, 5)));
        context.meetingPlans().createForEveryHamlet(round.id());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theWordFileHasTheHeaderNumberTitleScheduleAndSignature() throws Exception {
        SchedulePlanDocument.Plan plan = context.schedulePlans().issue(round.id(), LocalDate.of(2026, 11, 5));
        Path file = folder.resolve("ke-hoach.docx");
        DocumentFiles.save(plan.document(), file);

        List<String> lines = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
            docx.getParagraphs().stream().map(XWPFParagraph::getText).forEach(lines::add);
            for (XWPFTable table : docx.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    List<String> cells = row.getTableCells().stream().map(c -> c.getText()).toList();
                    rows.add(cells);
                    cells.forEach(c -> lines.addAll(List.of(c.split("\n"))));
                    row.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> lines.add(p.getText())));
                }
            }
        }
        String all = String.join("\n", lines);
        assertThat(all).contains("ỦY BAN MTTQ VIỆT NAM", "XÃ TÂN PHÚC", "BAN THƯỜNG TRỰC", "Số: 01/KH-MTTQ-BTT",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Tân Phúc, ngày 05 tháng 11 năm 2026", "KẾ HOẠCH",
                "Tổ chức hội nghị tiếp xúc cử tri của đại biểu HĐND xã trước kỳ họp thứ 3",
                "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG, THỜI GIAN", "III. TỔ CHỨC THỰC HIỆN", "LỊCH TIẾP XÚC CỬ TRI",
                "đa số cử tri", "Đảng ủy xã (b/c);", "Lưu: VT.", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Trần Minh Khôi");
        List<String> scheduleRow = rows.stream().map(r -> r.stream().map(c -> c.replace('\u00A0', ' ')).toList())
                .filter(r -> r.stream().anyMatch(c -> c.contains("Xóm Bến"))).findFirst().orElseThrow();
        assertThat(String.join(" ", scheduleRow)).contains("Nhà văn hóa xóm Bến").containsPattern("Thứ \\S+|Chủ nhật")
                .containsPattern("0[1-5]/12/2026");
        assertThat(rows.stream().filter(r -> r.size() == 8 && r.get(0).matches("\\d+")).count())
                .as("one schedule row per hamlet").isEqualTo(context.hamlets().list().size());
        assertThat(rows.stream().anyMatch(r -> r.contains("STT") && r.contains("Thôn, xóm") && r.contains("Đại biểu")))
                .isTrue();
    }

    @Test
    void thePdfReadsTheSameAndAReprintKeepsTheNumber() throws Exception {
        SchedulePlanDocument.Plan first = context.schedulePlans().issue(round.id(), LocalDate.of(2026, 11, 20));
        SchedulePlanDocument.Plan again = context.schedulePlans().build(round.id(), LocalDate.of(2026, 11, 27));
        SchedulePlanDocument.Plan twice = context.schedulePlans().issue(round.id(), LocalDate.of(2026, 11, 28));
        Path file = folder.resolve("ke-hoach.pdf");
        DocumentFiles.save(again.document(), file);

        assertThat(first.number()).isEqualTo("01/KH-MTTQ-BTT");
        assertThat(twice.number()).as("issuing twice keeps the number").isEqualTo("01/KH-MTTQ-BTT");
        assertThat(context.documentRegister().list(2026)).as("one line in the register").hasSize(1);
        assertThat(again.number()).isEqualTo("01/KH-MTTQ-BTT");
        assertThat(context.rounds().get(round.id()).planNumber()).isEqualTo(1);
        String text;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("ỦY BAN MTTQ VIỆT NAM", "XÃ TÂN PHÚC", "Số: 01/KH-MTTQ-BTT", "KẾ HOẠCH",
                "LỊCH TIẾP XÚC CỬ TRI", "Bến", "Mây", "TM. BAN THƯỜNG TRỰC", "Trần Minh Khôi");
        // Every meeting day is in the schedule, with its weekday.
        for (Meeting m : context.meetings().list(round.id())) {
            assertThat(text).contains(MeetingText.weekday(m.row().meetingDate()) + ",")
                    .contains(org.cutri.common.text.DateText.format(m.row().meetingDate()));
        }
    }

    @Test
    void theScheduleIsOnItsOwnLandscapePagesAfterTheSignatureHeadedWithThePlansNumber() throws Exception {
        SchedulePlanDocument.Plan plan = context.schedulePlans().issue(round.id(), LocalDate.of(2026, 11, 5));
        Path docx = folder.resolve("ke-hoach.docx");
        Path pdf = folder.resolve("ke-hoach.pdf");
        DocumentFiles.save(plan.document(), docx);
        DocumentFiles.save(plan.document(), pdf);
        String reference = "(Kèm theo Kế hoạch số 01/KH-MTTQ-BTT ngày 05/11/2026 của Ban Thường trực Ủy ban MTTQ"
                + " Việt Nam xã Tân Phúc)";

        try (InputStream in = Files.newInputStream(docx); XWPFDocument word = new XWPFDocument(in)) {
            List<Object> order = new ArrayList<>();
            int breakAt = -1;
            int headingAt = -1;
            int tableAt = -1;
            int signatureAt = -1;
            for (var element : word.getBodyElements()) {
                order.add(element);
                if (element instanceof XWPFParagraph p) {
                    if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                        assertThat(p.getCTP().getPPr().getSectPr().getPgSz().getOrient())
                                .as("the plan itself is portrait").isEqualTo(STPageOrientation.PORTRAIT);
                        breakAt = order.size();
                    }
                    if (p.getText().equals("LỊCH TIẾP XÚC CỬ TRI")) {
                        headingAt = order.size();
                    }
                } else if (element instanceof XWPFTable t) {
                    if (t.getText().contains("TM. BAN THƯỜNG TRỰC")) {
                        signatureAt = order.size();
                    }
                    if (t.getRow(0).getCell(0).getText().equals("STT")) {
                        tableAt = order.size();
                    }
                }
            }
            assertThat(signatureAt).isPositive().isLessThan(breakAt);
            assertThat(breakAt).isLessThan(headingAt);
            assertThat(headingAt).isLessThan(tableAt);
            assertThat(word.getDocument().getBody().getSectPr().getPgSz().getOrient())
                    .as("the schedule's section is landscape").isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(word.getParagraphs().stream().map(XWPFParagraph::getText).map(t -> t.replace('\u00A0', ' ')))
                    .contains(reference);
        }
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            assertThat(read.getPage(0).getMediaBox().getWidth()).isLessThan(read.getPage(0).getMediaBox().getHeight());
            int last = read.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(last);
            stripper.setEndPage(last);
            String lastPage = stripper.getText(read).replace('\u00A0', ' ');
            assertThat(read.getPage(last - 1).getMediaBox().getWidth()).as("the schedule's page is turned")
                    .isGreaterThan(read.getPage(last - 1).getMediaBox().getHeight());
            assertThat(lastPage).contains("Thời gian", "Thôn, xóm", "Đại biểu").doesNotContain("TM. BAN THƯỜNG TRỰC");
            String all = new PDFTextStripper().getText(read).replace('\u00A0', ' ');
            assertThat(all.replaceAll("\\s+", " ")).containsSubsequence("Nơi nhận:", "Lưu: VT.", "TM. BAN THƯỜNG TRỰC",
                    "LỊCH TIẾP XÚC CỬ TRI", reference.replaceAll("\\s+", " ").substring(0, 40));
            for (Meeting m : context.meetings().list(round.id())) {
                String range = MeetingText.timeRange(m.row().startTime(), m.row().endTime());
                assertThat(all.lines()).as("a time range stays on one line: " + range)
                        .anyMatch(line -> line.contains(range));
            }
        }
    }

    @Test
    void beforeASessionThePlanAnnouncesTheExpectedAgendaAndTheOpeningComesAfterTheMeetings() throws Exception {
        String text = wordText(context.schedulePlans().build(round.id(), LocalDate.of(2026, 11, 20)));

        assertThat(text).contains("dự kiến nội dung, chương trình kỳ họp thứ 3 HĐND xã")
                .doesNotContain("kết quả kỳ họp thứ 3");
        assertThat(text).containsSubsequence("2. Hội nghị tiếp xúc cử tri ở các thôn, xóm", "Chậm nhất ngày 08 tháng 12",
                "Ngày 17 tháng 12 năm 2026, HĐND xã khai mạc kỳ họp thứ 3.", "III. TỔ CHỨC THỰC HIỆN",
                "Trên đây là Kế hoạch tổ chức hội nghị tiếp xúc cử tri", "./.");
    }

    @Test
    void afterASessionThePlanReportsItsResultsAndNeverListsItsOpeningAfterTheMeetings() throws Exception {
        int term = context.councils().currentTerm().orElseThrow().id();
        CouncilSession second = context.councils().sessions(term).stream()
                .filter(s -> s.level() == CouncilLevel.COMMUNE && s.number() == 2).findFirst().orElseThrow();
        ContactRound after = context.rounds().create(new RoundDraft(second.id(), RoundKind.AFTER_SESSION,
                "Tiếp xúc cử tri sau kỳ họp thứ 2 HĐND xã khóa I", LocalDate.of(2026, 7, 13), "Hội trường UBND xã",
                LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 24), LocalDate.of(2026, 7, 28),
                LocalDate.of(2026, 7, 30), LocalDate.of(2026, 7, 9), LocalDate.of(2026, 7, 10)));
        context.meetingPlans().createForEveryHamlet(after.id());

        String text = wordText(context.schedulePlans().build(after.id(), LocalDate.of(2026, 7, 10)));

        assertThat(text).contains("Để đại biểu báo cáo với cử tri kết quả kỳ họp thứ 2 HĐND xã",
                "(khai mạc ngày 09 tháng 7 năm 2026)", "đại biểu thông báo kết quả kỳ họp thứ 2 HĐND xã")
                .doesNotContain("dự kiến nội dung, chương trình", "dự kiến chương trình kỳ họp");
        String afterMeetings = text.substring(text.indexOf("2. Hội nghị tiếp xúc cử tri ở các thôn, xóm"));
        assertThat(afterMeetings).as("the session is over: its opening is not a step after the meetings")
                .doesNotContain("khai mạc");
    }

    @Test
    void thematicAndElectionRoundsHaveTheirOwnWording() throws Exception {
        ContactRound thematic = context.rounds().create(new RoundDraft(null, RoundKind.THEMATIC,
                "Tiếp xúc cử tri chuyên đề về đất đai", null, null, LocalDate.of(2026, 12, 10),
                LocalDate.of(2026, 12, 12), null, null, null, null));
        ContactRound election = context.rounds().create(new RoundDraft(null, RoundKind.ELECTION,
                "Tiếp xúc cử tri vận động bầu cử đại biểu HĐND xã", null, null, LocalDate.of(2026, 12, 14),
                LocalDate.of(2026, 12, 16), null, null, null, null));

        String topic = wordText(context.schedulePlans().build(thematic.id(), LocalDate.of(2026, 12, 1)));
        String vote = wordText(context.schedulePlans().build(election.id(), LocalDate.of(2026, 12, 1)));

        assertThat(topic).contains("lấy ý kiến cử tri theo chuyên đề về đất đai").doesNotContain("dự kiến nội dung, chương trình kỳ họp", "khai mạc");
        assertThat(vote).contains("những người ứng cử", "người ứng cử trình bày chương trình hành động",
                "Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13 được Quốc hội"
                        + " thông qua ngày 25/6/2015, được sửa đổi, bổ sung một số điều theo Luật số 83/2025/QH15 ngày 24/6/2025;",
                "Ủy ban bầu cử xã;")
                .doesNotContain("dự kiến nội dung, chương trình kỳ họp", "khai mạc", "đa số cử tri dự hội nghị nhất trí");
    }

    @Test
    void legalTextsAreCitedWithNumberDateAndIssuer() throws Exception {
        String text = wordText(context.schedulePlans().build(round.id(), LocalDate.of(2026, 11, 20)));

        assertThat(text).contains("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 được Quốc hội thông qua"
                + " ngày 16/6/2025;", "Căn cứ Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN ngày"
                + " 20/02/2025 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ"
                + " quốc Việt Nam");
        assertThat(text.lines().filter(l -> l.startsWith("Căn cứ"))).as("every basis has a number and a date")
                .isNotEmpty().allSatisfy(l -> assertThat(l).containsPattern("số \\S+/\\d{4}/")
                        .containsPattern("\\d{2}/\\d{1,2}/\\d{4}|ngày \\d"));
    }

    /** The plan saved as .docx and read back, paragraph by paragraph, no-break spaces as spaces. */
    private String wordText(SchedulePlanDocument.Plan plan) throws Exception {
        Path file = folder.resolve("plan-" + System.nanoTime() + ".docx");
        DocumentFiles.save(plan.document(), file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
            return String.join("\n", docx.getParagraphs().stream().map(XWPFParagraph::getText).toList())
                    .replace('\u00A0', ' ');
        }
    }

    @Test
    void aMeetingWithoutDeputiesIsPrintedMarkedNeverWithAnEmptyCell() {
        Meeting first = context.meetings().list(round.id()).get(0);
        MeetingRow row = first.row();
        context.meetings().update(first.id(), new MeetingDraft(round.id(), row.meetingDate(), row.startTime(),
                row.endTime(), row.venue(), row.form(), row.chairName(), row.secretaryName(), row.status(),
                first.hamlets().stream().map(Meeting.HamletRef::id).toList(), List.of()));

        List<List<String>> rows = context.schedulePlans().scheduleTable(context.rounds().get(round.id())).rows();

        List<String> printed = rows.stream().filter(r -> r.get(3).replace('\u00A0', ' ').equals(first.hamletNames())).findFirst().orElseThrow();
        assertThat(printed.get(6)).isEqualTo("(Chưa phân công đại biểu)");
        assertThat(rows).allSatisfy(r -> assertThat(r.get(6)).isNotBlank());
    }

    @Test
    void aRoundWithoutPlanDateIsDatedTheDayItIsIssued() {
        ContactRound undated = context.rounds().create(new RoundDraft(round.sessionId(), RoundKind.BEFORE_SESSION,
                "Tiếp xúc cử tri bổ sung", null, null, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3), null, null,
                null, null));
        context.schedulePlans().issue(round.id(), LocalDate.of(2026, 11, 20));

        SchedulePlanDocument.Plan draft = context.schedulePlans().build(undated.id(), LocalDate.of(2026, 11, 27));
        assertThat(draft.issued()).isFalse();
        assertThat(draft.document().header().placeAndDate()).as("a draft is dated the day it is printed")
                .isEqualTo("Tân Phúc, ngày 27 tháng 11 năm 2026");
        SchedulePlanDocument.Plan plan = context.schedulePlans().issue(undated.id(), LocalDate.of(2026, 11, 28));
        SchedulePlanDocument.Plan reprint = context.schedulePlans().build(undated.id(), LocalDate.of(2026, 12, 1));

        assertThat(plan.number()).isEqualTo("02/KH-MTTQ-BTT");
        assertThat(reprint.document().header().placeAndDate()).isEqualTo("Tân Phúc, ngày 28 tháng 11 năm 2026");
        assertThat(reprint.number()).isEqualTo("02/KH-MTTQ-BTT");
    }

    @Test
    void aDraftPrintLeavesTheNumberBlankInTheHeaderAndTheScheduleAndTakesNone() throws Exception {
        SchedulePlanDocument.Plan draft = context.schedulePlans().build(round.id(), LocalDate.of(2026, 11, 20));
        Path file = folder.resolve("du-thao.docx");
        DocumentFiles.save(draft.document(), file);

        assertThat(draft.issued()).isFalse();
        assertThat(draft.number()).isEmpty();
        assertThat(draft.suggestedFileName()).isEqualTo("Ke-hoach-tiep-xuc-cu-tri-du-thao-" + round.id());
        assertThat(context.rounds().get(round.id()).planNumber()).isNull();
        assertThat(context.documentRegister().list(2026)).as("no line in the register").isEmpty();
        try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
            List<String> texts = new ArrayList<>();
            docx.getParagraphs().forEach(p -> texts.add(p.getText().replace('\u00A0', ' ')));
            docx.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs()
                    .forEach(p -> texts.add(p.getText().replace('\u00A0', ' '))))));
            String all = String.join("\n", texts);
            assertThat(all).contains("Số:         /KH-MTTQ-BTT", "(Kèm theo Kế hoạch số         /KH-MTTQ-BTT ngày 05/11/2026")
                    .doesNotContain("01/KH-MTTQ-BTT");
        }
    }

    @Test
    void withoutTheOfficeProfileTheUserIsToldToFillItFirst() {
        context.database().jdbi().useHandle(h -> h.execute("DELETE FROM commune_profile"));

        assertThatThrownBy(() -> context.schedulePlans().build(round.id(), LocalDate.of(2026, 11, 20)))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(TestContexts.VI.of(e))
                        .contains("Thông tin đơn vị"));
        assertThat(context.rounds().get(round.id()).planNumber()).as("no number is used up").isNull();
        assertThatThrownBy(() -> context.schedulePlans().issue(round.id(), LocalDate.of(2026, 11, 20)))
                .isInstanceOf(UserException.class);
        assertThat(context.documentRegister().list(2026)).as("nothing registered").isEmpty();
    }
}
