package org.cutri.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cutri.common.UserException;
import org.cutri.testing.DemoData;
import org.cutri.testing.FullDisk;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The password that protects the data, on real H2 files: what an encrypted file shows to someone who reads its
 * bytes, wrong and missing passwords, conversions there and back that lose nothing and leave no plain copy,
 * a disk that fills up midway, and a conversion cut short by a crash.
 */
class DataProtectionTest {

    private static final String FILE = Database.FILE_NAME + Database.FILE_SUFFIX;

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static Path demo;

    @BeforeAll
    static void demoCommune() {
        demo = DemoData.create(shared.resolve("demo"));
    }

    private Path demoCopy() {
        return DemoData.copy(demo, temp.resolve("data"));
    }

    private static DataPassword password(String text) {
        return DataPassword.of(text);
    }

    private static List<String> opinionTexts(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT content FROM opinion ORDER BY id")
                .mapTo(String.class).list());
    }

    /** Every row of every table, as text, in a fixed order. */
    private static Map<String, String> everything(Database database) {
        return database.jdbi().withHandle(h -> {
            Map<String, String> rows = new LinkedHashMap<>();
            for (String table : Database.TABLES) {
                rows.put(table, h.createQuery("SELECT * FROM " + table + " ORDER BY 1").mapToMap().list().toString());
            }
            return rows;
        });
    }

    /** Every row of the plain data in the folder; then the data is protected with this password (null: left plain). */
    private static Map<String, String> contentsThenProtect(Path folder, String newPassword) {
        try (Database database = Database.open(folder)) {
            Map<String, String> before = everything(database);
            if (newPassword != null) {
                database.protect(password(newPassword));
            }
            return before;
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The opinion texts found in any file of the folder. */
    private static List<String> textsIn(Path folder, List<String> texts) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<byte[]> contents = files.filter(Files::isRegularFile).map(DataProtectionTest::bytes).toList();
            return texts.stream().filter(text -> contents.stream()
                    .anyMatch(bytes -> contains(bytes, text.getBytes(StandardCharsets.UTF_8)))).toList();
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> !name.equals("logs")).sorted().toList();
        }
    }

    private static String shown(UserException e) {
        return TestContexts.VI.of(e);
    }

    @Test
    void aProtectedFileHoldsNoneOfItsOpinionsTextAndNoPlainCopyIsLeft() throws IOException {
        Path folder = demoCopy();
        List<String> texts;
        try (Database database = Database.open(folder)) {
            texts = opinionTexts(database);
            assertThat(texts).hasSizeGreaterThan(10);
            assertThat(textsIn(folder, texts)).as("a plain file shows its opinions").isNotEmpty();

            database.protect(password("Mật khẩu xã 2026"));

            assertThat(database.isProtected()).isTrue();
            assertThat(opinionTexts(database)).as("the program keeps working on the open data").isEqualTo(texts);
        }

        assertThat(textsIn(folder, texts)).isEmpty();
        assertThat(filesIn(folder)).containsExactly(FILE, Protection.FILE_NAME);
        String salt = Files.readString(folder.resolve(Protection.FILE_NAME), StandardCharsets.ISO_8859_1);
        assertThat(salt).doesNotContain("Mật khẩu").doesNotContain("2026").contains("iterations=600000");
        assertThat(Protection.isProtected(folder)).isTrue();
        try (Database reopened = Database.open(folder, password("Mật khẩu xã 2026"))) {
            assertThat(opinionTexts(reopened)).isEqualTo(texts);
        }
        assertThat(textsIn(folder, texts)).as("nor after it was opened and closed again").isEmpty();
    }

    @Test
    void withoutTheRightPasswordProtectedDataDoesNotOpenAndIsLeftAsItWas() throws IOException {
        Path folder = demoCopy();
        try (Database database = Database.open(folder)) {
            database.protect(password("đúng-mật-khẩu"));
        }
        byte[] before = Files.readAllBytes(folder.resolve(FILE));

        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOfSatisfying(UserException.class, e -> {
                    assertThat(e.key()).isEqualTo(Database.PASSWORD_NEEDED);
                    assertThat(shown(e)).startsWith("Dữ liệu trong thư mục " + folder + " được bảo vệ bằng mật khẩu");
                });
        assertThatThrownBy(() -> Database.open(folder, password("sai-mật-khẩu")))
                .isInstanceOfSatisfying(UserException.class, e -> {
                    assertThat(shown(e)).isEqualTo("Mật khẩu không đúng. Hãy gõ lại (chú ý chữ hoa, chữ thường và bộ gõ"
                            + " tiếng Việt).");
                    assertThat(e.getMessage()).doesNotContain("sai-mật-khẩu");
                });

        assertThat(Files.readAllBytes(folder.resolve(FILE))).isEqualTo(before);
        assertThat(filesIn(folder)).containsExactly(FILE, Protection.FILE_NAME);
    }

    @Test
    void protectChangeAndUnprotectKeepEveryRow() throws IOException {
        Path folder = demoCopy();
        Map<String, String> before = contentsThenProtect(folder, "mật khẩu thứ nhất");
        try (Database database = Database.open(folder, password("mật khẩu thứ nhất"))) {
            assertThat(everything(database)).isEqualTo(before);
            database.protect(password("mật khẩu thứ hai"));
            assertThat(everything(database)).isEqualTo(before);
        }
        assertThatThrownBy(() -> Database.open(folder, password("mật khẩu thứ nhất")))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("db.password.wrong"));
        try (Database database = Database.open(folder, password("mật khẩu thứ hai"))) {
            database.unprotect();
            assertThat(database.isProtected()).isFalse();
            assertThat(everything(database)).isEqualTo(before);
        }

        assertThat(filesIn(folder)).containsExactly(FILE);
        assertThat(Protection.isProtected(folder)).isFalse();
        try (Database plain = Database.open(folder)) {
            assertThat(everything(plain)).isEqualTo(before);
        }
    }

    @Test
    void aDiskThatFillsUpMidwayLeavesTheOldFileAsItWasAndTheDataOpen() throws IOException {
        Path folder = demoCopy();
        Database.Disk disk = FullDisk.withRoom(folder, Long.MAX_VALUE / 2);
        try (Database database = Database.open(folder, disk)) {
            Map<String, String> before = everything(database);
            FullDisk.setRoom(folder, 64 * 1024);

            assertThatThrownBy(() -> database.protect(password("mật khẩu")))
                    .isInstanceOfSatisfying(UserException.class, e -> {
                        assertThat(e.key()).isEqualTo("db.protect.diskFull");
                        assertThat(shown(e)).contains("đã đầy").contains("vẫn như cũ");
                    });

            assertThat(database.isProtected()).isFalse();
            assertThat(everything(database)).as("the data is open again, unchanged").isEqualTo(before);
            assertThat(filesIn(folder)).containsExactly(FILE);
        }
        assertThat(Protection.isProtected(folder)).isFalse();
    }

    @Test
    void removingThePasswordOnADiskThatFillsUpLeavesTheEncryptedFileAndNoPlainCopy() throws IOException {
        Path folder = demoCopy();
        Map<String, String> before = contentsThenProtect(folder, "mật khẩu xã");
        Database.Disk disk = FullDisk.withRoom(folder, Long.MAX_VALUE / 2);
        try (Database database = Database.open(folder, disk, password("mật khẩu xã"))) {
            FullDisk.setRoom(folder, 64 * 1024);

            assertThatThrownBy(database::unprotect).isInstanceOfSatisfying(UserException.class,
                    e -> assertThat(e.key()).isEqualTo("db.protect.diskFull"));
            // The half-written copy is deleted, which gives its room back on a real disk.
            FullDisk.setRoom(folder, Long.MAX_VALUE / 2);

            assertThat(database.isProtected()).isTrue();
            assertThat(everything(database)).isEqualTo(before);
            assertThat(filesIn(folder)).as("the half-written plain copy is gone").containsExactly(FILE, Protection.FILE_NAME);
        }
        assertThat(Protection.isProtected(folder)).isTrue();
        try (Database reopened = Database.open(folder, password("mật khẩu xã"))) {
            assertThat(everything(reopened)).isEqualTo(before);
        }
    }

    @Test
    void aDataFileWithoutItsOwnSaltFileIsRefusedWithWhatToCopyBack() throws IOException {
        Path folder = demoCopy();
        Path other = DemoData.copy(demo, temp.resolve("other"));
        contentsThenProtect(folder, "mật khẩu của xã");
        contentsThenProtect(other, "mật khẩu khác hẳn");
        byte[] before = Files.readAllBytes(folder.resolve(FILE));
        Files.move(folder.resolve(Protection.FILE_NAME), temp.resolve("kept.salt"));

        assertThatThrownBy(() -> Database.open(folder, password("mật khẩu của xã")))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(shown(e))
                        .contains("thiếu tệp cutri.salt đi kèm").contains("kể cả với mật khẩu đúng"));

        // A salt file from another copy: its password passes the check value, but does not open this data file.
        Files.copy(other.resolve(Protection.FILE_NAME), folder.resolve(Protection.FILE_NAME));
        assertThatThrownBy(() -> Database.open(folder, password("mật khẩu khác hẳn")))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(shown(e))
                        .contains("không khớp với tệp cutri.salt đi kèm"));

        assertThat(Files.readAllBytes(folder.resolve(FILE))).isEqualTo(before);
        Files.copy(temp.resolve("kept.salt"), folder.resolve(Protection.FILE_NAME),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Database database = Database.open(folder, password("mật khẩu của xã"))) {
            assertThat(database.isProtected()).isTrue();
        }
    }

    @Test
    void aProtectedFileCutShortIsRefusedAndNeverReplacedByANewDatabase() throws IOException {
        Path folder = demoCopy();
        contentsThenProtect(folder, "mật khẩu xã");
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(folder.resolve(FILE),
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(4096 + 3 * 4096);
        }
        byte[] before = Files.readAllBytes(folder.resolve(FILE));

        assertThatThrownBy(() -> Database.open(folder, password("mật khẩu xã")))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isIn("db.truncated", "db.damaged"));

        assertThat(Files.readAllBytes(folder.resolve(FILE))).isEqualTo(before);
    }

    @Test
    void aConversionCutShortBeforeTheSwapKeepsTheOldFile() throws IOException {
        Path folder = demoCopy();
        Map<String, String> before = contentsThenProtect(folder, null);
        // Killed between the two renames: the old file moved aside, the new one not yet in place.
        Files.move(folder.resolve(FILE), folder.resolve(Reencryption.OLD));
        Files.write(folder.resolve(Reencryption.MADE), "Ý kiến dở dang".getBytes(StandardCharsets.UTF_8));

        try (Database database = Database.open(folder)) {
            assertThat(everything(database)).isEqualTo(before);
        }
        assertThat(filesIn(folder)).containsExactly(FILE);
    }

    @Test
    void aConversionCutShortAfterTheSwapFinishesWithTheNewPassword() throws IOException {
        Path folder = demoCopy();
        Map<String, String> before = contentsThenProtect(folder, "mật khẩu mới");
        // Killed after the new file took its place, before its salt file did and the old file was wiped.
        Files.move(folder.resolve(Protection.FILE_NAME), folder.resolve(Reencryption.NEW_SALT));
        Files.write(folder.resolve(Reencryption.OLD), "Ý kiến cũ chưa xóa".getBytes(StandardCharsets.UTF_8));

        try (Database database = Database.open(folder, password("mật khẩu mới"))) {
            assertThat(everything(database)).isEqualTo(before);
        }
        assertThat(filesIn(folder)).containsExactly(FILE, Protection.FILE_NAME);
    }
}
