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
        for (String text : List.of(plain(wordText(docx)), plain(pdfText(pdf)))) {
            assertThat(text).contains(profile.headerLine1().strip(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BIÊN BẢN",
                    "Hội nghị tiếp xúc cử tri trước kỳ họp thứ ba tại xóm Bến",
                    "Cử tri đề nghị nâng cấp đường liên thôn đoạn qua xóm Bến.",
                    "Hội nghị biểu quyết: 40/45 cử tri dự hội nghị tán thành.",
                    "Nội dung thuộc lĩnh vực giao thông, thẩm quyền giải quyết của cấp xã.",
                    "Cử tri đề nghị đổi giờ họp sang buổi tối.",
                    "10/45 cử tri dự hội nghị tán thành, không được đa số tán thành nên không đưa vào tổng hợp",
                    "Cử tri phản ánh điện áp yếu giờ cao điểm.", "thẩm quyền giải quyết của Điện lực.",
                    "Cử tri Phạm Thị Hoa đề nghị hỗ trợ hộ nghèo sửa nhà.",
                    "Về ý kiến số 1, Chủ tịch UBND xã trả lời: Xã sẽ đưa vào kế hoạch năm 2027.",
                    "THƯ KÝ", "CHỦ TRÌ", "Hoàng Văn Thịnh", "Đinh Thị Mai");
            assertThat(text).as("a speaker who did not agree is never named").doesNotContain("Lê Văn Khải");
            assertThat(text).as("no database tag line").doesNotContain("(Kiến nghị;", "lĩnh vực:", "thẩm quyền:",
                    "Biểu quyết:");
            assertThat(text.indexOf("THƯ KÝ")).as("secretary signs on the left, chair on the right")
                    .isLessThan(text.lastIndexOf("CHỦ TRÌ"));
        }
        assertThat(document.header().number()).as("hamlet meeting minutes carry no register number").isEmpty();
    }

    @Test
    void answersGoInTheirSectionAndTheMinutesEndWithCopiesThenSignaturesThenRecipients() throws Exception {
        OfficialDocument document = context.minutes().document(meeting.id(), false);

        for (String text : bothTexts(document, "bien-ban")) {
            assertThat(text).containsSubsequence("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", "II. Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI",
                    "Cử tri đề nghị nâng cấp đường liên thôn", "III. Ý KIẾN TRẢ LỜI, GIẢI TRÌNH TẠI HỘI NGHỊ",
                    "Về ý kiến số 1, Chủ tịch UBND xã trả lời: Xã sẽ đưa vào kế hoạch năm 2027.",
                    "IV. KẾT THÚC HỘI NGHỊ", "Hội nghị kết thúc lúc 10 giờ 40 cùng ngày.",
                    "Biên bản được lập thành 03 bản./.", "THƯ KÝ", "CHỦ TRÌ", "Nơi nhận:",
                    "- Ban Thường trực UBMTTQ xã (để tổng hợp);", "- Thường trực HĐND xã;",
                    "- Lưu: Ban công tác Mặt trận xóm Bến.");
            String opinions = text.substring(text.indexOf("II. Ý KIẾN, KIẾN NGHỊ"), text.indexOf("III. Ý KIẾN TRẢ LỜI"));
            assertThat(opinions).as("the answer is not among the opinions").doesNotContain("Xã sẽ đưa vào kế hoạch");
            assertThat(text.substring(text.indexOf("./.") + 3)).as("nothing of the body after ./.")
                    .doesNotContain("Hội nghị");
        }
        assertThat(document.recipients()).hasSize(3);
    }

    @Test
    void deputiesOfSeveralLevelsAreListedOneLinePerLevelNeverAllAsCouncilDeputies() throws Exception {
        var national = context.deputies().list().stream()
                .filter(d -> d.level() == org.cutri.council.CouncilLevel.NATIONAL).findFirst().orElseThrow();
        var commune = context.meetings().get(meeting.id()).deputies().get(0);
        var row = context.meetings().get(meeting.id()).row();
        List<Integer> assigned = new java.util.ArrayList<>(context.meetings().get(meeting.id()).deputies().stream()
                .map(Meeting.DeputyRef::id).toList());
        assigned.add(national.id());
        context.meetings().update(meeting.id(), new MeetingDraft(row.roundId(), row.meetingDate(), row.startTime(),
                row.endTime(), row.venue(), row.form(), row.chairName(), row.secretaryName(), row.status(),
                List.of(context.meetings().get(meeting.id()).hamlets().get(0).id()), assigned));
        context.meetings().setPresent(meeting.id(), national.id(), true);
        context.meetings().setPresent(meeting.id(), commune.id(), true);
        Meeting.DeputyRef away = context.meetings().get(meeting.id()).deputies().stream()
                .filter(d -> d.id() != commune.id() && d.id() != national.id()).findFirst().orElseThrow();
        context.meetings().setPresent(meeting.id(), away.id(), false);
        Path docx = out.resolve("bien-ban.docx");
        DocumentFiles.save(context.minutes().document(meeting.id(), false), docx);

        String text = plain(wordText(docx));
        assertThat(text).contains("Đại biểu Quốc hội dự: " + national.fullName() + ".",
                "Đại biểu Hội đồng nhân dân xã dự: " + commune.fullName() + ".")
                .doesNotContain("Đại biểu Hội đồng nhân dân dự");
        assertThat(text.indexOf("Đại biểu Quốc hội dự")).as("the national level first")
                .isLessThan(text.indexOf("Đại biểu Hội đồng nhân dân xã dự"));
        assertThat(text).contains("Đại biểu được phân công nhưng vắng mặt: " + away.fullName());
    }

    @Test
    void aMeetingNotHeldYetGivesABlankFormToFillByHandNeverInventedMinutes() throws Exception {
        Hamlet dong = context.hamlets().list().stream().filter(h -> h.name().equals("Thôn Đông Hải")).findFirst()
                .orElseThrow();
        List<Integer> deputies = context.deputies().list().stream().limit(2).map(d -> d.id()).toList();
        Meeting planned = context.meetings().create(new MeetingDraft(meeting.row().roundId(), LocalDate.of(2026, 12, 4),
                LocalTime.of(14, 0), LocalTime.of(16, 30), "Nhà văn hóa thôn Đông Hải", MeetingForm.IN_PERSON,
                "Nguyễn Hữu Phước", "Lê Thị Sen", MeetingStatus.PLANNED, List.of(dong.id()), deputies));
        OfficialDocument document = context.minutes().document(planned.id(), false);
        Path docx = out.resolve("mau.docx");

        for (String text : bothTexts(document, "mau")) {
            assertThat(text).contains("BIÊN BẢN", "tại thôn Đông Hải", "(Mẫu ghi tay: hội nghị chưa tổ chức)",
                    "dự kiến tổ chức lúc 14 giờ 00, thứ Sáu, ngày 04 tháng 12 năm 2026, tại Nhà văn hóa thôn Đông Hải",
                    "Hội nghị chưa tổ chức", "Tân Phúc, ngày …… tháng …… năm ……", "Địa điểm: ......",
                    "Biên bản được lập thành 03 bản./.", "Nơi nhận:");
            assertThat(text).as("nothing the meeting has not said yet").doesNotContain("không có ý kiến",
                    "nhất trí thông qua", "thống nhất thông qua", "Hội nghị biểu quyết:", "Nguyễn Hữu Phước",
                    "Lê Thị Sen", "Hội nghị kết thúc lúc 16");
            assertThat(text).containsSubsequence("I. THỜI GIAN", "II. Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI",
                    "III. Ý KIẾN TRẢ LỜI", "IV. KẾT THÚC HỘI NGHỊ", "THƯ KÝ", "CHỦ TRÌ", "Nơi nhận:");
        }
        try (InputStream in = Files.newInputStream(docx); XWPFDocument word = new XWPFDocument(in)) {
            org.apache.poi.xwpf.usermodel.XWPFTable opinions = word.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(1).getText().startsWith("Nội dung ý kiến")).findFirst()
                    .orElseThrow();
            assertThat(opinions.getRows()).hasSize(13);
            assertThat(opinions.getRows().subList(1, opinions.getRows().size()))
                    .as("rows left empty to write in, each several lines high")
                    .allSatisfy(r -> {
                        assertThat(r.getCell(1).getText().strip()).isEmpty();
                        assertThat(r.getCell(1).getParagraphs()).hasSizeGreaterThanOrEqualTo(3);
                    });
            org.apache.poi.xwpf.usermodel.XWPFTable present = word.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(1).getText().equals("Họ và tên")).findFirst().orElseThrow();
            assertThat(present.getRows()).as("the deputies assigned, presence left to tick")
                    .anySatisfy(r -> assertThat(r.getCell(1).getText()).isNotBlank())
                    .allSatisfy(r -> assertThat(r.getCell(3).getText()).isIn("", "Có mặt"));
        }
        assertThat(context.meetings().get(planned.id()).row().status()).as("printing a form changes nothing")
                .isEqualTo(MeetingStatus.PLANNED);
    }

    @Test
    void anAbsentDeputyKeepsTheCouncilNameCapitalised() throws Exception {
        Meeting.DeputyRef away = context.meetings().get(meeting.id()).deputies().get(1);
        context.meetings().setPresent(meeting.id(), away.id(), false);

        for (String text : bothTexts(context.minutes().document(meeting.id(), false), "vang")) {
            assertThat(text).contains("vắng mặt: ", away.fullName() + " (đại biểu ")
                    .doesNotContain("(hội đồng nhân dân", "(quốc hội)");
        }
    }

    @Test
    void theBlankFormPdfLeavesRowsHighEnoughToWriteAnOpinionByHand() throws Exception {
        Hamlet dong = context.hamlets().list().stream().filter(h -> h.name().equals("Thôn Đông Hải")).findFirst()
                .orElseThrow();
        Meeting planned = context.meetings().create(new MeetingDraft(meeting.row().roundId(), LocalDate.of(2026, 12, 4),
                LocalTime.of(14, 0), LocalTime.of(16, 30), "Nhà văn hóa thôn Đông Hải", MeetingForm.IN_PERSON,
                null, null, MeetingStatus.PLANNED, List.of(dong.id()), List.of()));
        Path pdf = out.resolve("mau.pdf");
        DocumentFiles.save(context.minutes().document(planned.id(), false), pdf);

        // the baselines of the row numbers 1, 2, 3 of the opinions table (after its heading, on the same page)
        List<Float> rows = new java.util.ArrayList<>();
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                private boolean inOpinions;

                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    String t = text.strip();
                    if (t.startsWith("Nội dung ý kiến")) {
                        inOpinions = true;
                    } else if (t.startsWith("III.")) {
                        inOpinions = false;
                    } else if (inOpinions && rows.size() < 3 && t.equals(String.valueOf(rows.size() + 1))) {
                        rows.add(positions.get(0).getYDirAdj());
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(read);
        }
        assertThat(rows).hasSize(3);
        float lineHeight = 13f;
        assertThat(rows.get(1) - rows.get(0)).as("a row several lines high, as in the Word form")
                .isGreaterThan(2.5f * lineHeight);
        assertThat(rows.get(2) - rows.get(1)).isGreaterThan(2.5f * lineHeight);
    }

    @Test
    void inWordTheLastParagraphTheSignaturesAndTheRecipientsAreKeptTogether() throws Exception {
        Path docx = out.resolve("bien-ban.docx");
        DocumentFiles.save(context.minutes().document(meeting.id(), false), docx);

        try (InputStream in = Files.newInputStream(docx); XWPFDocument word = new XWPFDocument(in)) {
            org.apache.poi.xwpf.usermodel.XWPFParagraph last = word.getParagraphs().stream()
                    .filter(p -> p.getText().endsWith("./.")).findFirst().orElseThrow();
            assertThat(last.getCTP().getPPr().isSetKeepNext()).as("the last paragraph goes with the signatures")
                    .isTrue();
            org.apache.poi.xwpf.usermodel.XWPFTable signatures = word.getTables().stream()
                    .filter(t -> t.getText().contains("THƯ KÝ")).findFirst().orElseThrow();
            assertThat(signatures.getRow(0).getTableCells()).as("the signatures go with the recipients under them")
                    .allSatisfy(cell -> assertThat(cell.getParagraphs())
                            .allSatisfy(p -> assertThat(p.getCTP().getPPr().isSetKeepNext()).isTrue()));
        }
    }

    /**
     * LibreOffice ignores keep-with-next from a table to the paragraph after it: with the recipients in a table of
     * their own under the two signatures, "Nơi nhận" stood alone on the last page. They are the signatures' table's
     * second row, and no row splits. Rendered through LibreOffice (when installed) at every page-break position.
     */
    @Test
    void theRecipientsAreARowOfTheSignaturesTableSoLibreOfficeNeverLeavesThemAloneOnTheLastPage() throws Exception {
        OfficialDocument document = context.minutes().document(meeting.id(), false);
        Path docx = out.resolve("bien-ban.docx");
        DocumentFiles.save(document, docx);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument word = new XWPFDocument(in)) {
            org.apache.poi.xwpf.usermodel.XWPFTable signatures = word.getTables().stream()
                    .filter(t -> t.getText().contains("THƯ KÝ")).findFirst().orElseThrow();
            assertThat(signatures.getRows()).hasSize(2);
            assertThat(signatures.getRow(1).getCell(0).getText()).startsWith("Nơi nhận");
            assertThat(signatures.getRows()).allSatisfy(row -> assertThat(row.isCantSplitRow()).isTrue());
            List<org.apache.poi.xwpf.usermodel.IBodyElement> body = word.getBodyElements();
            assertThat(body.subList(body.indexOf(signatures) + 1, body.size()))
                    .as("nothing of the closing after the signatures' table")
                    .noneMatch(e -> e instanceof org.apache.poi.xwpf.usermodel.XWPFTable t
                            && t.getText().contains("Nơi nhận"))
                    .noneMatch(e -> e instanceof org.apache.poi.xwpf.usermodel.XWPFParagraph p
                            && p.getText().contains("Nơi nhận"));
        }

        org.junit.jupiter.api.Assumptions.assumeTrue(libreOfficeInstalled(), "LibreOffice is not installed");
        Path rendered = Files.createDirectories(out.resolve("lo"));
        List<String> command = new java.util.ArrayList<>(List.of("soffice",
                "-env:UserInstallation=" + out.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", rendered.toString()));
        // one more line of body at a time, over more than a page: the closing meets every page-break position
        for (int extra = 0; extra < 30; extra++) {
            List<OfficialDocument.Block> longer = new java.util.ArrayList<>(document.body());
            for (int i = 0; i < extra; i++) {
                longer.add(longer.size() - 1, OfficialDocument.Paragraph.of("Cử tri thảo luận nội dung số " + i + "."));
            }
            Path variant = out.resolve("bien-ban-" + extra + ".docx");
            DocumentFiles.save(new OfficialDocument(document.header(), document.type(), document.subject(), longer,
                    document.recipients(), document.signatures()), variant);
            command.add(variant.toString());
        }
        Process soffice = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolve("soffice.log").toFile()).start();
        assertThat(soffice.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        for (int extra = 0; extra < 30; extra++) {
            try (PDDocument pdf = Loader.loadPDF(rendered.resolve("bien-ban-" + extra + ".pdf").toFile())) {
                PDFTextStripper stripper = new PDFTextStripper();
                int pages = pdf.getNumberOfPages();
                stripper.setStartPage(pages);
                stripper.setEndPage(pages);
                String last = Normalizer.normalize(stripper.getText(pdf), Normalizer.Form.NFC);
                assertThat(last).as("the last page with %d more lines", extra).contains("Nơi nhận", "THƯ KÝ");
            }
        }
    }

    private static boolean libreOfficeInstalled() {
        try {
            return new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start()
                    .waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void hamletWordsAreLowerCaseMidSentenceAndPlaceNamesNeverSplitAcrossLines() throws Exception {
        OfficialDocument document = context.minutes().document(meeting.id(), false);
        Path docx = out.resolve("bien-ban.docx");
        DocumentFiles.save(document, docx);

        String word = wordText(docx);
        assertThat(word).contains("tại xóm\u00A0Bến", "Nhà văn hóa xóm\u00A0Bến", "Mặt trận xóm\u00A0Bến")
                .doesNotContain("tại Xóm Bến", "tại Xóm\u00A0Bến");
    }

    @Test
    void aLongLineOfPlaceNamesBreaksOnlyBetweenNamesInThePdf() throws Exception {
        OfficialDocument document = context.minutes().document(meeting.id(), false);
        // A paragraph long enough that plain spaces would leave some "xã Tân Phúc" split at a line end.
        String places = String.join(", ", java.util.Collections.nCopies(40,
                org.cutri.common.text.PlaceText.inSentence("Xã Tân Phúc") + " và "
                        + org.cutri.common.text.PlaceText.inSentence("Thôn Đông Hải")));
        OfficialDocument long_ = new OfficialDocument(document.header(), document.type(), document.subject(),
                List.of(OfficialDocument.Paragraph.of(places)), List.of(), List.of());
        Path pdf = out.resolve("dai.pdf");
        DocumentFiles.save(long_, pdf);
        List<String> lines;
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            lines = Normalizer.normalize(new PDFTextStripper().getText(read), Normalizer.Form.NFC).lines()
                    .map(l -> l.replace('\u00A0', ' ').strip()).toList();
        }
        List<String> body = lines.stream().filter(l -> l.contains("Tân Phúc và") || l.contains("Đông Hải,")).toList();
        assertThat(body).hasSizeGreaterThan(5);
        assertThat(body).allSatisfy(line -> assertThat(line).doesNotEndWith(" xã").doesNotEndWith(" Tân")
                .doesNotEndWith(" thôn").doesNotEndWith(" Đông").doesNotStartWith("Phúc").doesNotStartWith("Hải")
                .doesNotStartWith("Tân Phúc").doesNotStartWith("Đông Hải"));
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
        int byDefault = org.cutri.testing.CommandLines.run(concat(base, plain.toString()), none, err);
        int unconfirmed = org.cutri.testing.CommandLines.run(concat(base, named.toString(), "--with-names"), none, err);
        String refusal = stderr.toString(java.nio.charset.StandardCharsets.UTF_8);
        int confirmed = org.cutri.testing.CommandLines.run(concat(base, named.toString(), "--with-names", "--confirm-names"),
                none, err);
        context = TestContexts.open(folder);

        assertThat(byDefault).isZero();
        assertThat(wordText(plain)).contains("đề nghị hỗ trợ hộ nghèo sửa nhà").doesNotContain("Phạm Thị Hoa");
        assertThat(unconfirmed).isEqualTo(org.cutri.cli.CutriCommand.EXIT_USER_ERROR);
        assertThat(refusal.lines()).singleElement().asString().contains("--confirm-names");
        assertThat(confirmed).isZero();
        assertThat(wordText(named)).contains("Cử tri Phạm Thị Hoa đề nghị").doesNotContain("Lê Văn Khải");
        assertThat(context.minutes().document(meeting.id(), false).toString()).doesNotContain("Phạm Thị Hoa");
        assertThat(context.minutes().document(meeting.id(), true).toString()).contains("Cử tri Phạm Thị Hoa");
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
        int exit = org.cutri.testing.CommandLines.run(new String[] {"--data-dir", folder.toString(), "minutes", "--meeting",
                String.valueOf(meeting.id()), "--out", target.toString()}, new java.io.PrintStream(stdout),
                new java.io.PrintStream(stderr));
        context = TestContexts.open(folder);

        assertThat(exit).as(stderr.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();
        assertThat(wordText(target)).contains("BIÊN BẢN", "đề nghị hỗ trợ hộ nghèo sửa nhà");

        int bad = org.cutri.testing.CommandLines.run(new String[] {"--data-dir", folder.toString(), "minutes", "--meeting",
                String.valueOf(meeting.id()), "--out", out.resolve("x.txt").toString()}, new java.io.PrintStream(stdout),
                new java.io.PrintStream(stderr));
        assertThat(bad).isNotZero();
    }

    @Test
    void theCommandLineSearchFindsOpinionsWithoutDiacriticsBestFirst() {
        context.close();
        java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
        int exit = org.cutri.testing.CommandLines.run(new String[] {"--data-dir", folder.toString(), "search", "de nghi",
                "nang cap duong"}, new java.io.PrintStream(stdout), new java.io.PrintStream(new java.io.ByteArrayOutputStream()));
        String found = stdout.toString(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream none = new java.io.ByteArrayOutputStream();
        int nothing = org.cutri.testing.CommandLines.run(new String[] {"--data-dir", folder.toString(), "search",
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

    /** The document saved as .docx and .pdf and read back, no-break spaces read as spaces. */
    private List<String> bothTexts(OfficialDocument document, String name) throws Exception {
        Path docx = out.resolve(name + ".docx");
        Path pdf = out.resolve(name + ".pdf");
        DocumentFiles.save(document, docx);
        DocumentFiles.save(document, pdf);
        return List.of(plain(wordText(docx)), plain(pdfText(pdf)));
    }

    /** The text with no-break spaces read as spaces. */
    static String plain(String text) {
        return text.replace('\u00A0', ' ');
    }

    static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            return Normalizer.normalize(text.replaceAll("\\s+", " "), Normalizer.Form.NFC);
        }
    }
}
