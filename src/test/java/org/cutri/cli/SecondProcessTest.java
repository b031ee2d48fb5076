package org.cutri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cutri.app.AppContext;
import org.cutri.testing.ProgramProcess;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two programs on the same data, as when the secretary double-clicks the icon twice or a technician
 * runs {@code check} while the window is open: the second one must say so plainly and harm nothing.
 */
class SecondProcessTest {

    @TempDir
    Path folder;

    @TempDir
    Path work;

    @Test
    void aSecondProgramIsToldTheDataIsOpenElsewhereAndCanOpenItOnceClosed() throws Exception {
        try (AppContext held = TestContexts.open(folder)) {
            ProgramProcess.Finished second = runCutri("--data-dir", folder.toString(), "check");

            assertThat(second.exit()).as("exit code; stderr: %s", second.err()).isNotZero();
            assertThat(second.err()).contains("đang được mở");
            assertThat(second.err()).doesNotContain("Exception").doesNotContain("at org.");
            assertThat(held.database().tableCounts()).as("the first program still works").isNotEmpty();
        }

        ProgramProcess.Finished afterClosing = runCutri("--data-dir", folder.toString(), "check");

        assertThat(afterClosing.exit()).as("exit code; stderr: %s", afterClosing.err()).isZero();
        assertThat(afterClosing.out()).contains("đã được kiểm tra đầy đủ").containsPattern("(?m)^hamlet\t0$");
    }

    private ProgramProcess.Finished runCutri(String... args) throws IOException, InterruptedException {
        return ProgramProcess.run(work.resolve("run-" + System.nanoTime()), args);
    }
}
