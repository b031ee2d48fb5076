package org.cutri.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.cutri.common.UserException;
import org.cutri.common.db.DataFolder;
import org.cutri.common.db.DataPassword;
import org.cutri.common.db.Database;
import org.cutri.common.db.ServerConnection;
import org.cutri.common.db.ServerDatabase;
import org.cutri.common.db.ServerLogin;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.protection.UnlockView;
import org.cutri.protection.UnlockViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window program, started by {@link org.cutri.Launcher} through {@link #launchWindow}. Its own lifecycle
 * rather than {@code Application.launch}: the data starts opening before the JavaFX toolkit does, so both go on
 * at the same time (docs/decisions/0023-data-opens-while-the-toolkit-starts.md).
 */
public final class CutriApplication {

    private static final Logger LOG = LoggerFactory.getLogger(CutriApplication.class);

    private final Path folder;
    private final DataOpener opener;
    private final ProtectedDataOpener unlocker;
    private final Runnable exit;
    private final Messages messages;
    /** The server the data is on (a province office), or null for the data file of the folder. */
    private ServerConnection server;
    private AppContext context;
    private FxTaskExecutor executor;
    private MainWindow.Frame frame;
    private FirstFrame firstFrame;

    /** A window on this folder, opening its data with {@code opener}. */
    CutriApplication(Path folder, DataOpener opener) {
        this(folder, opener, Platform::exit);
    }

    /** The same; {@code exit} ends the program once the user has read why the data cannot be opened. */
    CutriApplication(Path folder, DataOpener opener, Runnable exit) {
        this(folder, opener, AppContext::open, exit, Messages.forSystem());
    }

    private CutriApplication(Path folder, DataOpener opener, ProtectedDataOpener unlocker, Runnable exit,
            Messages messages) {
        this.folder = folder;
        this.opener = opener;
        this.unlocker = unlocker;
        this.exit = exit;
        this.messages = messages;
    }

    /** How the window opens its data; runs on a worker thread while the window already shows. */
    @FunctionalInterface
    interface DataOpener {
        AppContext open(Path folder, Messages messages);
    }

    /** How the window opens protected data once the user typed its password; runs on a worker thread. */
    @FunctionalInterface
    interface ProtectedDataOpener {
        AppContext open(Path folder, Messages messages, DataPassword password);
    }

    /**
     * The window as the program starts it: its data starts opening now, on a thread of its own, before the
     * toolkit starts and the window is built; {@link #start} shows the window and waits for the opening there.
     */
    static CutriApplication openingNow(Path folder, DataOpener opener, Runnable exit) {
        return openingNow(folder, opener, AppContext::open, exit);
    }

    /** The same; protected data is opened with {@code unlocker} once the user typed the password. */
    static CutriApplication openingNow(Path folder, DataOpener opener, ProtectedDataOpener unlocker, Runnable exit) {
        Messages messages = Messages.forSystem();
        FutureTask<AppContext> opening = new FutureTask<>(() -> opener.open(folder, messages));
        Thread thread = new Thread(opening, "cutri-data-opening");
        thread.setDaemon(true);
        thread.start();
        return new CutriApplication(folder, (ignoredFolder, ignoredMessages) -> finished(opening), unlocker, exit,
                messages);
    }

    /**
     * How the window opens its data: the data, then the first screen's reads once ahead of time, on the opening's
     * thread while the toolkit starts ({@link Screens#withFirstScreenRead}).
     */
    static AppContext openForWindow(Path folder, Messages messages) {
        AppContext context = AppContext.open(folder, messages).backingUpOnClose();
        StartupProbe.step("data open");
        Screens.withFirstScreenRead(context);
        StartupProbe.step("first reads");
        return context;
    }

    /** What the opening gave: waits for it if need be; throws what it threw, as it was thrown. */
    private static AppContext finished(FutureTask<AppContext> opening) {
        try {
            return opening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the data was opening", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException error) {
                throw error;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Shows the main window on {@code stage} at once; it is filled once the data is open (on the FX thread). */
    public void start(Stage stage) {
        Dialogs dialogs = new Dialogs(messages);
        executor = new FxTaskExecutor(dialogs::showError);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Uncaught error in {}", thread.getName(), error);
            // Never open a dialog in the middle of a layout or animation pulse: queue it.
            Platform.runLater(() -> dialogs.showError(error));
        });

        // The window shows meanwhile and is filled once the data is open (see docs/decisions/0016-start-up.md).
        // The callbacks run on this thread after start() returns.
        executor.execute(BackgroundTask.of(() -> opener.open(folder, messages))
                // Data opened while the toolkit started can be there before the window's first frame: that
                // frame still says "opening the data", so the window is never blank until the screen is built.
                .onSuccess(opened -> {
                    StartupProbe.step("opened");
                    firstFrame.then(() -> attach(opened));
                })
                .onFailure(error -> {
                    UserException user = UserException.find(error);
                    if (user != null && (Database.PASSWORD_NEEDED.equals(user.key())
                            || ServerDatabase.LOGIN_REFUSED.equals(user.key()))) {
                        firstFrame.then(() -> askPassword(dialogs, user));
                    } else {
                        dialogs.showError(error);
                        exit.run();
                    }
                }));
        StartupProbe.step("window");
        frame = server == null ? MainWindow.show(stage, messages, folder, dialogs)
                : MainWindow.show(stage, messages, server.address() + " (" + server.login().user() + ")", dialogs);
        StartupProbe.step("shown");
        firstFrame = new FirstFrame(stage.getScene());
        StartupProbe.watch(stage, () -> StartupProbe.showsCommune(frame));
    }

    private void attach(AppContext opened) {
        StartupProbe.step("attach");
        context = opened;
        opened.startDailyBackups();
        MainWindow.offerDemoWhenEmpty(frame.attach(opened, executor));
        StartupProbe.step("attached");
    }

    /**
     * The data is protected, or the server refused the account's password: the window asks for the password in place
     * of its screens (Enter tries it).
     */
    private void askPassword(Dialogs dialogs, UserException refusal) {
        UnlockViewModel<AppContext> unlock = new UnlockViewModel<>(messages, executor,
                password -> unlocker.open(folder, messages, password), this::attach, error -> {
                    dialogs.showError(error);
                    exit.run();
                });
        if (server != null) {
            unlock.forServer(server.login().user(), server.address().toString());
            if (!server.login().password().isEmpty()) {
                // A password was given (CUTRI_DB_PASSWORD) and refused: say so; none given: just ask.
                unlock.refused(refusal);
            }
        }
        frame.view().showInPlaceOfScreens(new UnlockView(unlock, messages).root());
    }

    /** Holds work back, on the FX thread, until the scene's first frame has been laid out and drawn. */
    private static final class FirstFrame {
        private final java.util.List<Runnable> waiting = new java.util.ArrayList<>();
        private boolean drawn;

        FirstFrame(javafx.scene.Scene scene) {
            Runnable[] afterLayout = new Runnable[1];
            afterLayout[0] = () -> {
                scene.removePostLayoutPulseListener(afterLayout[0]);
                // Runs after this pulse, whose frame is then drawn.
                Platform.runLater(() -> {
                    drawn = true;
                    waiting.forEach(Runnable::run);
                    waiting.clear();
                });
            };
            scene.addPostLayoutPulseListener(afterLayout[0]);
            Platform.requestNextPulse();
        }

        void then(Runnable work) {
            if (drawn) {
                work.run();
            } else {
                waiting.add(work);
            }
        }
    }

    /** The data the window shows, once attached (tests change it as another window would); else null. */
    AppContext openedData() {
        return context;
    }

    /** The window has closed: the last saves are waited for and the data is closed. */
    public void stop() {
        if (executor != null) {
            executor.close();
        }
        if (context != null) {
            context.close();
        }
    }

    /**
     * The name desktops group the program's windows by (WM_CLASS on Linux: {@code StartupWMClass=cutri} in the
     * desktop entry). {@code Application.launch} named it after the application class; without it JavaFX says
     * "java", as for every other Java program. Glass has no public way to set it.
     */
    private static void nameTheProgram() {
        try {
            com.sun.glass.ui.Application.GetApplication().setName("cutri");
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("The program's name for the desktop could not be set", e);
        }
    }

    /**
     * Opens the window on the data in this folder (null: the usual folder). Returns when it closes: the last
     * window closed, or {@link Platform#exit} called.
     */
    public static void launchWindow(Path dataFolder) {
        Path resolved = DataFolder.resolve(dataFolder);
        java.util.Optional<org.cutri.common.db.ServerSettings> server = org.cutri.common.db.ServerSettings.read(resolved);
        if (server.isPresent()) {
            // The server kept in "Máy chủ dữ liệu": the window asks the account's password at once.
            launchWindow(resolved, new ServerConnection(server.get().address(), new ServerLogin(server.get().user(), null)));
            return;
        }
        launch(openingNow(DataFolder.resolve(dataFolder), CutriApplication::openForWindow,
                (folder, messages, password) -> AppContext.open(folder, messages, password).backingUpOnClose(),
                Platform::exit));
    }

    /**
     * Opens the window on the data of a PostgreSQL server (a province office, decision 0048); {@code dataFolder} is
     * this PC's own folder. Without a password, or with a wrong one, the window asks for it.
     */
    public static void launchWindow(Path dataFolder, ServerConnection server) {
        launch(onServer(server, openingNow(DataFolder.resolve(dataFolder),
                (folder, messages) -> Screens.withFirstScreenRead(
                        AppContext.openServer(folder, server.address(), server.login(), messages)),
                (folder, messages, password) -> AppContext.openServer(folder, server.address(),
                        new ServerLogin(server.login().user(), password), messages),
                Platform::exit)));
    }

    /** The window's data is on this server: a refused password is asked for as the server's account's. */
    static CutriApplication onServer(ServerConnection server, CutriApplication application) {
        application.server = server;
        return application;
    }

    private static void launch(CutriApplication application) {
        StartupProbe.step("launch");
        CompletableFuture<Thread> fxThread = new CompletableFuture<>();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            fxThread.complete(Thread.currentThread());
            StartupProbe.step("toolkit");
            nameTheProgram();
            try {
                application.start(new Stage());
                shown.complete(null);
            } catch (RuntimeException | Error e) {
                // As Application.launch did: the toolkit ends and the error leaves launchWindow.
                shown.completeExceptionally(e);
                Platform.exit();
            }
        });
        try {
            // The toolkit's thread ends once the last window is closed or Platform.exit() was called.
            fxThread.join().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            application.stop();
        }
        shown.join();
    }
}
