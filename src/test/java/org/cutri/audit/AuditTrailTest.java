package org.cutri.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.common.task.TaskMonitor;
import org.cutri.hamlet.Hamlet;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
import org.cutri.round.ContactRound;
import org.cutri.testing.TestContexts;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail on a real H2 file: each kind of action writes its row (account, action, table and id or file, a
 * description without a voter's name), a change rolled back writes none, and the trail cannot be changed.
 */
class AuditTrailTest {

    @TempDir
    Path folder;

    private AppContext context;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder.resolve("xa"));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private List<AuditEntry> trail(AppContext of) {
        return of.audit().find(AuditFilter.ALL, 1_000_000).entries();
    }

    private List<AuditEntry> trail(AuditAction action) {
        return context.audit().find(new AuditFilter(null, null, action, ""), 1_000_000).entries();
    }

    @Test
    void addingChangingAndDeletingARowEachWriteOneRowNamingTheTableAndIdButNoValue() {
        Hamlet hamlet = context.hamlets().create(new HamletDraft("Xóm Cầu Tre", HamletKind.XOM, "Trần Văn Khoa", null,
                null));
        context.hamlets().update(hamlet.id(), new HamletDraft("Xóm Cầu Tre", HamletKind.XOM, "Trần Văn Khải", null,
                null));
        // Saved again as it is (what an autosave does): nothing to record
        context.hamlets().update(hamlet.id(), new HamletDraft("Xóm Cầu Tre", HamletKind.XOM, "Trần Văn Khải", null,
                null));
        context.hamlets().delete(hamlet.id());

        List<AuditEntry> rows = trail(context).stream().filter(e -> e.objectType().equals("hamlet")).toList();
        String id = String.valueOf(hamlet.id());
        assertThat(rows).extracting(AuditEntry::action, AuditEntry::objectId)
                .containsExactly(tuple(AuditAction.DELETE, id), tuple(AuditAction.CHANGE, id),
                        tuple(AuditAction.CREATE, id));
        assertThat(rows.get(1).description()).isEqualTo("sửa: head_name");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.account()).as("the account of the person working: on a server, theirs there")
                    .isEqualTo(context.database().account().orElse(System.getProperty("user.name")));
            assertThat(row.description()).doesNotContain("Trần", "Khoa", "Khải");
        });
    }

    @Test
    void aChangeRolledBackLeavesNoAuditRowEither() {
        Hamlet hamlet = context.hamlets().create(new HamletDraft("Xóm Cầu Tre", HamletKind.XOM, null, null, null));
        int before = trail(context).size();

        assertThatThrownBy(() -> context.database().jdbi().useTransaction(handle -> {
            handle.execute("UPDATE hamlet SET head_name = 'Lò Văn Pọm' WHERE id = ?", hamlet.id());
            throw new IllegalStateException("stopped half-way");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(trail(context)).hasSize(before);
    }

    @Test
    void theTrailRefusesEveryChangeAndEveryDeletion() {
        context.audit().record(AuditAction.EXPORT, "file", "bien-ban.docx", "ghi BIÊN BẢN ra tệp");
        List<AuditEntry> before = trail(context);

        assertThatThrownBy(() -> context.database().jdbi().useHandle(handle ->
                handle.execute("UPDATE audit_log SET description = 'không có gì', account = 'ai đó'")))
                .isInstanceOf(JdbiException.class).hasMessageContaining("audit trail cannot be changed");
        assertThatThrownBy(() -> context.database().jdbi().useHandle(handle -> handle.execute("DELETE FROM audit_log")))
                .isInstanceOf(JdbiException.class).hasMessageContaining("audit trail cannot be changed");

        assertThat(trail(context)).isEqualTo(before);
    }

    @Test
    void aRegisterAndAnOpinionFileImportedAreOneRowEachWithoutTheSpeakersNames() throws IOException {
        Path register = folder.resolve("so-dang-ky.xlsx");
        try (InputStream in = getClass().getResourceAsStream("/register/so-dang-ky.xlsx")) {
            Files.copy(in, register);
        }
        assertThat(context.registerImport().importFile(register).imported()).isTrue();
        Hamlet hamlet = context.hamlets().list().get(0);
        ContactRound round = context.rounds().create(new org.cutri.round.RoundDraft(null,
                org.cutri.round.RoundKind.BEFORE_SESSION, "Tiếp xúc cử tri trước kỳ họp thứ 3",
                LocalDate.of(2026, 11, 25), null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 20),
                LocalDate.of(2026, 12, 21), null, null, null));
        context.meetings().create(new org.cutri.meeting.MeetingDraft(round.id(), LocalDate.of(2026, 12, 2), null,
                null, null, org.cutri.meeting.MeetingForm.IN_PERSON, null, null,
                org.cutri.meeting.MeetingStatus.HELD, List.of(hamlet.id()), List.of()));
        Path opinions = Files.writeString(folder.resolve("y-kien.csv"), "Thôn;Nội dung;Người nêu\r\n"
                + hamlet.name() + ";Đề nghị sửa cầu tràn đầu thôn;Đinh Thị Hoa Ban\r\n"
                + hamlet.name() + ";Đề nghị nạo vét kênh tưới;Mã Văn Sình\r\n", StandardCharsets.UTF_8);
        int before = trail(context).size();

        assertThat(context.opinionImport().importFile(opinions, round.id(), true).count()).isEqualTo(2);

        List<AuditEntry> added = trail(context).subList(0, trail(context).size() - before);
        assertThat(added).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo(AuditAction.IMPORT);
            assertThat(row.object()).isEqualTo("file y-kien.csv");
            assertThat(row.description()).startsWith("nhập 2 ý kiến vào đợt " + round.id() + ", có tên người nêu");
        });
        assertThat(trail(AuditAction.IMPORT)).extracting(AuditEntry::objectId)
                .containsExactly("y-kien.csv", "so-dang-ky.xlsx");
        assertThat(trail(AuditAction.CREATE)).as("the register's rows are in its one import row")
                .noneMatch(row -> row.objectType().equals("hamlet") || row.objectType().equals("deputy"));
        assertThat(trail(context)).extracting(AuditEntry::description)
                .noneMatch(text -> text.contains("Hoa Ban") || text.contains("Sình"));
    }

    @Test
    void aDocumentWrittenAPackageExportedAndAPackageTakenInAreRecordedByTheirFiles() throws IOException {
        context.demo().load(false);
        ContactRound round = context.rounds().list().get(0);
        Path plan = folder.resolve("ke-hoach.docx");
        context.planFiles().save(round.id(), LocalDate.of(2026, 12, 1), plan, TaskMonitor.NONE);
        Path stick = Files.createDirectories(folder.resolve("usb"));
        Path pkg = context.packageWriter().writeToFolder(context.packageExporter().export(round.id(), false,
                List.of()), stick, (done, total) -> { });

        assertThat(trail(AuditAction.EXPORT)).singleElement().satisfies(row -> {
            assertThat(row.object()).isEqualTo("file ke-hoach.docx");
            assertThat(row.description()).startsWith("ghi KẾ HOẠCH ra tệp ").endsWith(plan.toString());
        });
        assertThat(trail(AuditAction.PACKAGE_EXPORT)).singleElement().satisfies(row -> {
            assertThat(row.objectId()).isEqualTo(pkg.getFileName().toString());
            assertThat(row.description()).contains("đợt " + round.id(), "gói số 1", "không tên người nêu");
        });

        try (AppContext province = TestContexts.open(folder.resolve("tinh"))) {
            province.packageImporter().importAll(List.of(pkg), org.cutri.province.Approvals.of(true, false));
            assertThat(trail(province)).filteredOn(row -> row.action() == AuditAction.PACKAGE_IMPORT).singleElement()
                    .satisfies(row -> {
                        assertThat(row.objectId()).isEqualTo(pkg.getFileName().toString());
                        assertThat(row.description()).contains("gói số 1", "NEW");
                    });
        }
    }
}
