package org.cutri.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.app.MainWindow;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.testfx.api.FxRobot;

/**
 * The program's main window as it starts, with the real background executor (one worker, callbacks on the
 * FX thread), collecting every error that would reach the user as "Đã xảy ra lỗi không mong đợi": an
 * exception thrown on the FX thread or a task failure without its own handler.
 */
public final class WatchedWindow {

    private final FxTaskExecutor executor;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final Thread.UncaughtExceptionHandler previousHandler;

    private WatchedWindow(Stage stage, AppContext context) {
        previousHandler = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> errors.add(error));
        executor = new FxTaskExecutor(errors::add);
        MainWindow.open(stage, context, executor, new Dialogs(context.messages()));
    }

    /** Opens the main window on the data; call from a {@code @Start} method (the FX thread). */
    public static WatchedWindow open(Stage stage, AppContext context) {
        return new WatchedWindow(stage, context);
    }

    public FxTaskExecutor executor() {
        return executor;
    }

    /** Stops the worker, gives the FX thread its handler back, and fails if any error reached the window. */
    public void close(FxRobot robot) {
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(previousHandler));
        executor.close();
        assertThat(errors).as("errors raised in the window").isEmpty();
    }

    /** The errors raised so far. */
    public List<Throwable> errors() {
        return errors;
    }
}
