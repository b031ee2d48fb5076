package org.cutri.common.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work that must not run on the JavaFX thread (database, files), with what to do when it ends. The
 * callbacks run on the thread the {@link TaskExecutor} chooses: the FX thread in the window, the
 * calling thread in tests.
 */
public final class BackgroundTask<T> {

    private final Callable<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Exception> onFailure;

    private BackgroundTask(Callable<T> work) {
        this.work = work;
    }

    public static <T> BackgroundTask<T> of(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    public static BackgroundTask<Void> run(Runnable work) {
        return new BackgroundTask<>(() -> {
            work.run();
            return null;
        });
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

    Callable<T> work() {
        return work;
    }

    Consumer<T> successHandler() {
        return onSuccess;
    }

    Consumer<Exception> failureHandler() {
        return onFailure;
    }
}
