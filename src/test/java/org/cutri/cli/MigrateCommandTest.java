package org.cutri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.cutri.app.AppContext;
import org.cutri.common.db.Database;
import org.cutri.common.db.ServerAddress;
import org.cutri.opinion.OpinionDraft;
import org.cutri.opinion.OpinionListItem;
import org.cutri.testing.PostgresTestServer;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate --to postgresql://…}: an office's H2 data copied whole into an empty PostgreSQL database and checked
 * there, the H2 file left byte for byte as it was; a database that holds data, or a wrong password, is refused with
 * nothing copied (decision 0048).
 */
class MigrateCommandTest {

    private static final PostgresTestServer SERVER = PostgresTestServer.get();

    @TempDir
    Path folder;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CutriCommand.run(args, InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void theOfficesDataIsCopiedWholeAndCheckedAndTheFileStaysAsItWas() throws Exception {
        Path data = folder.resolve("data");
        assertThat(run(Map.of(), "--data-dir", data.toString(), "demo").exit()).isZero();
        List<String> codes;
        long audit;
        try (AppContext h2 = TestContexts.open(data)) {
            codes = h2.rounds().list().stream().flatMap(r -> h2.opinions().listItems(r.id()).stream())
                    .map(OpinionListItem::code).sorted().toList();
            audit = h2.audit().find(org.cutri.audit.AuditFilter.ALL, 1).total();
        }
        Path file = data.resolve(Database.FILE_NAME + Database.FILE_SUFFIX);
        String before = sha256(file);
        ServerAddress target = SERVER.emptyDatabase();
        Map<String, String> password = Map.of(CutriCommand.DB_PASSWORD_VARIABLE, PostgresTestServer.STAFF_PASSWORD);

        Run copied = run(password, "--data-dir", data.toString(), "migrate", "--to", target.toString(), "--db-user",
                PostgresTestServer.STAFF);

        assertThat(copied.exit()).as(copied.err()).isZero();
        assertThat(copied.out()).contains("opinion\t" + codes.size()).contains("Đã chép").contains("giữ nguyên");
        assertThat(sha256(file)).as("the data file is only read").isEqualTo(before);
        try (AppContext server = AppContext.openServer(folder.resolve("pc"), target, SERVER.staff(), TestContexts.VI)) {
            assertThat(server.rounds().list().stream().flatMap(r -> server.opinions().listItems(r.id()).stream())
                    .map(OpinionListItem::code).sorted().toList()).isEqualTo(codes);
            assertThat(server.audit().find(org.cutri.audit.AuditFilter.ALL, 5).entries())
                    .as("the audit rows keep the accounts they had")
                    .extracting(org.cutri.audit.AuditEntry::account).contains(System.getProperty("user.name"));
            assertThat(server.audit().find(org.cutri.audit.AuditFilter.ALL, 1).total()).isEqualTo(audit);
            int meeting = server.meetings().list(server.rounds().list().get(0).id()).get(0).id();
            assertThat(server.opinions().add(meeting, OpinionDraft.of("Ý kiến mới sau khi chuyển")).id())
                    .as("new rows take keys after the copied ones").isPositive();
        }

        Run again = run(password, "--data-dir", data.toString(), "migrate", "--to", target.toString(), "--db-user",
                PostgresTestServer.STAFF);
        assertThat(again.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(again.err()).contains("đã có dữ liệu").contains("Chưa chép gì").doesNotContain("Exception");
    }

    @Test
    void aWrongPasswordOrAnAddressThatIsNotOneCopiesNothing() {
        Path data = folder.resolve("data");
        assertThat(run(Map.of(), "--data-dir", data.toString(), "demo").exit()).isZero();
        ServerAddress target = SERVER.emptyDatabase();

        Run wrong = run(Map.of(CutriCommand.DB_PASSWORD_VARIABLE, "sai"), "--data-dir", data.toString(), "migrate",
                "--to", target.toString(), "--db-user", PostgresTestServer.STAFF);
        Run notAnAddress = run(Map.of(), "--data-dir", data.toString(), "migrate", "--to", "192.168.1.10/tinh",
                "--db-user", PostgresTestServer.STAFF);

        assertThat(wrong.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(wrong.err().strip()).startsWith("Máy chủ dữ liệu").contains("không nhận tài khoản");
        Run noPassword = run(Map.of(), "--data-dir", folder.resolve("pc").toString(), "--database", target.toString(),
                "--db-user", PostgresTestServer.STAFF, "communes");
        assertThat(noPassword.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(noPassword.err()).contains("cần mật khẩu của tài khoản").contains("CUTRI_DB_PASSWORD")
                .doesNotContain("mật khẩu đã gõ");
        assertThat(notAnAddress.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(notAnAddress.err()).contains("không đúng dạng").contains("postgresql://");
        try (AppContext server = AppContext.openServer(folder.resolve("pc"), target, SERVER.staff(), TestContexts.VI)) {
            assertThat(server.database().tableCounts()).containsEntry("opinion", 0L).containsEntry("hamlet", 0L);
        }
    }
}
