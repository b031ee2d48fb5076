package org.cutri.testing;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.app.MainView;
import org.cutri.app.MainWindow;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.ui.Dialogs;

/**
 * The main window on a real H2 file in a fresh folder, as a user finds it right after start: the data
 * is prepared first, then the window opens. Close it after each test.
 */
public final class TestWindow implements AutoCloseable {

    private final AppContext context;
    private final FxTaskExecutor executor;
    private final MainView view;

    private TestWindow(AppContext context, FxTaskExecutor executor, MainView view) {
        this.context = context;
        this.executor = executor;
        this.view = view;
    }

    /** Opens the window on the stage after {@code data} filled the database. */
    public static TestWindow open(Stage stage, Path folder, Consumer<AppContext> data) {
        return open(stage, folder, data, UnaryOperator.identity());
    }

    /** The same, with the window's background work going through {@code wrap} (e.g. a {@link GatedExecutor}). */
    public static TestWindow open(Stage stage, Path folder, Consumer<AppContext> data,
            UnaryOperator<TaskExecutor> wrap) {
        AppContext context = TestContexts.open(folder.resolve("data-" + System.nanoTime()));
        data.accept(context);
        Dialogs dialogs = new Dialogs(context.messages());
        FxTaskExecutor executor = new FxTaskExecutor(dialogs::showError);
        MainView view = MainWindow.open(stage, context, wrap.apply(executor), dialogs);
        return new TestWindow(context, executor, view);
    }

    public AppContext context() {
        return context;
    }

    public MainView view() {
        return view;
    }

    @Override
    public void close() {
        executor.close();
        context.close();
    }
}
