package org.cutri.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cutri.app.AppContext;
import org.cutri.commune.CommuneProfile;
import org.cutri.document.DocumentFiles;
import org.cutri.document.OfficialDocument;
import org.cutri.hamlet.Hamlet;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingDraft;
import org.cutri.meeting.MeetingForm;
import org.cutri.meeting.MeetingStatus;
import org.cutri.meeting.MinutesDraft;
import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionDraft;
import org.cutri.opinion.OpinionField;
import org.cutri.opinion.OpinionKind;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The minutes document (BIÊN BẢN) as the office prints it, in Word and in PDF. */
class MinutesDocumentTest {

    @TempDir
    Path folder;

    @TempDir
    Path out;

    private AppContext context;
    private Meeting meeting;

    @BeforeEach
    void prepare() {
        context = TestContexts.open(folder);
        context.demo().load(false);
        ContactRound round = context.rounds().create(new RoundDraft(null, RoundKind.BEFORE_SESSION,
                "Tiếp xúc cử tri trước kỳ họp thứ ba", null, null, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 5), null, null, null, null));
        Hamlet ben = context.hamlets().list().stream().filter(h -> h.name().equals("Xóm Bến")).findFirst().orElseThrow();
        List<Integer> deputies = context.deputies().list().stream().limit(2).map(d -> d.id()).toList();
        meeting = context.meetings().create(new MeetingDraft(round.id(), LocalDate.of(2026, 12, 2), LocalTime.of(8, 0),
                LocalTime.of(10, 30), "Nhà văn hóa xóm Bến", MeetingForm.IN_PERSON, null, null, MeetingStatus.PLANNED,
                List.of(ben.id()), deputies));
        context.meetings().updateMinutes(meeting.id(), new MinutesDraft(LocalTime.of(8, 15), LocalTime.of(10, 40),
                "Hoàng Văn Thịnh", "Đinh Thị Mai", "Đại diện Đảng ủy xã", 60, 45,
                "Báo cáo kết quả kinh tế - xã hội 6 tháng đầu năm\nBáo cáo tài chính", "Chủ trì kết luận hội nghị."));
        context.meetings().setPresent(meeting.id(), deputies.get(0), true);
        int roads = field("Giao thông");
        context.opinions().add(meeting.id(), new OpinionDraft(null, "Đề nghị nâng cấp đường liên thôn đoạn qua xóm Bến",
                OpinionKind.PETITION, roads, Authority.COMMUNE, null, null, false, 40, 45, true, "Chủ tịch UBND xã",
                "Xã sẽ đưa vào kế hoạch năm 2027."));
        context.opinions().add(meeting.id(), new OpinionDraft(null, "Đề nghị đổi giờ họp sang buổi tối",
                OpinionKind.OPINION, null, Authority.HAMLET, null, null, false, 10, 45, false, null, null));
        context.opinions().add(meeting.id(), new OpinionDraft(null, "Phản ánh điện áp yếu giờ cao điểm",
                OpinionKind.REFLECTION, field("Điện"), Authority.OTHER, "Điện lực", "Lê Văn Khải", false, 44, 45, false,
                null, null));
        context.opinions().add(meeting.id(), new OpinionDraft(null, "Đề nghị hỗ trợ hộ nghèo sửa nhà",
                OpinionKind.PETITION, null, Authority.COMMUNE, null, "Phạm Thị Hoa", true, 45, 45, false, null, null));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private int field(String name) {
        return context.opinions().fields().stream().filter(f -> f.name().equals(name)).map(OpinionField::id)
                .findFirst().orElseThrow();
    }

    @Test
    void theWordAndPdfMinutesCarryHeaderOpinionsVotesAndBothSignatures() throws Exception {
        OfficialDocument document = context.minutes().document(meeting.id(), true);
        Path docx = out.resolve("bien-ban.docx");
        Path pdf = out.resolve("bien-ban.pdf");
        DocumentFiles.save(document, docx);
        DocumentFiles.save(document, pdf);

        CommuneProfile profile = context.commune().profile().orElseThrow();
        for (String text : List.of(wordText(docx), pdfText(pdf))) {
            assertThat(text).contains(profile.headerLine1().strip(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BIÊN BẢN",
                    "Hội nghị tiếp xúc cử tri trước kỳ họp thứ ba tại Xóm Bến",
                    "Đề nghị nâng cấp đường liên thôn đoạn qua xóm Bến", "Giao thông",
                    "được 40/45 cử tri dự biểu quyết tán thành", "Đề nghị đổi giờ họp sang buổi tối",
                    "không được đa số tán thành", "Điện lực", "Xã sẽ đưa vào kế hoạch năm 2027",
                    "THƯ KÝ", "CHỦ TRÌ", "Hoàng Văn Thịnh", "Đinh Thị Mai", "Phạm Thị Hoa");
            assertThat(text).as("a speaker who did not agree is never named").doesNotContain("Lê Văn Khải");
            assertThat(text.indexOf("THƯ KÝ")).as("secretary signs on the left, chair on the right")
                    .isLessThan(text.lastIndexOf("CHỦ TRÌ"));
        }
        assertThat(document.header().number()).as("hamlet meeting minutes carry no register number").isEmpty();
    }

    @Test
    void speakersAreNamedOnlyWhenTheMinutesAreAskedForWithNamesAndConfirmed() throws Exception {
        Path plain = out.resolve("bien-ban.docx");
        Path named = out.resolve("bien-ban-ten.docx");
        context.close();
        java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
        java.io.PrintStream err = new java.io.PrintStream(stderr, true, java.nio.charset.StandardCharsets.UTF_8);
        java.io.PrintStream none = new java.io.PrintStream(new java.io.ByteArrayOutputStream());
        String[] base = {"--data-dir", folder.toString(), "minutes", "--meeting", String.valueOf(meeting.id()), "--out"};
        int byDefault = org.cutri.cli.CutriCommand.run(concat(base, plain.toString()), none, err);
        int unconfirmed = org.cutri.cli.CutriCommand.run(concat(base, named.toString(), "--with-names"), none, err);
        String refusal = stderr.toString(java.nio.charset.StandardCharsets.UTF_8);
        int confirmed = org.cutri.cli.CutriCommand.run(concat(base, named.toString(), "--with-names", "--confirm-names"),
                none, err);
        context = TestContexts.open(folder);

        assertThat(byDefault).isZero();
        assertThat(wordText(plain)).contains("Đề nghị hỗ trợ hộ nghèo sửa nhà").doesNotContain("Phạm Thị Hoa");
        assertThat(unconfirmed).isEqualTo(org.cutri.cli.CutriCommand.EXIT_USER_ERROR);
        assertThat(refusal.lines()).singleElement().asString().contains("--confirm-names");
        assertThat(confirmed).isZero();
        assertThat(wordText(named)).contains("người nêu: Phạm Thị Hoa").doesNotContain("Lê Văn Khải");
        assertThat(context.minutes().document(meeting.id(), false).toString()).doesNotContain("Phạm Thị Hoa");
        assertThat(context.minutes().document(meeting.id(), true).toString()).contains("người nêu: Phạm Thị Hoa");
    }

    private static String[] concat(String[] base, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more))
                .toArray(String[]::new);
    }

    @Test
    void typingTheMinutesMarksThePlannedMeetingHeld() {
        assertThat(context.meetings().get(meeting.id()).row().status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(context.minutes().markHeld(meeting.id())).isTrue();
        assertThat(context.meetings().get(meeting.id()).row().status()).isEqualTo(MeetingStatus.HELD);
        assertThat(context.minutes().markHeld(meeting.id())).isFalse();
    }

    @Test
    void theCommandLineWritesTheMinutes() throws Exception {
        Path target = out.resolve("cli.docx");
        context.close();
        java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
        int exit = org.cutri.cli.CutriCommand.run(new String[] {"--data-dir", folder.toString(), "minutes", "--meeting",
                String.valueOf(meeting.id()), "--out", target.toString()}, new java.io.PrintStream(stdout),
                new java.io.PrintStream(stderr));
        context = TestContexts.open(folder);

        assertThat(exit).as(stderr.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();
        assertThat(wordText(target)).contains("BIÊN BẢN", "Đề nghị hỗ trợ hộ nghèo sửa nhà");

        int bad = org.cutri.cli.CutriCommand.run(new String[] {"--data-dir", folder.toString(), "minutes", "--meeting",
                String.valueOf(meeting.id()), "--out", out.resolve("x.txt").toString()}, new java.io.PrintStream(stdout),
                new java.io.PrintStream(stderr));
        assertThat(bad).isNotZero();
    }

    @Test
    void theCommandLineSearchFindsOpinionsWithoutDiacriticsBestFirst() {
        context.close();
        java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
        int exit = org.cutri.cli.CutriCommand.run(new String[] {"--data-dir", folder.toString(), "search", "de nghi",
                "nang cap duong"}, new java.io.PrintStream(stdout), new java.io.PrintStream(new java.io.ByteArrayOutputStream()));
        String found = stdout.toString(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream none = new java.io.ByteArrayOutputStream();
        int nothing = org.cutri.cli.CutriCommand.run(new String[] {"--data-dir", folder.toString(), "search",
                "khong co gi nhu the"}, new java.io.PrintStream(none), new java.io.PrintStream(new java.io.ByteArrayOutputStream()));
        context = TestContexts.open(folder);

        assertThat(exit).isZero();
        assertThat(found.lines()).anyMatch(line -> line.matches(
                "YK\\d+-\\d+\tXóm Bến\tĐề nghị nâng cấp đường liên thôn đoạn qua xóm Bến"));
        assertThat(org.cutri.common.text.VietText.fold(found.lines().findFirst().orElse("")))
                .as("best match first").contains("de nghi nang cap duong");
        assertThat(nothing).isZero();
        assertThat(none.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }

    static String wordText(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return Normalizer.normalize(extractor.getText(), Normalizer.Form.NFC);
        }
    }

    static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            return Normalizer.normalize(text.replaceAll("\\s+", " "), Normalizer.Form.NFC);
        }
    }
}
