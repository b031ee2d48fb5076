package org.cutri.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.common.db.BackupInfo;
import org.cutri.common.db.Backups;
import org.cutri.common.db.Database;
import org.cutri.common.task.TaskMonitor;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups and restore on real H2 files: exact content back, damaged backups refused untouched, automatic backups. */
class BackupServiceTest {

    @TempDir
    Path folder;

    @Test
    void backupChangeRestoreGivesTheExactEarlierContent() throws Exception {
        Path data = folder.resolve("data");
        Path zip = folder.resolve("usb").resolve("sao-luu.zip");
        Files.createDirectories(zip.getParent());
        List<String> before;
        try (AppContext context = TestContexts.open(data)) {
            context.demo().load(false);
            context.demo().addGeneratedOpinions(40);
            long opinions = context.database().tableCounts().get("opinion");
            before = dump(context.database());
            BackupInfo written = context.backups().backUpTo(zip, TaskMonitor.NONE);
            assertThat(written.count("opinions")).isEqualTo(opinions).isGreaterThanOrEqualTo(40);
            assertThat(written.count("hamlets")).isPositive();

            context.hamlets().create(new HamletDraft("Xóm Bãi Mới", HamletKind.THON, null, null, null));
            context.demo().addGeneratedOpinions(5);
            assertThat(dump(context.database())).isNotEqualTo(before);

            BackupService.Restored restored = context.backups().restore(zip, TaskMonitor.NONE);

            assertThat(dump(context.database())).as("the services' own database, reopened").isEqualTo(before);
            assertThat(context.hamlets().list()).noneMatch(h -> h.name().equals("Xóm Bãi Mới"));
            assertThat(restored.counts().get("opinions")).isEqualTo(opinions);
            assertThat(restored.before().kind()).isEqualTo(Backups.Kind.BEFORE_RESTORE);
            assertThat(restored.before().count("opinions")).as("the replaced data is kept").isEqualTo(opinions + 5);
        }
        try (AppContext reopened = TestContexts.open(data)) {
            assertThat(dump(reopened.database())).as("what is stored on disk").isEqualTo(before);
        }
        assertThat(Files.list(data).map(p -> p.getFileName().toString()))
                .as("no work folder or temporary file left").doesNotContain("cutri-new.mv.db")
                .noneMatch(name -> name.startsWith(".check-"));
    }

    @Test
    void aDamagedBackupIsRefusedAndChangesNothing() throws Exception {
        Path data = folder.resolve("data");
        Path good = folder.resolve("good.zip");
        try (AppContext context = TestContexts.open(data)) {
            context.demo().load(false);
            context.backups().backUpTo(good, TaskMonitor.NONE);
        }
        byte[] whole = Files.readAllBytes(good);
        Path truncated = write("truncated.zip", java.util.Arrays.copyOf(whole, whole.length / 2));
        Path notZip = write("not-a-zip.zip", "PK this is no zip at all".getBytes());
        Path otherZip = zipOf("other.zip", "notes.txt", "Ghi chú".getBytes());
        Path emptyDb = zipOf("empty-db.zip", "cutri.mv.db", new byte[0]);
        Path foreign = foreignDatabaseBackup();
        Path newer = newerSchemaBackup();
        Path flipped = write("flipped.zip", flipByteInTheDatabaseEntry(whole));

        try (AppContext context = TestContexts.open(data)) {
            List<String> content = dump(context.database());
            Map<String, String> files = snapshot(data);
            for (Path bad : List.of(truncated, notZip, otherZip, emptyDb, foreign, newer, flipped)) {
                assertThatThrownBy(() -> context.backups().restore(bad, TaskMonitor.NONE))
                        .as(bad.getFileName().toString())
                        .isInstanceOfSatisfying(UserException.class, e -> {
                            assertThat(e.key()).isIn("backup.damaged", "backup.notCutri", "backup.newer");
                            assertThat(TestContexts.VI.of(e)).contains(bad.toString()).contains("không thay đổi")
                                    .doesNotContain("Exception");
                        });
                assertThat(snapshot(data)).as("folder after " + bad.getFileName()).isEqualTo(files);
                assertThat(dump(context.database())).isEqualTo(content);
            }
            assertThatThrownBy(() -> context.backups().restore(newer, TaskMonitor.NONE))
                    .hasFieldOrPropertyWithValue("key", "backup.newer");
        }
    }

    @Test
    void aStopDuringTheReadBackLeavesNoFileAndAStopDuringTheCheckRestoresNothing() throws Exception {
        Path data = folder.resolve("data");
        Path zip = folder.resolve("dung.zip");
        try (AppContext context = TestContexts.open(data)) {
            context.hamlets().create(new HamletDraft("Xóm Đông", HamletKind.XOM, null, null, null));
            org.cutri.testing.StoppingMonitor stop = new org.cutri.testing.StoppingMonitor(2);

            assertThatThrownBy(() -> context.backups().backUpTo(zip, stop))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
            assertThat(zip).doesNotExist();
            assertThat(folder.resolve("dung.zip.part")).doesNotExist();

            context.backups().backUpTo(zip, TaskMonitor.NONE);
            context.hamlets().create(new HamletDraft("Xóm Tây", HamletKind.XOM, null, null, null));
            Map<String, String> files = snapshot(data);
            assertThatThrownBy(() -> context.backups().restore(zip, new org.cutri.testing.StoppingMonitor(1)))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
            assertThat(snapshot(data)).isEqualTo(files);
            assertThat(context.hamlets().list()).hasSize(2);
        }
    }

    @Test
    void closingBacksUpAfterChangesOnlyAndTheListCountsWithoutOpening() {
        Path data = folder.resolve("data");
        try (AppContext context = TestContexts.open(data).backingUpOnClose()) {
            assertThat(context.backups().list()).isEmpty();
        }
        assertThat(Backups.list(data)).as("a fresh database made no change worth a backup").isEmpty();

        try (AppContext context = TestContexts.open(data).backingUpOnClose()) {
            context.hamlets().create(new HamletDraft("Xóm Đồng Tâm", HamletKind.THON, null, null, null));
        }
        List<BackupInfo> afterChange = Backups.list(data);
        assertThat(afterChange).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(Backups.Kind.EXIT);
            assertThat(b.count("hamlets")).isEqualTo(1);
            assertThat(b.schemaVersion()).isEqualTo(Database.shippedSchemaVersion().orElseThrow());
            assertThat(b.protectedData()).isFalse();
        });

        try (AppContext context = TestContexts.open(data).backingUpOnClose()) {
            context.hamlets().list();
        }
        assertThat(Backups.list(data)).as("reading changes nothing").hasSize(1);

        try (AppContext context = TestContexts.open(data)) {
            context.hamlets().create(new HamletDraft("Xóm Bắc", HamletKind.THON, null, null, null));
        }
        assertThat(Backups.list(data)).as("tests and tools that did not ask for it").hasSize(1);
    }

    @Test
    void aMigrationThatChangesTheSchemaIsPrecededByABackup() throws Exception {
        Path data = folder.resolve("data");
        Files.createDirectories(data);
        // The data of an older program: only the first migration applied.
        org.flywaydb.core.Flyway.configure()
                .dataSource("jdbc:h2:file:" + data.resolve("cutri") + ";TRACE_LEVEL_FILE=0", "cutri", "")
                .locations("classpath:db/migration").target("1").load().migrate();

        try (AppContext context = TestContexts.open(data)) {
            assertThat(Backups.list(data)).singleElement().satisfies(b -> {
                assertThat(b.kind()).isEqualTo(Backups.Kind.BEFORE_MIGRATION);
                assertThat(b.schemaVersion()).isEqualTo("1");
                assertThat(b.count("opinions")).as("a table the old schema had not").isZero();
            });
        }
        try (AppContext context = TestContexts.open(data)) {
            assertThat(Backups.list(data)).as("no migration: no backup").hasSize(1);
        }
        Path restoredElsewhere = folder.resolve("elsewhere");
        try (AppContext context = TestContexts.open(restoredElsewhere)) {
            context.backups().restore(Backups.list(data).get(0).file(), TaskMonitor.NONE);
            assertThat(context.database().tableCounts()).as("the old backup is brought up to date").containsKey("opinion");
        }
    }

    @Test
    void theDailyBackupIsMadeOnceADayAndOnlyAfterChanges() {
        Path data = folder.resolve("data");
        MutableClock clock = new MutableClock(Instant.parse("2027-03-02T02:00:00Z"));
        try (AppContext context = TestContexts.open(data)) {
            BackupService backups = new BackupService(context.database(), clock);
            backups.backUpDailyIfDue();
            assertThat(backups.list()).as("nothing changed").isEmpty();

            context.hamlets().create(new HamletDraft("Xóm Đông", HamletKind.THON, null, null, null));
            backups.backUpDailyIfDue();
            context.hamlets().create(new HamletDraft("Xóm Tây", HamletKind.THON, null, null, null));
            clock.plusHours(5);
            backups.backUpDailyIfDue();
            assertThat(backups.list()).as("one a day").singleElement()
                    .satisfies(b -> assertThat(b.kind()).isEqualTo(Backups.Kind.DAILY));

            clock.plusHours(24);
            backups.backUpDailyIfDue();
            assertThat(backups.list()).hasSize(2).first().satisfies(b -> assertThat(b.count("hamlets")).isEqualTo(2));
        }
    }

    @Test
    void automaticBackupsAreRotatedByTheClockOfTheirMaking() {
        Path data = folder.resolve("data");
        // One backup a day at noon for 12 days, from Monday 1 March 2027: the 7 newest days stay, and the newest of
        // the week before (Sunday 7 March) and of February (none: March only) are among them or added.
        MutableClock clock = new MutableClock(Instant.parse("2027-03-01T05:00:00Z"));
        try (AppContext context = TestContexts.open(data)) {
            for (int day = 0; day < 12; day++) {
                context.hamlets().create(new HamletDraft("Xóm " + day, HamletKind.THON, null, null, null));
                context.database().backUpAutomatically(Backups.Kind.DAILY, clock);
                clock.plusHours(24);
            }
        }
        assertThat(Backups.list(data).stream().map(b -> b.created().toLocalDate().toString()))
                .containsExactly("2027-03-12", "2027-03-11", "2027-03-10", "2027-03-09", "2027-03-08", "2027-03-07",
                        "2027-03-06");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /**
     * Every table, index, sequence state and row, as H2 writes them out (SCRIPT to a result, in the test only),
     * sorted: H2 lists the tables in another order after the file was reopened. The next value of an identity column
     * is left out: H2 reserves identity values 32 at a time and a file copied while open holds the end of the
     * reserved block (the next row gets a higher id, never a used one). The audit trail is left out: a restore writes
     * its own rows into the restored data.
     */
    static List<String> dump(Database database) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SCRIPT NOPASSWORDS NOSETTINGS")
                .mapTo(String.class).stream().map(line -> line.replaceAll("RESTART WITH \\d+", "RESTART WITH …"))
                .filter(line -> !line.contains("AUDIT_LOG"))
                .sorted().toList());
    }

    /** Every file of the folder and its SHA-256. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                try {
                    files.put(root.relativize(file).toString(), HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return files;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private Path zipOf(String name, String entry, byte[] bytes) throws IOException {
        Path zip = folder.resolve(name);
        try (OutputStream raw = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(raw)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(bytes);
            out.closeEntry();
        }
        return zip;
    }

    /** An H2 database of another program, backed up by H2 under the name cutri.mv.db. */
    private Path foreignDatabaseBackup() throws Exception {
        Path other = folder.resolve("other");
        Files.createDirectories(other);
        Path zip = folder.resolve("foreign.zip");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + other.resolve("cutri"), "cutri", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE accounts(id INT PRIMARY KEY, owner VARCHAR(50))");
            statement.execute("INSERT INTO accounts VALUES (1, 'Nguyễn Văn Thử')");
            statement.execute("BACKUP TO '" + zip + "'");
        }
        return zip;
    }

    /** A cutri backup whose schema says a migration this program does not have was applied. */
    private Path newerSchemaBackup() throws Exception {
        Path other = folder.resolve("newer");
        try (AppContext context = TestContexts.open(other)) {
            context.database().jdbi().useHandle(handle -> handle.execute("INSERT INTO \"flyway_schema_history\" "
                    + "(\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"installed_by\", "
                    + "\"execution_time\", \"success\") VALUES (999, '99.1', 'future', 'SQL', 'V99_1__future.sql', 'sa', 1, TRUE)"));
            return context.database().backUpTo(folder.resolve("newer.zip"), Backups.Kind.MANUAL, Clock.systemDefaultZone())
                    .file();
        }
    }

    /** The backup with one byte changed in the middle of the stored (uncompressed-size) database entry data. */
    private static byte[] flipByteInTheDatabaseEntry(byte[] zip) {
        byte[] changed = zip.clone();
        changed[changed.length / 3] ^= 0x5A;
        return changed;
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void plusHours(long hours) {
            now = now.plusSeconds(hours * 3600);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

}
