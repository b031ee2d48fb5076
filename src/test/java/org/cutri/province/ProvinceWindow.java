package org.cutri.province;

import java.nio.file.Path;

import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.app.MainView;
import org.cutri.app.MainWindow;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.testing.TestContexts;

/** The main window on a province office's data folder, opened as the program opens it. */
final class ProvinceWindow implements AutoCloseable {

    final AppContext context;
    final FxTaskExecutor executor;
    final MainView view;

    private ProvinceWindow(AppContext context, FxTaskExecutor executor, MainView view) {
        this.context = context;
        this.executor = executor;
        this.view = view;
    }

    static ProvinceWindow open(Stage stage, Path data) {
        AppContext context = TestContexts.open(data);
        Dialogs dialogs = new Dialogs(context.messages());
        FxTaskExecutor executor = new FxTaskExecutor(dialogs::showError);
        return new ProvinceWindow(context, executor, MainWindow.open(stage, context, executor, dialogs));
    }

    @Override
    public void close() {
        executor.close();
        context.close();
    }
}
