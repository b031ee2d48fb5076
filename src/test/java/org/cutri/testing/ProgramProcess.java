package org.cutri.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The program run as a second process, {@code org.cutri.Launcher} in a new JVM on the tests' class path (given through
 * an argument file, for long paths), with no input: a second PC, a technician's command.
 */
public final class ProgramProcess {

    private ProgramProcess() {
    }

    /** What a finished run printed, and its exit code. */
    public record Finished(int exit, String out, String err) {
    }

    /** A run that was started: {@link #finish} waits for it. */
    public record Running(Process process, Path out, Path err, List<String> args) {

        /** Waits for the program to end (a failure when it runs longer) and reads what it printed. */
        public Finished finish(int seconds) throws IOException, InterruptedException {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("cutri did not finish within " + seconds + " s: " + args);
            }
            return new Finished(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    /**
     * Starts the program with these arguments and extra environment variables; its log, output and errors go into
     * files in {@code work}.
     */
    public static Running start(Path work, List<String> args, Map<String, String> environment) throws IOException {
        Files.createDirectories(work);
        long run = System.nanoTime();
        Path argFile = work.resolve("java-args-" + run + ".txt");
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
        command.addAll(args);
        Path out = work.resolve("out-" + run + ".txt");
        Path err = work.resolve("err-" + run + ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        return new Running(builder.start(), out, err, List.copyOf(args));
    }

    /** Runs the program and waits for it (at most 60 s). */
    public static Finished run(Path work, String... args) throws IOException, InterruptedException {
        return start(work, List.of(args), Map.of()).finish(60);
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
