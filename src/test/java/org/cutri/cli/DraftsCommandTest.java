package org.cutri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cutri.app.AppContext;
import org.cutri.document.WorkbookTitle;
import org.cutri.draft.CommentDraft;
import org.cutri.draft.DraftSection;
import org.cutri.draft.SourceKind;
import org.cutri.draft.Stance;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drafts}, {@code drafts import}, {@code drafts sections} and {@code drafts report}, on a real H2 file. */
class DraftsCommandTest {

    @TempDir
    Path data;

    @TempDir
    Path folder;

    private static Path resource(String name) {
        try {
            return Path.of(DraftsCommandTest.class.getResource("/draft/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDraftIsImportedListedCountedAndReported() throws Exception {
        Result imported = run("drafts", "import", resource("du-thao-danh-so.docx").toString(), "--title",
                "Dự thảo Báo cáo chính trị nhiệm kỳ 2025–2030", "--due", "10/12/2026");
        assertThat(imported.exit).as(imported.err).isZero();
        String id = imported.out.strip().split("\t")[0];
        assertThat(imported.out.strip()).isEqualTo(id + "\tDự thảo Báo cáo chính trị nhiệm kỳ 2025–2030\t41");

        try (AppContext context = TestContexts.open(data)) {
            DraftSection farming = context.drafts().sections(Integer.parseInt(id)).stream()
                    .filter(s -> s.heading().equals("Sản xuất nông nghiệp")).findFirst().orElseThrow();
            context.drafts().createComment(new CommentDraft(farming.id(), Stance.AGREE, "Nhất trí", 30,
                    SourceKind.HAMLET, "Thôn Đông Hải", null, null, null));
            context.drafts().createComment(new CommentDraft(farming.id(), Stance.AGREE, "Nhất trí.", 30,
                    SourceKind.HAMLET, "Thôn Đông Hải", null, null, null));
            context.drafts().createComment(new CommentDraft(farming.id(), Stance.PARTLY, "Bổ sung lúa hữu cơ", 12,
                    SourceKind.ORGANISATION, "Hội Nông dân xã", null, null, null));
            assertThat(context.dutyCalendar().entries(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
                    .anyMatch(e -> e.due().equals(LocalDate.of(2026, 12, 10)));
        }

        Result list = run("drafts");
        assertThat(list.exit).as(list.err).isZero();
        assertThat(list.out.lines().toList()).containsExactly(id + "\tDự thảo Báo cáo chính trị nhiệm kỳ 2025–2030\t41\t3");

        Result sections = run("drafts", "sections", "--id", id);
        assertThat(sections.exit).as(sections.err).isZero();
        assertThat(sections.out.lines().toList()).hasSize(41).startsWith(
                "PHẦN THỨ NHẤT\tĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ NHIỆM KỲ 2020–2025\t1\t0\t1",
                "I.\tKẾT QUẢ ĐẠT ĐƯỢC\t1\t0\t1", "1.\tVề phát triển kinh tế\t1\t0\t1", "a)\tSản xuất nông nghiệp\t1\t0\t1",
                "b)\tCông nghiệp, tiểu thủ công nghiệp và dịch vụ\t0\t0\t0")
                .endsWith("\tKẾT LUẬN\t0\t0\t0");

        Path docx = folder.resolve("bao cao.docx");
        Result report = run("drafts", "report", "--id", id, "--out", docx.toString());
        assertThat(report.exit).as(report.err).isZero();
        assertThat(report.out.strip()).isEqualTo("Đã ghi bản dự thảo báo cáo (chưa có số) ra " + docx.toAbsolutePath());
        try (InputStream in = Files.newInputStream(docx);
                XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(in))) {
            assertThat(text.getText()).contains("(DỰ THẢO)", "Bổ sung lúa hữu cơ", "(Hội Nông dân xã; 12 người)");
        }
        Path xlsx = folder.resolve("bang.xlsx");
        Result table = run("drafts", "report", "--id", id, "--out", xlsx.toString());
        assertThat(table.exit).as(table.err).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getRow(WorkbookTitle.ROWS + 1).getCell(1).getStringCellValue())
                    .startsWith("PHẦN THỨ NHẤT");
        }
    }

    @Test
    void badInputIsOneVietnameseLineANonZeroExitAndNothingStored() throws Exception {
        Path notWord = folder.resolve("du-thao.docx");
        Files.writeString(notWord, "không phải Word", StandardCharsets.UTF_8);
        Result damaged = run("drafts", "import", notWord.toString(), "--title", "Dự thảo A");
        assertThat(damaged.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(damaged.err.strip().lines()).hasSize(1);
        assertThat(damaged.err).startsWith("Không đọc được tệp du-thao.docx").doesNotContain("Exception");

        Result badDate = run("drafts", "import", resource("du-thao-de-muc.docx").toString(), "--title", "Dự thảo B",
                "--due", "31/02/2026");
        assertThat(badDate.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(badDate.err.strip()).isEqualTo("Ngày \"31/02/2026\" không đọc được. Hãy ghi ngày dạng 25/12/2026.");

        Result noTitle = run("drafts", "import", resource("du-thao-de-muc.docx").toString(), "--title", "  ");
        assertThat(noTitle.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(noTitle.err.strip()).isEqualTo("Hãy nhập tên dự thảo.");
        assertThat(run("drafts").out).isEmpty();

        Result unknown = run("drafts", "sections", "--id", "99");
        assertThat(unknown.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(unknown.err.strip()).isEqualTo("Không có dự thảo số 99. Hãy xem danh sách bằng lệnh \"drafts\".");

        Path csv = folder.resolve("bang.csv");
        Result wrongType = run("drafts", "report", "--id", "1", "--out", csv.toString());
        assertThat(wrongType.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(wrongType.err.strip().lines()).hasSize(1);
        assertThat(wrongType.err).contains(".xlsx");
        assertThat(folder).isDirectoryNotContaining("glob:**.csv");
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(String... args) {
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
