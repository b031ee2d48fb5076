package org.cutri.app;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import javafx.stage.Stage;

import org.testfx.api.FxRobot;

/**
 * The window started as the program starts it (the data opening on its own thread before the window is built), for
 * window tests: notes when the program would end, and on {@link #close} stops it and gives back the process-wide
 * uncaught-error handler the application replaced (other test classes run in the same JVM).
 */
final class StartingApplication implements AutoCloseable {

    private final Thread.UncaughtExceptionHandler uncaughtBefore = Thread.getDefaultUncaughtExceptionHandler();
    private final CountDownLatch ended = new CountDownLatch(1);
    private CutriApplication application;

    /** Starts the window on the folder's data, opened by {@code opener}. */
    void start(FxRobot robot, Stage stage, Path folder, CutriApplication.DataOpener opener) {
        application = CutriApplication.openingNow(folder, opener, ended::countDown);
        robot.interact(() -> application.start(stage));
    }

    /** True once the program asked to end (after telling why the data cannot be opened). */
    boolean ended() {
        return ended.getCount() == 0;
    }

    @Override
    public void close() {
        if (application != null) {
            application.stop();
        }
        Thread.setDefaultUncaughtExceptionHandler(uncaughtBefore);
    }
}
