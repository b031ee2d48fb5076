package org.cutri.common.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import org.cutri.common.UserException;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

/**
 * The connections to a PostgreSQL server's database (decision 0048): a HikariCP pool, the schema brought up to date
 * by Flyway (which holds PostgreSQL's advisory lock meanwhile, so two PCs starting at once migrate once), and
 * the server's errors told apart by their SQL state, never by a message text.
 */
public final class ServerDatabase implements AutoCloseable {

    /** The message key of a server that refused the account or its password: the window asks for it again. */
    public static final String LOGIN_REFUSED = "db.server.login";

    private static final Logger LOG = LoggerFactory.getLogger(ServerDatabase.class);

    /** The driver's state when the server asks for a password and none was given. */
    private static final String NO_PASSWORD_GIVEN = "08004";

    /** Connections one program holds at most: the staff's PCs share the server's hundred or so. */
    private static final int POOL_SIZE = 6;
    /** How long a start waits for the server before it says it cannot reach it. */
    private static final long CONNECT_TIMEOUT_MS = 10_000;

    private final ServerAddress address;
    private final String user;
    private final HikariDataSource pool;

    private ServerDatabase(ServerAddress address, String user, HikariDataSource pool) {
        this.address = address;
        this.user = user;
        this.pool = pool;
    }

    /** Connects, checks the schema's version and migrates it when it is older than the program's. */
    static ServerDatabase open(ServerAddress address, ServerLogin login) {
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config(address, login));
        } catch (HikariPool.PoolInitializationException | IllegalArgumentException e) {
            if (login.password().isEmpty() && NO_PASSWORD_GIVEN.equals(SqlStates.of(e))) {
                // The server wants a password and none was given: asked for as a wrong one is.
                throw new UserException(e, LOGIN_REFUSED, login.user(), address);
            }
            throw translate(e, address, login.user());
        }
        try {
            Set<String> shipped = PostgresMigrations.shippedVersions(Database.class.getClassLoader());
            try (Connection connection = pool.getConnection()) {
                refuseNewer(connection, shipped, address);
                if (SchemaCheck.upToDate(connection, shipped)) {
                    return new ServerDatabase(address, login.user(), pool);
                }
            }
            Flyway.configure()
                    .dataSource(pool)
                    .resourceProvider(new PostgresMigrations(Database.class.getClassLoader()))
                    .load()
                    .migrate();
            LOG.info("Brought the schema of {} up to date", address);
            return new ServerDatabase(address, login.user(), pool);
        } catch (SQLException | RuntimeException e) {
            pool.close();
            if (e instanceof UserException user) {
                throw user;
            }
            throw translate(e, address, login.user());
        }
    }

    private static HikariConfig config(ServerAddress address, ServerLogin login) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(login.user());
        config.setPassword(new String(login.passwordChars()));
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setPoolName("cutri-" + address.database());
        config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        // The first connection is made now, once (the driver's own time-out bounds it): a wrong password or an
        // unreachable server is told at start, without retrying for seconds.
        config.setInitializationFailTimeout(1);
        config.addDataSourceProperty("ApplicationName", "cutri");
        config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MS / 1000));
        return config;
    }

    /**
     * Refuses a database a newer program has migrated: this program would not know its tables. Checked before
     * Flyway runs, which would otherwise fail with its own English message.
     */
    private static void refuseNewer(Connection connection, Set<String> shipped, ServerAddress address)
            throws SQLException {
        if (shipped.isEmpty()) {
            return;
        }
        String newestShipped = shipped.stream().max(Backups::compareVersions).orElseThrow();
        java.util.Optional<String> applied = Backups.schemaVersion(connection);
        if (applied.isPresent() && ("?".equals(applied.get())
                || Backups.compareVersions(applied.get(), newestShipped) > 0)) {
            LOG.warn("The database {} has schema version {}, newer than this program's {}", address, applied.get(),
                    newestShipped);
            throw new UserException("db.server.newer", address, applied.get(), newestShipped);
        }
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    ServerAddress address() {
        return address;
    }

    String user() {
        return user;
    }

    @Override
    public void close() {
        pool.close();
    }

    /**
     * The server's refusal as a message the user can act on, by SQL state: class 08 (no connection), 28 (the
     * account or password), 3D000 (no such database), 42501 (no right to change the schema).
     */
    static UserException translate(Throwable e, ServerAddress address, String user) {
        String state = SqlStates.of(e);
        if (state.startsWith("08") || state.isEmpty() && causedBy(e, java.net.ConnectException.class)) {
            LOG.warn("The server of {} cannot be reached: {}", address, e.toString());
            return new UserException(e, "db.server.unreachable", address.host() + ":" + address.port());
        }
        if (state.startsWith("28")) {
            LOG.warn("The server of {} refused the account {}: {}", address, user, state);
            return new UserException(e, LOGIN_REFUSED, user, address);
        }
        if ("3D000".equals(state)) {
            return new UserException(e, "db.server.noDatabase", address.database(), address.host());
        }
        if ("42501".equals(state)) {
            return new UserException(e, "db.server.rights", user, address);
        }
        LOG.error("The database {} could not be opened", address, e);
        return new UserException(e, "db.server.failed", address);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
