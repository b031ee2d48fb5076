package org.cutri.common.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
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
import org.h2.jdbcx.JdbcDataSource;
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
    /** The message key of opening protected data without its password. */
    public static final String PASSWORD_NEEDED = "db.password.needed";
    /** The name a new database is made under, until its schema is complete. */
    private static final String NEW_NAME = "cutri-new";

    /** The register's tables, in the order {@code check} prints their counts. */
    public static final List<String> TABLES = List.of(
            "commune_profile", "council_term", "council_session", "constituency", "constituency_hamlet",
            "hamlet", "deputy", "deputy_hamlet", "contact_round", "meeting", "meeting_hamlet", "meeting_deputy",
            "opinion_field", "opinion", "document_number", "opinion_group", "opinion_group_member",
            "office_settings", "imported_package", "imported_opinion");

    private final Path folder;
    private final Disk disk;
    /** The H2 file's pool, or null when the data is on a server. */
    private final SwitchingPool pool;
    /** The server the data is on, or null for the H2 file of the data folder. */
    private final ServerDatabase server;
    private final Jdbi jdbi;
    /** The key of the encrypted file, or null while it is plain; changes only with {@link #protect}/{@link #unprotect}. */
    private volatile Protection.FileKey key;
    /** Guards the file: a backup copies it, a restore replaces it; never both at once. */
    private final Object fileLock = new Object();
    /** H2's count of writes to the file when the last backup was made (or the data opened): see {@link #changedSinceBackup}. */
    private final java.util.concurrent.atomic.AtomicLong writesAtBackup = new java.util.concurrent.atomic.AtomicLong();

    private Database(Path folder, Disk disk, JdbcConnectionPool pool, Protection.FileKey key) {
        this.folder = folder;
        this.disk = disk;
        this.pool = new SwitchingPool(pool);
        this.server = null;
        this.key = key;
        this.jdbi = jdbiOver(this.pool);
    }

    private Database(Path folder, ServerDatabase server) {
        this.folder = folder;
        this.disk = Disk.SYSTEM;
        this.pool = null;
        this.server = server;
        this.key = null;
        this.jdbi = jdbiOver(server::connection);
    }

    private static Jdbi jdbiOver(org.jdbi.v3.core.ConnectionFactory connections) {
        Jdbi jdbi = Jdbi.create(connections).installPlugin(new SqlObjectPlugin());
        // A failed statement is logged with its SQL, never with the values bound to it (opinion texts,
        // codes, names): the log file may be sent to a technician.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(Database::withoutValues);
        return jdbi;
    }

    /**
     * Opens the data on a PostgreSQL server (a province office shared by several staff, decision 0048) and brings
     * its schema up to date; {@code folder} is this PC's own data folder (logs, work files), which holds no data.
     *
     * @throws UserException {@code db.server.unreachable}, {@code db.server.login}, {@code db.server.noDatabase},
     *     {@code db.server.newer}, {@code db.server.rights} or {@code db.server.failed}, each saying what to do
     */
    public static Database openServer(Path folder, ServerAddress address, ServerLogin login) {
        Path absolute = folder.toAbsolutePath().normalize();
        DataFolder.prepare(absolute);
        ServerDatabase server = ServerDatabase.open(address, login);
        LOG.info("Opened the database {} on a PostgreSQL server as {}", address, login.user());
        return new Database(absolute, server);
    }

    /** True when the data is on a PostgreSQL server rather than in the H2 file of the data folder. */
    public boolean isServer() {
        return server != null;
    }

    /** The server the data is on; empty for the H2 file. */
    public java.util.Optional<ServerAddress> serverAddress() {
        return server == null ? java.util.Optional.empty() : java.util.Optional.of(server.address());
    }

    /** The account this program works under on the server (its audit rows carry it); empty for the H2 file. */
    public java.util.Optional<String> account() {
        return server == null ? java.util.Optional.empty() : java.util.Optional.of(server.user());
    }

    /**
     * The newest audit row another account wrote after {@code after} (every change of the data writes one): how a
     * program on a shared server learns that someone else changed the data. Always empty for the H2 file, which one
     * program at a time opens.
     */
    public java.util.OptionalLong newestChangeByOthers(long after) {
        if (server == null) {
            return java.util.OptionalLong.empty();
        }
        Long newest = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT MAX(id) FROM audit_log WHERE id > :after AND account <> session_user")
                .bind("after", after).mapTo(Long.class).one());
        return newest == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(newest);
    }

    /** The newest audit row's number (0: none): where {@link #newestChangeByOthers} starts looking. */
    public long newestChange() {
        Long newest = jdbi.withHandle(handle -> handle.createQuery("SELECT MAX(id) FROM audit_log")
                .mapTo(Long.class).one());
        return newest == null ? 0 : newest;
    }

    /** Refuses the work that only an H2 file can do (encryption, backup files, compacting) on a server. */
    private void fileOnly() {
        if (server != null) {
            throw new UserException("db.server.fileOnly", server.address());
        }
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
        return open(folder, disk, null);
    }

    /**
     * Opens the database in this folder with the password that protects it (null or ignored when it is not
     * protected).
     *
     * @throws UserException also {@value #PASSWORD_NEEDED} when the data is protected and no password was given,
     *     {@code db.password.wrong} when the password is not the one
     */
    public static Database open(Path folder, DataPassword password) {
        return open(folder, Disk.SYSTEM, password);
    }

    /** The same on this disk. */
    public static Database open(Path folder, Disk disk, DataPassword password) {
        Path absolute = folder.toAbsolutePath().normalize();
        DataFolder.prepare(absolute);
        Reencryption.recover(absolute);
        Protection.FileKey key = keyOf(absolute, password);
        try {
            return openWithKey(absolute, disk, key);
        } catch (RuntimeException e) {
            if (key != null) {
                key.close();
            }
            throw e;
        }
    }

    private static Database openWithKey(Path absolute, Disk disk, Protection.FileKey key) {
        Path file = absolute.resolve(FILE_NAME + FILE_SUFFIX);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file)) {
            refuseUnreadable(absolute, file, disk, key);
        } else {
            createFresh(absolute, disk);
        }
        JdbcConnectionPool pool = openMigrated(absolute, disk, key, Clock.systemDefaultZone());
        LOG.info("Opened {} database in {}", key == null ? "a plain" : "an encrypted", absolute);
        Database database = new Database(absolute, disk, pool, key);
        database.markBackedUp();
        return database;
    }

    /**
     * A pool on the database file of this folder (with its key when encrypted), its schema brought up to date;
     * before a migration changes an existing schema, the file is backed up ({@code backups/}, kind
     * {@link Backups.Kind#BEFORE_MIGRATION}).
     */
    private static JdbcConnectionPool openMigrated(Path folder, Disk disk, Protection.FileKey key, Clock clock) {
        JdbcConnectionPool pool = pool(disk, folder, key);
        try {
            if (!schemaUpToDate(pool)) {
                backUpBeforeMigration(pool, folder, key != null, clock);
                migrate(pool);
            }
        } catch (SQLException | FlywayException | JdbiException e) {
            pool.dispose();
            throw translate(e, folder, disk);
        }
        FilePermissions.userOnly(folder.resolve(FILE_NAME + FILE_SUFFIX));
        return pool;
    }

    private static void backUpBeforeMigration(JdbcConnectionPool pool, Path folder, boolean encrypted, Clock clock)
            throws SQLException {
        try (Connection connection = pool.getConnection()) {
            if (Backups.schemaVersion(connection).isEmpty()) {
                return;
            }
            Backups.create(connection, folder, Backups.Kind.BEFORE_MIGRATION, clock, encrypted);
        }
    }

    /** The key of the file when it is encrypted (the password checked against the salt file), else null. */
    private static Protection.FileKey keyOf(Path folder, DataPassword password) {
        if (!Protection.isProtected(folder)) {
            return null;
        }
        if (password == null || password.isEmpty()) {
            throw new UserException(PASSWORD_NEEDED, folder);
        }
        Protection protection = Protection.read(folder)
                .orElseThrow(() -> new UserException("db.password.saltMissing", folder, Protection.FILE_NAME));
        return protection.unlock(password);
    }

    /** A connection pool on the database file, with its key when it is encrypted. */
    private static JdbcConnectionPool pool(Disk disk, Path folder, Protection.FileKey key) {
        return JdbcConnectionPool.create(dataSource(url(disk, folder, FILE_NAME, key != null), key));
    }

    private static JdbcDataSource dataSource(String url, Protection.FileKey key) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("cutri");
        source.setPasswordChars(key == null ? new char[0] : key.jdbcPassword());
        return source;
    }

    static String url(Disk disk, Path folder, String name) {
        return url(disk, folder, name, false);
    }

    /** H2's URL of a database file; the folder's path can carry no setting (it holds no ';', see DataFolder). */
    static String url(Disk disk, Path folder, String name, boolean encrypted) {
        // WRITE_DELAY=0: every commit reaches the file at once, so a crash loses nothing committed.
        // TRACE_LEVEL_FILE=0: no cutri.trace.db, which would keep failed statements with their values.
        return "jdbc:h2:" + disk.urlScheme() + folder.resolve(name) + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0"
                + (encrypted ? ";CIPHER=AES" : "");
    }

    private static void migrate(JdbcConnectionPool pool) {
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:" + SchemaCheck.LOCATION)
                .load()
                .migrate();
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
            if (!schemaUpToDate(pool)) {
                migrate(pool);
            }
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
    private static void refuseUnreadable(Path folder, Path file, Disk disk, Protection.FileKey key) {
        long size = sizeOf(file);
        if (size == 0) {
            LOG.error("Database file {} refused before opening: it is empty", file);
            throw new UserException("db.emptyFile", file, Backups.advice(folder));
        }
        try {
            if (StoreFile.endsWithWholeChunk(file, key)) {
                return;
            }
        } catch (IOException e) {
            LOG.error("Database file {} cannot be read", file, e);
            throw new UserException(e, "db.damaged", folder, Backups.advice(folder));
        }
        LOG.warn("Database file {} does not end with a whole chunk ({} bytes): looking at it read-only first", file, size);
        boolean hasTables;
        try (Connection connection = dataSource(url(disk, folder, FILE_NAME, key != null) + ";ACCESS_MODE_DATA=r", key)
                .getConnection();
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
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
                LOG.error("Database in {} does not open with the key of its salt file", folder);
                return new UserException(e, "db.password.fileMismatch", folder, Protection.FILE_NAME);
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

    /** True when the database file is encrypted with a password. */
    public boolean isProtected() {
        return key != null;
    }

    /**
     * Protects the data with this password, or changes the password it is protected with: the file is encrypted
     * anew under a new salt (see {@link Reencryption}). The database is closed meanwhile: work waits.
     *
     * @throws UserException when the file cannot be converted; the database is then as it was, and open
     */
    public synchronized void protect(DataPassword password) {
        fileOnly();
        if (password == null || password.isEmpty()) {
            throw new UserException("db.password.empty");
        }
        if (password.isTooShort()) {
            throw new UserException("db.password.short", DataPassword.MIN_LENGTH);
        }
        Protection.Created created = Protection.create(password);
        convert(created.protection(), created.key());
    }

    /**
     * Checks the password the data is protected with (asked again before it is changed or removed).
     *
     * @throws UserException {@code db.password.wrong} when it is not that one
     */
    public void checkPassword(DataPassword password) {
        if (key == null) {
            return;
        }
        if (password == null || password.isEmpty()) {
            throw new UserException("db.password.wrong");
        }
        Protection.read(folder).orElseThrow(() -> new UserException("db.password.saltMissing", folder, Protection.FILE_NAME))
                .unlock(password).close();
    }

    /** Removes the password: the file is decrypted, and the salt file removed. */
    public synchronized void unprotect() {
        fileOnly();
        if (key != null) {
            convert(null, null);
        }
    }

    private void convert(Protection target, Protection.FileKey targetKey) {
        Protection.FileKey from = key;
        Map<String, Long> before = tableCounts();
        try {
            pool.switchPool(() -> {
                Reencryption.run(folder, disk, from, target, targetKey, copy -> readBack(copy, targetKey, before));
                key = targetKey;
                if (from != null) {
                    from.close();
                }
                return pool(disk, folder, targetKey);
            }, () -> pool(disk, folder, from));
        } catch (UserException e) {
            throw e;
        } catch (Exception e) {
            if (targetKey != null && key != targetKey) {
                targetKey.close();
            }
            if (DiskFull.causedIt(e, folder, disk.space())) {
                LOG.warn("Database in {} could not be converted: the disk is full ({})", folder, e.toString());
                throw new UserException(e, "db.protect.diskFull", folder, ByteSize.left(disk.space().usableBytes(folder)));
            }
            LOG.error("Database in {} could not be converted", folder, e);
            throw new UserException(e, "db.protect.failed", folder);
        }
    }

    /** The converted copy opens with its key and holds as many rows in every table as the database had. */
    private void readBack(Path copy, Protection.FileKey copyKey, Map<String, Long> before) throws IOException {
        String name = copy.getFileName().toString();
        name = name.substring(0, name.length() - FILE_SUFFIX.length());
        try (Connection connection = dataSource(url(disk, folder, name, copyKey != null) + ";ACCESS_MODE_DATA=r", copyKey)
                .getConnection();
                Statement statement = connection.createStatement()) {
            for (Map.Entry<String, Long> table : before.entrySet()) {
                try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table.getKey())) {
                    count.next();
                    if (count.getLong(1) != table.getValue()) {
                        throw new IOException("The converted copy has " + count.getLong(1) + " rows in " + table.getKey()
                                + " instead of " + table.getValue());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("The converted copy cannot be read back", e);
        }
    }

    public Path folder() {
        return folder;
    }

    /**
     * Reads the whole database and checks the program's own rules on it ({@link IntegrityCheck}): what
     * {@code check} does. Returns the row count of every table and the problems found.
     */
    public IntegrityCheck.Result verify() {
        fileOnly();
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
    public synchronized void compact() {
        fileOnly();
        Protection.FileKey current = key;
        try {
            pool.switchPool(() -> {
                try (Connection connection = dataSource(url(disk, folder, FILE_NAME, current != null), current)
                        .getConnection(); Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN COMPACT");
                }
                return pool(disk, folder, current);
            }, () -> pool(disk, folder, current));
        } catch (UserException e) {
            throw e;
        } catch (Exception e) {
            LOG.error("Database in {} could not be compacted", folder, e);
            throw translate(e, folder, disk);
        }
        LOG.info("Compacted database in {}", folder);
    }

    /**
     * The newest schema version this program ships (its newest migration), e.g. "7.3"; empty when the migrations
     * cannot be listed as plain versioned files ({@link SchemaCheck#shippedVersions}).
     */
    public static java.util.Optional<String> shippedSchemaVersion() {
        return SchemaCheck.shippedVersions(Database.class.getClassLoader()).stream().max(Backups::compareVersions);
    }

    /**
     * How backups are opened in this session: a protected backup with {@code given} (the password of the backup's
     * time), else, when it has the data's own salt file, with the data's key; null: no password given.
     */
    public Backups.Unlock unlock(DataPassword given) {
        return new Backups.Unlock(this, given);
    }

    /** The key the data is open with (null: plain). */
    Protection.FileKey fileKey() {
        return key;
    }

    /**
     * Opens a database file other than the live one (a backup being checked, a copy being read back), read-only,
     * with its key (null: a plain file): the one place that opens such files.
     *
     * @param file a {@code .mv.db} file
     */
    static Connection openOther(Path file, Protection.FileKey key) throws SQLException {
        String name = file.getFileName().toString();
        if (!name.endsWith(FILE_SUFFIX)) {
            throw new IllegalArgumentException("Not an H2 database file: " + file);
        }
        Path base = file.toAbsolutePath().normalize().getParent().resolve(name.substring(0, name.length() - FILE_SUFFIX.length()));
        // IFEXISTS: never create an empty database in place of a missing file.
        return dataSource("jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0"
                + (key != null ? ";CIPHER=AES" : ""), key).getConnection();
    }

    /**
     * Opens the data file of this folder read-only, with its password when it is protected, for reading it whole
     * ({@link ServerCopy}); the data must not be open in a program meanwhile.
     *
     * @throws UserException {@code db.inUse} when a program has it open, the password's refusals, {@code db.damaged}
     */
    static Connection openReadOnly(Path folder, DataPassword password) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path file = absolute.resolve(FILE_NAME + FILE_SUFFIX);
        if (!Files.isRegularFile(file)) {
            throw new UserException("migrate.noData", absolute);
        }
        Protection.FileKey key = keyOf(absolute, password);
        try {
            return openOther(file, key);
        } catch (SQLException e) {
            throw translate(e, absolute, Disk.SYSTEM);
        } finally {
            if (key != null) {
                key.close();
            }
        }
    }

    /**
     * Copies the live database into {@code zip} with H2's online {@code BACKUP TO} (the file as it is, encrypted
     * when the data is protected; never {@code SCRIPT TO}, which writes plain SQL), plus the backup's description
     * (date, program and schema version, content counts). From now on the data counts as backed up.
     */
    public BackupInfo backUpTo(Path zip, Backups.Kind kind, Clock clock) {
        fileOnly();
        synchronized (fileLock) {
            long writes = fileWrites();
            // The salt file is read while the connection is held: a change of password waits for it.
            BackupInfo info = jdbi.withHandle(handle -> Backups.write(handle.getConnection(), zip, kind, clock,
                    isProtected() ? folder.resolve(Protection.FILE_NAME) : null));
            writesAtBackup.set(writes);
            return info;
        }
    }

    /** Makes an automatic backup in {@code backups/} of the data folder and rotates the folder. */
    public BackupInfo backUpAutomatically(Backups.Kind kind, Clock clock) {
        fileOnly();
        synchronized (fileLock) {
            long writes = fileWrites();
            BackupInfo info = jdbi.withHandle(handle -> Backups.create(handle.getConnection(), folder, kind, clock,
                    isProtected()));
            writesAtBackup.set(writes);
            Backups.rotate(folder);
            return info;
        }
    }

    /**
     * True when the database file was written since the last backup (or since it was opened): H2's own count of
     * file writes, which reads and backups leave alone. A cheap query, for "back up on exit after changes".
     */
    public boolean changedSinceBackup() {
        if (server != null) {
            return false;
        }
        return fileWrites() > writesAtBackup.get();
    }

    private void markBackedUp() {
        writesAtBackup.set(fileWrites());
    }

    private long fileWrites() {
        return jdbi.withHandle(handle -> handle.createQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.FILE_WRITE'")
                .mapTo(String.class).findOne().map(Long::parseLong).orElse(0L));
    }

    /**
     * Replaces the live database by a backup already checked by {@link Backups#check} (its file in a work folder of
     * this data folder): the database is closed (work waits), the backup's file and salt file put in place of the
     * data's in crash-safe steps ({@link Reencryption#install}), and opened again with the backup's key (its schema
     * brought up to date). The services keep working on the new data, which now opens with the backup's password.
     */
    public synchronized void replaceWith(Backups.CheckedBackup checked) {
        fileOnly();
        synchronized (fileLock) {
            Protection.FileKey before = key;
            Protection.FileKey restored = checked.key() == null ? null : checked.key().copy();
            try {
                pool.switchPool(() -> {
                    try {
                        Reencryption.install(folder, checked.databaseFile(), checked.protection());
                    } catch (IOException e) {
                        LOG.error("Restored file {} could not take the place of the data in {}",
                                checked.databaseFile(), folder, e);
                        throw new UserException(e, "backup.restore.move", folder);
                    }
                    key = restored;
                    return openMigrated(folder, disk, restored, Clock.systemDefaultZone());
                }, () -> pool(disk, folder, key));
            } catch (UserException e) {
                throw e;
            } catch (Exception e) {
                LOG.error("Database in {} could not be replaced by a restored backup", folder, e);
                throw translate(e, folder, disk);
            } finally {
                Protection.FileKey unused = key == restored ? before : restored;
                if (unused != null) {
                    unused.close();
                }
            }
            markBackedUp();
            LOG.info("Replaced the database in {} by a restored backup", folder);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
            LOG.info("Closed the database {} on the server", server.address());
            return;
        }
        pool.dispose();
        Protection.FileKey last = key;
        if (last != null) {
            last.close();
        }
        LOG.info("Closed database in {}", folder);
    }
}
