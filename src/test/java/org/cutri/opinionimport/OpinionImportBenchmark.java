package org.cutri.opinionimport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cutri.app.AppContext;
import org.cutri.common.task.TaskMonitor;
import org.cutri.hamlet.Hamlet;
import org.cutri.round.ContactRound;
import org.cutri.testing.TestContexts;

/**
 * Prints how long the opinion import takes for 5,000 to 50,000 rows (docs/benchmarks.md, "Opinion import"), and
 * how fast a file over the maximum is refused. Each size imports into a fresh data folder (real H2 file). Not a
 * test: nothing is asserted.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.cutri.opinionimport.OpinionImportBenchmark /tmp/bench [5000 10000 …]
 * </pre>
 */
public final class OpinionImportBenchmark {

    private static final String[] FIELDS = {"Giao thông", "Đất đai", "Nước sạch", "Y tế", "Giáo dục", ""};
    private static final String[] AUTHORITIES = {"Xã", "Tỉnh", "Trung ương", ""};

    private OpinionImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path base = Path.of(args.length > 0 ? args[0] : "/tmp/opinion-import-bench");
        List<Integer> sizes = args.length > 1
                ? java.util.Arrays.stream(args).skip(1).map(Integer::parseInt).toList()
                : List.of(5_000, 10_000, 20_000, 50_000);
        Files.createDirectories(base);
        System.out.println("| rows | kind | file | preview | import: read + check | import: store | import total |"
                + " total per 1,000 rows |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (int rows : sizes) {
            for (String kind : List.of("xlsx", "csv")) {
                Path folder = Files.createTempDirectory(base, "run-");
                try (AppContext context = TestContexts.open(folder.resolve("data"))) {
                    ContactRound round = OpinionImportFixtures.roundWithMeetings(context, folder);
                    List<String> hamlets = context.hamlets().list().stream().map(Hamlet::name)
                            .filter(n -> !n.equals(OpinionImportFixtures.WITHOUT_MEETING)).toList();
                    Path file = kind.equals("xlsx") ? xlsx(folder, rows, hamlets) : csv(folder, rows, hamlets);
                    long t0 = System.nanoTime();
                    OpinionImportPreview preview = context.opinionImport().preview(file, round.id());
                    long t1 = System.nanoTime();
                    long[] storing = {0};
                    TaskMonitor watch = new TaskMonitor() {
                        @Override
                        public boolean isCancelled() {
                            return false;
                        }

                        @Override
                        public void progress(double done, double total) {
                        }

                        @Override
                        public void message(String key) {
                            if (key.equals("opinionimport.progress.storing")) {
                                storing[0] = System.nanoTime();
                            }
                        }
                    };
                    OpinionImportResult result = context.opinionImport().importFile(file, round.id(), false, watch);
                    long t2 = System.nanoTime();
                    if (!preview.importable() || result.count() != rows) {
                        throw new IllegalStateException("not imported: " + preview.problems());
                    }
                    System.out.printf(Locale.ROOT, "| %,d | %s | %.1f MB | %.1f s | %.1f s | %.1f s | %.1f s | %.0f ms |%n",
                            rows, kind, Files.size(file) / 1048576.0, (t1 - t0) / 1e9, (storing[0] - t1) / 1e9,
                            (t2 - storing[0]) / 1e9, (t2 - t1) / 1e9, (t2 - t1) / 1e6 / (rows / 1000.0));
                }
            }
        }
        Path folder = Files.createTempDirectory(base, "run-");
        try (AppContext context = TestContexts.open(folder.resolve("data"))) {
            ContactRound round = OpinionImportFixtures.roundWithMeetings(context, folder);
            int rows = 300_000;
            Path file = xlsx(folder, rows, List.of("Thôn Đồng Tâm"));
            long t0 = System.nanoTime();
            OpinionImportResult result = context.opinionImport().importFile(file, round.id(), false);
            long t1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "%n300,000-row xlsx (%.1f MB): refused in %.1f s: %s%n",
                    Files.size(file) / 1048576.0, (t1 - t0) / 1e9, result.problems().get(0).reason(TestContexts.VI));
        }
    }

    private static String content(int i) {
        return "Đề nghị cấp trên xem xét sửa chữa đoạn đường liên thôn số " + i
                + " bị xuống cấp, mùa mưa lầy lội, học sinh đi lại khó khăn.";
    }

    static Path xlsx(Path folder, int rows, List<String> hamlets) throws IOException {
        Path file = folder.resolve("y-kien-" + rows + ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(OpinionTable.SHEET);
            Row header = sheet.createRow(0);
            String[] titles = {"Thôn", "Nội dung", "Lĩnh vực", "Thẩm quyền"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(hamlets.get(i % hamlets.size()));
                row.createCell(1).setCellValue(content(i));
                row.createCell(2).setCellValue(FIELDS[i % FIELDS.length]);
                row.createCell(3).setCellValue(AUTHORITIES[i % AUTHORITIES.length]);
            }
            workbook.write(out);
            workbook.dispose();
        }
        return file;
    }

    static Path csv(Path folder, int rows, List<String> hamlets) throws IOException {
        Path file = folder.resolve("y-kien-" + rows + ".csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Thôn,Nội dung,Lĩnh vực,Thẩm quyền\r\n");
            for (int i = 1; i <= rows; i++) {
                out.write(hamlets.get(i % hamlets.size()) + ",\"" + content(i) + "\"," + FIELDS[i % FIELDS.length] + ","
                        + AUTHORITIES[i % AUTHORITIES.length] + "\r\n");
            }
        }
        return file;
    }
}
