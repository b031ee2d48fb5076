package org.cutri.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cutri.common.UserException;
import org.cutri.testing.FullDisk;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database file against what happens to files: cut short, emptied, a disk that fills up, odd folder
 * names. Nothing is ever replaced by a new empty database, and a full disk is never called damage.
 */
class DatabaseFileTest {

    @TempDir
    Path temp;

    private static final String FILE = Database.FILE_NAME + Database.FILE_SUFFIX;

    private static String shown(UserException e) {
        return TestContexts.VI.of(e);
    }

    private static void addHamlets(Database database, int count) {
        addHamlets(database, 0, count);
    }

    private static void addHamlets(Database database, int from, int count) {
        for (int i = from; i < from + count; i++) {
            int n = i;
            database.jdbi().useHandle(h -> h.execute("INSERT INTO hamlet (name, name_key, kind) VALUES (?, ?, 'THON')",
                    "Thôn số " + n, "thon so " + n));
        }
    }

    private static long hamlets(Database database) {
        return database.tableCounts().get("hamlet");
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewDataFolderAndItsDatabaseAreReadableByTheirUserOnly() throws IOException {
        Path folder = temp.resolve("mới").resolve("dữ liệu");
        try (Database database = Database.open(folder)) {
            addHamlets(database, 1);
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(FILE)))).isEqualTo("rw-------");
        assertThat(filesIn(folder)).containsExactly(FILE);
    }

    @Test
    void aFileCutShortIsRefusedAndLeftAsItWasNeverReplacedByAnEmptyDatabase() throws IOException {
        Path folder = temp.resolve("data");
        try (Database database = Database.open(folder)) {
            addHamlets(database, 30);
        }
        Path file = folder.resolve(FILE);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(8192);
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(folder)).isInstanceOfSatisfying(UserException.class, e -> {
            assertThat(e.key()).isEqualTo("db.truncated");
            assertThat(shown(e)).contains("bị cụt hoặc hỏng ở phần cuối (còn 8 KB)").contains("không tạo dữ liệu mới đè lên")
                    .contains("khôi phục từ một bản sao");
        });
        assertThat(Files.readAllBytes(file)).as("the file is not touched").isEqualTo(before);
    }

    @Test
    void anEmptyFileIsRefusedAndTheMessageNamesTheNewestAutomaticBackup() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("data"));
        Files.createFile(folder.resolve(FILE));
        Path backups = Files.createDirectories(folder.resolve("backups"));
        Path older = Files.writeString(backups.resolve("cutri-2026-11-28.zip"), "older");
        Path newer = Files.writeString(backups.resolve("cutri-2026-11-29.zip"), "newer");
        Files.setLastModifiedTime(older, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(newer, FileTime.fromMillis(2_000_000));

        assertThatThrownBy(() -> Database.open(folder)).isInstanceOfSatisfying(UserException.class, e -> {
            assertThat(e.key()).isEqualTo("db.emptyFile");
            assertThat(shown(e)).contains("rỗng (0 byte)").contains("Bản sao lưu tự động mới nhất: " + newer);
        });
        assertThat(Files.size(folder.resolve(FILE))).isZero();
    }

    @Test
    void aFreshFolderOnAFullDiskSaysTheDiskIsFullAndLeavesNoDatabaseFile() throws IOException {
        for (long room : new long[] {0, 4096, 20_000}) {
            Path folder = Files.createDirectories(temp.resolve("full-" + room));
            Database.Disk disk = FullDisk.withRoom(folder, room);

            assertThatThrownBy(() -> Database.open(folder, disk)).as("room %d", room)
                    .isInstanceOfSatisfying(UserException.class, e -> {
                        assertThat(e.key()).isEqualTo("db.diskFull");
                        assertThat(shown(e)).contains("đã đầy").contains("không mất dữ liệu nào")
                                .doesNotContain("hỏng:").doesNotContain("khôi phục");
                    });
            assertThat(filesIn(folder)).as("no empty or half-made database left, room %d", room).isEmpty();
        }
    }

    @Test
    void aDiskThatFillsWhileWritingSaysSoAndEverySavedRowIsStillThere() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("filling"));
        Database.Disk disk = FullDisk.withRoom(folder, 50L << 20);
        List<Integer> saved = new ArrayList<>();
        RuntimeException failure = null;
        try (Database database = Database.open(folder, disk)) {
            addHamlets(database, 5);
            FullDisk.setRoom(folder, 64 * 1024);
            for (int i = 0; i < 100_000 && failure == null; i++) {
                try {
                    int n = i;
                    database.jdbi().useHandle(h -> h.execute("INSERT INTO hamlet (name, name_key, kind, head_name)"
                            + " VALUES (?, ?, 'XOM', ?)", "Xóm đầy " + n, "xom day " + n, "Trưởng xóm " + "x".repeat(180)));
                    saved.add(n);
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            // H2 has closed its store after the failed write: what is tried next says the disk is full too.
            assertThatThrownBy(() -> addHamlets(database, 500_000, 1)).satisfies(e ->
                    assertThat(UserException.find(e).key()).isEqualTo(UserException.DISK_FULL));
        }

        assertThat(failure).as("the disk filled up").isNotNull();
        UserException user = UserException.find(failure);
        assertThat(user.key()).isEqualTo(UserException.DISK_FULL);
        assertThat(shown(user)).isEqualTo("Ổ đĩa đã đầy nên việc vừa làm chưa được lưu. Hãy giải phóng chỗ trống"
                + " (xóa bớt tệp không cần) rồi làm lại; nếu vẫn báo đầy, hãy đóng và mở lại chương trình. Không mất dữ liệu"
                + " nào đã lưu trước đó.");
        try (Database reopened = Database.open(folder)) {
            assertThat(reopened.verify().problems()).as("the file is whole").isEmpty();
            assertThat(hamlets(reopened)).as("every row saved before the disk filled").isGreaterThanOrEqualTo(5L + saved.size());
        }
    }

    @Test
    void openingOnAFullDiskIsNeverCalledADamagedFile() throws IOException {
        Path folder = temp.resolve("data");
        try (Database database = Database.open(folder)) {
            addHamlets(database, 3);
        }
        Database.Disk full = FullDisk.withRoom(folder, 0);
        int saved = 0;
        try (Database database = Database.open(folder, full)) {
            assertThat(hamlets(database)).isEqualTo(3);
            // Free blocks inside the file are used first: some rows still fit, then the disk is full.
            RuntimeException failure = null;
            while (failure == null && saved < 10_000) {
                try {
                    addHamlets(database, 100 + saved, 1);
                    saved++;
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            assertThat(failure).isNotNull();
            assertThat(UserException.find(failure).key()).isEqualTo(UserException.DISK_FULL);
        } catch (UserException e) {
            assertThat(e.key()).as("opening itself needed room").isEqualTo("db.diskFull");
        }
        try (Database database = Database.open(folder)) {
            assertThat(hamlets(database)).isEqualTo(3L + saved);
            assertThat(database.verify().problems()).isEmpty();
        }
    }

    @Test
    void aSemicolonInThePathCannotCarrySettingsIntoTheDatabaseUrl() throws IOException {
        Path injected = temp.resolve("inj;INIT=CREATE TABLE pwned(x INT)--");
        Path vietnamese = temp.resolve("Dữ liệu; 2026");

        for (Path folder : List.of(injected, vietnamese)) {
            assertThatThrownBy(() -> Database.open(folder)).isInstanceOfSatisfying(UserException.class, e -> {
                assertThat(e.key()).isEqualTo("db.folder.semicolon");
                assertThat(shown(e)).contains("dấu chấm phẩy (;)");
            });
        }
        assertThat(filesIn(temp)).as("nothing created, no SQL run").isEmpty();
    }

    @Test
    void spacesAndVietnameseLettersInThePathWork() {
        Path folder = temp.resolve("Dữ liệu xã Tân Phúc").resolve("năm 2026 (bản chính)");
        try (Database database = Database.open(folder)) {
            addHamlets(database, 2);
        }
        try (Database database = Database.open(folder)) {
            assertThat(hamlets(database)).isEqualTo(2);
        }
        assertThat(folder.resolve(FILE)).isRegularFile();
    }
}
