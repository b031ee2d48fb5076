package org.cutri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.common.db.Backups;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup --out}, {@code backups} and {@code restore}, run in-process as a technician would. */
class BackupCommandsTest {

    @TempDir
    Path folder;

    private Path data;
    private Path zip;

    @BeforeEach
    void prepare() {
        data = folder.resolve("data");
        zip = folder.resolve("sao-luu.zip");
        try (AppContext context = TestContexts.open(data)) {
            for (String name : List.of("Xóm Đông", "Xóm Tây", "Thôn Trung")) {
                context.hamlets().create(new HamletDraft(name, HamletKind.XOM, null, null, null));
            }
        }
    }

    @Test
    void backupWritesAFileReadBackAndACommandThatChangedDataLeavesAnAutomaticBackup() {
        Path fresh = folder.resolve("fresh");
        Result demo = run("--data-dir", fresh.toString(), "demo");
        assertThat(demo.exit).as(demo.err).isZero();
        Result result = run("--data-dir", fresh.toString(), "backup", "--out", zip.toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(zip).isRegularFile();
        assertThat(result.out.strip()).startsWith("Đã sao lưu vào " + zip).contains("đã đọc lại để kiểm tra")
                .contains(" thôn").contains(" đại biểu");

        Result list = run("--data-dir", fresh.toString(), "backups");
        assertThat(list.exit).as(list.err).isZero();
        List<String> lines = list.out.lines().toList();
        // two commands within one second name their backups "…-exit.zip" and "…-exit-2.zip"; one a day is kept
        assertThat(lines).as("the demo command changed the data: one backup on its exit").singleElement()
                .satisfies(line -> assertThat(line).matches(java.util.regex.Pattern.quote(
                        Backups.folder(fresh).toString()) + "/cutri-\\d{8}-\\d{6}-exit(-\\d+)?\\.zip\t\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d\t\\d+"));
        String size = lines.get(0).split("\t")[2];
        assertThat(Long.parseLong(size)).isEqualTo(Backups.list(fresh).get(0).size());
    }

    @Test
    void restoreRefusesDataThatHoldsSomethingUnlessReplaceWhichBacksItUpFirst() {
        assertThat(run("--data-dir", data.toString(), "backup", "--out", zip.toString()).exit).isZero();
        try (AppContext context = TestContexts.open(data)) {
            context.hamlets().create(new HamletDraft("Xóm Sau Sao Lưu", HamletKind.XOM, null, null, null));
        }
        int backupsBefore = Backups.list(data).size();

        Result refused = run("--data-dir", data.toString(), "restore", zip.toString());

        assertThat(refused.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(refused.err.lines().toList()).singleElement().satisfies(line ->
                assertThat(line).contains("đã có dữ liệu").contains("--replace"));
        assertThat(hamletNames()).contains("Xóm Sau Sao Lưu");
        assertThat(Backups.list(data)).hasSize(backupsBefore);

        Result replaced = run("--data-dir", data.toString(), "restore", zip.toString(), "--replace");

        assertThat(replaced.exit).as(replaced.err).isZero();
        assertThat(replaced.out).contains("Đã khôi phục").contains("cutri-").contains("before-restore");
        assertThat(hamletNames()).doesNotContain("Xóm Sau Sao Lưu").isNotEmpty();
        assertThat(Backups.list(data)).filteredOn(b -> b.kind() == Backups.Kind.BEFORE_RESTORE).singleElement()
                .satisfies(b -> assertThat(b.count("hamlets")).isEqualTo(hamletNames().size() + 1));
    }

    @Test
    void restoreIntoAnEmptyFolderNeedsNoReplace() {
        assertThat(run("--data-dir", data.toString(), "backup", "--out", zip.toString()).exit).isZero();
        Path other = folder.resolve("may-moi");

        Result result = run("--data-dir", other.toString(), "restore", zip.toString());

        assertThat(result.exit).as(result.err).isZero();
        try (AppContext context = TestContexts.open(other)) {
            assertThat(context.hamlets().list()).hasSameSizeAs(hamletNames());
        }
    }

    @Test
    void aDamagedBackupIsOneVietnameseLineAndExitTwo() throws Exception {
        Path damaged = Files.write(folder.resolve("hong.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});

        Result result = run("--data-dir", data.toString(), "restore", damaged.toString(), "--replace");

        assertThat(result.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(result.err.lines().toList()).singleElement().satisfies(line ->
                assertThat(line).contains("bị hỏng").contains("không thay đổi").doesNotContain("Exception"));
        assertThat(Backups.list(data)).noneMatch(b -> b.kind() == Backups.Kind.BEFORE_RESTORE);
    }

    @Test
    void dataThatCannotBeOpenedIsSetAsideAndRestoredWithReplace() throws Exception {
        assertThat(run("--data-dir", data.toString(), "backup", "--out", zip.toString()).exit).isZero();
        List<String> names = hamletNames();
        Path file = data.resolve("cutri.mv.db");
        Files.write(file, new byte[0]);

        Result refused = run("--data-dir", data.toString(), "restore", zip.toString());
        assertThat(refused.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(refused.err.lines().toList()).singleElement().satisfies(line -> assertThat(line).contains("rỗng"));

        Result result = run("--data-dir", data.toString(), "restore", zip.toString(), "--replace");

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.out).contains("Tệp dữ liệu hỏng đã được chuyển sang").contains("Đã khôi phục");
        assertThat(hamletNames()).isEqualTo(names);
        try (java.util.stream.Stream<Path> kept = Files.list(Backups.folder(data))) {
            assertThat(kept.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.matches("cutri-\\d{8}-\\d{6}-damaged\\.mv\\.db"));
        }
    }

    @Test
    void backupIntoAFolderThatIsNotThereIsAUserError() {
        Result result = run("--data-dir", data.toString(), "backup", "--out",
                folder.resolve("khong-co").resolve("x.zip").toString());

        assertThat(result.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(result.err.lines().toList()).singleElement().satisfies(line -> assertThat(line).contains("không có"));
    }

    private List<String> hamletNames() {
        try (AppContext context = TestContexts.open(data)) {
            return context.hamlets().list().stream().map(h -> h.name()).toList();
        }
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
