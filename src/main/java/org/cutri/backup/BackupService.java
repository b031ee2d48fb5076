package org.cutri.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.cutri.common.UserException;
import org.cutri.common.db.BackupInfo;
import org.cutri.common.db.Backups;
import org.cutri.common.db.DataPassword;
import org.cutri.audit.AuditAction;
import org.cutri.audit.AuditLog;
import org.cutri.common.db.Database;
import org.cutri.common.io.FilePermissions;
import org.cutri.common.task.TaskMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups and restore for the office (sao lưu và khôi phục): automatic backups (on exit after changes, daily while
 * the window is open), a backup to a chosen folder or USB stick checked by reading it back, and restoring a backup
 * in place of the current data after backing that up. Used by the window and the command line alike.
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    /** How often the window looks whether today's backup is due. */
    private static final long DAILY_CHECK_MINUTES = 30;

    private final Database database;
    private final Clock clock;
    private final AuditLog audit;
    private ScheduledExecutorService daily;

    public BackupService(Database database, Clock clock) {
        this(database, clock, AuditLog.NONE);
    }

    /** Records backups to a folder and restores in the audit trail. */
    public BackupService(Database database, Clock clock, AuditLog audit) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
    }

    /** The automatic backups of the data folder, newest first. */
    public List<BackupInfo> list() {
        return Backups.list(database.folder());
    }

    /** The automatic backups and those in {@code alsoIn} (the folder or stick last backed up into), newest first. */
    public List<BackupInfo> list(Path alsoIn) {
        List<BackupInfo> all = new java.util.ArrayList<>(list());
        if (alsoIn != null && !alsoIn.equals(Backups.folder(database.folder()))) {
            all.addAll(Backups.listIn(alsoIn));
        }
        all.sort(Comparator.comparing(BackupInfo::created).reversed());
        return all;
    }

    /** The counted content of the current data ({@link Backups#COUNTED}). */
    public boolean hasContent() {
        return database.jdbi().withHandle(handle -> {
            for (String table : Backups.COUNTED.values()) {
                if (handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one() > 0) {
                    return true;
                }
            }
            return handle.createQuery("SELECT COUNT(*) FROM commune_profile").mapTo(Long.class).one() > 0;
        });
    }

    /** The name of a backup made to a chosen folder: {@code cutri-sao-luu-YYYYMMDD-HHMMSS.zip}. */
    public String fileNameNow() {
        return "cutri-sao-luu-" + FILE_TIME.format(LocalDateTime.now(clock)) + ".zip";
    }

    /**
     * Backs the data up into {@code zip} (a USB stick, a folder the user chose) and reads the copy back: it is
     * opened as a database and its content counted, which must equal the data's. A copy that fails the check, or a
     * backup stopped by the user, is deleted: no file is left under that name.
     */
    public BackupInfo backUpTo(Path zip, TaskMonitor monitor) {
        Path target = zip.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UserException("backup.out.folder", parent == null ? target : parent);
        }
        if (Files.isDirectory(target)) {
            throw new UserException("backup.out.isFolder", target);
        }
        monitor.progress(-1, -1);
        monitor.checkCancelled();
        BackupInfo written = database.backUpTo(target, Backups.Kind.MANUAL, clock);
        try {
            Backups.CheckedBackup read = readBack(target, monitor.part(0.5, 1));
            if (!read.counts().equals(written.counts())) {
                LOG.error("Backup {} read back with counts {} instead of {}", target, read.counts(), written.counts());
                throw new UserException("backup.out.mismatch", target);
            }
            audit.record(AuditAction.BACKUP, "backup", target.getFileName(), "sao lưu vào thư mục đã chọn, đã đọc lại: "
                    + target);
            monitor.progress(1, 1);
            return written;
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
    }

    private Backups.CheckedBackup readBack(Path zip, TaskMonitor monitor) {
        return readBack(zip, null, monitor);
    }

    private Backups.CheckedBackup readBack(Path zip, DataPassword password, TaskMonitor monitor) {
        return inWorkFolder(work -> {
            try (Backups.CheckedBackup checked = Backups.check(zip, database.unlock(password), work, monitor)) {
                return checked;
            }
        });
    }

    /** Checks a backup without changing anything: what it holds, or the reason it cannot be restored. */
    public BackupInfo check(Path zip, TaskMonitor monitor) {
        return check(zip, null, monitor);
    }

    /** The same for a backup protected by the password of its time ({@code password}; null: the data's own key). */
    public BackupInfo check(Path zip, DataPassword password, TaskMonitor monitor) {
        return readBack(zip, password, monitor).info();
    }

    /**
     * Restores {@code zip} in place of the current data: the backup is checked first (a damaged one, one of another
     * program or of a newer version is refused and nothing changes), then the current data is backed up
     * ({@code backups/}, kind "before-restore"), then the backup's database takes its place in one step and is opened.
     * Stopping is possible until the current data is backed up.
     *
     * @return what was restored, and the backup of the data it replaced
     */
    public Restored restore(Path zip, TaskMonitor monitor) {
        return restore(zip, null, monitor);
    }

    /**
     * The same for a backup protected by the password of its time ({@code password}; null: the data's own key, and
     * {@value Backups#PASSWORD_NEEDED} when the backup needs another password). The restored data then opens with
     * the backup's password.
     */
    public Restored restore(Path zip, DataPassword password, TaskMonitor monitor) {
        return inWorkFolder(work -> {
            try (Backups.CheckedBackup checked = Backups.check(zip, database.unlock(password), work,
                    monitor.part(0, 0.6))) {
                monitor.checkCancelled();
                BackupInfo before = database.backUpAutomatically(Backups.Kind.BEFORE_RESTORE, clock);
                database.replaceWith(checked);
                // Written into the restored data: the trail of the data now in use says what happened to it.
                audit.record(AuditAction.BACKUP, "backup", before.file().getFileName(),
                        "sao lưu trước khi khôi phục, " + before.file());
                audit.record(AuditAction.RESTORE, "backup", zip.getFileName(), "khôi phục bản sao lưu làm lúc "
                        + checked.info().created() + (checked.key() == null ? "" : ", có mật khẩu") + ", " + zip);
                monitor.progress(1, 1);
                LOG.info("Restored {} (made {}), the data before it kept as {}", zip, checked.info().created(),
                        before.file());
                return new Restored(checked.info(), checked.counts(), before);
            }
        });
    }

    /**
     * Restoring over data the program cannot open (its file damaged, cut or empty: {@code db.damaged},
     * {@code db.truncated}, {@code db.emptyFile}): the backup is checked first (refused: nothing changes), then the
     * unusable file is moved into {@code backups/} as {@code cutri-TIME-damaged.mv.db} (kept for a technician, never
     * listed as a backup), so a new database can be opened and the backup restored into it.
     *
     * @param password the password the backup opens with (the command line's; null: a plain backup only)
     * @return the unusable file's new place
     */
    public static Path setAsideUnusable(Path dataFolder, Path zip, DataPassword password, Clock clock) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        Path work;
        try {
            work = Files.createTempDirectory(folder, ".check-");
        } catch (IOException e) {
            throw new UserException(e, "backup.work", folder);
        }
        try {
            Backups.check(zip, Backups.Unlock.with(password), work, TaskMonitor.NONE).close();
        } finally {
            deleteTree(work);
        }
        Path live = folder.resolve(Database.FILE_NAME + Database.FILE_SUFFIX);
        Path aside = Backups.folder(folder).resolve("cutri-" + FILE_TIME.format(LocalDateTime.now(clock)) + "-damaged"
                + Database.FILE_SUFFIX);
        try {
            FilePermissions.createFolders(aside.getParent());
            Files.move(live, aside);
        } catch (IOException e) {
            throw new UserException(e, "backup.restore.move", folder);
        }
        LOG.warn("The unusable database file of {} was moved to {} before a restore", folder, aside);
        return aside;
    }

    /** A restore done: the backup restored, what it holds, and the backup made of the data it replaced. */
    public record Restored(BackupInfo restored, Map<String, Long> counts, BackupInfo before) {
    }

    /** Backs the data up among the automatic backups before the demo is cleared (kept apart from the daily ones). */
    public BackupInfo backUpBeforeClearing() {
        return database.backUpAutomatically(Backups.Kind.BEFORE_CLEARING, clock);
    }

    /** Makes an automatic backup when the data changed since the last one (the program is closing). */
    public void backUpOnExitIfChanged() {
        if (database.changedSinceBackup()) {
            database.backUpAutomatically(Backups.Kind.EXIT, clock);
        } else {
            LOG.debug("No change since the last backup: no backup on exit");
        }
    }

    /** Makes today's automatic backup when the data changed since the last one and none was made today. */
    public void backUpDailyIfDue() {
        LocalDate today = LocalDate.now(clock);
        boolean doneToday = list().stream().anyMatch(b -> b.created().toLocalDate().equals(today)
                && b.kind() != Backups.Kind.MANUAL);
        if (!doneToday && database.changedSinceBackup()) {
            database.backUpAutomatically(Backups.Kind.DAILY, clock);
        }
    }

    /** Starts looking every half hour, on a thread of its own, whether today's backup is due. */
    public synchronized void startDaily() {
        if (daily != null) {
            return;
        }
        daily = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "cutri-daily-backup");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        daily.scheduleWithFixedDelay(() -> {
            try {
                backUpDailyIfDue();
            } catch (RuntimeException e) {
                LOG.warn("The daily backup could not be made", e);
            }
        }, DAILY_CHECK_MINUTES, DAILY_CHECK_MINUTES, TimeUnit.MINUTES);
    }

    /** Stops the daily backups, waiting for one that is being written. */
    public synchronized void stopDaily() {
        if (daily == null) {
            return;
        }
        daily.shutdownNow();
        try {
            daily.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        daily = null;
    }

    /** Runs work in a fresh folder inside the data folder (user-only), deleted afterwards with all it holds. */
    private <T> T inWorkFolder(java.util.function.Function<Path, T> work) {
        Path folder;
        try {
            folder = Files.createTempDirectory(database.folder(), ".check-");
            FilePermissions.userOnly(folder);
        } catch (IOException e) {
            throw new UserException(e, "backup.work", database.folder());
        }
        try {
            return work.apply(folder);
        } finally {
            deleteTree(folder);
        }
    }

    static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(BackupService::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("Could not remove the work folder {}", folder, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }

    /** For messages: a stop was asked. */
    static boolean stopped(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CancellationException) {
                return true;
            }
        }
        return false;
    }
}
