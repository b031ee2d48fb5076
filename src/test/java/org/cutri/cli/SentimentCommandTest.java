package org.cutri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cutri.app.AppContext;
import org.cutri.sentiment.NoteDraft;
import org.cutri.sentiment.SentimentPeriod;
import org.cutri.sentiment.Spread;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sentiment periods} and {@code sentiment report}, run in-process as a technician would. */
class SentimentCommandTest {

    @TempDir
    static Path data;

    @TempDir
    Path folder;

    private static List<SentimentPeriod> months;

    @BeforeAll
    static void twoMonths() {
        try (AppContext context = TestContexts.open(data)) {
            var sentiment = context.sentiment();
            months = sentiment.createMonthly(YearMonth.of(2026, 11), YearMonth.of(2026, 12));
            sentiment.createNote(new NoteDraft(months.get(0).id(), sentiment.topics().get(0).id(), null, "Chợ Mới",
                    sentiment.sources().get(1).id(), "Bà con hỏi lịch nộp thuế đất", Spread.FEW, false, null, null,
                    false));
            sentiment.createNote(new NoteDraft(months.get(1).id(), sentiment.topics().get(2).id(), null, "Bến đò",
                    sentiment.sources().get(0).id(), "Đò ngang xuống cấp", Spread.MANY, true, "Nguy cơ mất an toàn",
                    null, false));
            sentiment.issue(months.get(0).id(), LocalDate.of(2026, 11, 30));
        }
    }

    @Test
    void periodsListsIdLabelDeadlineNotesAndStatusLatestFirst() {
        Result result = run("sentiment", "periods");

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.out.lines().toList()).containsExactly(
                months.get(1).id() + "\tTháng 12/2026\t31/12/2026\t1\tOPEN",
                months.get(0).id() + "\tTháng 11/2026\t30/11/2026\t1\tREPORTED");
    }

    @Test
    void anIssuedPeriodIsWrittenWithItsNumberAnOpenOneAsADraft() throws Exception {
        Path issued = folder.resolve("thang 11.docx");
        Result first = run("sentiment", "report", "--period", String.valueOf(months.get(0).id()), "--out",
                issued.toString());
        assertThat(first.exit).as(first.err).isZero();
        assertThat(first.out.strip()).isEqualTo("Đã ghi báo cáo tình hình Nhân dân ra " + issued.toAbsolutePath());
        try (InputStream in = Files.newInputStream(issued);
                XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(in))) {
            assertThat(text.getText()).contains("Số: 01/BC-MTTQ-BTT", "Tình hình Nhân dân tháng 11/2026",
                    "Bà con hỏi lịch nộp thuế đất").doesNotContain("DỰ THẢO");
        }

        Path draft = folder.resolve("thang-12.pdf");
        Result second = run("sentiment", "report", "--period", String.valueOf(months.get(1).id()), "--out",
                draft.toString());
        assertThat(second.exit).as(second.err).isZero();
        assertThat(second.out).contains("bản dự thảo");
        try (PDDocument pdf = Loader.loadPDF(draft.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("(DỰ THẢO)", "Đò ngang xuống cấp", "Điểm nóng").doesNotContain("Số: 02");
        }
        // A draft from the command line takes no number: the period stays open.
        assertThat(run("sentiment", "periods").out).contains("Tháng 12/2026\t31/12/2026\t1\tOPEN");
    }

    @Test
    void anUnknownPeriodOrAnotherExtensionIsOneVietnameseLineAndNoFile() {
        Path out = folder.resolve("a.docx");
        Result unknown = run("sentiment", "report", "--period", "999", "--out", out.toString());
        assertThat(unknown.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(unknown.err.strip()).isEqualTo("Không có kỳ báo cáo tình hình Nhân dân số 999. Hãy xem danh sách"
                + " bằng lệnh \"sentiment periods\".");
        assertThat(out).doesNotExist();

        Path xlsx = folder.resolve("b.xlsx");
        Result wrong = run("sentiment", "report", "--period", String.valueOf(months.get(0).id()), "--out",
                xlsx.toString());
        assertThat(wrong.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(wrong.err.strip().lines()).hasSize(1);
        assertThat(wrong.err).contains(".docx").doesNotContain("Exception");
        assertThat(xlsx).doesNotExist();
        assertThat(folder).isEmptyDirectory();
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = org.cutri.testing.CommandLines.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
