package org.cutri.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.cutri.common.UserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick schema check that lets a start skip Flyway: it must agree with Flyway's own history on a
 * current database, and say "not current" whenever Flyway has something to do or to refuse.
 */
class SchemaCheckTest {

    @TempDir
    Path folder;

    private static final Set<String> SHIPPED = SchemaCheck.shippedVersions(SchemaCheckTest.class.getClassLoader());

    @Test
    void theProgramsMigrationsAreListedWithFlywaysVersions() {
        assertThat(SHIPPED).contains("1", "2", "4.1");
        assertThat(SchemaCheck.version("V4_1__opinion_groups.sql")).hasValue("4.1");
        assertThat(SchemaCheck.version("V010_2_0__x.sql")).hasValue("10.2");
        assertThat(SchemaCheck.version("R__views.sql")).isEmpty();
    }

    @Test
    void aDatabaseFlywayJustMigratedIsSeenAsCurrentAndOpensAgain() throws SQLException {
        Database.open(folder).close();

        try (Connection connection = connect()) {
            assertThat(SchemaCheck.upToDate(connection, SHIPPED)).isTrue();
            assertThat(SchemaCheck.upToDate(connection, plus(SHIPPED, "99"))).as("a new migration").isFalse();
        }
        try (Database again = Database.open(folder)) {
            assertThat(again.tableCounts()).containsEntry("hamlet", 0L);
        }
    }

    @Test
    void aMigrationMissingFromTheHistoryIsAppliedWhenOpening() throws SQLException {
        Database.open(folder).close();
        try (Connection connection = connect()) {
            // The newest migration (V9_6, the opinions' edit versions) as if the data were one version older.
            for (String sql : List.of("ALTER TABLE opinion DROP COLUMN row_version",
                    "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '9.6'")) {
                connection.createStatement().execute(sql);
            }
        }

        Database.open(folder).close();

        try (Connection connection = connect()) {
            assertThat(connection.createStatement().executeQuery("SELECT MAX(row_version) FROM opinion").next())
                    .isTrue();
            assertThat(SchemaCheck.upToDate(connection, SHIPPED)).isTrue();
        }
    }

    @Test
    void aFailedMigrationInTheHistoryIsLeftToFlywayWhichRefusesIt() throws SQLException {
        Database.open(folder).close();
        try (Connection connection = connect()) {
            connection.createStatement().execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE"
                    + " WHERE \"version\" = '5.1'");
            assertThat(SchemaCheck.upToDate(connection, SHIPPED)).isFalse();
        }

        assertThatThrownBy(() -> Database.open(folder)).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo("db.damaged");
    }

    @Test
    void anEmptyDatabaseHasNoHistoryAndIsNotCurrent() throws SQLException {
        try (Connection connection = connect()) {
            assertThat(SchemaCheck.upToDate(connection, SHIPPED)).isFalse();
        }
    }

    @Test
    void migrationsAreListedFromAJarAndAnythingButPlainVersionsLeavesItToFlyway() throws Exception {
        Path jar = jarWith("db/migration/V1__a.sql", "db/migration/more/V2_1__b.sql", "other/V9__c.sql");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(SchemaCheck.shippedVersions(loader)).containsExactlyInAnyOrder("1", "2.1");
        }
        for (String folderUrl : List.of("db/migration", "db/migration/")) {
            URL root = new URL("jar:" + jar.toUri() + "!/" + folderUrl);
            assertThat(SchemaCheck.fileNames(root)).as(folderUrl).containsExactlyInAnyOrder("V1__a.sql", "V2_1__b.sql");
        }
        Path repeatable = jarWith("db/migration/V1__a.sql", "db/migration/R__views.sql");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {repeatable.toUri().toURL()}, null)) {
            assertThat(SchemaCheck.shippedVersions(loader)).isEmpty();
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + folder.resolve(Database.FILE_NAME).toAbsolutePath(),
                "cutri", "");
    }

    private static Set<String> plus(Set<String> versions, String extra) {
        Set<String> more = new java.util.HashSet<>(versions);
        more.add(extra);
        return more;
    }

    private Path jarWith(String... entries) throws IOException {
        Path jar = Files.createTempFile(folder, "migrations", ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry("db/migration/"));
            for (String entry : entries) {
                out.putNextEntry(new JarEntry(entry));
                OutputStream body = out;
                body.write("SELECT 1;".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.closeEntry();
            }
        }
        return jar;
    }
}
