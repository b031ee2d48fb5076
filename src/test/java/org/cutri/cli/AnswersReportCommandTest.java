package org.cutri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cutri.app.AppContext;
import org.cutri.testing.AnswerFixture;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code answers report --round ID --out FILE}, run in-process as a technician would. */
class AnswersReportCommandTest {

    @TempDir
    static Path data;

    @TempDir
    Path folder;

    private static int july;

    @BeforeAll
    static void demo() {
        try (AppContext context = TestContexts.open(data)) {
            context.demo().load(false, true);
            july = new AnswerFixture(context).july.id();
        }
    }

    @Test
    void writesTheWordFileWithTheAnswersAndSaysWhere() throws Exception {
        Path out = folder.resolve("ket qua tra loi.docx");

        Result result = run("answers", "report", "--round", String.valueOf(july), "--out", out.toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.out.strip()).isEqualTo("Đã ghi báo cáo kết quả trả lời cử tri ra " + out.toAbsolutePath());
        try (InputStream in = Files.newInputStream(out);
                XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(in))) {
            assertThat(text.getText().replace('\u00A0', ' ')).contains("BÁO CÁO",
                    "Kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri",
                    "(Văn bản số 112/UBND-VP, ngày 25/08/2026, của UBND xã Tân Phúc)", "quá hạn");
        }
        assertThat(leftovers()).as("no temporary file left").isEmpty();
    }

    @Test
    void anotherExtensionIsOneVietnameseLineAndNoFile() {
        Path out = folder.resolve("ket-qua.xlsx");

        Result result = run("answers", "report", "--round", String.valueOf(july), "--out", out.toString());

        assertThat(result.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(result.err.strip()).isEqualTo("Không lưu được \"ket-qua.xlsx\": chỉ lưu được tệp Word (.docx) hoặc"
                + " PDF (.pdf). Hãy đặt tên tệp có đuôi .docx hoặc .pdf.");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownRoundAMissingFolderOrAFolderInTheWayLeaveNoFile() throws Exception {
        Result unknown = run("answers", "report", "--round", "999", "--out", folder.resolve("a.docx").toString());
        assertThat(unknown.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(unknown.err).contains("Không có đợt tiếp xúc cử tri số 999").doesNotContain("Exception");
        assertThat(unknown.err.strip().lines()).hasSize(1);

        Path missing = folder.resolve("khong-co").resolve("b.pdf");
        Result noFolder = run("answers", "report", "--round", String.valueOf(july), "--out", missing.toString());
        assertThat(noFolder.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(noFolder.err).startsWith("Không tìm thấy thư mục").doesNotContain("Exception");
        assertThat(missing.getParent()).doesNotExist();

        // a folder already has the name: nothing can be written there
        Path taken = Files.createDirectory(folder.resolve("c.docx"));
        Result inTheWay = run("answers", "report", "--round", String.valueOf(july), "--out", taken.toString());
        assertThat(inTheWay.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(inTheWay.err).startsWith("Không ghi được \"c.docx\"").doesNotContain("Exception");
        assertThat(inTheWay.err.strip().lines()).hasSize(1);
        assertThat(taken).isEmptyDirectory();
        assertThat(leftovers()).as("no temporary file left").isEmpty();
    }

    @Test
    void theRoundIsRequiredAndTheListStillWorks() {
        Result noRound = run("answers", "report", "--out", folder.resolve("d.docx").toString());
        assertThat(noRound.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(folder.resolve("d.docx")).doesNotExist();

        Result listWithout = run("answers");
        assertThat(listWithout.exit).as("the list still needs its round").isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(listWithout.err).startsWith("Lệnh không đúng: thiếu --round=ID.");

        Result list = run("answers", "--round", String.valueOf(july));
        assertThat(list.exit).as(list.err).isZero();
        assertThat(list.out).contains("\toverdue");
    }

    private Stream<Path> leftovers() throws Exception {
        return Files.list(folder).filter(p -> p.getFileName().toString().endsWith(".tmp")).toList().stream();
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
