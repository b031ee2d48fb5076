package org.cutri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cutri.app.AppContext;
import org.cutri.common.db.DataPassword;
import org.cutri.common.db.Protection;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The password on the command line: {@code protect} and {@code unprotect}, and every command on protected data
 * with the password from {@code CUTRI_PASSWORD} or {@code --password-stdin}; without the right one, exit code 2
 * and one Vietnamese line.
 */
class ProtectCommandTest {

    private static final String FIRST = "Mật khẩu thứ nhất";
    private static final String SECOND = "mật khẩu thứ hai";

    @TempDir
    Path folder;

    private record Result(int exit, String out, String err) {
    }

    private Result run(String stdin, Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = folder.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = org.cutri.testing.CommandLines.run(all, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                environment);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> withPassword(String password) {
        return Map.of(CutriCommand.PASSWORD_VARIABLE, password);
    }

    @BeforeEach
    void aHamlet() {
        try (AppContext context = TestContexts.open(folder)) {
            context.hamlets().create(new HamletDraft("Thôn Bí Mật", HamletKind.THON, null, null, null));
        }
    }

    private void protect() {
        Result protect = run(FIRST + "\n", Map.of(), "protect");
        assertThat(protect.exit()).as(protect.err()).isZero();
    }

    @Test
    void protectReadsTheNewPasswordFromStandardInputAndThenEveryCommandNeedsIt() {
        Result protect = run(FIRST + "\n", Map.of(), "protect");

        assertThat(protect.exit()).as(protect.err()).isZero();
        assertThat(protect.out()).startsWith("Đã đặt mật khẩu bảo vệ dữ liệu trong thư mục " + folder);
        assertThat(Protection.isProtected(folder)).isTrue();

        Result without = run("", Map.of(), "hamlets");
        assertThat(without.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(without.out()).isEmpty();
        assertThat(without.err().lines()).singleElement().asString()
                .startsWith("Dữ liệu trong thư mục " + folder + " được bảo vệ bằng mật khẩu");

        Result wrong = run("", withPassword(SECOND), "hamlets");
        assertThat(wrong.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(wrong.err().lines()).singleElement().asString().startsWith("Mật khẩu không đúng.");
        assertThat(wrong.err()).doesNotContain(SECOND).doesNotContain("Exception");

        Result fromEnvironment = run("", withPassword(FIRST), "hamlets");
        assertThat(fromEnvironment.exit()).as(fromEnvironment.err()).isZero();
        assertThat(fromEnvironment.out()).contains("\tThôn Bí Mật");
    }

    @Test
    void restoreOfABackupMadeUnderTheOlderPasswordTakesItFromTheSecondLineAndAWrongOneChangesNothing() {
        protect();
        Path zip = folder.resolveSibling(folder.getFileName() + "-sao-luu.zip");
        Result backup = run("", withPassword(FIRST), "backup", "--out", zip.toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        try (AppContext context = AppContext.open(folder, TestContexts.VI, DataPassword.of(FIRST))) {
            context.hamlets().create(new HamletDraft("Thôn Sau Sao Lưu", HamletKind.THON, null, null, null));
        }
        Result change = run(FIRST + "\n" + SECOND + "\n", Map.of(), "--password-stdin", "protect");
        assertThat(change.exit()).as(change.err()).isZero();

        Result oneLine = run(SECOND + "\n", Map.of(), "--password-stdin", "restore", zip.toString(), "--replace");

        assertThat(oneLine.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(oneLine.err().lines()).singleElement().asString()
                .startsWith("Mật khẩu vừa nhập không mở được bản sao lưu " + zip).contains("không thay đổi");
        assertThat(run("", withPassword(SECOND), "hamlets").out()).as("nothing changed").contains("Thôn Sau Sao Lưu");

        Result twoLines = run(SECOND + "\n" + FIRST + "\n", Map.of(), "--password-stdin", "restore", zip.toString(),
                "--replace");

        assertThat(twoLines.exit()).as(twoLines.err()).isZero();
        Result restored = run("", withPassword(FIRST), "hamlets");
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("\tThôn Bí Mật").doesNotContain("Thôn Sau Sao Lưu");
        assertThat(run("", withPassword(SECOND), "hamlets").exit()).as("the backup's password now opens the data")
                .isEqualTo(CutriCommand.EXIT_USER_ERROR);
    }

    @Test
    void passwordStdinReadsTheFirstLineBeforeOrAfterTheCommand() {
        protect();

        Result after = run(FIRST + "\n", Map.of(), "hamlets", "--password-stdin");
        Result before = run(FIRST + "\n", Map.of(), "--password-stdin", "hamlets");
        Result wrong = run(SECOND + "\n", withPassword(FIRST), "hamlets", "--password-stdin");
        Result empty = run("", Map.of(), "--password-stdin", "check");

        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(after.out()).contains("\tThôn Bí Mật");
        assertThat(before.exit()).as(before.err()).isZero();
        assertThat(before.out()).contains("\tThôn Bí Mật");
        assertThat(wrong.exit()).as("standard input wins over the environment").isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(wrong.err()).startsWith("Mật khẩu không đúng.");
        assertThat(empty.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(empty.err().lines()).singleElement().asString().contains("được bảo vệ bằng mật khẩu");
    }

    @Test
    void protectOnProtectedDataChangesThePasswordTakingTheCurrentOneFirst() {
        protect();

        Result withoutCurrent = run(SECOND + "\n", Map.of(), "protect");
        Result change = run(FIRST + "\n" + SECOND + "\n", Map.of(), "--password-stdin", "protect");

        assertThat(withoutCurrent.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(change.exit()).as(change.err()).isZero();
        assertThat(change.out()).startsWith("Đã đổi mật khẩu").contains("vẫn mở bằng mật khẩu cũ");
        assertThat(run("", withPassword(FIRST), "hamlets").exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(run("", withPassword(SECOND), "hamlets").out()).contains("\tThôn Bí Mật");

        Result again = run(FIRST + "\n", withPassword(SECOND), "protect");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(run("", withPassword(FIRST), "hamlets").out()).contains("\tThôn Bí Mật");
        Result unprotect = run("", withPassword(FIRST), "unprotect");
        assertThat(unprotect.exit()).as(unprotect.err()).isZero();

        // One audit row each, oldest first, naming the account and never a password.
        List<String> rows = run("", Map.of(), "audit").out().lines().filter(line -> line.contains("\tPROTECT\t"))
                .toList();
        assertThat(rows).extracting(line -> line.substring(line.indexOf('\t') + 1)).containsExactly(
                System.getProperty("user.name") + "\tPROTECT\tfile cutri.mv.db\tđặt mật khẩu bảo vệ dữ liệu",
                System.getProperty("user.name") + "\tPROTECT\tfile cutri.mv.db\tđổi mật khẩu bảo vệ dữ liệu",
                System.getProperty("user.name") + "\tPROTECT\tfile cutri.mv.db\tđổi mật khẩu bảo vệ dữ liệu",
                System.getProperty("user.name") + "\tPROTECT\tfile cutri.mv.db\tbỏ mật khẩu bảo vệ dữ liệu");
        assertThat(String.join("\n", rows)).doesNotContainIgnoringCase("mật khẩu thứ");
    }

    @Test
    void unprotectMakesTheDataPlainAgainWithEveryRow() {
        protect();

        Result refused = run("", Map.of(), "unprotect");
        Result unprotect = run("", withPassword(FIRST), "unprotect");

        assertThat(refused.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(unprotect.exit()).as(unprotect.err()).isZero();
        assertThat(unprotect.out()).startsWith("Đã bỏ mật khẩu");
        assertThat(Protection.isProtected(folder)).isFalse();
        assertThat(folder.resolve(Protection.FILE_NAME)).doesNotExist();
        assertThat(run("", Map.of(), "hamlets").out()).contains("\tThôn Bí Mật");
    }

    @Test
    void aMissingOrShortNewPasswordIsRefusedAndTheDataStaysPlain() {
        Result missing = run("", Map.of(), "protect");
        Result tooShort = run("ngắn\n", Map.of(), "protect");

        assertThat(missing.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(missing.err()).startsWith("Chưa có mật khẩu mới");
        assertThat(tooShort.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(tooShort.err()).startsWith("Mật khẩu quá ngắn: cần ít nhất 8 ký tự.");
        assertThat(Protection.isProtected(folder)).isFalse();
    }

    @Test
    void thePasswordIsInNoLogLineNoMessageAndNoFileOfTheFolder() throws Exception {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.classic.Level levelBefore = root.getLevel();
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> events =
                new ch.qos.logback.core.read.ListAppender<>();
        events.start();
        root.addAppender(events);
        root.setLevel(ch.qos.logback.classic.Level.ALL);
        java.util.List<Result> results = new java.util.ArrayList<>();
        try {
            results.add(run(FIRST + "\n", Map.of(), "protect"));
            results.add(run("", withPassword(SECOND), "hamlets"));
            results.add(run(FIRST + "\n" + SECOND + "\n", Map.of(), "--password-stdin", "protect"));
            results.add(run(FIRST + "\n", Map.of(), "--password-stdin", "unprotect"));
            results.add(run("", withPassword(SECOND), "unprotect"));
        } finally {
            root.detachAppender(events);
            root.setLevel(levelBefore);
        }

        assertThat(results).extracting(Result::exit).containsExactly(0, 2, 0, 2, 0);
        assertThat(events.list).as("something was logged").isNotEmpty();
        for (ch.qos.logback.classic.spi.ILoggingEvent event : events.list) {
            StringBuilder text = new StringBuilder(event.getFormattedMessage());
            for (ch.qos.logback.classic.spi.IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                text.append(' ').append(t.getMessage());
            }
            assertThat(text.toString()).doesNotContain(FIRST).doesNotContain(SECOND);
        }
        for (Result result : results) {
            assertThat(result.out() + result.err()).doesNotContain(FIRST).doesNotContain(SECOND);
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(folder)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                String bytes = new String(java.nio.file.Files.readAllBytes(file), StandardCharsets.UTF_8);
                assertThat(bytes).as(file.toString()).doesNotContain(FIRST).doesNotContain(SECOND);
            }
        }
    }
}
