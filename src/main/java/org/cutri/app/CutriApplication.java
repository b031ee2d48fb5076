package org.cutri.app;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.cutri.common.db.DataFolder;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window program. Started by {@link org.cutri.Launcher} (a plain class, so the jar runs from a
 * classpath) with {@code --data-dir=DIR} when the user chose a folder.
 */
public class CutriApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(CutriApplication.class);

    private AppContext context;
    private FxTaskExecutor executor;

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.forSystem();
        String named = getParameters().getNamed().get("data-dir");
        Path folder = DataFolder.resolve(named == null ? null : Path.of(named));
        Dialogs dialogs = new Dialogs(messages);
        executor = new FxTaskExecutor(dialogs::showError);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Uncaught error in {}", thread.getName(), error);
            // Never open a dialog in the middle of a layout or animation pulse: queue it.
            Platform.runLater(() -> dialogs.showError(error));
        });

        Label opening = new Label(messages.get("app.opening", folder));
        stage.setScene(new Scene(new StackPane(opening), 480, 160));
        stage.setTitle(messages.get("app.title"));
        MainWindow.addIcons(stage);
        stage.show();
        executor.execute(BackgroundTask.of(() -> AppContext.open(folder, messages))
                .onSuccess(opened -> {
                    context = opened;
                    MainView view = MainWindow.open(stage, opened, executor, dialogs);
                    StartupProbe.watch(stage, () -> StartupProbe.showsCommune(stage, view, messages.get("app.title")));
                    MainWindow.offerDemoWhenEmpty(view, opened, executor);
                })
                .onFailure(error -> {
                    dialogs.setOwner(stage);
                    dialogs.showError(error);
                    Platform.exit();
                }));
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
        if (context != null) {
            context.close();
        }
    }

    /** Opens the window on the data in this folder (null: the usual folder). Returns when it closes. */
    public static void launchWindow(Path dataFolder) {
        String[] args = dataFolder == null ? new String[0] : new String[] {"--data-dir=" + dataFolder};
        Application.launch(CutriApplication.class, args);
    }
}
