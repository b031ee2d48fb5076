package org.cutri.opinionimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.cutri.app.AppContext;
import org.cutri.common.db.Database;
import org.cutri.common.task.TaskMonitor;
import org.cutri.constituency.ConstituencyService;
import org.cutri.council.CouncilService;
import org.cutri.hamlet.HamletService;
import org.cutri.meeting.MeetingService;
import org.cutri.numbering.DocumentNumberService;
import org.cutri.opinion.OpinionListItem;
import org.cutri.opinion.OpinionService;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundService;
import org.cutri.testing.RawXlsx;
import org.cutri.testing.TestContexts;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile opinion files (issue 8, points 6, 7, 12 and 13): each is refused with one Vietnamese reason and nothing
 * stored, or imported with the hidden characters removed and the preview saying so.
 */
class HostileOpinionFileTest {

    @TempDir
    Path folder;

    private AppContext context;
    private ContactRound round;
    private OpinionImportService service;

    @BeforeEach
    void open() throws IOException {
        context = TestContexts.open(folder.resolve("data"));
        round = OpinionImportFixtures.roundWithMeetings(context, folder);
        service = context.opinionImport();
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    private List<OpinionListItem> stored() {
        return context.opinions().listItems(round.id());
    }

    private List<String> problems(OpinionImportPreview preview) {
        return preview.problems().stream().map(p -> p.rowText() + "\t" + p.reason(TestContexts.VI)).toList();
    }

    private Path csv(String name, String text) throws IOException {
        return Files.write(folder.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    /** Refused: one problem whose reason starts so, and nothing stored. */
    private void refused(Path file, String reasonStart) {
        OpinionImportResult result = service.importFile(file, round.id(), false);
        assertThat(result.imported()).isFalse();
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason(TestContexts.VI)).startsWith(reasonStart));
        assertThat(stored()).isEmpty();
    }

    @Test
    void aFormulaCellIsRefusedWithItsCellAndFormulaNotImportedAsItsShownText() throws IOException {
        // Regression: HYPERLINK(url,"Bấm") was evaluated and stored as "Bấm", the link lost without a word.
        Path file = new RawXlsx().sheet("Ý kiến", out -> {
            out.write(RawXlsx.row(1, "Thôn", "Nội dung"));
            out.write(RawXlsx.row(2, "Thôn Đồng Tâm", "Đề nghị sửa cầu"));
            out.write("<row r=\"3\">" + RawXlsx.cell(0, 3, "Thôn Hợp Nhất")
                    + RawXlsx.formula(1, 3, "HYPERLINK(\"http://vi-du.invalid/don\",\"Bấm\")", "Bấm") + "</row>");
        }).write(folder.resolve("cong-thuc.xlsx"));

        OpinionImportPreview preview = service.preview(file, round.id());

        assertThat(preview.importable()).isFalse();
        assertThat(problems(preview)).singleElement().asString()
                .startsWith("3\tÔ B3 là công thức (=HYPERLINK(\"http://vi-du.invalid/don\",\"Bấm\")), đang hiện “Bấm”");
        refused(file, "Ô B3 là công thức");
    }

    @Test
    void codesASpreadsheetWouldRunAsFormulasAreRefusedAndPlainCodesKept() throws IOException {
        Path file = csv("ma.csv", "Mã,Thôn,Nội dung\n"
                + "\"=cmd|' /C calc'!A0\",Thôn Đồng Tâm,Đề nghị một\n"
                + "+84123,Thôn Đồng Tâm,Đề nghị hai\n"
                + "-2,Thôn Đồng Tâm,Đề nghị ba\n"
                + "@SUM(A1),Thôn Đồng Tâm,Đề nghị bốn\n"
                + "DT 07,Thôn Đồng Tâm,Đề nghị năm\n");

        OpinionImportPreview preview = service.preview(file, round.id());

        assertThat(problems(preview)).hasSize(5).allSatisfy(p -> assertThat(p).contains("có ký tự không dùng được"));
        assertThat(problems(preview).get(0)).startsWith("2\tMã “=cmd|' /C calc'!A0” có ký tự không dùng được");
        assertThat(service.importFile(file, round.id(), false).imported()).isFalse();
        assertThat(stored()).isEmpty();

        Path good = csv("ma-tot.csv", "Mã,Thôn,Nội dung\nĐT-07/2026.b_1,Thôn Đồng Tâm,Đề nghị một\n");
        assertThat(service.importFile(good, round.id(), false).count()).isEqualTo(1);
        assertThat(stored()).extracting(OpinionListItem::code).containsExactly("ĐT-07/2026.b_1");
    }

    @Test
    void controlCharactersAreRemovedBeforeStorageAndThePreviewSaysInWhichRows() throws IOException {
        // Regression: a right-to-left override, NUL and C1 controls reached the database and the reports.
        Path file = csv("an.csv", "Thôn,Nội dung,Người nêu\n"
                + "Thôn Đồng\u0000 Tâm,\"Đề nghị \u202Esửa cầu\u0085\r\nhỏng\u0007\",Trần\u200F Thị Mai\n"
                + "Thôn Hợp Nhất,Đề nghị lắp đèn,\n"
                + "Thôn Tân Lập,\u202Dnạo vét\u2066 kênh\u2069,\n");

        OpinionImportPreview preview = service.preview(file, round.id());

        assertThat(problems(preview)).isEmpty();
        assertThat(preview.warnings()).singleElement().satisfies(w -> assertThat(w.reason(TestContexts.VI))
                .isEqualTo("Đã bỏ các ký tự điều khiển ẩn (như ký tự đảo chiều chữ U+202E hay NUL) ở dòng 2, 4."));
        assertThat(preview.summary(TestContexts.VI)).contains("Đã bỏ các ký tự điều khiển ẩn").contains("dòng 2, 4");
        assertThat(preview.rows().get(0).speaker()).isEqualTo("Trần Thị Mai");

        OpinionImportResult result = service.importFile(file, round.id(), true);

        assertThat(result.summary(TestContexts.VI)).startsWith("Đã nhập 3 ý kiến.").contains("ở dòng 2, 4.");
        assertThat(stored()).extracting(OpinionListItem::hamletName, OpinionListItem::content).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Thôn Đồng Tâm", "Đề nghị sửa cầu\nhỏng"),
                org.assertj.core.groups.Tuple.tuple("Thôn Hợp Nhất", "Đề nghị lắp đèn"),
                org.assertj.core.groups.Tuple.tuple("Thôn Tân Lập", "nạo vét kênh"));
    }

    @Test
    void aWorkbookCellWithNulAndARightToLeftOverrideIsStoredWithoutThem() throws IOException {
        Path file = new RawXlsx().sheet("Ý kiến", out -> {
            out.write(RawXlsx.row(1, "Thôn", "Nội dung"));
            out.write(RawXlsx.row(2, "Thôn Đồng Tâm", "Đề nghị\u0000 sửa \u202Ecầu"));
        }).write(folder.resolve("an.xlsx"));

        OpinionImportResult result = service.importFile(file, round.id(), false);

        assertThat(result.count()).isEqualTo(1);
        assertThat(result.summary(TestContexts.VI)).contains("ở dòng 2.");
        assertThat(stored()).extracting(OpinionListItem::content).containsExactly("Đề nghị sửa cầu");
    }

    @Test
    void moreRowsThanTheMaximumAreRefusedWhileReadingWithTheNumber() throws IOException {
        Path file = new RawXlsx().sheet("Ý kiến", out -> {
            out.write(RawXlsx.row(1, "Thôn", "Nội dung"));
            for (int r = 2; r <= OpinionTable.MAX_ROWS + 2; r++) {
                out.write(RawXlsx.row(r, "Thôn Đồng Tâm", "Đề nghị " + r));
            }
        }).write(folder.resolve("rat-dai.xlsx"));

        refused(file, "Tệp rat-dai.xlsx có hơn 100.000 dòng ý kiến: mỗi lần chương trình nhập tối đa 100.000 dòng.");
    }

    @Test
    void aCellLongerThanExcelAllowsIsRefusedWithItsCell() throws IOException {
        Path file = new RawXlsx().sheet("Ý kiến", out -> {
            out.write(RawXlsx.row(1, "Thôn", "Nội dung"));
            out.write(RawXlsx.row(2, "Thôn Đồng Tâm", "x".repeat(200_000)));
        }).write(folder.resolve("o-dai.xlsx"));

        refused(file, "Ô B2 dài hơn 32.767 ký tự, quá giới hạn của Excel.");
    }

    @Test
    void hugeSharedStringsAreRefusedBeforeAnythingIsRead() throws IOException {
        String item = "<si><t>" + "Đề nghị sửa đường ".repeat(500) + "</t></si>";
        Path file = new RawXlsx().sheet("Ý kiến", out -> out.write(RawXlsx.row(1, "Thôn", "Nội dung")))
                .sharedStrings(out -> {
                    long written = 0;
                    while (written < 70L * 1024 * 1024) {
                        out.write(item);
                        written += item.getBytes(StandardCharsets.UTF_8).length;
                    }
                }).write(folder.resolve("chu-chung.xlsx"));

        refused(file, "Tệp chu-chung.xlsx chứa quá nhiều chữ (phần chữ dùng chung hơn 64 MB).");
    }

    @Test
    void aWorkbookOfThousandsOfPartsIsRefused() throws IOException {
        Path file = new RawXlsx().sheet("Ý kiến", out -> out.write(RawXlsx.row(1, "Thôn", "Nội dung")))
                .extraParts(1200).write(folder.resolve("nhieu-trang.xlsx"));

        refused(file, "Tệp nhieu-trang.xlsx có quá nhiều trang tính hoặc phần (hơn 1.000).");
    }

    @Test
    void filesLargerThanTheLimitAreRefusedByTheirSizeAlone() throws IOException {
        Path xlsx = folder.resolve("lon.xlsx");
        Path csvFile = folder.resolve("lon.csv");
        for (Path file : List.of(xlsx, csvFile)) {
            try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
                raw.write(file == xlsx ? new byte[] {'P', 'K', 3, 4} : "Thôn,Nội dung\n".getBytes(StandardCharsets.UTF_8));
                raw.setLength(60L * 1024 * 1024);
            }
        }

        refused(xlsx, "Tệp lon.xlsx quá lớn (60,0 MB): chương trình chỉ nhận tệp đến 50 MB.");
        refused(csvFile, "Tệp lon.csv quá lớn (60,0 MB): chương trình chỉ nhận tệp đến 50 MB.");
    }

    @Test
    void theImportRunsAFixedNumberOfStatementsWhateverTheNumberOfRowsAndReportsItsProgress() throws IOException {
        // Regression (time grew with the square of the rows): every row ran five queries, two of them counting
        // the whole round or meeting. Now a fixed number of statements plus one batch per 1,000 rows.
        List<String> hamlets = List.of("Thôn Đồng Tâm", "Thôn Hợp Nhất", "Thôn Tân Lập");
        Path file = OpinionImportBenchmark.xlsx(folder, 1500, hamlets);
        context.close();
        context = null;
        AtomicInteger statements = new AtomicInteger();
        try (Database database = Database.open(folder.resolve("data"))) {
            database.jdbi().setSqlLogger(new SqlLogger() {
                @Override
                public void logAfterExecution(StatementContext statement) {
                    statements.incrementAndGet();
                }
            });
            OpinionImportService counted = services(database);
            List<Double> progress = new ArrayList<>();
            TaskMonitor monitor = new TaskMonitor() {
                @Override
                public boolean isCancelled() {
                    return false;
                }

                @Override
                public void progress(double done, double total) {
                    progress.add(done / total);
                }
            };
            OpinionImportResult result = counted.importFile(file, round.id(), false, monitor);

            assertThat(result.count()).isEqualTo(1500);
            assertThat(statements.get()).as("statements for 1,500 rows").isLessThan(60);
            assertThat(progress).isNotEmpty().isSorted();
            assertThat(progress.get(progress.size() - 1)).isEqualTo(1.0);
        }
        context = TestContexts.open(folder.resolve("data"));
        assertThat(stored()).hasSize(1500);
    }

    @Test
    void aCancelledImportStoresNothing() throws IOException {
        Path file = OpinionImportBenchmark.xlsx(folder, 2500, List.of("Thôn Đồng Tâm"));
        AtomicInteger reports = new AtomicInteger();
        TaskMonitor stopWhileStoring = new TaskMonitor() {
            @Override
            public boolean isCancelled() {
                return reports.get() > 0;
            }

            @Override
            public void progress(double done, double total) {
            }

            @Override
            public void message(String key) {
                if (key.equals("opinionimport.progress.storing")) {
                    reports.incrementAndGet();
                }
            }
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.importFile(file, round.id(), false,
                stopWhileStoring)).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(stored()).isEmpty();
    }

    private static OpinionImportService services(Database database) {
        CouncilService councils = new CouncilService(database.jdbi());
        HamletService hamlets = new HamletService(database.jdbi(), councils, new ConstituencyService(database.jdbi()));
        return new OpinionImportService(database.jdbi(),
                new RoundService(database.jdbi(), new DocumentNumberService(new org.cutri.numbering.DocumentRegister(database.jdbi(), org.cutri.commune.CommuneProfile::usual,
                        java.time.Clock.systemDefaultZone()))),
                new MeetingService(database.jdbi(), Clock.systemDefaultZone()), hamlets,
                new OpinionService(database.jdbi(), Clock.systemDefaultZone()));
    }
}
