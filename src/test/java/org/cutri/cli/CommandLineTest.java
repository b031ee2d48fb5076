package org.cutri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.cutri.app.AppContext;
import org.cutri.common.db.Database;
import org.cutri.hamlet.Hamlet;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as an office's technician would use it: run in-process, output captured. */
class CommandLineTest {

    @TempDir
    Path folder;

    @Test
    void versionPrintsTheProgramNameAndTheBuildVersion() {
        Result result = run("--version");

        assertThat(result.exit).isZero();
        assertThat(result.out.strip()).isEqualTo("cutri " + CutriCommand.version());
        assertThat(CutriCommand.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    /** Regression: "package import --help" was refused as a word not understood, and "help package" too. */
    @Test
    void everyCommandAnswersHelpWithItsUsageAndNoError() {
        Map<String, String> usageOf = Map.of("package import --help", "Usage: cutri package import",
                "package -h", "Usage: cutri package", "migrate --help", "Usage: cutri migrate",
                "help migrate", "Usage: cutri migrate");
        usageOf.forEach((asked, usage) -> {
            Result result = run(asked.split(" "));

            assertThat(result.exit).as(asked).isZero();
            assertThat(result.err).as(asked).isEmpty();
            assertThat(result.out).as(asked).startsWith(usage);
        });
        assertThat(run("package", "export", "--help").out).contains("--round=ID").contains("--out=FILE.zip");
        assertThat(folder).as("asking for help opens no data").isEmptyDirectory();
    }

    @Test
    void onlyAPlainStartOrADataFolderOpensTheWindowWithoutParsingACommand() {
        assertThat(CutriCommand.opensWindowOnly(new String[0])).isTrue();
        assertThat(CutriCommand.opensWindowOnly(new String[] {"--data-dir", "/x"})).isTrue();
        assertThat(CutriCommand.opensWindowOnly(new String[] {"--data-dir=/x"})).isTrue();

        assertThat(CutriCommand.opensWindowOnly(new String[] {"check"})).isFalse();
        assertThat(CutriCommand.opensWindowOnly(new String[] {"--data-dir", "/x", "check"})).isFalse();
        assertThat(CutriCommand.opensWindowOnly(new String[] {"--data-dir"})).isFalse();
        assertThat(CutriCommand.opensWindowOnly(new String[] {"--data-dir", "--help"})).isFalse();
        assertThat(CutriCommand.opensWindowOnly(new String[] {"--version"})).isFalse();
        assertThat(CutriCommand.opensWindowOnly(new String[] {"--data-dir=a\u0000b"})).as("not a path").isFalse();
    }

    @Test
    void checkOnAnEmptyFolderCreatesTheDataAndPrintsEveryTableWithItsCount() {
        Result result = run("--data-dir", folder.toString(), "check");

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.err).isEmpty();
        assertThat(result.out).contains("đã được kiểm tra đầy đủ").contains("không có chỗ hỏng");
        for (String table : Database.TABLES) {
            assertThat(result.out).containsPattern("(?m)^" + table + "\t\\d+$");
        }
        assertThat(result.out).containsPattern("(?m)^hamlet\t0$");
        assertThat(folder.resolve(Database.FILE_NAME + ".mv.db")).exists();
    }

    @Test
    void hamletsPrintsIdTabNameInVietnameseAlphabeticalOrder() {
        Hamlet dong;
        Hamlet dua;
        try (AppContext context = TestContexts.open(folder)) {
            dong = context.hamlets().create(new HamletDraft("Xóm Đông", HamletKind.XOM, null, null, null));
            dua = context.hamlets().create(new HamletDraft("Xóm Dừa", HamletKind.XOM, null, null, null));
        }

        Result result = run("--data-dir", folder.toString(), "hamlets");

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.out.lines()).containsExactly(
                dua.id() + "\tXóm Dừa",
                dong.id() + "\tXóm Đông");
    }

    @Test
    void anUnknownCommandIsRefusedWithAVietnameseUsageMessage() {
        Result result = run("--data-dir", folder.toString(), "frobnicate");

        assertThat(result.exit).isNotZero();
        assertThat(result.err).contains("Lệnh không đúng").contains("frobnicate").contains("Usage:");
        assertThat(result.out).isEmpty();
        assertThat(result.err).doesNotContain("Exception").doesNotContain("at org.");
    }

    /** picocli's own English ("Missing required options") never stands alone: the first line says it in Vietnamese. */
    @Test
    void aMissingOptionOrAWrongValueIsSaidInVietnamese() {
        Result missing = run("--data-dir", folder.toString(), "report");
        Result wrong = run("--data-dir", folder.toString(), "report", "--round", "abc", "--out", "x.docx");

        assertThat(missing.exit).isNotZero();
        assertThat(missing.err.lines().findFirst()).contains(
                "Lệnh không đúng: thiếu --round=ID. Cách dùng ở các dòng dưới đây.");
        assertThat(wrong.exit).isNotZero();
        assertThat(wrong.err.lines().findFirst()).contains(
                "Lệnh không đúng: giá trị của --round=ID không đúng. Cách dùng ở các dòng dưới đây.");
        assertThat(missing.err + wrong.err).doesNotContain("Missing required").doesNotContain("Invalid value");
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = org.cutri.testing.CommandLines.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Result(int exit, String out, String err) {
    }
}
