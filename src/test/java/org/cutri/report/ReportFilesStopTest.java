package org.cutri.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.cutri.app.AppContext;
import org.cutri.common.task.TaskMonitor;
import org.cutri.testing.StoppingMonitor;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writers of Word, Excel and PDF check for "Dừng" between their sections and rows: a save stopped half-way
 * ends there, leaves no temporary file and keeps the older file of that name as it was.
 */
class ReportFilesStopTest {

    private static final byte[] OLD_FILE = "bản cũ".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static PreparedReport prepared;

    /** The demo commune's biggest round with 400 generated opinions more: an annex of some hundred rows. */
    @BeforeAll
    static void prepare() {
        try (AppContext context = TestContexts.open(shared.resolve("data"))) {
            context.demo().load(false);
            context.demo().addGeneratedOpinions(250);
            int round = context.rounds().list().stream()
                    .max(Comparator.comparingInt(r -> context.opinions().listItems(r.id()).size())).orElseThrow().id();
            prepared = context.reports().prepare(round, false, LocalDate.of(2026, 7, 20), TaskMonitor.NONE);
        }
        assertThat(prepared.report().annex()).hasSizeGreaterThan(150);
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aStoppedSaveEndsAtItsNextCheckAndKeepsTheOldFile() throws IOException {
        for (String extension : List.of("docx", "xlsx", "pdf")) {
            Path target = folder.resolve("bao-cao." + extension);
            StoppingMonitor whole = new StoppingMonitor(0);
            ReportFiles.save(prepared.report(), prepared.document(), target, whole);
            assertThat(whole.reports()).as("%s: a report per section or row", extension).hasSizeGreaterThan(20);
            Files.write(target, OLD_FILE);

            StoppingMonitor half = new StoppingMonitor(whole.reports().size() / 2);
            assertThatThrownBy(() -> ReportFiles.save(prepared.report(), prepared.document(), target, half))
                    .isInstanceOf(CancellationException.class);

            assertThat(half.reportsAfterStop()).as("%s: nothing written after the stop", extension).isZero();
            assertThat(half.reports()).hasSizeLessThan(whole.reports().size());
            assertThat(Files.readAllBytes(target)).as("%s: the old file is untouched", extension).isEqualTo(OLD_FILE);
            assertThat(filesIn(folder)).as("%s: no temporary file left", extension).containsExactly(target.getFileName()
                    .toString());
            Files.delete(target);
        }
    }

    @Test
    void aStoppedSaveWithoutAnOldFileLeavesNoFileAtAll() throws IOException {
        Path target = folder.resolve("bao-cao-moi.pdf");
        StoppingMonitor early = new StoppingMonitor(3);
        assertThatThrownBy(() -> ReportFiles.save(prepared.report(), prepared.document(), target, early))
                .isInstanceOf(CancellationException.class);
        assertThat(filesIn(folder)).isEmpty();
    }
}
