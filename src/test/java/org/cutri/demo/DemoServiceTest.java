package org.cutri.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.cutri.app.AppContext;
import org.cutri.cli.CutriCommand;
import org.cutri.common.UserException;
import org.cutri.council.CouncilLevel;
import org.cutri.hamlet.Hamlet;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoServiceTest {

    @TempDir
    Path folder;

    @Test
    void theDemoCommuneHasAFullRegister() {
        try (AppContext context = TestContexts.open(folder)) {
            assertThat(context.demo().isEmpty()).isTrue();

            DemoService.Summary summary = context.demo().load(false);

            assertThat(summary.hamlets()).isEqualTo(12);
            assertThat(summary.deputies()).isEqualTo(20);
            assertThat(context.demo().isEmpty()).isFalse();
            assertThat(context.commune().profile()).hasValueSatisfying(p -> {
                assertThat(p.communeName()).isEqualTo("Tân Phúc");
                assertThat(p.headerLine2()).isEqualTo("XÃ TÂN PHÚC");
            });
            assertThat(context.councils().currentTerm()).hasValueSatisfying(t -> assertThat(t.label()).isEqualTo("2026–2031"));
            assertThat(context.hamlets().list()).hasSize(12).extracting(Hamlet::name).contains("Xóm Bến");
            assertThat(context.hamlets().list()).allSatisfy(h -> assertThat(h.constituencyNumber()).isBetween(1, 4));
            assertThat(context.deputies().list()).hasSize(20)
                    .filteredOn(d -> d.level() == CouncilLevel.COMMUNE).hasSize(16)
                    .allSatisfy(d -> assertThat(d.assignedHamlets()).isEqualTo(3));
            assertThat(summary.assignments()).isEqualTo(16 * 3 + 4 * 12);
        }
    }

    @Test
    void clearingTheDemoLeavesTheDataAsANewOfficesButTheAuditTrail() {
        java.util.Map<String, Long> fresh;
        try (AppContext context = TestContexts.open(folder.resolve("fresh"))) {
            fresh = rowsPerTable(context);
        }
        try (AppContext context = TestContexts.open(folder.resolve("tried"))) {
            context.demo().load(false, true);
            // The demo's work beyond the register: follow-ups, plans, sentiment, drafts, a conference, groups.
            assertThat(rowsPerTable(context)).containsEntry("OFFICE_PLAN", 6L).containsEntry("DRAFT_COMMENT", 15L);
            assertThat(context.demo().holdsDemo()).isTrue();

            context.demo().clearForRealWork();

            java.util.Map<String, Long> cleared = rowsPerTable(context);
            cleared.remove("AUDIT_LOG");
            fresh.remove("AUDIT_LOG");
            assertThat(cleared).isEqualTo(fresh);
            assertThat(context.demo().holdsDemo()).isFalse();
            assertThat(context.demo().isEmpty()).isTrue();
            // The office can load the demo again later, and clear it again.
            context.demo().load(false, true);
            assertThat(context.demo().holdsDemo()).isTrue();
        }
    }

    @Test
    void dataWithoutTheDemoNeverHoldsIt() {
        try (AppContext context = TestContexts.open(folder)) {
            assertThat(context.demo().holdsDemo()).isFalse();
            context.hamlets().create(new HamletDraft("Thôn Của Tôi", HamletKind.THON, null, null, null));
            assertThat(context.demo().holdsDemo()).isFalse();
        }
    }

    /** Rows in every table of the data (the Flyway history aside). */
    private static java.util.Map<String, Long> rowsPerTable(AppContext context) {
        return context.database().jdbi().withHandle(handle -> {
            java.util.Map<String, Long> rows = new java.util.TreeMap<>();
            for (String table : handle.createQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'PUBLIC' AND table_name <> 'flyway_schema_history'")
                    .mapTo(String.class).list()) {
                rows.put(table, handle.createQuery("SELECT COUNT(*) FROM \"" + table + "\"").mapTo(Long.class).one());
            }
            return rows;
        });
    }

    @Test
    void loadingOnDataThatIsNotEmptyIsRefusedUnlessReplacing() {
        try (AppContext context = TestContexts.open(folder)) {
            context.hamlets().create(new HamletDraft("Thôn Của Tôi", HamletKind.THON, null, null, null));

            assertThatThrownBy(() -> context.demo().load(false))
                    .isInstanceOf(UserException.class)
                    .extracting(e -> ((UserException) e).key()).isEqualTo("demo.notEmpty");
            assertThat(context.hamlets().list()).extracting(Hamlet::name).containsExactly("Thôn Của Tôi");

            context.demo().load(true);
            assertThat(context.hamlets().list()).hasSize(12).extracting(Hamlet::name).doesNotContain("Thôn Của Tôi");
        }
    }

    @Test
    void theDemoCommandRefusesExistingDataWithAVietnameseMessage() {
        String dir = folder.resolve("cli").toString();
        assertThat(run("--data-dir", dir, "demo").exit).isZero();

        Result again = run("--data-dir", dir, "demo");
        assertThat(again.exit).isNotZero();
        assertThat(again.err).contains("--replace").doesNotContain("Exception");

        Result replaced = run("--data-dir", dir, "demo", "--replace");
        assertThat(replaced.exit).isZero();
        assertThat(replaced.out).contains("12 thôn");
        assertThat(run("--data-dir", dir, "hamlets").out.lines().count()).isEqualTo(12);
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = org.cutri.testing.CommandLines.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
