package org.cutri.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.cutri.testing.DemoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} against damage inside the file. H2 keeps no checksum of its data pages, so a byte changed in an
 * opinion's text is found by the program's own rule: the stored folded copy ({@code content_folded}) must be
 * the folding of the text. Each trial changes one byte of a copy of a demo database (the
 * read copy of every row is chosen), then opens and checks it; "caught" means the open was refused or the check listed a problem.
 * {@code -Dcutri.flips=N} runs N trials at random places of the whole file as well (a measurement, printed).
 */
class IntegrityCheckTest {

    private static final String FILE = Database.FILE_NAME + Database.FILE_SUFFIX;
    private static final String TEXT = "Kien nghi sua chua duong lien thon doan qua cong truong tieu hoc, mat duong"
            + " bi lun sau mua mua nam 2026; de nghi xa som bo tri kinh phi";

    @TempDir
    static Path template;

    @TempDir
    Path temp;

    @BeforeAll
    static void writeOneKnownOpinionAndCompact() {
        DemoData.create(template);
        try (Database database = Database.open(template)) {
            database.jdbi().useHandle(h -> {
                h.createUpdate("UPDATE opinion SET content = :text, content_folded = :folded"
                        + " WHERE id = (SELECT MIN(id) FROM opinion)")
                        .bind("text", TEXT).bind("folded", VietText.fold(TEXT)).execute();
            });
        }
    }

    /** Where the text is stored (H2 keeps ASCII as is); old chunks may hold dead copies. */
    private static List<Integer> occurrences(byte[] data, byte[] part) {
        List<Integer> found = new ArrayList<>();
        for (int at = indexOf(data, part, 0); at >= 0; at = indexOf(data, part, at + 1)) {
            found.add(at);
        }
        return found;
    }

    /** The copy the database reads: changing it changes what a query returns. */
    private int liveCopy(byte[] original, List<Integer> copies) throws IOException {
        for (int at : copies) {
            byte[] changed = original.clone();
            changed[at] ^= 0x01;
            Path folder = Files.createDirectories(temp.resolve("live-" + at));
            Files.write(folder.resolve(FILE), changed);
            try (Database database = Database.open(folder)) {
                String read = database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT content FROM opinion WHERE id = (SELECT MIN(id) FROM opinion)").mapTo(String.class).one());
                if (!TEXT.equals(read)) {
                    return at;
                }
            }
        }
        throw new AssertionError("no copy of the text is the one read, of " + copies);
    }

    private static int indexOf(byte[] data, byte[] part, int from) {
        outer:
        for (int i = from; i + part.length <= data.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** True when the changed copy is refused at opening or its check lists a problem. */
    private boolean caughtAfterChanging(byte[] original, int offset, String name) throws IOException {
        byte[] changed = original.clone();
        changed[offset] ^= 0x01;
        Path folder = Files.createDirectories(temp.resolve(name));
        Files.write(folder.resolve(FILE), changed);
        try (Database database = Database.open(folder)) {
            return !database.verify().whole();
        } catch (UserException e) {
            return true;
        }
    }

    @Test
    void aWholeDatabasePassesTheCheck() throws IOException {
        Path folder = temp.resolve("whole");
        Files.createDirectories(folder);
        Files.copy(template.resolve(FILE), folder.resolve(FILE));
        try (Database database = Database.open(folder)) {
            IntegrityCheck.Result result = database.verify();
            assertThat(result.problems()).isEmpty();
            assertThat(result.counts().get("opinion")).isPositive();
        }
    }

    @Test
    void everyByteChangedInsideAnOpinionsTextIsCaught() throws IOException {
        byte[] original = Files.readAllBytes(template.resolve(FILE));
        List<Integer> copies = occurrences(original, TEXT.getBytes(StandardCharsets.US_ASCII));
        assertThat(copies).as("the text is in the file").isNotEmpty();
        int start = liveCopy(original, copies);

        List<Integer> missed = new ArrayList<>();
        int trials = 0;
        for (int i = 0; i < TEXT.length(); i += 9) {
            trials++;
            if (!caughtAfterChanging(original, start + i, "text-" + i)) {
                missed.add(i);
            }
        }
        assertThat(missed).as("changes not caught, of %d, at these characters of the text", trials).isEmpty();
    }

    @Test
    void changesAnywhereInTheFileAreMeasured() throws IOException {
        int flips = Integer.getInteger("cutri.flips", 12);
        byte[] original = Files.readAllBytes(template.resolve(FILE));
        Random random = new Random(20261130);
        int caught = 0;
        for (int i = 0; i < flips; i++) {
            // The two 4 KB file headers are left alone: H2 keeps a second copy of each, by design.
            int offset = 8192 + random.nextInt(original.length - 8192);
            if (caughtAfterChanging(original, offset, "anywhere-" + i)) {
                caught++;
            }
        }
        System.err.printf("IntegrityCheckTest: %d of %d one-byte changes at random places of a %d-byte file caught%n",
                caught, flips, original.length);
        assertThat(caught).isLessThanOrEqualTo(flips);
    }

    @Test
    void aReferenceToAMissingRowIsFound() throws IOException {
        Path folder = temp.resolve("orphan");
        Files.createDirectories(folder);
        Files.copy(template.resolve(FILE), folder.resolve(FILE));
        try (Database database = Database.open(folder)) {
            database.jdbi().useHandle(h -> {
                h.execute("SET REFERENTIAL_INTEGRITY FALSE");
                h.execute("UPDATE opinion SET meeting_id = 999999 WHERE id = (SELECT MIN(id) FROM opinion)");
                h.execute("SET REFERENTIAL_INTEGRITY TRUE");
            });
            List<String> shown = database.verify().problems().stream()
                    .map(p -> p.in(org.cutri.testing.TestContexts.VI)).toList();
            assertThat(shown).containsExactly("Bảng opinion: 1 dòng có meeting_id trỏ tới dòng không còn trong bảng meeting.");
        }
    }
}
