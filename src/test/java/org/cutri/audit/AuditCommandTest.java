package org.cutri.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.cli.CutriCommand;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit [--from DATE]} on a real data folder: one tab-separated line a row, oldest first, from the day given. */
class AuditCommandTest {

    @TempDir
    Path folder;

    private String[] run(int expectedExit, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = folder.resolve("xa").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = org.cutri.testing.CommandLines.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(expectedExit);
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void auditPrintsTimeAccountActionObjectAndDescriptionFromTheDayGiven() {
        String secretary = "thuky";
        String chair = "chutich";
        try (AppContext context = TestContexts.open(folder.resolve("xa"))) {
            // On a server every row carries the server account of whoever wrote it, whatever the program says.
            secretary = context.database().account().orElse(secretary);
            chair = context.database().account().orElse(chair);
            context.database().jdbi().useHandle(handle -> {
                AuditLog.insert(handle, LocalDateTime.of(2026, 3, 1, 23, 59, 59), "thuky", AuditAction.EXPORT, "file",
                        "ke-hoach.docx", "ghi KẾ HOẠCH ra tệp");
                AuditLog.insert(handle, LocalDateTime.of(2026, 3, 2, 0, 0), "thuky", AuditAction.PACKAGE_EXPORT,
                        "package", "cutri-x-1-1.zip", "xã X, đợt 1,\tgói số 1\nkhông tên");
                AuditLog.insert(handle, LocalDateTime.of(2026, 3, 5, 8, 30, 5), "chutich", AuditAction.DELETE,
                        "hamlet", 7, "xóa");
            });
        }

        List<String> all = run(0, "audit")[0].lines().toList();
        List<String> fromSecond = run(0, "audit", "--from", "2026-03-02")[0].lines().toList();

        assertThat(all).startsWith("2026-03-01 23:59:59\t" + secretary + "\tEXPORT\tfile ke-hoach.docx\tghi KẾ HOẠCH ra tệp");
        assertThat(all).hasSizeGreaterThanOrEqualTo(3).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(5));
        assertThat(fromSecond).startsWith(
                "2026-03-02 00:00:00\t" + secretary + "\tPACKAGE_EXPORT\tpackage cutri-x-1-1.zip\txã X, đợt 1, gói số 1 không tên",
                "2026-03-05 08:30:05\t" + chair + "\tDELETE\thamlet 7\txóa");
        assertThat(run(0, "audit", "--from", "05/03/2026")[0].lines().toList()).first()
                .isEqualTo("2026-03-05 08:30:05\t" + chair + "\tDELETE\thamlet 7\txóa");
        assertThat(run(CutriCommand.EXIT_USER_ERROR, "audit", "--from", "hôm qua")[1].strip())
                .isEqualTo("Ngày \"hôm qua\" không đọc được. Hãy ghi ngày dạng 25/12/2026 hoặc 2026-12-25.");
    }
}
