package org.cutri.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.cutri.app.AppContext;
import org.cutri.app.MainWindow;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.round.ContactRound;

/**
 * Does the window stay responsive on a big round? Opens the real main window (headless, Monocle, as the window
 * tests do), goes to the report screen, picks the round with the most opinions and, while an
 * {@link AnimationTimer} notes the time between JavaFX pulses: loads the round, asks for the same-issue groups
 * (until the group tree is filled), opens the preview of the report (until the first page shows) and scrolls to
 * its last page (until that page shows). Prints per step the wall time, the longest gap between two pulses (a
 * frozen frame), how many gaps were over 100 ms, the most CPU time the FX thread itself spent between two
 * pulses (work on the FX thread, as opposed to a busy machine or a garbage collection), the garbage collectors'
 * pauses, the machine's load average, per frame the FX and render threads' CPU and how long the window's threads
 * waited for a core (Linux), and what made each long frame long. {@code -Dbench.frameLog=FILE} writes one line
 * per frame over 100 ms, with the JVM's uptime, to line up with {@code -Xlog:gc*} or a JFR recording. No
 * assertion (docs/benchmarks.md).
 *
 * <p>Arguments: {@code [DATA_DIR] [OPINIONS=25000]}: a data folder that already holds a round (as the command line
 * makes it: {@code demo} then {@code demo --opinions 25000}), or an empty/absent one to be filled that way.
 */
public final class ResponsivenessBenchmark {

    private static final long STEP_TIMEOUT_MINUTES = Long.getLong("bench.timeoutMinutes", 15);

    private ResponsivenessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        headless();
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("cutri-responsive").resolve("data");
        int opinions = args.length > 1 ? Integer.parseInt(args[1]) : 25_000;
        Messages messages = Messages.load(Messages.VIETNAMESE);
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        try (AppContext context = AppContext.open(folder, messages)) {
            if (context.demo().isEmpty()) {
                context.demo().load(false);
                long start = System.nanoTime();
                context.demo().addGeneratedOpinions(opinions);
                System.out.printf("set-up: demo commune + %d generated opinions in %d ms%n", opinions, ms(start));
            }
            ContactRound round = context.rounds().list().stream()
                    .max(Comparator.comparingInt(r -> context.opinions().listItems(r.id()).size())).orElseThrow();
            int size = context.opinions().listItems(round.id()).size();
            System.out.printf("round \"%s\": %d opinions; max heap %d MB, %d cores%n", round.name(), size,
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            FxTaskExecutor executor = new FxTaskExecutor(e -> {
                errors.add(e);
                System.out.println("FAILURE: " + e);
            });
            Stage stage = onFx(() -> {
                Stage s = new Stage();
                MainWindow.open(s, context, executor, new Dialogs(messages));
                return s;
            });
            PulseWatch watch = new PulseWatch();
            onFx(() -> {
                watch.start();
                return null;
            });
            Rows rows = new Rows();

            // the floor: the same window doing nothing, on the same machine at the same time
            watch.reset("idle");
            long start = System.nanoTime();
            Thread.sleep(10_000);
            rows.add(watch.row("nothing running (the machine's own noise), 10 s", start));

            watch.reset("screen");
            start = System.nanoTime();
            onFx(() -> {
                ((ButtonBase) stage.getScene().lookup("#nav-reports")).fire();
                return null;
            });
            waitFor(() -> comboOf(stage).getItems().size() > 0 && !busy(stage));
            waitPulses(watch, 2);
            rows.add(watch.row("open the report screen (built on first use) with its first round", start));

            watch.reset("round");
            start = System.nanoTime();
            onFx(() -> {
                SearchableComboBox<Object> box = comboOf(stage);
                box.setValue(box.getItems().stream().filter(o -> o.toString().equals(round.name())).findFirst()
                        .orElseThrow());
                return null;
            });
            String loaded = prefix(messages, "report.status.loaded");
            waitFor(() -> statusOf(stage).startsWith(loaded) && !busy(stage));
            waitPulses(watch, 2);
            rows.add(watch.row("choose the big round until it is loaded", start));

            watch.reset("grouping");
            start = System.nanoTime();
            int before = onFx(() -> treeOf(stage).getExpandedItemCount());
            onFx(() -> {
                ((ButtonBase) stage.getScene().lookup("#suggestButton")).fire();
                return null;
            });
            String suggested = prefix(messages, "report.status.suggested");
            waitFor(() -> statusOf(stage).startsWith(suggested) && treeOf(stage).getExpandedItemCount() != before);
            int rowsShown = onFx(() -> treeOf(stage).getExpandedItemCount());
            // the tree is filled: let two more pulses go by so its layout is part of the measure
            waitPulses(watch, 2);
            rows.add(watch.row("suggest groups until the tree shows them (" + rowsShown + " rows)", start));

            watch.reset("preview");
            start = System.nanoTime();
            onFx(() -> {
                ((ButtonBase) stage.getScene().lookup("#previewButton")).fire();
                return null;
            });
            // the report screen asks first (docs/decisions/0027): accept all suggestions, go on, a draft dated today
            waitFor(() -> answerQuestions() || previewWindow() != null && !visiblePages(previewWindow()).isEmpty()
                    && visiblePages(previewWindow()).get(0).getImage() != null);
            String pages = onFx(() -> ((Label) previewWindow().getScene().lookup("#pageCountLabel")).getText());
            waitPulses(watch, 2);
            rows.add(watch.row("preview the report until page 1 shows (" + pages + ")", start));

            watch.reset("scroll");
            start = System.nanoTime();
            onFx(() -> {
                scrollToEnd(previewWindow());
                return null;
            });
            waitFor(() -> {
                List<ImageView> shown = visiblePages(previewWindow());
                return !shown.isEmpty() && shown.get(shown.size() - 1).getImage() != null
                        && isLastPage(previewWindow(), shown.get(shown.size() - 1));
            });
            waitPulses(watch, 2);
            rows.add(watch.row("scroll to the last page until it shows", start));

            onFx(() -> {
                watch.stop();
                previewWindow().hide();
                stage.close();
                return null;
            });
            rows.all.forEach(System.out::println);
            System.gc();
            System.out.printf("failures: %d; heap in use after the preview closed and a full GC: %d MB%n",
                    errors.size(), (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            executor.close();
        } finally {
            Platform.exit();
        }
    }

    /** Each row printed as soon as it is measured (a step that never ends still leaves the others), then all. */
    private static final class Rows {
        private final List<String> all = new ArrayList<>(List.of("", "| step | wall time | longest frame | frames over 100 ms "
                + "| most FX-thread CPU in one frame | frames with over 100 ms of FX CPU | GC time | load average "
                + "| per frame: FX CPU / drawing CPU / FX+drawing+timer waiting for a core "
                + "| frames over 100 ms by cause: FX work / GC / drawing / no free core / our other threads / other processes |",
                "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"));

        void add(String row) {
            System.out.println(row);
            all.add(row);
        }
    }

    /** The window tests' settings: Monocle without a screen, software rendering. */
    private static void headless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", "1366x768-32");
    }

    /**
     * Records the gaps between pulses (a gap is a frame the window could not paint) and the JavaFX thread's own
     * CPU time in each gap: a long gap with little FX time was the machine (other processes, garbage collection),
     * a long gap with much FX time was work done on the FX thread.
     */
    /** What kept a frame long (see PulseWatch.cause). */
    private enum Cause { FX_WORK, GC, DRAWING, NO_CORE, OUR_THREADS, OTHER_PROCESSES }

    /**
     * The time the window's own threads (FX, render, pulse timer) were ready to run but had no core, summed
     * (Linux {@code /proc/self/task/TID/schedstat}, second field): a frame that is long for this reason is the
     * machine's (or our computations') fault, not work on those threads. 0 where there is no such file.
     */
    private static final class SchedStat {
        private final List<Path> files = new ArrayList<>();
        private boolean looked;

        long runQueueWait() {
            if (!looked) {
                looked = true;
                find();
            }
            long sum = 0;
            for (Path file : files) {
                try {
                    sum += Long.parseLong(Files.readString(file).trim().split("\\s+")[1]);
                } catch (java.io.IOException | RuntimeException e) {
                    // the thread ended: its part stops growing
                }
            }
            return sum;
        }

        private void find() {
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                String self = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
                for (Path task : tasks.toList()) {
                    String name = Files.readString(task.resolve("comm")).trim();
                    if (task.getFileName().toString().equals(self) || name.startsWith("QuantumRenderer")
                            || name.startsWith("Monocle Timer")) {
                        files.add(task.resolve("schedstat"));
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                files.clear();
            }
        }
    }

    private static final class PulseWatch extends AnimationTimer {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private volatile long last;
        private volatile long lastCpu;
        private volatile long longest;
        private volatile long longestFxCpu;
        private volatile int over100;
        private volatile int fxOver100;
        private volatile long pulses;
        private volatile long gcAtReset;
        private final com.sun.management.OperatingSystemMXBean system =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private volatile long lastGc;
        private volatile long lastProcessCpu;
        private volatile long lastRenderCpu;
        private volatile long renderThread = -1;
        // Why each frame over 100 ms was long (see cause()): FX work, GC pause, drawing, our threads, others.
        private final int[] causes = new int[Cause.values().length];
        private volatile long frames;
        private volatile long fxCpuSum;
        private volatile long renderCpuSum;
        /** Linux only: time the FX, render and pulse-timer threads spent ready to run without a core. */
        private final SchedStat waits = new SchedStat();
        private long lastWait;
        private volatile long waitSum;
        private final java.io.PrintWriter frameLog = frameLog();
        private String step = "";

        @Override
        public void handle(long now) {
            long time = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            long gc = gcMillis();
            long processCpu = system.getProcessCpuTime();
            long renderCpu = renderCpu();
            long wait = waits.runQueueWait();
            if (last != 0) {
                long gap = time - last;
                long fx = cpu - lastCpu;
                longest = Math.max(longest, gap);
                longestFxCpu = Math.max(longestFxCpu, fx);
                frames++;
                fxCpuSum += fx;
                renderCpuSum += renderCpu - lastRenderCpu;
                waitSum += wait - lastWait;
                if (gap > 100_000_000L) {
                    over100++;
                    Cause cause = cause(gap, fx, (gc - lastGc) * 1_000_000, renderCpu - lastRenderCpu,
                            processCpu - lastProcessCpu, wait - lastWait);
                    causes[cause.ordinal()]++;
                    if (frameLog != null) {
                        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
                        frameLog.printf("%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s%n", step,
                                System.currentTimeMillis(), uptime, gap / 1_000_000, fx / 1_000_000,
                                (renderCpu - lastRenderCpu) / 1_000_000, gc - lastGc,
                                (processCpu - lastProcessCpu) / 1_000_000, (wait - lastWait) / 1_000_000, cause);
                        frameLog.flush();
                    }
                }
                if (fx > 100_000_000L) {
                    fxOver100++;
                }
            }
            last = time;
            lastCpu = cpu;
            lastGc = gc;
            lastProcessCpu = processCpu;
            lastRenderCpu = renderCpu;
            lastWait = wait;
            pulses++;
        }

        void reset(String nextStep) throws Exception {
            onFx(() -> {
                step = nextStep;
                frames = 0;
                fxCpuSum = 0;
                renderCpuSum = 0;
                waitSum = 0;
                last = 0;
                longest = 0;
                longestFxCpu = 0;
                over100 = 0;
                fxOver100 = 0;
                java.util.Arrays.fill(causes, 0);
                gcAtReset = gcMillis();
                return null;
            });
        }

        String row(String step, long start) {
            long n = Math.max(1, frames);
            return String.format("| %s | %,d ms | %,d ms | %d | %,d ms | %d | %,d ms | %.1f | %.1f / %.1f / %.1f ms "
                    + "| %d / %d / %d / %d / %d / %d |",
                    step, ms(start), longest / 1_000_000, over100, longestFxCpu / 1_000_000, fxOver100,
                    gcMillis() - gcAtReset, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    fxCpuSum / 1e6 / n, renderCpuSum / 1e6 / n, waitSum / 1e6 / n,
                    causes[0], causes[1], causes[2], causes[3], causes[4], causes[5]);
        }

        /** -Dbench.frameLog=FILE: one line per frame over 100 ms, to line up with a GC log or a JFR recording. */
        private static java.io.PrintWriter frameLog() {
            String file = System.getProperty("bench.frameLog");
            if (file == null) {
                return null;
            }
            try {
                java.io.PrintWriter out = new java.io.PrintWriter(Files.newBufferedWriter(Path.of(file)));
                out.println("step\tepoch_ms_end\tuptime_ms_end\tgap_ms\tfx_cpu_ms\trender_cpu_ms\tgc_ms"
                        + "\tprocess_cpu_ms\tfx_render_timer_runqueue_wait_ms\tcause");
                return out;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /**
         * What a long frame mostly was: the FX thread's own work; a garbage collection (all threads stopped);
         * drawing (the render thread); the program's other threads keeping both cores (computations); else
         * the machine's other processes (the program itself got less than a core).
         */
        private static Cause cause(long gap, long fx, long gc, long render, long processCpu, long waited) {
            if (fx * 2 >= gap) {
                return Cause.FX_WORK;
            }
            if (gc * 2 >= gap) {
                return Cause.GC;
            }
            if (render * 2 >= gap) {
                return Cause.DRAWING;
            }
            if (waited * 2 >= gap) {
                return Cause.NO_CORE;
            }
            int cores = Runtime.getRuntime().availableProcessors();
            return processCpu >= gap * (cores - 0.5) ? Cause.OUR_THREADS : Cause.OTHER_PROCESSES;
        }

        private long renderCpu() {
            if (renderThread < 0) {
                renderThread = Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId)
                        .findFirst().orElse(0);
            }
            return renderThread == 0 ? 0 : Math.max(0, threads.getThreadCpuTime(renderThread));
        }

        /** The collectors' pauses: ZGC's and Shenandoah's concurrent cycles ("… Cycles") stop no thread. */
        private static long gcMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .filter(bean -> !bean.getName().endsWith("Cycles"))
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        }
    }

    private static void waitPulses(PulseWatch watch, int count) throws InterruptedException {
        long target = watch.pulses + count;
        while (watch.pulses < target) {
            Thread.sleep(5);
        }
    }

    @SuppressWarnings("unchecked")
    private static SearchableComboBox<Object> comboOf(Stage stage) {
        return (SearchableComboBox<Object>) stage.getScene().lookup("#roundBox");
    }

    private static TreeView<?> treeOf(Stage stage) {
        return (TreeView<?>) stage.getScene().lookup("#groupTree");
    }

    private static String statusOf(Stage stage) {
        String text = ((Label) stage.getScene().lookup("#statusLabel")).getText();
        return text == null ? "" : text;
    }

    private static boolean busy(Stage stage) {
        return stage.getScene().lookup("#previewButton").isDisabled();
    }

    /**
     * Answers a question the report screen asks before its preview, as a user would go on: accept all suggested
     * groups, print opinions typed without diacritics as they are, a draft dated today. Always false (a condition
     * that goes on waiting).
     */
    private static boolean answerQuestions() {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window.getScene() == null || !window.isShowing()) {
                continue;
            }
            for (String id : List.of("#reportUnreviewed1", "#confirmYesButton", "#reportDate0")) {
                if (window.getScene().lookup(id) instanceof ButtonBase button) {
                    button.fire();
                    return false;
                }
            }
        }
        return false;
    }

    private static Window previewWindow() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#pageCountLabel") != null && w.isShowing()).findFirst().orElse(null);
    }

    /** The page pictures now on screen, top to bottom. */
    private static List<ImageView> visiblePages(Window window) {
        return window.getScene().getRoot().lookupAll(".document-page").stream()
                .filter(n -> n instanceof ImageView && n.isVisible() && onScreen(n, window))
                .map(n -> (ImageView) n)
                .sorted(Comparator.comparingDouble(n -> n.localToScene(n.getBoundsInLocal()).getMinY())).toList();
    }

    private static boolean onScreen(Node node, Window window) {
        var bounds = node.localToScene(node.getBoundsInLocal());
        return bounds.getMaxY() > 0 && bounds.getMinY() < window.getScene().getHeight() && node.getScene() != null;
    }

    private static boolean isLastPage(Window window, ImageView page) {
        String count = ((Label) window.getScene().lookup("#pageCountLabel")).getText().replaceAll("\\D", "");
        return ("page-" + count).equals(page.getId());
    }

    private static void scrollToEnd(Window window) {
        Node list = window.getScene().lookup("#pages");
        if (list instanceof javafx.scene.control.ListView<?> view) {
            view.scrollTo(view.getItems().size() - 1);
        } else {
            ((javafx.scene.control.ScrollPane) window.getScene().lookup("#scroll")).setVvalue(1.0);
        }
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(STEP_TIMEOUT_MINUTES);
        while (!onFx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the screen did not get there in " + STEP_TIMEOUT_MINUTES + " min");
            }
            Thread.sleep(20);
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    /** The text of a message before its first argument. */
    private static String prefix(Messages messages, String key) {
        String text = messages.get(key, "\u0000", "\u0000");
        return text.substring(0, text.indexOf('\u0000'));
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
