package org.cutri.testing;

import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.app.MainView;
import org.cutri.app.MainWindow;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;

/**
 * The main window opened on a data folder as the application opens it, for window tests: open it in
 * {@code @Start}, close it in {@code @AfterEach}.
 */
public record OpenWindow(AppContext context, FxTaskExecutor executor, Dialogs dialogs, MainView view)
        implements AutoCloseable {

    public static OpenWindow open(Stage stage, AppContext context) {
        Dialogs dialogs = new Dialogs(context.messages());
        FxTaskExecutor executor = new FxTaskExecutor(dialogs::showError);
        MainView view = MainWindow.open(stage, context, executor, dialogs);
        return new OpenWindow(context, executor, dialogs, view);
    }

    @Override
    public void close() {
        executor.close();
        context.close();
    }
}
