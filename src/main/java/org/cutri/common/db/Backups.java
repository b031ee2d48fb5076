package org.cutri.common.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.cutri.common.ProgramVersion;
import org.cutri.common.UserException;
import org.cutri.common.i18n.Localizable;
import org.cutri.common.io.FilePermissions;
import org.cutri.common.task.TaskMonitor;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backup files of the database: a zip made by H2's online {@code BACKUP TO} (the database file as it is,
 * encrypted when the data is protected) plus a small description entry ({@link BackupInfo}). The automatic ones
 * live in {@code backups/} of the data folder, named {@code cutri-YYYYMMDD-HHMMSS-KIND.zip}, and are rotated
 * (7 daily, 4 weekly, 12 monthly). See docs/decisions/0033-backups-and-restore.md.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    public static final String FOLDER = "backups";
    /** The zip entry H2's {@code BACKUP TO} writes the database file as. */
    static final String DATABASE_ENTRY = Database.FILE_NAME + Database.FILE_SUFFIX;
    /** The description entry the program adds. */
    static final String INFO_ENTRY = "cutri-backup.properties";
    /** The entry of a protected backup's salt file: not secret, the key is made from it and the password. */
    static final String SALT_ENTRY = Protection.FILE_NAME;
    /** The message key of a protected backup made under another password than today's: the window asks for it. */
    public static final String PASSWORD_NEEDED = "backup.passwordNeeded";
    /** The content a backup counts, by key, and the table each count is read from. */
    public static final Map<String, String> COUNTED = counted();
    /** Automatic backups kept: the newest of each of the last 7 days, 4 weeks and 12 months with a backup. */
    static final int DAYS = 7;
    static final int WEEKS = 4;
    static final int MONTHS = 12;
    /** Backups made before a migration or a restore: the newest this many are kept, whatever their day. */
    static final int SAFETY_KEPT = 5;

    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final java.util.regex.Pattern NAME =
            java.util.regex.Pattern.compile("cutri-(\\d{8}-\\d{6})-([a-z-]+?)(-\\d+)?\\.zip");

    /** Why a backup was made. */
    public enum Kind {
        DAILY("daily"), EXIT("exit"), BEFORE_MIGRATION("before-migration"), BEFORE_RESTORE("before-restore"),
        MANUAL("manual"), BEFORE_CLEARING("before-clearing");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** The word in the file name and the description entry. */
        public String word() {
            return word;
        }

        /** Made before the data was changed by the program itself: kept apart from the daily rotation. */
        boolean safety() {
            return this == BEFORE_MIGRATION || this == BEFORE_RESTORE || this == BEFORE_CLEARING;
        }

        static Optional<Kind> of(String word) {
            return Stream.of(values()).filter(kind -> kind.word.equals(word)).findFirst();
        }
    }

    private Backups() {
    }

    private static Map<String, String> counted() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("hamlets", "hamlet");
        tables.put("deputies", "deputy");
        tables.put("rounds", "contact_round");
        tables.put("meetings", "meeting");
        tables.put("opinions", "opinion");
        tables.put("packages", "imported_package");
        return java.util.Collections.unmodifiableMap(tables);
    }

    /** The folder of the automatic backups of this data folder. */
    public static Path folder(Path dataFolder) {
        return dataFolder.resolve(FOLDER);
    }

    /** Makes a backup of this connection's database in the data folder's {@code backups/}. */
    static BackupInfo create(Connection connection, Path dataFolder, Kind kind, Clock clock, boolean protectedData) {
        Path salt = protectedData ? dataFolder.resolve(Protection.FILE_NAME) : null;
        Path folder = folder(dataFolder);
        try {
            FilePermissions.createFolders(folder);
        } catch (IOException e) {
            throw new UserException(e, "backup.folder", folder);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String stem = "cutri-" + NAME_TIME.format(now) + "-" + kind.word();
        Path zip = folder.resolve(stem + ".zip");
        for (int n = 2; Files.exists(zip); n++) {
            zip = folder.resolve(stem + "-" + n + ".zip");
        }
        return write(connection, zip, kind, clock, salt);
    }

    /**
     * Writes a backup of this connection's database to {@code zip}: first under a temporary name beside it, then
     * renamed, so a failure (a full disk, a pulled USB stick) leaves no half-written backup under the real name.
     * Protected data ({@code salt}: the data's salt file, else null) is copied encrypted, with its salt file.
     */
    static BackupInfo write(Connection connection, Path zip, Kind kind, Clock clock, Path salt) {
        boolean protectedData = salt != null;
        Path part = zip.resolveSibling(zip.getFileName() + ".part");
        try {
            Files.deleteIfExists(part);
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + part.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            Properties description = new Properties();
            LocalDateTime created = LocalDateTime.now(clock).withNano(0);
            description.setProperty("created", created.toString());
            description.setProperty("zone", clock.getZone().getId());
            description.setProperty("programVersion", ProgramVersion.current());
            description.setProperty("schemaVersion", schemaVersion(connection).orElse("0"));
            description.setProperty("protected", Boolean.toString(protectedData));
            description.setProperty("kind", kind.word());
            counts(connection).forEach((key, count) -> description.setProperty("count." + key, Long.toString(count)));
            try (FileSystem zipFiles = FileSystems.newFileSystem(URI.create("jar:" + part.toUri()), Map.of());
                    Writer out = Files.newBufferedWriter(zipFiles.getPath(INFO_ENTRY), StandardCharsets.UTF_8)) {
                description.store(out, "cutri backup");
            }
            if (protectedData) {
                try (FileSystem zipFiles = FileSystems.newFileSystem(URI.create("jar:" + part.toUri()), Map.of())) {
                    Files.copy(salt, zipFiles.getPath(SALT_ENTRY));
                }
            }
            FilePermissions.userOnly(part);
            Files.move(part, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Backup written: {}", zip);
            return describe(zip).orElseThrow(() -> new IOException("The backup just written cannot be read: " + zip));
        } catch (IOException | SQLException e) {
            deleteQuietly(part);
            boolean full = org.cutri.common.io.DiskFull.causedIt(e, zip.getParent(),
                    org.cutri.common.io.DiskFull.SpaceCheck.SYSTEM);
            LOG.error("Backup {} could not be written", zip, e);
            throw new UserException(e, full ? "backup.diskFull" : "backup.write", zip);
        } catch (RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    /** The applied schema version of a database ("6.1"), empty when it has no Flyway history. */
    static Optional<String> schemaVersion(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            if (!tables.next()) {
                return Optional.empty();
            }
        }
        Optional<String> newest = Optional.empty();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rows.next()) {
                String version = SchemaCheck.normalize(rows.getString(1));
                if (newest.isEmpty() || compareVersions(version, newest.get()) > 0) {
                    newest = Optional.of(version);
                }
            }
        } catch (NumberFormatException e) {
            return Optional.of("?");
        }
        return newest;
    }

    /** The counted content of a database (a table it does not have yet counts 0). */
    static Map<String, Long> counts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : COUNTED.entrySet()) {
            long count = 0;
            try (PreparedStatement exists = connection.prepareStatement(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?")) {
                exists.setString(1, entry.getValue().toUpperCase(Locale.ROOT));
                try (ResultSet found = exists.executeQuery()) {
                    found.next();
                    if (found.getLong(1) > 0) {
                        try (Statement statement = connection.createStatement();
                                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + entry.getValue())) {
                            rows.next();
                            count = rows.getLong(1);
                        }
                    }
                }
            }
            counts.put(entry.getKey(), count);
        }
        return counts;
    }

    /** Flyway's order of versions ("4.1" before "4.10", "6.1" before "7"). */
    static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            BigInteger x = i < left.length ? new BigInteger(left[i]) : BigInteger.ZERO;
            BigInteger y = i < right.length ? new BigInteger(right[i]) : BigInteger.ZERO;
            int order = x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /** The backups in the data folder's {@code backups/}, newest first; files that are no backup are left out. */
    public static List<BackupInfo> list(Path dataFolder) {
        return listIn(folder(dataFolder));
    }

    /** The backups in this folder (a USB stick), newest first; other files are left out. */
    public static List<BackupInfo> listIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".zip") && Files.isRegularFile(file))
                    .map(Backups::describe).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(BackupInfo::created).thenComparing(b -> b.file().getFileName()).reversed())
                    .toList();
        } catch (IOException e) {
            LOG.warn("The backups in {} cannot be listed", folder, e);
            return List.of();
        }
    }

    /**
     * What a backup file says of itself, from its description entry (no password needed); for a zip without one
     * (made by hand from the database file) the date is the file's. Empty for a file that is no readable zip.
     */
    public static Optional<BackupInfo> describe(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (file.getEntry(DATABASE_ENTRY) == null) {
                return Optional.empty();
            }
            Properties description = new Properties();
            ZipEntry entry = file.getEntry(INFO_ENTRY);
            if (entry != null) {
                try (Reader in = new java.io.InputStreamReader(file.getInputStream(entry), StandardCharsets.UTF_8)) {
                    description.load(in);
                }
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String key : COUNTED.keySet()) {
                String value = description.getProperty("count." + key);
                if (value != null) {
                    counts.put(key, Long.parseLong(value));
                }
            }
            return Optional.of(new BackupInfo(zip, created(description, zip), description.getProperty("programVersion", "?"),
                    description.getProperty("schemaVersion", "?"), counts,
                    Boolean.parseBoolean(description.getProperty("protected")),
                    Kind.of(description.getProperty("kind", "")).orElse(Kind.MANUAL), Files.size(zip)));
        } catch (IOException | RuntimeException e) {
            LOG.debug("{} is not a readable backup", zip, e);
            return Optional.empty();
        }
    }

    private static LocalDateTime created(Properties description, Path zip) throws IOException {
        String created = description.getProperty("created");
        if (created != null) {
            try {
                return LocalDateTime.parse(created);
            } catch (DateTimeParseException e) {
                LOG.debug("Backup {} has an unreadable date {}", zip, created);
            }
        }
        java.util.regex.Matcher name = NAME.matcher(zip.getFileName().toString());
        if (name.matches()) {
            return LocalDateTime.parse(name.group(1), NAME_TIME);
        }
        return LocalDateTime.ofInstant(Files.getLastModifiedTime(zip).toInstant(), ZoneId.systemDefault()).withNano(0);
    }

    /** A backup found usable: its database file taken out into a work folder, and what it holds. */
    public record CheckedBackup(Path databaseFile, BackupInfo info, Map<String, Long> counts, String schemaVersion,
            Protection protection, Protection.FileKey key) implements AutoCloseable {

        /** Forgets the backup's key (unless a restore made it the data's). */
        @Override
        public void close() {
            if (key != null) {
                key.close();
            }
        }
    }

    /**
     * How a protected backup is opened: with the password given (the one of the backup's time), else with the key of
     * the open data when the backup has the data's own salt file (same password, same salt: the same key).
     */
    public static final class Unlock {
        /** No password given, no data open: only plain backups open. */
        public static final Unlock NONE = new Unlock(null, null);

        private final Database session;
        private final DataPassword given;

        Unlock(Database session, DataPassword given) {
            this.session = session;
            this.given = given;
        }

        /** Opens with this password only (the command line's, or no data open); null: plain backups only. */
        public static Unlock with(DataPassword given) {
            return new Unlock(null, given);
        }

        Protection.FileKey keyFor(Path zip, Path workFolder) {
            Protection protection = Protection.read(workFolder).orElse(null);
            if (given != null && !given.isEmpty() && protection != null) {
                try {
                    return protection.unlock(given);
                } catch (UserException e) {
                    LOG.warn("Backup {} refused: the password given does not open it", zip);
                    throw new UserException(e, "backup.passwordWrong", zip);
                }
            }
            Protection.FileKey live = session == null ? null : session.fileKey();
            if (live != null && (protection == null || sameFile(workFolder, session.folder()))) {
                return live.copy();
            }
            if (protection == null) {
                LOG.warn("Backup {} refused: encrypted, without its salt file", zip);
                throw new UserException("backup.saltMissing", zip, SALT_ENTRY);
            }
            throw new UserException(PASSWORD_NEEDED, zip);
        }

        private static boolean sameFile(Path workFolder, Path dataFolder) {
            try {
                return java.util.Arrays.equals(Files.readAllBytes(workFolder.resolve(SALT_ENTRY)),
                        Files.readAllBytes(dataFolder.resolve(Protection.FILE_NAME)));
            } catch (IOException e) {
                return false;
            }
        }
    }

    /**
     * Checks that {@code zip} is a whole backup of a cutri database this program can open, by taking its database
     * file out into {@code workFolder} (the caller's, deleted by the caller) and opening it read-only with the
     * session's {@code password} ({@link Database#openOther}). Refused, with one message and nothing changed: a
     * cut or damaged zip ({@code backup.damaged}), a zip with no cutri database ({@code backup.notCutri}), a
     * database of a newer program ({@code backup.newer}), one protected by another password
     * ({@code backup.password}).
     */
    public static CheckedBackup check(Path zip, Unlock unlock, Path workFolder, TaskMonitor monitor) {
        BackupInfo info = describe(zip).orElseThrow(() -> refusal(zip));
        Path extracted = workFolder.resolve(DATABASE_ENTRY);
        extract(zip, extracted, monitor);
        Protection.FileKey key = Protection.isEncrypted(extracted) ? unlock.keyFor(zip, workFolder) : null;
        try {
            CheckedBackup checked = open(zip, info, extracted, key, monitor);
            return new CheckedBackup(extracted, info, checked.counts(), checked.schemaVersion(),
                    key == null ? null : Protection.read(workFolder).orElse(null), key);
        } catch (RuntimeException e) {
            if (key != null) {
                key.close();
            }
            throw e;
        }
    }

    private static CheckedBackup open(Path zip, BackupInfo info, Path extracted, Protection.FileKey key,
            TaskMonitor monitor) {
        try {
            if (!StoreFile.endsWithWholeChunk(extracted, key)) {
                LOG.warn("Backup {} refused: its database file does not end with a whole chunk", zip);
                throw new UserException("backup.damaged", zip);
            }
        } catch (IOException e) {
            throw new UserException(e, "backup.damaged", zip);
        }
        monitor.checkCancelled();
        try (Connection connection = Database.openOther(extracted, key)) {
            Optional<String> schema = schemaVersion(connection);
            if (schema.isEmpty() || "?".equals(schema.get())) {
                LOG.warn("Backup {} refused: no cutri schema in it", zip);
                throw new UserException("backup.notCutri", zip);
            }
            // Unknown (migrations not listable as plain files): not refused here; Flyway refuses a newer schema on opening.
            Optional<String> shipped = Database.shippedSchemaVersion();
            if (shipped.isPresent() && compareVersions(schema.get(), shipped.get()) > 0) {
                LOG.warn("Backup {} refused: schema {} is newer than this program's {}", zip, schema.get(), shipped.get());
                throw new UserException("backup.newer", zip, schema.get(), shipped.get());
            }
            Map<String, Long> counts = counts(connection);
            return new CheckedBackup(extracted, info, counts, schema.get(), null, null);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD
                    || e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
                LOG.warn("Backup {} refused: it opens with another password", zip);
                throw new UserException(e, "backup.password", zip);
            }
            LOG.warn("Backup {} refused: H2 cannot read it", zip, e);
            throw new UserException(e, "backup.damaged", zip);
        }
    }

    private static UserException refusal(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            LOG.warn("Backup {} refused: a zip without {}", zip, DATABASE_ENTRY);
            return new UserException("backup.notCutri", zip);
        } catch (IOException e) {
            LOG.warn("Backup {} refused: not a readable zip", zip, e);
            return new UserException(e, "backup.damaged", zip);
        }
    }

    /** Takes the database entry out of the zip; its checksum is checked as it is read (a changed byte is refused). */
    private static void extract(Path zip, Path target, TaskMonitor monitor) {
        boolean found = false;
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (DATABASE_ENTRY.equals(entry.getName())) {
                    try (OutputStream out = Files.newOutputStream(target)) {
                        copy(in, out, Files.size(zip), monitor);
                    }
                    found = true;
                } else if (SALT_ENTRY.equals(entry.getName())) {
                    Files.copy(in, target.resolveSibling(SALT_ENTRY));
                }
            }
            if (!found) {
                throw new UserException("backup.notCutri", zip);
            }
        } catch (IOException e) {
            LOG.warn("Backup {} refused: its database entry cannot be read", zip, e);
            throw new UserException(e, "backup.damaged", zip);
        }
    }

    /** Copies a stream, reporting progress against {@code total} bytes and stopping when the task is cancelled. */
    public static long copy(InputStream in, OutputStream out, long total, TaskMonitor monitor) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long done = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            monitor.checkCancelled();
            out.write(buffer, 0, read);
            done += read;
            monitor.progress(Math.min(done, total), total);
        }
        return done;
    }

    /**
     * Deletes the automatic backups the rotation no longer keeps ({@link #kept}); other files in the folder are left
     * alone.
     */
    static void rotate(Path dataFolder) {
        List<BackupInfo> all = list(dataFolder).stream()
                .filter(backup -> NAME.matcher(backup.file().getFileName().toString()).matches())
                .toList();
        List<BackupInfo> keep = kept(all);
        for (BackupInfo backup : all) {
            if (!keep.contains(backup)) {
                LOG.info("Rotation removes the old backup {}", backup.file());
                deleteQuietly(backup.file());
            }
        }
    }

    /**
     * The backups a rotation keeps: of the daily and exit ones, the newest of each of the last {@value #DAYS} days,
     * {@value #WEEKS} weeks (ISO weeks) and {@value #MONTHS} months that have a backup; of those made before a
     * migration or a restore, the newest {@value #SAFETY_KEPT}; manual ones are all kept.
     */
    static List<BackupInfo> kept(List<BackupInfo> backups) {
        List<BackupInfo> newestFirst = backups.stream()
                .sorted(Comparator.comparing(BackupInfo::created).reversed()).toList();
        List<BackupInfo> keep = new ArrayList<>();
        List<BackupInfo> regular = newestFirst.stream().filter(b -> !b.kind().safety() && b.kind() != Kind.MANUAL).toList();
        keepNewestPer(regular, created -> created.toLocalDate().toString(), DAYS, keep);
        java.time.temporal.WeekFields iso = java.time.temporal.WeekFields.ISO;
        keepNewestPer(regular, created -> created.get(iso.weekBasedYear()) + "-W" + created.get(iso.weekOfWeekBasedYear()),
                WEEKS, keep);
        keepNewestPer(regular, created -> created.getYear() + "-" + created.getMonthValue(), MONTHS, keep);
        newestFirst.stream().filter(b -> b.kind().safety()).limit(SAFETY_KEPT).forEach(keep::add);
        newestFirst.stream().filter(b -> b.kind() == Kind.MANUAL).forEach(keep::add);
        return keep.stream().distinct().toList();
    }

    private static void keepNewestPer(List<BackupInfo> newestFirst,
            java.util.function.Function<LocalDateTime, String> period, int periods, List<BackupInfo> keep) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (BackupInfo backup : newestFirst) {
            if (seen.size() == periods && !seen.contains(period.apply(backup.created()))) {
                return;
            }
            if (seen.add(period.apply(backup.created()))) {
                keep.add(backup);
            }
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }

    /** The newest backup file, if the folder holds any. */
    static Optional<Path> latest(Path dataFolder) {
        Path folder = folder(dataFolder);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> Files.isRegularFile(file) && file.getFileName().toString().endsWith(".zip"))
                    .max(Comparator.comparing(Backups::modified).thenComparing(Path::getFileName));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** What to do, as a sentence: restore the newest automatic backup, or a copy of the folder. */
    static Localizable advice(Path dataFolder) {
        Optional<Path> latest = latest(dataFolder);
        return messages -> latest.map(file -> messages.get("db.restore.backup", file))
                .orElseGet(() -> messages.get("db.restore.copy"));
    }
}
