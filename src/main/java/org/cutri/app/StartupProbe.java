package org.cutri.app;

import java.time.Instant;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For the start-up benchmark ({@code src/test/bench/startup.sh}): with {@code -Dcutri.startupProbe=true}
 * the program notes in its log the main window's first frame and the first frame in which it shows the
 * commune (its name in the title, the first screen's rows loaded), then closes itself. Without the
 * property it does nothing.
 */
final class StartupProbe {

    /** The system property that turns the probe on. */
    static final String PROPERTY = "cutri.startupProbe";
    /** The start of the log line the benchmark looks for. */
    static final String MARKER = "STARTUP_READY";
    /** The log line of the first frame of the main window, before its data is shown. */
    static final String FRAME_MARKER = "STARTUP_FRAME";

    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);

    private final Stage stage;
    private final BooleanSupplier ready;
    private final Runnable check = this::checkAfterLayout;
    private boolean frameShown;
    private boolean done;

    private StartupProbe(Stage stage, BooleanSupplier ready) {
        this.stage = stage;
        this.ready = ready;
    }

    /** Watches the stage's frames once the probe is on; {@code ready} is asked on the FX thread after each layout. */
    static void watch(Stage stage, BooleanSupplier ready) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        StartupProbe probe = new StartupProbe(stage, ready);
        stage.sceneProperty().addListener((obs, old, now) -> probe.attach(old, now));
        probe.attach(null, stage.getScene());
        // A new title alone needs no layout: ask for a frame so the check runs.
        stage.titleProperty().addListener((obs, old, now) -> Platform.requestNextPulse());
        Platform.requestNextPulse();
    }

    /** The main window shows the commune: its name in the title and rows in the shown screen's table. */
    static boolean showsCommune(MainWindow.Frame frame) {
        if (frame.viewModel().communeNameProperty().get().isBlank()) {
            return false;
        }
        javafx.scene.Node table = frame.view().root().lookup(".table-view");
        boolean shown = table instanceof javafx.scene.control.TableView<?> rows && !rows.getItems().isEmpty();
        if (shown) {
            // Which screen the rows are on: the hamlets, or the duty calendar when the reminder moved there first.
            step("rows on " + frame.viewModel().areaProperty().get());
        }
        return shown;
    }

    private void attach(Scene old, Scene now) {
        if (old != null) {
            old.removePostLayoutPulseListener(check);
        }
        if (now != null && !done) {
            now.addPostLayoutPulseListener(check);
        }
    }

    private void checkAfterLayout() {
        if (done || !stage.isShowing()) {
            return;
        }
        if (!frameShown) {
            frameShown = true;
            note(FRAME_MARKER);
        }
        if (ready.getAsBoolean()) {
            done = true;
            note(MARKER);
            noteThreads();
            Platform.runLater(Platform::exit);
        }
    }

    /**
     * Where the processor time went until now, per thread (Java's and the JVM's own: compilers, garbage
     * collector), on systems that show it in {@code /proc/self/task}; with -Dcutri.startupProbe.threads=true.
     */
    private static void noteThreads() {
        if (!Boolean.getBoolean(PROPERTY + ".threads")) {
            return;
        }
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        try (java.util.stream.Stream<java.nio.file.Path> each = java.nio.file.Files.list(tasks)) {
            for (java.nio.file.Path task : (Iterable<java.nio.file.Path>) each::iterator) {
                String stat = java.nio.file.Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                        .replaceAll("[0-9]+$", "#");
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                byName.merge(name, ticks * 10, Long::sum);
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.info("No processor time per thread: {}", e.toString());
            return;
        }
        LOG.info("STARTUP_THREADS cpu ms {}", byName);
    }

    /**
     * With the probe on, notes a step of the start in the log ("STARTUP_STEP name …"), so a start's time line can be
     * read from the log; without it nothing.
     */
    static void step(String name) {
        if (Boolean.getBoolean(PROPERTY)) {
            note("STARTUP_STEP " + name + " [" + Thread.currentThread().getName() + " cpu "
                    + java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000
                    + " ms]");
        }
    }

    private static void note(String marker) {
        long now = System.currentTimeMillis();
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        long processStart = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(jvmStart);
        LOG.info("{} {} ms after the JVM started ({} ms after the process started; at {} ms since the epoch)",
                marker, now - jvmStart, now - processStart, now);
    }
}
