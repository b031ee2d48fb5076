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
        SchedulePlanDocument.Plan plan = context.schedulePlans().build(round.id(), LocalDate.of(2026, 11, 20));
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
        List<String> scheduleRow = rows.stream().filter(r -> r.stream().anyMatch(c -> c.contains("Xóm Bến")))
                .findFirst().orElseThrow();
        assertThat(String.join(" ", scheduleRow)).contains("Nhà văn hóa xóm Bến").containsPattern("Thứ \\S+|Chủ nhật")
                .containsPattern("0[1-5]/12/2026");
        assertThat(rows.stream().filter(r -> r.size() == 8 && r.get(0).matches("\\d+")).count())
                .as("one schedule row per hamlet").isEqualTo(context.hamlets().list().size());
        assertThat(rows.stream().anyMatch(r -> r.contains("STT") && r.contains("Thôn, xóm") && r.contains("Đại biểu")))
                .isTrue();
    }

    @Test
    void thePdfReadsTheSameAndAReprintKeepsTheNumber() throws Exception {
        SchedulePlanDocument.Plan first = context.schedulePlans().build(round.id(), LocalDate.of(2026, 11, 20));
        SchedulePlanDocument.Plan again = context.schedulePlans().build(round.id(), LocalDate.of(2026, 11, 27));
        Path file = folder.resolve("ke-hoach.pdf");
        DocumentFiles.save(again.document(), file);

        assertThat(first.number()).isEqualTo("01/KH-MTTQ-BTT");
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
    void aMeetingWithoutDeputiesIsPrintedMarkedNeverWithAnEmptyCell() {
        Meeting first = context.meetings().list(round.id()).get(0);
        MeetingRow row = first.row();
        context.meetings().update(first.id(), new MeetingDraft(round.id(), row.meetingDate(), row.startTime(),
                row.endTime(), row.venue(), row.form(), row.chairName(), row.secretaryName(), row.status(),
                first.hamlets().stream().map(Meeting.HamletRef::id).toList(), List.of()));

        List<List<String>> rows = context.schedulePlans().scheduleTable(context.rounds().get(round.id())).rows();

        List<String> printed = rows.stream().filter(r -> r.get(3).equals(first.hamletNames())).findFirst().orElseThrow();
        assertThat(printed.get(6)).isEqualTo("(Chưa phân công đại biểu)");
        assertThat(rows).allSatisfy(r -> assertThat(r.get(6)).isNotBlank());
    }

    @Test
    void aRoundWithoutPlanDateIsDatedTheDayItIsFirstPrinted() {
        ContactRound undated = context.rounds().create(new RoundDraft(round.sessionId(), RoundKind.BEFORE_SESSION,
                "Tiếp xúc cử tri bổ sung", null, null, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3), null, null,
                null, null));
        context.schedulePlans().build(round.id(), LocalDate.of(2026, 11, 20));

        SchedulePlanDocument.Plan plan = context.schedulePlans().build(undated.id(), LocalDate.of(2026, 11, 28));
        SchedulePlanDocument.Plan reprint = context.schedulePlans().build(undated.id(), LocalDate.of(2026, 12, 1));

        assertThat(plan.number()).isEqualTo("02/KH-MTTQ-BTT");
        assertThat(reprint.document().header().placeAndDate()).isEqualTo("Tân Phúc, ngày 28 tháng 11 năm 2026");
        assertThat(reprint.number()).isEqualTo("02/KH-MTTQ-BTT");
    }

    @Test
    void withoutTheOfficeProfileTheUserIsToldToFillItFirst() {
        context.database().jdbi().useHandle(h -> h.execute("DELETE FROM commune_profile"));

        assertThatThrownBy(() -> context.schedulePlans().build(round.id(), LocalDate.of(2026, 11, 20)))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(TestContexts.VI.of(e))
                        .contains("Thông tin đơn vị"));
        assertThat(context.rounds().get(round.id()).planNumber()).as("no number is used up").isNull();
    }
}
