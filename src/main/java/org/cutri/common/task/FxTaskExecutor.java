package org.cutri.common.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on named daemon threads and its callbacks on the JavaFX thread. Failures without their
 * own handler go to the default handler (the main window's error dialog).
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService executor;
    private final Consumer<Exception> defaultFailureHandler;

    public FxTaskExecutor(Consumer<Exception> defaultFailureHandler) {
        this.defaultFailureHandler = defaultFailureHandler;
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "cutri-worker-" + counter.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.error("Uncaught error in {}", t.getName(), e));
            return thread;
        };
        // One worker keeps database writes in the order the user made them.
        this.executor = Executors.newSingleThreadExecutor(factory);
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        executor.execute(() -> {
            T result;
            try {
                result = task.work().call();
            } catch (Exception e) {
                Consumer<Exception> handler = task.failureHandler() != null ? task.failureHandler() : defaultFailureHandler;
                Platform.runLater(() -> handler.accept(e));
                return;
            }
            Platform.runLater(() -> task.successHandler().accept(result));
        });
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
