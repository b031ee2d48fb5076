package org.cutri.app;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.application.Platform;
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

    private final Path chosenFolder;
    private final DataOpener opener;
    private final Runnable exit;
    private AppContext context;
    private FxTaskExecutor executor;
    private MainWindow.Frame frame;

    /** Launched by JavaFX: the folder comes from {@code --data-dir}, the data opens with {@link AppContext#open}. */
    public CutriApplication() {
        this(null, AppContext::open);
    }

    /** A window on this folder (null: from the parameters or the usual folder), opening its data with {@code opener}. */
    CutriApplication(Path folder, DataOpener opener) {
        this(folder, opener, Platform::exit);
    }

    /** The same; {@code exit} ends the program once the user has read why the data cannot be opened. */
    CutriApplication(Path folder, DataOpener opener, Runnable exit) {
        this.chosenFolder = folder;
        this.opener = opener;
        this.exit = exit;
    }

    /** How the window opens its data; runs on a worker thread while the window already shows. */
    @FunctionalInterface
    interface DataOpener {
        AppContext open(Path folder, Messages messages);
    }

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.forSystem();
        Path folder = chosenFolder != null ? chosenFolder : DataFolder.resolve(namedFolder());
        Dialogs dialogs = new Dialogs(messages);
        executor = new FxTaskExecutor(dialogs::showError);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Uncaught error in {}", thread.getName(), error);
            // Never open a dialog in the middle of a layout or animation pulse: queue it.
            Platform.runLater(() -> dialogs.showError(error));
        });

        // The data starts opening first; the window shows meanwhile and is filled once the data is open
        // (see docs/decisions/0016-start-up.md). The callbacks run on this thread after start() returns.
        executor.execute(BackgroundTask.of(() -> opener.open(folder, messages))
                .onSuccess(opened -> {
                    context = opened;
                    MainView view = frame.attach(opened, executor);
                    MainWindow.offerDemoWhenEmpty(view);
                })
                .onFailure(error -> {
                    dialogs.showError(error);
                    exit.run();
                }));
        frame = MainWindow.show(stage, messages, folder, dialogs);
        StartupProbe.watch(stage, () -> StartupProbe.showsCommune(frame));
    }

    private Path namedFolder() {
        String named = getParameters().getNamed().get("data-dir");
        return named == null ? null : Path.of(named);
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
