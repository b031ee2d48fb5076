package org.cutri.common.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cutri.common.UserException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
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

    /** The register's tables, in the order {@code check} prints their counts. */
    public static final List<String> TABLES = List.of(
            "commune_profile", "council_term", "council_session", "constituency", "constituency_hamlet",
            "hamlet", "deputy", "deputy_hamlet", "contact_round", "meeting", "meeting_hamlet", "meeting_deputy",
            "opinion_field", "opinion", "document_number", "opinion_group", "opinion_group_member",
            "office_settings", "imported_package", "imported_opinion");

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;

    private Database(Path folder, JdbcConnectionPool pool) {
        this.folder = folder;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    }

    /**
     * Opens (creating if needed) the database in this folder and brings its schema up to date.
     *
     * @throws UserException {@code db.inUse} when another program has it open, {@code db.damaged} when
     *     the file cannot be read, {@code db.folder} when the folder cannot be created
     */
    public static Database open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserException(e, "db.folder", folder);
        }
        // WRITE_DELAY=0: every commit reaches the file at once, so a crash loses nothing committed.
        String url = "jdbc:h2:file:" + folder.resolve(FILE_NAME).toAbsolutePath() + ";WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "cutri", "");
        try {
            if (schemaUpToDate(pool)) {
                LOG.debug("Schema in {} is up to date: Flyway not started", folder);
            } else {
                Flyway.configure()
                        .dataSource(pool)
                        .locations("classpath:" + SchemaCheck.LOCATION)
                        .load()
                        .migrate();
            }
        } catch (SQLException | FlywayException | JdbiException e) {
            pool.dispose();
            throw translate(e, folder);
        }
        LOG.info("Opened database in {}", folder);
        return new Database(folder, pool);
    }

    private static boolean schemaUpToDate(JdbcConnectionPool pool) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            return SchemaCheck.upToDate(connection, SchemaCheck.shippedVersions(Database.class.getClassLoader()));
        }
    }

    private static UserException translate(Exception e, Path folder) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                if (sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                    LOG.warn("Database in {} is already open elsewhere: {}", folder, sql.getMessage());
                    return new UserException(e, "db.inUse", folder);
                }
                if (sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1
                        || sql.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1
                        || sql.getErrorCode() == ErrorCode.GENERAL_ERROR_1) {
                    LOG.error("Database in {} cannot be read", folder, e);
                    return new UserException(e, "db.damaged", folder);
                }
            }
        }
        LOG.error("Database in {} could not be opened", folder, e);
        return new UserException(e, "db.damaged", folder);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Path folder() {
        return folder;
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

    @Override
    public void close() {
        pool.dispose();
        LOG.info("Closed database in {}", folder);
    }
}
