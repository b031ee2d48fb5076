package org.cutri.common.task;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs background tasks for the window (docs/decisions/0015-background-work.md): database work on one serial
 * queue, so saves are stored in the order the user made them; long computations on a small pool beside it, so
 * a grouping or a report never delays a save. Threads are named daemon threads that log what escapes them.
 * Callbacks run on the JavaFX thread. A failure without its own handler, or thrown by a callback, goes to the
 * default handler (the main window's error dialog), one dialog at a time: failures arriving while it is open
 * are logged, not stacked.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    /** How long closing waits for saves still queued, so the last changes reach the database. */
    private static final long CLOSE_WAIT_SECONDS = 10;

    private final ExecutorService serial;
    private final ExecutorService computations;
    private final java.util.concurrent.Executor ui;
    private final Consumer<Exception> defaultFailureHandler;
    private final AtomicBoolean reporting = new AtomicBoolean();
    /** Tasks given and not finished yet (queued or running). */
    private final Set<BackgroundTask<?>> unfinished = ConcurrentHashMap.newKeySet();

    /** The window's executor: callbacks on the JavaFX thread, as many computation threads as cores (2 to 4). */
    public FxTaskExecutor(Consumer<Exception> defaultFailureHandler) {
        this(defaultFailureHandler, Platform::runLater,
                Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    /**
     * @param ui runs the callbacks, one after another (the JavaFX thread)
     * @param computationThreads the size of the computation pool
     */
    FxTaskExecutor(Consumer<Exception> defaultFailureHandler, java.util.concurrent.Executor ui, int computationThreads) {
        this.defaultFailureHandler = defaultFailureHandler;
        this.serial = Executors.newSingleThreadExecutor(threads("cutri-database", Thread.NORM_PRIORITY));
        // below normal where the system honours it (Windows): the FX thread and the saves come first
        this.computations = Executors.newFixedThreadPool(computationThreads,
                threads("cutri-compute", Thread.NORM_PRIORITY - 1));
        this.ui = work -> ui.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                unhandled(e);
            }
        });
    }

    private static ThreadFactory threads(String name, int priority) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(priority);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.error("Uncaught error in {}", t.getName(), e));
            return thread;
        };
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        unfinished.add(task);
        try {
            (task.isComputation() ? computations : serial).execute(() -> {
                try {
                    task.runHere(ui, this::unhandled, true);
                } finally {
                    unfinished.remove(task);
                }
            });
        } catch (RejectedExecutionException e) {
            unfinished.remove(task);
            LOG.warn("A background task was given after the program started closing; it does not run");
            task.drop(ui);
        }
    }

    /** On the UI thread: one dialog at a time; what fails while it is open is logged only. */
    private void unhandled(Exception failure) {
        if (!reporting.compareAndSet(false, true)) {
            LOG.error("Another failure while the error message is open", failure);
            return;
        }
        try {
            defaultFailureHandler.accept(failure);
        } finally {
            reporting.set(false);
        }
    }

    /**
     * Stops the running computations, runs no new task, and waits a little for the database work already
     * queued (the last saves) before the database closes.
     */
    @Override
    public void close() {
        unfinished.stream().filter(BackgroundTask::isComputation).forEach(BackgroundTask::cancel);
        computations.shutdown();
        serial.shutdown();
        try {
            if (!serial.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Database work was still running after {} s at close", CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
