package org.cutri.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;

import org.cutri.common.UserException;
import org.cutri.testing.PostgresTestServer;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening the data on a real PostgreSQL server (decision 0048): the schema is made by the program's migrations, and
 * every refusal (wrong password, no server, no database, a newer program's schema, work only a file can do) is one
 * message saying what to do, with nothing changed.
 */
class ServerDatabaseTest {

    private static final PostgresTestServer SERVER = PostgresTestServer.get();

    @TempDir
    Path folder;

    @Test
    void anEmptyDatabaseGetsTheProgramsSchemaAndOpensAgainWithoutMigrating() {
        ServerAddress address = SERVER.emptyDatabase();
        try (Database database = Database.openServer(folder, address, SERVER.staff())) {
            assertThat(database.isServer()).isTrue();
            assertThat(database.account()).contains(PostgresTestServer.STAFF);
            assertThat(database.tableCounts()).containsEntry("opinion", 0L).containsEntry("hamlet", 0L);
        }
        try (Database again = Database.openServer(folder, address, SERVER.second())) {
            assertThat(again.account()).contains(PostgresTestServer.SECOND);
            assertThat(again.tableCounts()).hasSameSizeAs(Database.TABLES);
        }
    }

    @Test
    void aWrongPasswordIsToldAndNothingIsMade() {
        ServerAddress address = SERVER.emptyDatabase();
        assertThatThrownBy(() -> Database.openServer(folder, address,
                new ServerLogin(PostgresTestServer.STAFF, DataPassword.of("sai-mat-khau"))))
                .isInstanceOfSatisfying(UserException.class, e -> {
                    assertThat(e.key()).isEqualTo("db.server.login");
                    assertThat(TestContexts.VI.get(e.key(), e.args())).contains("không nhận tài khoản \"can_bo_tinh\"")
                            .doesNotContain("sai-mat-khau");
                });
        try (Database database = Database.openServer(folder, address, SERVER.staff())) {
            assertThat(database.tableCounts()).containsEntry("opinion", 0L);
        }
    }

    @Test
    void aServerThatIsNotThereIsToldWithItsAddress() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ServerAddress nowhere = new ServerAddress("127.0.0.1", closedPort, "cutri", "");
        assertThatThrownBy(() -> Database.openServer(folder, nowhere, SERVER.staff()))
                .isInstanceOfSatisfying(UserException.class, e -> {
                    assertThat(e.key()).isEqualTo("db.server.unreachable");
                    assertThat(TestContexts.VI.get(e.key(), e.args())).contains("127.0.0.1:" + closedPort);
                });
    }

    @Test
    void aDatabaseThatDoesNotExistIsNamed() {
        ServerAddress missing = SERVER.address("khong_co");
        assertThatThrownBy(() -> Database.openServer(folder, missing, SERVER.staff()))
                .isInstanceOfSatisfying(UserException.class, e -> {
                    assertThat(e.key()).isEqualTo("db.server.noDatabase");
                    assertThat(TestContexts.VI.get(e.key(), e.args())).contains("\"khong_co\"");
                });
    }

    @Test
    void aSchemaANewerProgramMadeIsRefusedUntouched() {
        ServerAddress address = SERVER.migratedDatabase();
        SERVER.superuserOn(address.database(), "INSERT INTO flyway_schema_history (installed_rank, version, description,"
                + " type, script, checksum, installed_by, execution_time, success) VALUES (999, '99.1', 'future', 'SQL',"
                + " 'V99_1__future.sql', 0, 'x', 0, TRUE)");
        assertThatThrownBy(() -> Database.openServer(folder, address, SERVER.staff()))
                .isInstanceOfSatisfying(UserException.class, e -> {
                    assertThat(e.key()).isEqualTo("db.server.newer");
                    assertThat(TestContexts.VI.get(e.key(), e.args())).contains("99.1").contains("phiên bản cutri mới nhất");
                });
    }

    @Test
    void workOnlyAFileCanDoIsRefusedOnAServer() {
        try (Database database = SERVER.open(folder, SERVER.migratedDatabase())) {
            assertThatThrownBy(() -> database.protect(DataPassword.of("mat-khau-dai-du")))
                    .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("db.server.fileOnly"));
            assertThatThrownBy(database::compact)
                    .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("db.server.fileOnly"));
            assertThat(database.changedSinceBackup()).isFalse();
            assertThat(database.isProtected()).isFalse();
        }
    }

    @Test
    void theH2MigrationsAreReadAsPostgreSqlWritesTheirTriggersAndTexts() {
        assertThat(PostgresMigrations.translate("CREATE TRIGGER audit_hamlet AFTER INSERT, UPDATE, DELETE ON hamlet"
                + " FOR EACH ROW CALL 'org.cutri.audit.AuditRowTrigger';\nCREATE TABLE p (bases CLOB, clobbered INT);"))
                .isEqualTo("CREATE TRIGGER audit_hamlet AFTER INSERT OR UPDATE OR DELETE ON hamlet FOR EACH ROW"
                        + " EXECUTE FUNCTION cutri_audit_row();\nCREATE TABLE p (bases TEXT, clobbered INT);");
        assertThat(PostgresMigrations.translate("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH"
                + " ROW CALL 'org.cutri.audit.AuditLockTrigger';"))
                .isEqualTo("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW"
                        + " EXECUTE FUNCTION cutri_audit_lock();");
        assertThatThrownBy(() -> PostgresMigrations.translate("CREATE TRIGGER t AFTER INSERT ON x FOR EACH ROW CALL"
                + " 'org.cutri.audit.SomethingNew';")).as("a trigger without its PostgreSQL function is never skipped")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theAuditTrailOnTheServerCannotBeChangedOrDeleted() {
        try (Database database = SERVER.open(folder, SERVER.migratedDatabase())) {
            database.jdbi().useHandle(h -> org.cutri.audit.AuditLog.insert(h, java.time.LocalDateTime.now(), "x",
                    org.cutri.audit.AuditAction.EXPORT, "file", "a.docx", "ghi"));
            assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET description = 'khác'")))
                    .hasStackTraceContaining("cannot be changed");
            assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log")))
                    .hasStackTraceContaining("cannot be changed");
            java.util.List<String> accounts = database.jdbi().withHandle(h -> h.createQuery("SELECT account FROM audit_log")
                    .mapTo(String.class).list());
            assertThat(accounts).as("the row names the server account, not what the program wrote")
                    .containsExactly(PostgresTestServer.STAFF);
        }
    }

    @Test
    void addressesAreReadAsUsersWriteThem() {
        assertThat(ServerAddress.parse("postgresql://192.168.1.10/cutri_tinh"))
                .isEqualTo(new ServerAddress("192.168.1.10", 5432, "cutri_tinh", ""));
        assertThat(ServerAddress.parse(" jdbc:postgresql://may-chu:5433/tinh?sslmode=require ").jdbcUrl())
                .isEqualTo("jdbc:postgresql://may-chu:5433/tinh?sslmode=require");
        assertThat(ServerAddress.parse("postgres://may-chu/tinh").toString()).isEqualTo("postgresql://may-chu:5432/tinh");
        for (String bad : new String[] {"", "may-chu/tinh", "postgresql://", "postgresql://may-chu/", "postgresql://u:p@may-chu/tinh",
                "postgresql://may-chu/tinh;drop", "postgresql://may-chu:99999/tinh"}) {
            assertThatThrownBy(() -> ServerAddress.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("db.server.address"));
        }
    }
}
