package org.cutri.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.cutri.app.AppContext;

/**
 * The invented demo commune as a data folder built once per test class and copied for each test: loading
 * it takes seconds, copying its file takes milliseconds.
 */
public final class DemoData {

    private DemoData() {
    }

    /** Loads the demo commune into a new data folder and closes it. */
    public static Path create(Path folder) {
        try (AppContext context = TestContexts.open(folder)) {
            context.demo().load(false);
        }
        return folder;
    }

    /** Opens a fresh copy of the demo data folder built by {@link #create}, in a new folder under {@code parent}. */
    public static AppContext openCopy(Path template, Path parent) {
        return TestContexts.open(copy(template, parent.resolve("data-" + System.nanoTime())));
    }

    /** A fresh copy of a closed data folder, to open in one test. */
    public static Path copy(Path template, Path target) {
        try (Stream<Path> files = Files.walk(template)) {
            for (Path file : files.toList()) {
                Path copied = target.resolve(template.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copied);
                } else if (!file.getFileName().toString().endsWith(".lock.db")) {
                    Files.copy(file, copied);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (PostgresTestServer.selected()) {
            PostgresTestServer.get().copyFolder(template, target);
        }
        return target;
    }
}
