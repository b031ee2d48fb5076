package org.cutri.common.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Localizable;
import org.cutri.common.io.ByteSize;
import org.cutri.common.io.DiskFull;
import org.cutri.common.io.FilePermissions;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The program's embedded H2 database in the data folder. Opening it applies the Flyway migrations, so
 * the schema is created and changed only by {@code db/migration/V*__*.sql}.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** File name (H2 appends {@code .mv.db}). */
    public static final String FILE_NAME = "cutri";
    /** What H2 appends to the name of the file it stores the database in. */
    public static final String FILE_SUFFIX = ".mv.db";
    /** The name a new database is made under, until its schema is complete. */
    private static final String NEW_NAME = "cutri-new";

    /** The register's tables, in the order {@code check} prints their counts. */
    public static final List<String> TABLES = List.of(
            "commune_profile", "council_term", "council_session", "constituency", "constituency_hamlet",
            "hamlet", "deputy", "deputy_hamlet", "contact_round", "meeting", "meeting_hamlet", "meeting_deputy",
            "opinion_field", "opinion", "document_number", "opinion_group", "opinion_group_member",
            "office_settings", "imported_package", "imported_opinion");

    private final Path folder;
    /** Opens a new pool on the same file with the same settings: {@link #compact()} closes the old one. */
    private final java.util.function.Supplier<JdbcConnectionPool> reopen;
    private volatile JdbcConnectionPool pool;
    /** Connections are handed out under its read lock; {@link #compact()} holds the write lock: none opens meanwhile. */
    private final java.util.concurrent.locks.ReentrantReadWriteLock gate =
            new java.util.concurrent.locks.ReentrantReadWriteLock();
    private final Jdbi jdbi;

    private Database(Path folder, JdbcConnectionPool pool, java.util.function.Supplier<JdbcConnectionPool> reopen) {
        this.folder = folder;
        this.pool = pool;
        this.reopen = reopen;
        this.jdbi = Jdbi.create(this::connection).installPlugin(new SqlObjectPlugin());
        // A failed statement is logged with its SQL, never with the values bound to it (opinion texts,
        // codes, names): the log file may be sent to a technician.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(Database::withoutValues);
    }

    private static String withoutValues(StatementException e) {
        StatementContext context = e.getStatementContext();
        String sql = context == null ? null : context.getRawSql();
        return String.valueOf(e.getShortMessage()) + (sql == null ? "" : " [statement: " + sql + "]");
    }

    /** Where the database files live: the real disk, or in tests an H2 file system that runs out of room. */
    public record Disk(String urlScheme, DiskFull.SpaceCheck space) {

        /** The folder's real disk. */
        public static final Disk SYSTEM = new Disk("file:", DiskFull.SpaceCheck.SYSTEM);
    }

    /**
     * Opens (creating if needed) the database in this folder and brings its schema up to date.
     *
     * @throws UserException {@code db.inUse} when another program has it open, {@code db.damaged},
     *     {@code db.emptyFile} or {@code db.truncated} when the file cannot be read (never replaced by a new
     *     one), {@code db.diskFull} when the disk has no room, {@code db.folder…} when the folder is unusable
     */
    public static Database open(Path folder) {
        return open(folder, Disk.SYSTEM);
    }

    /** Opens the database in this folder on this disk (tests give a disk that fills up). */
    public static Database open(Path folder, Disk disk) {
        Path absolute = folder.toAbsolutePath().normalize();
        DataFolder.prepare(absolute);
        Path file = absolute.resolve(FILE_NAME + FILE_SUFFIX);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file)) {
            refuseUnreadable(absolute, file, disk);
        } else {
            createFresh(absolute, disk);
        }
        java.util.function.Supplier<JdbcConnectionPool> opener =
                () -> JdbcConnectionPool.create(url(disk, absolute, FILE_NAME), "cutri", "");
        JdbcConnectionPool pool = opener.get();
        try {
            migrate(pool);
        } catch (SQLException | FlywayException | JdbiException e) {
            pool.dispose();
            throw translate(e, absolute, disk);
        }
        FilePermissions.userOnly(file);
        LOG.info("Opened database in {}", absolute);
        return new Database(absolute, pool, opener);
    }

    /** H2's URL of a database file; the folder's path can carry no setting (it holds no ';', see DataFolder). */
    static String url(Disk disk, Path folder, String name) {
        // WRITE_DELAY=0: every commit reaches the file at once, so a crash loses nothing committed.
        // TRACE_LEVEL_FILE=0: no cutri.trace.db, which would keep failed statements with their values.
        return "jdbc:h2:" + disk.urlScheme() + folder.resolve(name) + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
    }

    private static void migrate(JdbcConnectionPool pool) throws SQLException {
        if (schemaUpToDate(pool)) {
            LOG.debug("Schema is up to date: Flyway not started");
        } else {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:" + SchemaCheck.LOCATION)
                    .load()
                    .migrate();
        }
    }

    /**
     * A new database is made under another name and takes its real name only once its schema is written:
     * a failure (a full disk above all) leaves no empty {@code cutri.mv.db} behind, which a later start would
     * have to refuse as damaged.
     */
    private static void createFresh(Path folder, Disk disk) {
        Path made = folder.resolve(NEW_NAME + FILE_SUFFIX);
        deleteNew(folder);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(disk, folder, NEW_NAME), "cutri", "");
        try {
            migrate(pool);
            pool.dispose();
            FilePermissions.userOnly(made);
            Files.move(made, folder.resolve(FILE_NAME + FILE_SUFFIX), StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Created a new database in {}", folder);
        } catch (SQLException | FlywayException | JdbiException | IOException e) {
            pool.dispose();
            deleteNew(folder);
            throw translate(e, folder, disk);
        } finally {
            deleteNew(folder);
        }
    }

    private static void deleteNew(Path folder) {
        for (String suffix : new String[] {FILE_SUFFIX, ".trace.db", ".mv.db.tempFile"}) {
            try {
                Files.deleteIfExists(folder.resolve(NEW_NAME + suffix));
            } catch (IOException e) {
                LOG.warn("Could not remove the unfinished new database file {}{} in {}", NEW_NAME, suffix, folder, e);
            }
        }
    }

    /**
     * Refuses a file H2 would silently replace by an empty database: H2 opens an empty file, or one whose end
     * is missing, as a new database and writes over it. A file that does not end with a whole chunk
     * ({@link StoreFile}) is first opened read-only: if H2 finds none of the program's tables in it, it is
     * refused, untouched.
     */
    private static void refuseUnreadable(Path folder, Path file, Disk disk) {
        long size = sizeOf(file);
        if (size == 0) {
            LOG.error("Database file {} refused before opening: it is empty", file);
            throw new UserException("db.emptyFile", file, Backups.advice(folder));
        }
        try {
            if (StoreFile.endsWithWholeChunk(file)) {
                return;
            }
        } catch (IOException e) {
            LOG.error("Database file {} cannot be read", file, e);
            throw new UserException(e, "db.damaged", folder, Backups.advice(folder));
        }
        LOG.warn("Database file {} does not end with a whole chunk ({} bytes): looking at it read-only first", file, size);
        boolean hasTables;
        try (Connection connection = DriverManager.getConnection(url(disk, folder, FILE_NAME) + ";ACCESS_MODE_DATA=r",
                "cutri", "");
                Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            tables.next();
            hasTables = tables.getLong(1) > 0;
        } catch (SQLException e) {
            UserException translated = translate(e, folder, disk);
            if (!translated.key().equals("db.damaged")) {
                throw translated;
            }
            hasTables = false;
        }
        if (!hasTables) {
            LOG.error("Database file {} refused before opening: cut short, H2 finds no table in it ({} bytes)", file, size);
            throw new UserException("db.truncated", file, ByteSize.left(size), Backups.advice(folder));
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean schemaUpToDate(JdbcConnectionPool pool) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            return SchemaCheck.upToDate(connection, SchemaCheck.shippedVersions(Database.class.getClassLoader()));
        }
    }

    private static UserException translate(Exception e, Path folder, Disk disk) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                LOG.warn("Database in {} is already open elsewhere: {}", folder, sql.getMessage());
                return new UserException(e, "db.inUse", folder);
            }
        }
        if (DiskFull.causedIt(e, folder, disk.space())) {
            LOG.warn("Database in {} could not be written: the disk is full ({})", folder, e.toString());
            return new UserException(e, "db.diskFull", folder, ByteSize.left(disk.space().usableBytes(folder)));
        }
        LOG.error("Database in {} could not be opened", folder, e);
        return new UserException(e, "db.damaged", folder, Backups.advice(folder));
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Reads the whole database and checks the program's own rules on it ({@link IntegrityCheck}): what
     * {@code check} does. Returns the row count of every table and the problems found.
     */
    public IntegrityCheck.Result verify() {
        return jdbi.withHandle(handle -> IntegrityCheck.run(handle.getConnection(), TABLES));
    }

    /** What to do when the file is damaged: restore the newest automatic backup, or a copy. */
    public Localizable restoreAdvice() {
        return Backups.advice(folder);
    }

    /** Verifies every table is readable and returns its row count, table by table. */
    public Map<String, Long> tableCounts() {
        return jdbi.withHandle(handle -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(table, handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
            }
            return counts;
        });
    }

    /**
     * Rewrites the database file with only its live data ({@code SHUTDOWN COMPACT}): H2 keeps earlier versions of
     * changed pages in the file, so a name erased from the data can still be read in its bytes until then. Work
     * running on other connections at that moment fails; the database is open again when this returns.
     */
    public void compact() {
        gate.writeLock().lock();
        try {
            // No connection opens while the file is rewritten: one opening then would read it half-written.
            pool.dispose();
            JdbcConnectionPool compacting = reopen.get();
            try (Connection connection = compacting.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                LOG.error("Database in {} could not be compacted", folder, e);
                throw translate(e, folder, Disk.SYSTEM);
            } finally {
                compacting.dispose();
                pool = reopen.get();
            }
        } finally {
            gate.writeLock().unlock();
        }
        LOG.info("Compacted database in {}", folder);
    }

    private Connection connection() throws SQLException {
        gate.readLock().lock();
        try {
            return pool.getConnection();
        } finally {
            gate.readLock().unlock();
        }
    }

    @Override
    public void close() {
        pool.dispose();
        LOG.info("Closed database in {}", folder);
    }
}
