package org.cutri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;

/** Progress of a long import on the command line: one line per tenth, on standard error. */
class ProgressLinesTest {

    @Test
    void aLongImportPrintsOneLinePerTenthWithItsStep() {
        StringWriter err = new StringWriter();
        ProgressLines lines = new ProgressLines(new PrintWriter(err), TestContexts.VI, 0);

        lines.message("opinionimport.progress.reading");
        for (int done = 0; done <= 1000; done += 25) {
            lines.progress(done, 1000);
        }
        lines.message("opinionimport.progress.storing");
        lines.progress(1000, 1000);

        assertThat(err.toString().lines().toList()).hasSize(11)
                .startsWith("Tiến độ: 0% — Đang đọc tệp…", "Tiến độ: 10% — Đang đọc tệp…")
                .endsWith("Tiến độ: 100% — Đang đọc tệp…");
    }

    @Test
    void shortWorkPrintsNothing() {
        StringWriter err = new StringWriter();
        ProgressLines lines = new ProgressLines(new PrintWriter(err), TestContexts.VI);

        lines.progress(1, 2);
        lines.progress(2, 2);

        assertThat(err.toString()).isEmpty();
    }
}
