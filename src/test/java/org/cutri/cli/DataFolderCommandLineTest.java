package org.cutri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.cutri.cli.CommandLineTest.Result;
import org.cutri.common.db.Database;
import org.cutri.testing.ProgramClassPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Odd data folders on the command line: each is refused with one Vietnamese line on standard error and exit
 * code 2, nothing on standard output, and nothing created; a folder with spaces and Vietnamese letters works.
 */
class DataFolderCommandLineTest {

    @TempDir
    Path temp;

    private static void assertRefused(Result result, String saying) {
        assertThat(result.exit()).as(result.err()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(result.out()).as("nothing on standard output").isEmpty();
        assertThat(result.err().lines().toList()).as("one line on standard error").hasSize(1);
        assertThat(result.err()).contains(saying).doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("hỏng");
    }

    private List<String> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).toList();
        }
    }

    @Test
    void aSemicolonInTheFolderRunsNoSqlAndIsRefusedNotCalledDamaged() throws IOException {
        Path injected = temp.resolve("inj;INIT=CREATE TABLE pwned(x INT)--");
        Path vietnamese = temp.resolve("Dữ liệu; 2026");

        assertRefused(CommandLineTest.run("--data-dir", injected.toString(), "check"), "dấu chấm phẩy (;)");
        assertRefused(CommandLineTest.run("--data-dir=" + vietnamese, "hamlets"), "dấu chấm phẩy (;)");

        assertThat(filesUnder(temp)).as("no database file made, no SQL run").noneMatch(f -> f.endsWith(".mv.db"));
        assertThat(injected).as("not even a log folder").doesNotExist();
        assertThat(vietnamese).doesNotExist();
    }

    @Test
    void aFolderWithSpacesAndVietnameseLettersWorks() {
        Path folder = temp.resolve("Dữ liệu xã Tân Phúc 2026");

        Result result = CommandLineTest.run("--data-dir", folder.toString(), "check");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("không có chỗ hỏng");
        assertThat(folder.resolve(Database.FILE_NAME + Database.FILE_SUFFIX)).isRegularFile();
    }

    @Test
    void anEmptyDataFolderIsRefusedInsteadOfMeaningTheCurrentFolder() {
        Path here = Path.of("").toAbsolutePath();
        boolean before = Files.exists(here.resolve(Database.FILE_NAME + Database.FILE_SUFFIX));

        assertRefused(CommandLineTest.run("--data-dir", "", "check"), "Chưa ghi tên thư mục dữ liệu");
        assertRefused(CommandLineTest.run("--data-dir=", "hamlets"), "Chưa ghi tên thư mục dữ liệu");
        assertThat(CutriCommand.opensWindowOnly(new String[] {"--data-dir", ""})).as("no window on no folder").isFalse();

        assertThat(Files.exists(here.resolve(Database.FILE_NAME + Database.FILE_SUFFIX))).isEqualTo(before);
    }

    @Test
    void aFileAFolderThatCannotBeMadeAndAReadOnlyFolderAreEachOneLine() throws IOException {
        Path file = Files.writeString(temp.resolve("passwd"), "root:x:0:0");
        Path readOnly = readOnlyFolder();

        assertRefused(CommandLineTest.run("--data-dir", "/etc/passwd", "check"), "/etc/passwd là một tệp");
        assertRefused(CommandLineTest.run("--data-dir", file.toString(), "hamlets"), "là một tệp");
        assertRefused(CommandLineTest.run("--data-dir", file.resolve("bên trong").toString(), "check"),
                "Không tạo được thư mục dữ liệu");
        assertRefused(CommandLineTest.run("--data-dir", readOnly.toString(), "check"), "Không có quyền ghi");

        assertThat(Files.readString(file)).isEqualTo("root:x:0:0");
    }

    /** A folder nobody may write in: a chmod 555 folder, or (the tests may run as root) /proc/sys. */
    private Path readOnlyFolder() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("chỉ đọc"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        return Files.isWritable(folder) ? Path.of("/proc/sys") : folder;
    }

    /**
     * A dry run or a refused package leaves an empty folder as it was: not even a log folder is made in a folder
     * that does not hold the data yet (the log then goes to the usual folder).
     */
    @Test
    void theLogGoesIntoTheDataFolderOnlyOnceItHoldsTheData() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("trống"));
        String[] args = {"--data-dir", folder.toString(), "package", "import", "--dry-run", "x.zip"};

        assertThat(CutriCommand.logFolder(args).startsWith(folder.toAbsolutePath().normalize())).as("log inside the empty folder").isFalse();
        assertThat(CommandLineTest.run("--data-dir", folder.toString(), "demo").exit()).isZero();
        assertThat(CutriCommand.logFolder(args)).isEqualTo(folder.toAbsolutePath().normalize().resolve("logs"));
    }

    /**
     * "Lỗi không mong đợi. Chi tiết đã ghi vào nhật ký trong …/logs" names the data folder's log: the command's log
     * is written there. It went to {@code ~/.cutri/logs} instead (the log was set up, by a class preparing the log
     * folder, before it was told the folder), so the technician found an empty {@code cutri.log}. A forked program
     * with the product's own logging configuration.
     */
    @Test
    void aCommandsLogIsWrittenInTheDataFolderTheErrorMessageNames() throws IOException, InterruptedException {
        Path folder = temp.resolve("Dữ liệu xã");
        assertThat(CommandLineTest.run("--data-dir", folder.toString(), "demo").exit()).isZero();
        Path home = Files.createDirectories(temp.resolve("home"));
        Path argFile = temp.resolve("java-args-log.txt");
        Files.writeString(argFile, "-cp \"" + ProgramClassPath.withoutTests() + "\" -Duser.home=\"" + home + "\"",
                StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + argFile, "org.cutri.Launcher", "--data-dir", folder.toString(), "check")
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(temp.resolve("out-log.txt").toFile())
                .redirectError(temp.resolve("err-log.txt").toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("CUTRI_DATA");
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        Process started = builder.start();
        assertThat(started.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(started.exitValue()).as(Files.readString(temp.resolve("err-log.txt"), StandardCharsets.UTF_8))
                .isZero();

        assertThat(CutriCommand.logFolder(new String[] {"--data-dir", folder.toString(), "check"}))
                .isEqualTo(folder.toAbsolutePath().normalize().resolve("logs"));
        assertThat(Files.readString(folder.resolve("logs").resolve("cutri.log"), StandardCharsets.UTF_8))
                .contains("Opened a plain database in " + folder.toAbsolutePath().normalize());
        assertThat(home.resolve(".cutri")).as("no log outside the data folder").doesNotExist();
    }

    @Test
    void aDamagedDatabaseFailsTheCheckWithTheProblemsListedAndTheBackupNamed() throws IOException {
        Path folder = temp.resolve("data");
        assertThat(CommandLineTest.run("--data-dir", folder.toString(), "demo").exit()).isZero();
        try (var database = Database.open(folder)) {
            database.jdbi().useHandle(h -> h.execute("UPDATE opinion SET content_folded = 'khac' WHERE id = "
                    + "(SELECT MIN(id) FROM opinion)"));
        }
        Path backup = Files.createDirectories(folder.resolve("backups")).resolve("cutri-2026-11-30.zip");
        Files.writeString(backup, "sao lưu");

        Result result = CommandLineTest.run("--data-dir", folder.toString(), "check");

        assertThat(result.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(result.out()).containsPattern("(?m)^- Bảng opinion: nội dung của dòng số \\d+ không khớp");
        assertThat(result.err().lines().toList()).hasSize(1);
        assertThat(result.err()).contains("có 1 chỗ hỏng").contains(backup.toString());
    }

    /**
     * With {@code LANG=C} the system cannot name a Vietnamese folder: a forked program (the product's own
     * logging configuration) says so in one line, exit code 2, nothing on standard output.
     */
    @Test
    void underLangCAVietnameseFolderIsOneLineNotAStackTrace() throws IOException, InterruptedException {
        Path argFile = temp.resolve("java-args.txt");
        Files.writeString(argFile, "-cp \"" + ProgramClassPath.withoutTests() + "\" -Dcutri.log.dir=\"" + temp.resolve("logs") + "\"",
                StandardCharsets.UTF_8);
        Path parent = temp.toAbsolutePath();
        // The folder's name is given as raw UTF-8 bytes, as a terminal would pass it, whatever this JVM's locale.
        String script = "exec \"$0\" @\"$1\" org.cutri.Launcher --data-dir \"$2/$(printf 'D\\341\\273\\257 li\\341\\273\\207u')\" check";
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", script,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), argFile.toString(), parent.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile());
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process started = builder.start();
        assertThat(started.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String out = Files.readString(temp.resolve("out.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(started.exitValue()).as(err).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(out).isEmpty();
        assertThat(err.lines().toList()).hasSize(1);
        assertThat(err).startsWith("Hệ thống đang dùng bảng mã").contains("LANG=C.UTF-8");
    }
}
