package org.cutri.common.task;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.cutri.common.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that must not run on the JavaFX thread (database, files, long computations), with what to do when it
 * ends. The callbacks and the properties ({@link #progressProperty()}, {@link #messageProperty()},
 * {@link #stateProperty()}) change on the thread the {@link TaskExecutor} chooses: the FX thread in the window,
 * the calling thread in tests.
 *
 * <p>Two kinds of work (docs/decisions/0015-background-work.md): by default a task joins the one serial queue
 * that keeps database writes in the order the user made them; {@link #computation()} marks a long computation
 * (grouping, compiling a report, rendering pages) that runs on a small pool beside it, so it never delays a
 * save. Work made with {@link #monitored} gets a {@link TaskMonitor} to report progress and to notice
 * {@link #cancel()}. A task runs once.
 */
public final class BackgroundTask<T> {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    /** What a task's state is; the last three are final. */
    public enum State { WAITING, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    /** Work that watches its task: progress, message, cancellation. */
    @FunctionalInterface
    public interface Work<T> {
        T call(TaskMonitor monitor) throws Exception;
    }

    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Exception> onFailure;
    private Runnable onCancelled = () -> { };
    private boolean computation;
    /** Work that checks its monitor: when it returns normally it has done everything, a stop came too late. */
    private final boolean watchesCancellation;

    private volatile boolean cancelled;
    private final AtomicBoolean started = new AtomicBoolean();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.WAITING);
    /** The latest progress from the worker and whether its hand-over to the UI thread is pending. */
    private volatile double latestProgress = -1;
    private final AtomicBoolean progressPending = new AtomicBoolean();
    private volatile String latestMessage = "";
    private final AtomicBoolean messagePending = new AtomicBoolean();

    private BackgroundTask(Work<T> work, boolean watchesCancellation) {
        this.work = work;
        this.watchesCancellation = watchesCancellation;
    }

    public static <T> BackgroundTask<T> of(Callable<T> work) {
        return new BackgroundTask<>(monitor -> work.call(), false);
    }

    public static BackgroundTask<Void> run(Runnable work) {
        return new BackgroundTask<>(monitor -> {
            work.run();
            return null;
        }, false);
    }

    /**
     * Work that reports its progress and stops when the task is cancelled (it calls the monitor in its loops).
     * Such work stops by throwing {@link CancellationException}; when it returns normally it has done all its
     * work (stored, written) although a stop was asked too late, and {@link #onSuccess} says so: a screen never
     * says "stopped, nothing stored" about work that was stored.
     */
    public static <T> BackgroundTask<T> monitored(Work<T> work) {
        return new BackgroundTask<>(work, true);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = handler;
        return this;
    }

    /** Without a failure handler the executor's default (an error dialog, a log line) applies. */
    public BackgroundTask<T> onFailure(Consumer<Exception> handler) {
        this.onFailure = handler;
        return this;
    }

    /** Runs once the work has really stopped after {@link #cancel()} (or was never started). */
    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = handler;
        return this;
    }

    /** A long computation: runs on the computation pool, beside the serial queue of database work. */
    public BackgroundTask<T> computation() {
        this.computation = true;
        return this;
    }

    public boolean isComputation() {
        return computation;
    }

    /**
     * Asks the work to stop. Work not started yet never starts; monitored work stops at its next check (and if it
     * ends without another check, it finished: its result is delivered); the result of other work that ends
     * anyway is dropped. {@link #onCancelled} runs once the work has stopped. Any thread.
     */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** 0..1, or -1 while the amount of work is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /**
     * Runs the work on the calling thread and hands everything the UI sees to {@code ui}: state, progress,
     * then exactly one of the callbacks. Failures without their own handler go to {@code unhandled}; with
     * {@code errorsToo} an {@link Error} (out of memory) becomes a failure too, so a screen never waits forever
     * (tests leave it off: an assertion inside work fails the test at once, as before).
     */
    void runHere(Executor ui, Consumer<Exception> unhandled, boolean errorsToo) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a background task runs once");
        }
        if (cancelled) {
            ui.execute(this::finishCancelled);
            return;
        }
        ui.execute(() -> state.set(State.RUNNING));
        T result;
        try {
            result = work.call(new Monitor(ui));
        } catch (Throwable error) {
            if (!errorsToo && error instanceof Error fatal) {
                throw fatal;
            }
            if (cancelled || error instanceof CancellationException) {
                ui.execute(this::finishCancelled);
            } else {
                Exception failure = asException(error);
                ui.execute(() -> {
                    state.set(State.FAILED);
                    (onFailure != null ? onFailure : unhandled).accept(failure);
                });
            }
            return;
        }
        if (cancelled && !watchesCancellation) {
            ui.execute(this::finishCancelled);
            return;
        }
        ui.execute(() -> {
            progress.set(1.0);
            state.set(State.SUCCEEDED);
            onSuccess.accept(result);
        });
    }

    /** Marks a task the executor will never run (it was closed) as cancelled. */
    void drop(Executor ui) {
        cancelled = true;
        if (started.compareAndSet(false, true)) {
            ui.execute(this::finishCancelled);
        }
    }

    /** True once the task succeeded, failed or was cancelled (read on the UI thread). */
    public boolean isFinished() {
        State now = state.get();
        return now == State.SUCCEEDED || now == State.FAILED || now == State.CANCELLED;
    }

    private void finishCancelled() {
        state.set(State.CANCELLED);
        onCancelled.run();
    }

    private static Exception asException(Throwable error) {
        if (error instanceof Exception exception) {
            return exception;
        }
        // an Error would otherwise end the worker silently and leave the screen waiting forever
        LOG.error("Background work failed", error);
        if (error instanceof OutOfMemoryError) {
            return new UserException(error, "task.outOfMemory");
        }
        return new IllegalStateException("Background work failed: " + error, error);
    }

    /** The monitor handed to the work: its updates reach the UI thread coalesced, never one post per call. */
    private final class Monitor implements TaskMonitor {
        private final Executor ui;

        Monitor(Executor ui) {
            this.ui = ui;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void progress(double done, double total) {
            latestProgress = total > 0 ? Math.max(0, Math.min(1, done / total)) : -1;
            if (progressPending.compareAndSet(false, true)) {
                ui.execute(() -> {
                    progressPending.set(false);
                    if (!isFinished()) {
                        progress.set(latestProgress);
                    }
                });
            }
        }

        @Override
        public void message(String text) {
            latestMessage = text == null ? "" : text;
            if (messagePending.compareAndSet(false, true)) {
                ui.execute(() -> {
                    messagePending.set(false);
                    message.set(latestMessage);
                });
            }
        }
    }

}
