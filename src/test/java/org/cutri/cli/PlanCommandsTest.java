package org.cutri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cutri.app.AppContext;
import org.cutri.commune.CommuneProfile;
import org.cutri.plan.DutyDraft;
import org.cutri.plan.OfficePlan;
import org.cutri.plan.PlanKind;
import org.cutri.plan.PlanSections;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code due}, {@code plans} and {@code plan}, run in-process as a technician would. */
class PlanCommandsTest {

    @TempDir
    Path folder;

    private Path data;
    private OfficePlan issued;
    private OfficePlan draft;

    @BeforeEach
    void prepare() {
        data = folder.resolve("data");
        try (AppContext context = TestContexts.open(data)) {
            context.commune().save(new CommuneProfile("Hòa Lạc", "Sơn Trà", "Hòa Lạc", "ỦY BAN MTTQ VIỆT NAM",
                    "XÃ HÒA LẠC", "BAN THƯỜNG TRỰC", "MTTQ-BTT", "Vương Đình Khải", null, null));
            issued = context.plans().create(PlanKind.FREE, null, LocalDate.of(2026, 11, 2));
            context.plans().updateSections(issued.id(), new PlanSections("Công tác\ttháng 11", null, null, null, null,
                    "Lưu: VT.", null, null));
            context.plans().addDuty(issued.id(), new DutyDraft("Báo cáo tháng 10", null, null, null,
                    LocalDate.of(2026, 11, 10), null));
            context.plans().addDuty(issued.id(), new DutyDraft("Hội nghị tổng kết", null, null, null,
                    LocalDate.of(2026, 11, 20), null));
            context.plans().addDuty(issued.id(), new DutyDraft("Tổng kết năm", null, null, null,
                    LocalDate.of(2026, 12, 30), null));
            issued = context.plans().issue(issued.id(), LocalDate.of(2026, 11, 2));
            draft = context.plans().create(PlanKind.DRAFT_COMMENTS, null, LocalDate.of(2026, 11, 5));
        }
    }

    @Test
    void dueListsOverdueAndComingDutiesByDateWithTheirPlanAndStatus() {
        Result result = run("--data-dir", data.toString(), "due", "--from", "18/11/2026", "--days", "7");

        assertThat(result.exit).as(result.err).isZero();
        // the draft's duties (from 05/11) come with its subject; the issued plan's with its number
        assertThat(result.out.lines().toList())
                .contains("10/11/2026\t01/KH-MTTQ-BTT\tBáo cáo tháng 10\tQuá hạn 8 ngày",
                        "20/11/2026\t01/KH-MTTQ-BTT\tHội nghị tổng kết\tTrong tuần này",
                        "12/11/2026\tTổng hợp ý kiến của Nhân dân đóng góp vào dự thảo văn kiện đại hội\t"
                                + "Phổ biến dự thảo đến các thôn, các tổ chức".replace("dự thảo đến", "dự thảo văn kiện đến")
                                + "\tQuá hạn 6 ngày")
                .noneMatch(line -> line.contains("Tổng kết năm"))
                .allMatch(line -> line.matches("\\d{2}/\\d{2}/\\d{4}\t[^\t]+\t[^\t]+\t[^\t]+"));
        assertThat(result.out.lines().map(line -> line.substring(6, 10) + line.substring(3, 5) + line.substring(0, 2)))
                .as("by date").isSorted();
    }

    @Test
    void dueLooksThirtyDaysAheadFromTodayByDefaultAndRefusesABadDate() {
        Result result = run("--data-dir", data.toString(), "due", "--from", "25/12/2026");
        assertThat(result.exit).as(result.err).isZero();
        // Friday 25/12: Wednesday 30/12 is next week
        assertThat(result.out).contains("30/12/2026\t01/KH-MTTQ-BTT\tTổng kết năm\tSắp đến hạn");

        Result bad = run("--data-dir", data.toString(), "due", "--from", "31/02/2026");
        assertThat(bad.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(bad.err).contains("Ngày \"31/02/2026\" không đọc được").doesNotContain("Exception");
    }

    @Test
    void dueListsThePublicSentimentReportsOwedUntilTheyAreSent() {
        try (AppContext context = TestContexts.open(data)) {
            var periods = context.sentiment().createMonthly(java.time.YearMonth.of(2026, 10),
                    java.time.YearMonth.of(2026, 11));
            context.sentiment().issue(periods.get(0).id(), LocalDate.of(2026, 10, 30));
        }

        Result result = run("--data-dir", data.toString(), "due", "--from", "18/11/2026");

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.out.lines().toList()).contains("30/11/2026\tTình hình Nhân dân: Tháng 11/2026\tGửi báo cáo"
                + " tình hình Nhân dân tháng 11/2026 đối với Đại hội Đảng các cấp\tSắp đến hạn")
                .noneMatch(line -> line.contains("Tháng 10/2026"));
    }

    @Test
    void plansListsIdKindNumberAndSubjectOnOneLineEach() {
        Result result = run("--data-dir", data.toString(), "plans");

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.out.lines().toList()).containsExactly(
                draft.id() + "\tGóp ý dự thảo văn kiện\t\tTổng hợp ý kiến của Nhân dân đóng góp vào dự thảo văn kiện đại hội",
                issued.id() + "\tKế hoạch khác\t01/KH-MTTQ-BTT\tCông tác tháng 11");
    }

    @Test
    void planWritesTheDocumentWithItsNumberAndADraftWithoutOne() throws Exception {
        Path out = folder.resolve("ke hoach.docx");
        Result result = run("--data-dir", data.toString(), "plan", "--id", String.valueOf(issued.id()), "--out",
                out.toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.out).contains(out.toAbsolutePath().toString()).contains("01/KH-MTTQ-BTT");
        try (InputStream in = Files.newInputStream(out); XWPFWordExtractor text = new XWPFWordExtractor(
                new XWPFDocument(in))) {
            assertThat(text.getText()).contains("Số: 01/KH-MTTQ-BTT", "KẾ HOẠCH", "Công tác tháng 11",
                    "1. Báo cáo tháng 10.", "Thời gian: hoàn thành trước ngày 10/11/2026.");
        }

        Path pdf = folder.resolve("du-thao.pdf");
        Result draftResult = run("--data-dir", data.toString(), "plan", "--id", String.valueOf(draft.id()), "--out",
                pdf.toString());
        assertThat(draftResult.exit).as(draftResult.err).isZero();
        assertThat(draftResult.out).contains("chưa ban hành");
        assertThat(pdf).exists();
        try (AppContext context = TestContexts.open(data)) {
            assertThat(context.plans().get(draft.id()).issued()).isFalse();
        }
    }

    @Test
    void anUnknownPlanIsSaidInWordsAndNoFileIsWritten() {
        Result result = run("--data-dir", data.toString(), "plan", "--id", "999", "--out",
                folder.resolve("x.docx").toString());

        assertThat(result.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(result.err).contains("Không có kế hoạch số (ID) 999").doesNotContain("Exception");
        assertThat(folder.resolve("x.docx")).doesNotExist();
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
