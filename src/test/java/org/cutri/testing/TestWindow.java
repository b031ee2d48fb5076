package org.cutri.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import javafx.collections.ListChangeListener;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.cutri.app.AppContext;
import org.cutri.app.MainView;
import org.cutri.app.MainWindow;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.exchange.HandOverView;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The program's main window for window tests, as a user finds it right after start: on a real H2 file in
 * a fresh folder (filled first by a data consumer) or on a context the test prepared, with the real
 * background executor (one worker, callbacks on the FX thread), optionally wrapped (e.g. by a
 * {@link GatedExecutor}).
 *
 * <p>It watches for what would reach the user as "Đã xảy ra lỗi không mong đợi": an exception thrown on
 * the FX thread or a task failure without its own handler is collected in {@link #errors()} (instead of
 * a dialog that would wait for a click), and every error dialog the screens open themselves is noted in
 * {@link #errorDialogs()}. Open it in {@code @Start} (the FX thread); {@link #close()} in
 * {@code @AfterEach} stops the worker, closes the data and fails if an error was collected.
 */
public final class TestWindow implements AutoCloseable {

    private final AppContext context;
    private final FxTaskExecutor executor;
    private final MainView view;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final List<String> errorDialogs = new CopyOnWriteArrayList<>();
    private final Thread fxThread;
    private final Thread.UncaughtExceptionHandler previousHandler;
    private final ListChangeListener<Window> dialogWatch = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::noteErrorDialog);
        }
    };

    private TestWindow(Stage stage, AppContext context, UnaryOperator<TaskExecutor> wrap, HandOverView.FolderPicker folders) {
        this.context = context;
        fxThread = Thread.currentThread();
        previousHandler = fxThread.getUncaughtExceptionHandler();
        fxThread.setUncaughtExceptionHandler((thread, error) -> errors.add(error));
        Window.getWindows().addListener(dialogWatch);
        executor = new FxTaskExecutor(errors::add);
        view = MainWindow.open(stage, context, wrap.apply(executor), new Dialogs(context.messages()), folders);
    }

    /** Opens the window on a fresh data folder under {@code folder}, after {@code data} filled it. */
    public static TestWindow open(Stage stage, Path folder, Consumer<AppContext> data) {
        return open(stage, folder, data, UnaryOperator.identity());
    }

    /** The same, with the window's background work going through {@code wrap} (e.g. a {@link GatedExecutor}). */
    public static TestWindow open(Stage stage, Path folder, Consumer<AppContext> data,
            UnaryOperator<TaskExecutor> wrap) {
        AppContext context = TestContexts.open(folder.resolve("data-" + System.nanoTime()));
        data.accept(context);
        return new TestWindow(stage, context, wrap, HandOverView.FolderPicker.SYSTEM);
    }

    /** Opens the window on data the test prepared; the window closes it in {@link #close()}. */
    public static TestWindow open(Stage stage, AppContext context) {
        return open(stage, context, HandOverView.FolderPicker.SYSTEM);
    }

    /** Opens the window on data the test prepared, its background work going through {@code wrap}. */
    public static TestWindow open(Stage stage, AppContext context, UnaryOperator<TaskExecutor> wrap) {
        return new TestWindow(stage, context, wrap, HandOverView.FolderPicker.SYSTEM);
    }

    /** The same, with the hand-over writing to the folder {@code folders} answers (no system chooser in tests). */
    public static TestWindow open(Stage stage, AppContext context, HandOverView.FolderPicker folders) {
        return new TestWindow(stage, context, UnaryOperator.identity(), folders);
    }

    public AppContext context() {
        return context;
    }

    public MainView view() {
        return view;
    }

    /** The window's own executor (before any wrapping): a task put on it runs after those queued before. */
    public FxTaskExecutor executor() {
        return executor;
    }

    /** The errors raised so far that would have reached the user as an unexpected error. */
    public List<Throwable> errors() {
        return errors;
    }

    /** The text of every error dialog opened so far (an expected refusal as well as an unexpected error). */
    public List<String> errorDialogs() {
        return errorDialogs;
    }

    /** Stops the worker, closes the data, gives the FX thread its handler back, and fails on any error raised. */
    @Override
    public void close() {
        try {
            executor.close();
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                fxThread.setUncaughtExceptionHandler(previousHandler);
                Window.getWindows().removeListener(dialogWatch);
            });
        } finally {
            context.close();
        }
        assertThat(errors).as("errors raised in the window").isEmpty();
    }

    private void noteErrorDialog(Window window) {
        if (window.getScene() != null && window.getScene().getRoot() instanceof DialogPane pane
                && pane.getStyleClass().contains("error")) {
            String text = pane.getContentText();
            errorDialogs.add(text == null || text.isEmpty() ? String.valueOf(pane.getContent()) : text);
        }
    }
}
