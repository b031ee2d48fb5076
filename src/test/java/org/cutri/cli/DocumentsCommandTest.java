package org.cutri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cutri.app.AppContext;
import org.cutri.numbering.DocumentStatus;
import org.cutri.numbering.IssueRequest;
import org.cutri.numbering.RegisteredDocument;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code documents}, {@code documents cancel|add|book}, run in-process as a script would. */
class DocumentsCommandTest {

    @TempDir
    Path folder;

    private Path data;

    @BeforeEach
    void prepare() {
        data = folder.resolve("data");
        try (AppContext context = TestContexts.open(data)) {
            context.documentRegister().issue(IssueRequest.of("KH", "Tổ chức hội nghị tiếp xúc cử tri",
                    LocalDate.of(2026, 3, 2), null));
            context.documentRegister().issue(IssueRequest.of("BC", "Tổng hợp ý kiến cử tri", LocalDate.of(2026, 3, 20),
                    null));
            context.documentRegister().issue(IssueRequest.of("GM", "Mời dự hội nghị", LocalDate.of(2025, 12, 1), null));
        }
    }

    @Test
    void documentsPrintsTheYearsLinesTabSeparated() {
        Result result = run("--data-dir", data.toString(), "documents", "--year", "2026");

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.out.lines().toList()).containsExactly(
                "1\t01/KH-MTTQ-BTT\t02/03/2026\tKế hoạch\tTổ chức hội nghị tiếp xúc cử tri",
                "2\t02/BC-MTTQ-BTT\t20/03/2026\tBáo cáo\tTổng hợp ý kiến cử tri");
        assertThat(run("--data-dir", data.toString(), "documents", "--year", "2025").out.lines().toList())
                .containsExactly("1\t01/GM-MTTQ-BTT\t01/12/2025\tGiấy mời\tMời dự hội nghị");
    }

    @Test
    void cancelKeepsTheLineWithItsReasonAndTheNumberIsNotGivenAgain() {
        Result result = run("--data-dir", data.toString(), "documents", "cancel", "2", "--year", "2026", "--reason",
                "Ban hành nhầm");

        assertThat(result.exit).as(result.err).isZero();
        assertThat(run("--data-dir", data.toString(), "documents", "--year", "2026").out.lines().toList())
                .contains("2\t02/BC-MTTQ-BTT\t20/03/2026\tBáo cáo\tTổng hợp ý kiến cử tri (đã hủy số: Ban hành nhầm)");
        Result added = run("--data-dir", data.toString(), "documents", "add", "--type", "Báo cáo", "--summary",
                "Tổng hợp ý kiến cử tri (lần hai)", "--date", "21/03/2026");
        assertThat(added.exit).as(added.err).isZero();
        assertThat(added.out.strip()).isEqualTo("3\t03/BC-MTTQ-BTT\t21/03/2026\tBáo cáo\tTổng hợp ý kiến cử tri (lần hai)");
        try (AppContext context = TestContexts.open(data)) {
            RegisteredDocument cancelled = context.documentRegister().find(2026, 2).orElseThrow();
            assertThat(cancelled.status()).isEqualTo(DocumentStatus.CANCELLED);
            assertThat(cancelled.cancelReason()).isEqualTo("Ban hành nhầm");
        }

        Result again = run("--data-dir", data.toString(), "documents", "cancel", "2", "--year", "2026", "--reason", "x");
        assertThat(again.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(again.err.strip()).startsWith("Số 02/BC-MTTQ-BTT đã hủy ngày").doesNotContain("Exception");
        Result unknown = run("--data-dir", data.toString(), "documents", "cancel", "9", "--year", "2026", "--reason", "x");
        assertThat(unknown.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(unknown.err.strip()).isEqualTo("Sổ văn bản đi năm 2026 không có số 9.");
        Result noReason = run("--data-dir", data.toString(), "documents", "cancel", "1", "--year", "2026");
        assertThat(noReason.exit).isEqualTo(2);
        assertThat(noReason.err).contains("--reason").doesNotContain("Exception");
    }

    @Test
    void addRegistersByHandWithEveryDetailAndRefusesBadInputStoringNothing() {
        Result added = run("--data-dir", data.toString(), "documents", "add", "--type", "tb", "--summary",
                "Thông báo lịch tiếp công dân", "--date", "02/04/2026", "--signer", "Nguyễn Văn Thử", "--recipients",
                "Các Ban công tác Mặt trận", "--copies", "15");

        assertThat(added.exit).as(added.err).isZero();
        assertThat(added.out.strip()).isEqualTo("3\t03/TB-MTTQ-BTT\t02/04/2026\tThông báo\tThông báo lịch tiếp công dân");
        Result badType = run("--data-dir", data.toString(), "documents", "add", "--type", "Thư tay", "--summary", "x",
                "--date", "02/04/2026");
        assertThat(badType.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(badType.err).contains("Không rõ loại văn bản “Thư tay”");
        Result badDate = run("--data-dir", data.toString(), "documents", "add", "--type", "KH", "--summary", "x",
                "--date", "31/02/2026");
        assertThat(badDate.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(badDate.err).contains("Ngày “31/02/2026” không đọc được");
        Result noSummary = run("--data-dir", data.toString(), "documents", "add", "--type", "KH", "--summary", "  ",
                "--date", "03/04/2026");
        assertThat(noSummary.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(noSummary.err.strip()).isEqualTo("Chưa nhập trích yếu nội dung văn bản.");
        try (AppContext context = TestContexts.open(data)) {
            assertThat(context.documentRegister().list(2026)).hasSize(3);
            RegisteredDocument hand = context.documentRegister().find(2026, 3).orElseThrow();
            assertThat(hand.byHand()).isTrue();
            assertThat(hand.signer()).isEqualTo("Nguyễn Văn Thử");
            assertThat(hand.recipients()).isEqualTo("Các Ban công tác Mặt trận");
            assertThat(hand.copies()).isEqualTo(15);
        }
    }

    @Test
    void bookWritesTheWordAndExcelFiles() throws Exception {
        Path docx = folder.resolve("so-2026.docx");
        Path xlsx = folder.resolve("so-2026.xlsx");

        Result word = run("--data-dir", data.toString(), "documents", "book", "--year", "2026", "--out", docx.toString());
        Result excel = run("--data-dir", data.toString(), "documents", "book", "--year", "2026", "--out", xlsx.toString());

        assertThat(word.exit).as(word.err).isZero();
        assertThat(word.out).contains(docx.toAbsolutePath().toString()).contains("năm 2026 (2 số)");
        assertThat(excel.exit).as(excel.err).isZero();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            assertThat(document.getTables().get(0).getRow(2).getCell(0).getText()).isEqualTo("01/KH-MTTQ-BTT");
            assertThat(document.getTables().get(0).getRow(3).getCell(2).getText())
                    .isEqualTo("Báo cáo Tổng hợp ý kiến cử tri");
        }
        try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Sổ văn bản đi 2026");
        }
        Result pdf = run("--data-dir", data.toString(), "documents", "book", "--year", "2026", "--out",
                folder.resolve("so.pdf").toString());
        assertThat(pdf.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(pdf.err.strip()).isEqualTo("Sổ văn bản đi chỉ ghi ra tệp .docx hoặc .xlsx, không ghi được “so.pdf”.");
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = org.cutri.testing.CommandLines.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
