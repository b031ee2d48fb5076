package org.cutri.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.cutri.app.AppContext;
import org.cutri.audit.AuditAction;
import org.cutri.audit.AuditEntry;
import org.cutri.audit.AuditFilter;
import org.cutri.cli.CutriCommand;
import org.cutri.common.db.DataPassword;
import org.cutri.common.db.Database;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingDraft;
import org.cutri.meeting.MeetingForm;
import org.cutri.meeting.MeetingStatus;
import org.cutri.opinion.Opinion;
import org.cutri.opinion.OpinionDraft;
import org.cutri.opinion.OpinionKind;
import org.cutri.round.ContactRound;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's data on a real H2 file, through the command line as the office would run it: {@code person find}
 * ignores case and diacritics and lists every place; {@code person erase --yes} removes a voter's name (the opinions
 * stay), keeps an office holder's, records the erase without the name, and leaves no trace of the name in the bytes
 * of the database file nor in a package exported afterwards.
 */
class PersonDataTest {

    /** The voter whose name is erased (invented): speaker of two opinions and named inside a third one's text. */
    static final String VOTER = "Hoàng Thị Mỹ Dung";
    /** A meeting chair with a name close to the voter's: kept, and never taken for her. */
    static final String CHAIR = "Hoàng Văn Dũng";

    @TempDir
    Path folder;

    /** A round whose meeting has the voter speaking twice and named in another opinion, its secretary too. */
    static int[] prepare(AppContext context) {
        context.commune().save(new org.cutri.commune.CommuneProfile("Xã Tân Phúc", "Tỉnh Hòa Bình", "Tân Phúc",
                "UBMTTQ VIỆT NAM", "XÃ TÂN PHÚC", "BAN THƯỜNG TRỰC", "MTTQ", "Lò Thị Nhàn", null, null));
        ContactRound round = context.rounds().create(new org.cutri.round.RoundDraft(null,
                org.cutri.round.RoundKind.BEFORE_SESSION, "Tiếp xúc cử tri trước kỳ họp thứ 3",
                LocalDate.of(2026, 11, 25), null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 20),
                LocalDate.of(2026, 12, 21), null, null, null));
        int hamlet = context.hamlets().create(new org.cutri.hamlet.HamletDraft("Xóm Trại", org.cutri.hamlet.HamletKind.XOM,
                null, null, null)).id();
        Meeting meeting = context.meetings().create(new MeetingDraft(round.id(), LocalDate.of(2026, 12, 2), null, null,
                "Nhà văn hóa", MeetingForm.IN_PERSON, CHAIR, VOTER.toUpperCase(java.util.Locale.ROOT),
                MeetingStatus.HELD, List.of(hamlet), List.of()));
        Opinion first = context.opinions().add(meeting.id(), new OpinionDraft(hamlet,
                "Đề nghị sửa cống thoát nước xóm Trại", OpinionKind.PETITION, null, null, null, VOTER, true, null, null,
                false, null, null));
        Opinion second = context.opinions().add(meeting.id(), new OpinionDraft(hamlet,
                "Phản ánh đèn đường hỏng", OpinionKind.REFLECTION, null, null, null, "Bà " + VOTER, true, null, null,
                false, null, null));
        Opinion third = context.opinions().add(meeting.id(), OpinionDraft.of(
                "Cử tri hoàng thị mỹ dung đề nghị lắp camera an ninh ở ngã ba"));
        return new int[] {round.id(), meeting.id(), first.id(), second.id(), third.id()};
    }

    private record Run(int exit, String out, String err) {
    }

    private Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data-dir", folder.resolve("xa").toString()));
        all.addAll(List.of(args));
        int exit = org.cutri.testing.CommandLines.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void findIgnoresCaseAndDiacriticsThenEraseRemovesTheVotersNameKeepsTheOpinionsAndLeavesNoTrace()
            throws IOException {
        int[] ids;
        try (AppContext context = TestContexts.open(folder.resolve("xa"))) {
            ids = prepare(context);
        }
        Path file = folder.resolve("xa").resolve(Database.FILE_NAME + Database.FILE_SUFFIX);
        assertThat(traces(Files.readAllBytes(file))).as("the name is in the file before").isNotEmpty();

        Run found = cli("person", "find", "hoang thi my dung");
        assertThat(found.exit()).isZero();
        assertThat(found.out().lines().map(line -> line.split("\t", -1)).map(f -> f[0] + " " + f[2]).toList())
                .containsExactlyInAnyOrder("opinion.speaker_name Người nêu ý kiến",
                        "opinion.speaker_name Người nêu ý kiến", "meeting.secretary_name Thư ký hội nghị",
                        "opinion.content Có tên trong nội dung");
        assertThat(found.out()).doesNotContain(CHAIR);

        Run unconfirmed = cli("person", "erase", "Hoàng Thị Mỹ Dung");
        assertThat(unconfirmed.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(unconfirmed.err()).contains("--yes");
        assertThat(cli("person", "find", "Hoàng Thị Mỹ Dung").out().lines()).hasSize(4);

        Run erased = cli("person", "erase", "HOANG THI MY DUNG", "--yes");
        assertThat(erased.exit()).isZero();
        assertThat(erased.out()).contains("Đã xóa tên ở 3 chỗ", "Giữ nguyên 1 chỗ")
                .contains("meeting.secretary_name\t" + ids[1] + "\tThư ký hội nghị");
        // Only the secretary's capitals are left in the file: the opinions' name, the text and its folded copy are
        // not, not even in the old page versions H2 keeps until the file is compacted.
        assertThat(traces(Files.readAllBytes(file), VOTER, "hoàng thị mỹ dung", "hoang thi my dung", "Mỹ Dung",
                "my dung")).as("the database file's bytes after the erase").isEmpty();
        assertThat(traces(Files.readAllBytes(file), VOTER.toUpperCase(java.util.Locale.ROOT))).isNotEmpty();

        try (AppContext context = TestContexts.open(folder.resolve("xa"))) {
            assertThat(List.of(context.opinions().find(ids[2]).orElseThrow(), context.opinions().find(ids[3])
                    .orElseThrow(), context.opinions().find(ids[4]).orElseThrow()))
                    .extracting(Opinion::content, Opinion::speakerName)
                    .containsExactly(tuple("Đề nghị sửa cống thoát nước xóm Trại", null),
                            tuple("Phản ánh đèn đường hỏng", null),
                            tuple("Cử tri " + PersonService.ERASED_MARK + " đề nghị lắp camera an ninh ở ngã ba", null));
            assertThat(context.meetings().get(ids[1]).row().chairName()).isEqualTo(CHAIR);
            List<AuditEntry> erases = context.audit().find(new AuditFilter(null, null, AuditAction.PERSON_ERASE, ""),
                    10).entries();
            assertThat(erases).singleElement().satisfies(row -> assertThat(row.description())
                    .startsWith("xóa tên một người ở 3 chỗ").doesNotContainIgnoringCase("dung"));
            // The secretary (an office holder) can be corrected: then nothing of the name is left.
            assertThat(context.persons().correct(VOTER, "Lường Văn Piêng", context.persons().find(VOTER))).isEqualTo(1);
            assertThat(context.meetings().get(ids[1]).row().secretaryName()).isEqualTo("Lường Văn Piêng");

            Path stick = Files.createDirectories(folder.resolve("usb"));
            Path pkg = context.packageWriter().writeToFolder(context.packageExporter().export(ids[0], true, List.of()),
                    stick, (done, total) -> { });
            assertThat(traces(unzipped(Files.readAllBytes(pkg)))).as("a package made with names after the erase")
                    .isEmpty();
            context.database().compact();
        }
        assertThat(traces(Files.readAllBytes(file))).as("the file once the secretary's name is corrected").isEmpty();
        assertThat(cli("person", "find", "Hoàng Thị Mỹ Dung").out()).isEmpty();
        assertThat(cli("audit").out()).doesNotContainIgnoringCase("my dung").doesNotContain("Mỹ Dung");
    }

    @Test
    void eraseOnProtectedDataLeavesNoTraceEitherOnceTheDataIsPlainAgain() throws IOException {
        Path file = folder.resolve("xa").resolve(Database.FILE_NAME + Database.FILE_SUFFIX);
        try (AppContext context = TestContexts.open(folder.resolve("xa"))) {
            context.protection().setPassword(DataPassword.of("mat-khau-cua-xa"));
            prepare(context);
            assertThat(traces(Files.readAllBytes(file))).as("the protected file").isEmpty();

            // The erase compacts the encrypted file (with its key) before the password is removed.
            assertThat(context.persons().erase(VOTER).erased()).isEqualTo(3);
            context.protection().removePassword();

            assertThat(context.database().isProtected()).isFalse();
            assertThat(context.audit().find(new AuditFilter(null, null, AuditAction.PERSON_ERASE, ""), 10).entries())
                    .singleElement().satisfies(row -> assertThat(row.description()).doesNotContainIgnoringCase("dung"));
        }
        byte[] plain = Files.readAllBytes(file);
        assertThat(traces(plain, VOTER.toUpperCase(java.util.Locale.ROOT))).as("the secretary's name, kept").isNotEmpty();
        assertThat(traces(plain, VOTER, "hoàng thị mỹ dung", "hoang thi my dung", "Mỹ Dung", "my dung"))
                .as("the decrypted file's bytes after the erase").isEmpty();
    }

    /** Every way the name could be written into bytes that are found in these bytes. */
    static List<String> traces(byte[] bytes) {
        return traces(bytes, VOTER, VOTER.toUpperCase(java.util.Locale.ROOT), "hoàng thị mỹ dung", "hoang thi my dung",
                "Mỹ Dung", "MỸ DUNG", "my dung");
    }

    /** The forms of the name found in these bytes, as text or as H2 stores text. */
    static List<String> traces(byte[] bytes, String... forms) {
        List<String> found = new ArrayList<>();
        for (String form : forms) {
            if (contains(bytes, form.getBytes(StandardCharsets.UTF_8)) || contains(bytes, h2Chars(form))) {
                found.add(form);
            }
        }
        return found;
    }

    /** H2 stores text characters as UTF-8 lead bytes followed by 6-bit bytes without the 0x80 mark. */
    private static byte[] h2Chars(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (c >= 0x800) {
                out.write(0xe0 | (c >> 12));
                out.write((c >> 6) & 0x3f);
                out.write(c & 0x3f);
            } else {
                out.write(0xc0 | (c >> 6));
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Every entry of a zip, uncompressed, one after the other. */
    static byte[] unzipped(byte[] zip) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                all.write(entry.getName().getBytes(StandardCharsets.UTF_8));
                in.transferTo(all);
            }
        }
        return all.toByteArray();
    }
}
