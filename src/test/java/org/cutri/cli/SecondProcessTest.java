package org.cutri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cutri.app.AppContext;
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
            Child second = runCutri("--data-dir", folder.toString(), "check");

            assertThat(second.exit).as("exit code; stderr: %s", second.err).isNotZero();
            assertThat(second.err).contains("đang được mở");
            assertThat(second.err).doesNotContain("Exception").doesNotContain("at org.");
            assertThat(held.database().tableCounts()).as("the first program still works").isNotEmpty();
        }

        Child afterClosing = runCutri("--data-dir", folder.toString(), "check");

        assertThat(afterClosing.exit).as("exit code; stderr: %s", afterClosing.err).isZero();
        assertThat(afterClosing.out).contains("đã được kiểm tra đầy đủ").containsPattern("(?m)^hamlet\t0$");
    }

    /** Runs {@code org.cutri.Launcher} in a new JVM on this test's class path (via an argument file, for long paths). */
    private Child runCutri(String... args) throws IOException, InterruptedException {
        Path argFile = work.resolve("java-args-" + System.nanoTime() + ".txt");
        List<String> javaArgs = List.of(
                "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true",
                "-Dcutri.log.dir=" + work.resolve("logs"),
                "-Dfile.encoding=UTF-8");
        List<String> quoted = new ArrayList<>();
        for (String arg : javaArgs) {
            quoted.add("\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        Files.write(argFile, quoted, StandardCharsets.UTF_8);

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("@" + argFile);
        command.add("org.cutri.Launcher");
        command.addAll(List.of(args));

        Path out = work.resolve("out-" + System.nanoTime() + ".txt");
        Path err = work.resolve("err-" + System.nanoTime() + ".txt");
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("cutri did not finish within 60 s: " + command);
        }
        return new Child(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private record Child(int exit, String out, String err) {
    }
}
