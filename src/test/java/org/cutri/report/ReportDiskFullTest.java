package org.cutri.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.testing.FillingStream;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's Excel workbook on a disk that fills up: "the disk is full", not "could not save: No space…". */
class ReportDiskFullTest {

    @TempDir
    Path folder;

    @Test
    void aWorkbookOnAFullDiskIsSaidToBeFullAndLeavesNothingBehind() throws IOException {
        CompiledReport report;
        try (AppContext context = TestContexts.open(folder.resolve("data"))) {
            context.demo().load(false);
            report = context.reports().compile(context.rounds().list().get(0).id(), false);
        }
        Path out = Files.createDirectories(folder.resolve("out"));
        Path target = out.resolve("bao-cao.xlsx");

        assertThatThrownBy(() -> ReportFiles.save(report, target, file -> FillingStream.open(file, 1000)))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(TestContexts.VI.of(e))
                        .startsWith("Không lưu được \"bao-cao.xlsx\": ổ đĩa chứa thư mục " + out + " đã đầy."));
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }
}
