package org.cutri.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.cutri.app.AppContext;
import org.cutri.cli.CutriCommand;
import org.cutri.opinion.OpinionListItem;
import org.cutri.round.ContactRound;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled report of the demo's July round: model, Word, Excel, PDF and the command line. */
class ReportTest {

    private static final String WORDING = "Nước sinh hoạt có mùi lạ, đục; đề nghị đơn vị cấp nước kiểm tra, xử lý";
    private static final String SPEAKER = "Lạc Văn Tường";

    @TempDir
    Path folder;

    private AppContext context;
    private ContactRound round;
    private List<OpinionListItem> water;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder.resolve("data"));
        context.demo().load(false);
        round = context.rounds().list().stream().filter(r -> r.name().contains("sau kỳ họp thứ 2")).findFirst()
                .orElseThrow();
        water = context.opinions().listItems(round.id()).stream()
                .filter(o -> o.content().contains("mùi lạ") || o.content().contains("mùi clo")).toList();
        assertThat(water).hasSize(3);
        context.groups().accept(round.id(), water.stream().map(OpinionListItem::id).toList(), WORDING);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private List<String> waterHamlets() {
        return water.stream().map(OpinionListItem::hamletName).toList();
    }

    @Test
    void theModelCountsEveryOpinionAndWritesTheSameIssueOnce() {
        List<OpinionListItem> all = context.opinions().listItems(round.id());
        long notApproved = all.stream().filter(o -> !o.approved()).count();
        CompiledReport report = context.reports().compile(round.id(), false);

        assertThat(notApproved).isPositive();
        assertThat(report.counts().received()).isEqualTo(all.size());
        assertThat(report.counts().approved()).isEqualTo(all.size() - notApproved);
        assertThat(report.counts().notApproved()).isEqualTo(notApproved);
        int answered = report.answered().size();
        assertThat(report.counts().answeredAtMeetings()).isEqualTo(answered).isPositive();
        // answered at the meetings: section III only; the three water opinions written once
        assertThat(report.counts().issues()).isEqualTo(all.size() - notApproved - answered - 2);
        assertThat(report.counts().groupsMerged()).isEqualTo(1);
        assertThat(report.counts().opinionsMerged()).isEqualTo(3);
        assertThat(report.facts().meetingsHeld()).isEqualTo(12);
        assertThat(report.annex()).hasSize((int) (all.size() - notApproved));
        OpinionListItem rejected = all.stream().filter(o -> !o.approved()).findFirst().orElseThrow();
        assertThat(report.annex()).noneMatch(r -> r.code().equals(rejected.code()));

        List<CompiledReport.Issue> issues = report.authorities().stream().flatMap(a -> a.fields().stream())
                .flatMap(f -> f.items().stream()).toList();
        assertThat(issues).noneMatch(i -> i.codes().contains(rejected.code()));
        CompiledReport.Issue grouped = issues.stream().filter(i -> i.text().equals(WORDING)).findFirst().orElseThrow();
        assertThat(grouped.codes()).hasSize(3);
        assertThat(grouped.places()).startsWith("(Cử tri ");
        for (String hamlet : waterHamlets()) {
            assertThat(grouped.places()).contains(hamlet.replaceFirst("^(Thôn|Xóm) ", ""));
        }
        // Authorities in the report's order: Tỉnh before Xã before the water company.
        List<String> order = report.authorities().stream().map(CompiledReport.AuthoritySection::authority).toList();
        assertThat(order.indexOf("Tỉnh")).isLessThan(order.indexOf("Xã"));
        assertThat(order.indexOf("Xã")).isLessThan(order.indexOf("Công ty cổ phần cấp nước An Sơn"));
    }

    @Test
    void theWordFileHasTheSectionsTheGroupLineAndNoNameUnlessChosen() throws Exception {
        Path draft = folder.resolve("du-thao.docx");
        context.reportFiles().save(round.id(), false, draft, LocalDate.of(2026, 7, 29));
        assertThat(wordText(draft)).as("before the issue the number is left blank, in the header and the annex")
                .contains("Số:      /BC-MTTQ-BTT", "(Kèm theo Báo cáo số       /BC-MTTQ-BTT ngày 29 tháng 7 năm 2026")
                .doesNotContain("Số: 01/BC-");
        assertThat(context.reports().issued(round.id())).as("a print takes no number").isEmpty();
        assertThat(context.documentRegister().list(2026)).isEmpty();

        context.reports().issue(round.id(), LocalDate.of(2026, 7, 30));
        Path docx = folder.resolve("bao-cao.docx");
        context.reportFiles().save(round.id(), false, docx, LocalDate.of(2026, 7, 30));
        String text = wordText(docx);
        assertThat(text).contains("BÁO CÁO", "I. TÌNH HÌNH TỔ CHỨC TIẾP XÚC CỬ TRI", "II. Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI",
                "III. Ý KIẾN ĐÃ ĐƯỢC TRẢ LỜI TẠI HỘI NGHỊ", "IV. KIẾN NGHỊ, ĐỀ XUẤT", "PHỤ LỤC",
                "Số: 01/BC-", "(Kèm theo Báo cáo số 01/BC-MTTQ-BTT ngày 30 tháng 7 năm 2026", "Thường trực Đảng ủy xã (b/c);", "Thường trực HĐND xã;", "TM. BAN THƯỜNG TRỰC");
        assertThat(text.indexOf("TM. BAN THƯỜNG TRỰC")).as("the signature before the annex")
                .isLessThan(text.indexOf("DANH SÁCH Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI"));
        String line = text.lines().filter(l -> l.contains(WORDING)).findFirst().orElseThrow();
        assertThat(line).contains("(Cử tri ");
        for (String hamlet : waterHamlets()) {
            assertThat(line).contains(hamlet.replaceFirst("^(Thôn|Xóm) ", ""));
        }
        assertThat(text).doesNotContain(SPEAKER).doesNotContain("chuyển chợ phiên");
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
            XWPFTable annex = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("STT")).findFirst().orElseThrow();
            int approved = (int) context.opinions().listItems(round.id()).stream().filter(OpinionListItem::approved)
                    .count();
            assertThat(annex.getRows()).hasSize(approved + 1);
            assertThat(annex.getRow(0).getCell(0).getText()).isEqualTo("STT");
            assertThat(annex.getRow(1).getCell(0).getText()).isEqualTo("1");
        }

        Path named = folder.resolve("bao-cao-co-ten.docx");
        context.reportFiles().save(round.id(), true, named, LocalDate.of(2026, 7, 31));
        String namedText = wordText(named);
        assertThat(namedText).contains(SPEAKER);
        // The number is given once per round and kept.
        assertThat(namedText).contains("Số: 01/BC-");
    }

    @Test
    void theWorkbookHasBothSheetsWithHeadersFiltersAndFrozenRows() throws Exception {
        Path xlsx = folder.resolve("bao-cao.xlsx");
        context.reportFiles().save(round.id(), false, xlsx, LocalDate.of(2026, 7, 30));
        CompiledReport report = context.reports().compile(round.id(), false);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            // the two sheets of the compilation, then the follow-up of the round's answers (issue 11)
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(2)).isEqualTo(ReportWorkbook.FOLLOW_UP_SHEET);
            XSSFSheet summary = workbook.getSheet(ReportWorkbook.SUMMARY_SHEET);
            XSSFSheet annex = workbook.getSheet(ReportWorkbook.ANNEX_SHEET);
            assertThat(summary).isNotNull();
            assertThat(annex).isNotNull();
            for (XSSFSheet sheet : List.of(summary, annex)) {
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                        .isEqualTo((short) (ReportWorkbook.TITLE_ROWS + 1));
                assertThat(workbook.getFontAt(sheet.getRow(ReportWorkbook.TITLE_ROWS).getCell(0).getCellStyle()
                        .getFontIndex()).getBold())
                        .isTrue();
            }
            Row header = annex.getRow(ReportWorkbook.TITLE_ROWS);
            List<String> titles = new ArrayList<>();
            header.forEach(c -> titles.add(c.getStringCellValue()));
            assertThat(titles).containsExactly("STT", "Mã", "Nội dung ý kiến, kiến nghị", "Thôn", "Lĩnh vực",
                    "Thẩm quyền", "Ghi chú");
            assertThat(annex.getLastRowNum()).isEqualTo(ReportWorkbook.TITLE_ROWS + report.annex().size());
            assertThat(annex.getColumnWidth(2)).isGreaterThan(annex.getColumnWidth(0) * 5);
            // The grand total of the authority × field table equals the approved opinions.
            int totalRow = -1;
            for (Row row : summary) {
                if (row.getCell(0) != null && "Cộng".equals(row.getCell(0).getStringCellValue())
                        && row.getRowNum() > ReportWorkbook.TITLE_ROWS) {
                    totalRow = row.getRowNum();
                    break;
                }
            }
            Row total = summary.getRow(totalRow);
            assertThat(total.getCell(total.getLastCellNum() - 1).getNumericCellValue())
                    .isEqualTo(report.counts().approved());
            String all = sheetText(summary);
            assertThat(all).contains("Ý kiến tiếp nhận", "Ý kiến không được tán thành");
            assertThat(sheetText(annex)).doesNotContain(SPEAKER);
        }
    }

    @Test
    void thePdfCarriesTheSectionsAndTheGroupLine() throws Exception {
        Path pdf = folder.resolve("bao-cao.pdf");
        context.reportFiles().save(round.id(), false, pdf, LocalDate.of(2026, 7, 30));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("BÁO CÁO", "I. TÌNH HÌNH TỔ CHỨC", "IV. KIẾN NGHỊ, ĐỀ XUẤT", "(Cử tri ",
                    "PHỤ LỤC");
            assertThat(text).doesNotContain(SPEAKER);
        }
    }

    @Test
    void theCommandLineWritesEachFormatAndRefusesNamesWithoutConfirmation() throws Exception {
        int roundId = round.id();
        context.close();
        String data = folder.resolve("data").toString();
        for (String name : List.of("r.docx", "r.xlsx", "r.pdf")) {
            Result result = run("--data-dir", data, "report", "--round", String.valueOf(roundId), "--out",
                    folder.resolve(name).toString());
            assertThat(result.exit).as(result.err).isZero();
            assertThat(folder.resolve(name)).isNotEmptyFile();
        }
        Result refused = run("--data-dir", data, "report", "--round", String.valueOf(roundId), "--out",
                folder.resolve("n.docx").toString(), "--with-names");
        assertThat(refused.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(refused.err).contains("--confirm-names").doesNotContain("Exception");
        assertThat(folder.resolve("n.docx")).doesNotExist();

        Result named = run("--data-dir", data, "report", "--round", String.valueOf(roundId), "--out",
                folder.resolve("n.docx").toString(), "--with-names", "--confirm-names");
        assertThat(named.exit).as(named.err).isZero();
        assertThat(wordText(folder.resolve("n.docx"))).contains(SPEAKER);

        Result badType = run("--data-dir", data, "report", "--round", String.valueOf(roundId), "--out",
                folder.resolve("r.odt").toString());
        assertThat(badType.exit).isNotZero();
        assertThat(badType.err).contains(".xlsx").doesNotContain("Exception");
        Result unknown = run("--data-dir", data, "report", "--round", "999", "--out", folder.resolve("x.docx").toString());
        assertThat(unknown.exit).isNotZero();
        assertThat(unknown.err).contains("Không có đợt tiếp xúc cử tri số 999");
        context = TestContexts.open(folder.resolve("data"));
    }

    @Test
    void thePackageFilesAndTheGroupsGoToTheProvince() throws Exception {
        List<Path> files = context.reportFiles().forPackage(round.id());
        assertThat(files).extracting(p -> p.getFileName().toString()).anyMatch(n -> n.endsWith(".docx"))
                .anyMatch(n -> n.endsWith(".xlsx")).anyMatch(n -> n.endsWith(".pdf"));
        files.forEach(f -> assertThat(f).isNotEmptyFile());

        // The package for the province carries the accepted group by its opinions' codes.
        org.cutri.exchange.ExportedPackage pkg = context.packageExporter().export(round.id(), false, files);
        assertThat(pkg.manifest().counts().groups()).isEqualTo(1);
        String groupsJson = zipEntry(pkg.bytes(), "data/groups.json");
        assertThat(groupsJson).contains(WORDING);
        water.forEach(o -> assertThat(groupsJson).contains(o.code()));
    }

    private static String zipEntry(byte[] zip, String name) throws Exception {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    private static String wordText(Path docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static String sheetText(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\t')));
        return text.toString();
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = org.cutri.testing.CommandLines.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int exit, String out, String err) {
    }
}
