package org.cutri.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.common.db.Backups;
import org.cutri.common.db.DataPassword;
import org.cutri.common.db.Database;
import org.cutri.common.task.TaskMonitor;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups of password-protected data (issue 10): encrypted like the data, with their salt file; a backup made before
 * a change of password still opens with the password of its time; restore brings the salt file back with the data.
 */
class ProtectedBackupTest {

    private static final String FIRST = "mật khẩu thứ nhất";
    private static final String SECOND = "mật khẩu thứ hai";

    @TempDir
    Path folder;

    @Test
    void aProtectedBackupHoldsNoTextRestoresExactlyAndTheRestoredDataOpensWithItsPassword() throws Exception {
        Path data = folder.resolve("data");
        Path plainZip = folder.resolve("plain.zip");
        Path zip = folder.resolve("protected.zip");
        List<String> before;
        List<String> texts;
        try (AppContext context = TestContexts.open(data)) {
            context.demo().load(false);
            context.demo().addGeneratedOpinions(20);
            texts = context.database().jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT content FROM opinion WHERE LENGTH(content) > 30 ORDER BY id FETCH FIRST 5 ROWS ONLY")
                    .mapTo(String.class).list());
            assertThat(texts).isNotEmpty();
            context.backups().backUpTo(plainZip, TaskMonitor.NONE);
            context.database().protect(password(FIRST));
            before = BackupServiceTest.dump(context.database());

            context.backups().backUpTo(zip, TaskMonitor.NONE);

            assertThat(entryNames(zip)).contains("cutri.mv.db", "cutri-backup.properties", "cutri.salt");
            assertThat(description(zip).getProperty("protected")).isEqualTo("true");
            assertThat(Backups.describe(zip).orElseThrow().protectedData()).isTrue();
            assertThat(entry(zip, "cutri.salt")).isEqualTo(Files.readAllBytes(data.resolve("cutri.salt")));
            String plainBytes = new String(entry(plainZip, "cutri.mv.db"), StandardCharsets.ISO_8859_1);
            String protectedBytes = new String(entry(zip, "cutri.mv.db"), StandardCharsets.ISO_8859_1);
            for (String text : texts) {
                String stored = h2Stored(text);
                assertThat(plainBytes).as("the plain backup shows the text (the check can fail)").contains(stored);
                assertThat(protectedBytes).as("the protected backup hides it").doesNotContain(stored)
                        .doesNotContain(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
            }

            context.hamlets().create(new HamletDraft("Xóm Bãi Mới", HamletKind.THON, null, null, null));
            BackupService.Restored restored = context.backups().restore(zip, TaskMonitor.NONE);

            assertThat(BackupServiceTest.dump(context.database())).isEqualTo(before);
            assertThat(restored.before().protectedData()).as("the safety backup is protected too").isTrue();
            assertThat(entryNames(restored.before().file())).contains("cutri.salt");
        }
        try (AppContext reopened = AppContext.open(data, TestContexts.VI, password(FIRST))) {
            assertThat(reopened.database().isProtected()).isTrue();
            assertThat(BackupServiceTest.dump(reopened.database())).as("what is stored on disk").isEqualTo(before);
        }
        assertThatThrownBy(() -> Database.open(data).close()).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo(Database.PASSWORD_NEEDED);
    }

    @Test
    void aBackupMadeUnderAnOlderPasswordAsksForThatPasswordAndAWrongOneChangesNothing() throws Exception {
        Path data = folder.resolve("data");
        Path zip = folder.resolve("old-password.zip");
        List<String> atBackup;
        byte[] oldSalt;
        try (AppContext context = TestContexts.open(data)) {
            context.demo().load(false);
            context.database().protect(password(FIRST));
            atBackup = BackupServiceTest.dump(context.database());
            oldSalt = Files.readAllBytes(data.resolve("cutri.salt"));
            context.backups().backUpTo(zip, TaskMonitor.NONE);
            context.hamlets().create(new HamletDraft("Xóm Bãi Mới", HamletKind.THON, null, null, null));
            context.database().protect(password(SECOND));
            List<String> now = BackupServiceTest.dump(context.database());
            var files = BackupServiceTest.snapshot(data);

            assertThatThrownBy(() -> context.backups().restore(zip, TaskMonitor.NONE))
                    .isInstanceOf(UserException.class).extracting(e -> ((UserException) e).key())
                    .isEqualTo(Backups.PASSWORD_NEEDED);
            assertThatThrownBy(() -> context.backups().restore(zip, password(SECOND), TaskMonitor.NONE))
                    .isInstanceOf(UserException.class).extracting(e -> ((UserException) e).key())
                    .isEqualTo("backup.passwordWrong");
            assertThat(TestContexts.VI.of((UserException) catchThrown(
                    () -> context.backups().restore(zip, password(SECOND), TaskMonitor.NONE))))
                    .contains("không mở được bản sao lưu").contains("Dữ liệu hiện tại không thay đổi");
            assertThat(BackupServiceTest.snapshot(data)).as("nothing changed, no safety backup").isEqualTo(files);
            assertThat(BackupServiceTest.dump(context.database())).isEqualTo(now);

            context.backups().restore(zip, password(FIRST), TaskMonitor.NONE);

            assertThat(BackupServiceTest.dump(context.database())).isEqualTo(atBackup);
            assertThat(Files.readAllBytes(data.resolve("cutri.salt"))).as("the backup's salt file came back")
                    .isEqualTo(oldSalt);
            assertThat(data.resolve("cutri.salt.new")).doesNotExist();
            assertThat(data.resolve("cutri-old.mv.db")).doesNotExist();
        }
        try (AppContext reopened = AppContext.open(data, TestContexts.VI, password(FIRST))) {
            assertThat(BackupServiceTest.dump(reopened.database())).isEqualTo(atBackup);
        }
        assertThatThrownBy(() -> Database.open(data, password(SECOND)).close()).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo("db.password.wrong");
    }

    /**
     * A restore cut short (the power gone) after the backup's file took the data's name but before its salt file
     * did: the next opening finishes the step, so the file is never left with the other password's salt.
     */
    @Test
    void aRestoreCutShortBeforeTheSaltFileMovedIsFinishedOnTheNextOpening() throws Exception {
        Path data = folder.resolve("data");
        Path zip = folder.resolve("old-password.zip");
        List<String> atBackup;
        try (AppContext context = TestContexts.open(data)) {
            context.demo().load(false);
            context.database().protect(password(FIRST));
            atBackup = BackupServiceTest.dump(context.database());
            context.backups().backUpTo(zip, TaskMonitor.NONE);
            context.hamlets().create(new HamletDraft("Xóm Bãi Mới", HamletKind.THON, null, null, null));
            context.database().protect(password(SECOND));
        }
        // The state Reencryption.install leaves between its last two steps.
        Files.move(data.resolve("cutri.mv.db"), data.resolve("cutri-old.mv.db"));
        Files.write(data.resolve("cutri.mv.db"), entry(zip, "cutri.mv.db"));
        Files.write(data.resolve("cutri.salt.new"), entry(zip, "cutri.salt"));

        try (AppContext reopened = AppContext.open(data, TestContexts.VI, password(FIRST))) {
            assertThat(BackupServiceTest.dump(reopened.database())).isEqualTo(atBackup);
        }
        assertThat(Files.readAllBytes(data.resolve("cutri.salt"))).isEqualTo(entry(zip, "cutri.salt"));
        assertThat(data.resolve("cutri-old.mv.db")).doesNotExist();
        assertThat(data.resolve("cutri.salt.new")).doesNotExist();
    }

    @Test
    void aPlainBackupRestoredOverProtectedDataTakesTheSaltFileAway() throws Exception {
        Path data = folder.resolve("data");
        Path zip = folder.resolve("plain.zip");
        List<String> atBackup;
        try (AppContext context = TestContexts.open(data)) {
            context.demo().load(false);
            atBackup = BackupServiceTest.dump(context.database());
            context.backups().backUpTo(zip, TaskMonitor.NONE);
            context.database().protect(password(FIRST));
            assertThat(data.resolve("cutri.salt")).exists();

            context.backups().restore(zip, TaskMonitor.NONE);

            assertThat(context.database().isProtected()).isFalse();
            assertThat(data.resolve("cutri.salt")).doesNotExist();
            assertThat(BackupServiceTest.dump(context.database())).isEqualTo(atBackup);
        }
        try (Database reopened = Database.open(data)) {
            assertThat(reopened.isProtected()).isFalse();
        }
    }

    @Test
    void aBackupToAFolderAndARestoreWriteOneAuditRowEach() throws Exception {
        Path data = folder.resolve("data");
        Path zip = folder.resolve("usb.zip");
        try (AppContext context = TestContexts.open(data)) {
            context.demo().load(false);
            context.backups().backUpTo(zip, TaskMonitor.NONE);
            assertThat(trail(context)).containsExactly("BACKUP usb.zip");

            BackupService.Restored restored = context.backups().restore(zip, TaskMonitor.NONE);

            assertThat(trail(context)).as("the restored data's trail says what happened to it")
                    .containsExactly("BACKUP " + restored.before().file().getFileName(), "RESTORE usb.zip");
        }
    }

    private static List<String> trail(AppContext context) {
        return context.database().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT action || ' ' || object_id FROM audit_log WHERE action IN ('BACKUP', 'RESTORE') ORDER BY id")
                .mapTo(String.class).list());
    }

    private static Throwable catchThrown(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("nothing thrown");
    }

    /** A text as H2 stores it in its pages (as UTF-8, but without the high bit of continuation bytes), as Latin-1. */
    private static String h2Stored(String text) {
        StringBuilder bytes = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                bytes.append(c);
            } else if (c >= 0x800) {
                bytes.append((char) (0xe0 | (c >> 12))).append((char) ((c >> 6) & 0x3f)).append((char) (c & 0x3f));
            } else {
                bytes.append((char) (0xc0 | (c >> 6))).append((char) (c & 0x3f));
            }
        }
        return bytes.toString();
    }

    private static DataPassword password(String text) {
        return DataPassword.of(text);
    }

    private static List<String> entryNames(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().map(ZipEntry::getName).toList();
        }
    }

    private static byte[] entry(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile()); InputStream in = file.getInputStream(file.getEntry(name))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static Properties description(Path zip) throws IOException {
        Properties properties = new Properties();
        properties.load(new java.io.ByteArrayInputStream(entry(zip, "cutri-backup.properties")));
        return properties;
    }
}
