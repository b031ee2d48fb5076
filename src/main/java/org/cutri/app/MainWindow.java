package org.cutri.app;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.cutri.common.i18n.Messages;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.exchange.HandOverView;

/** Puts the main window together on a stage: used by the application and by the window tests. */
public final class MainWindow {

    /** The icon sizes shipped in {@code /icons}. */
    static final List<Integer> ICON_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainWindow.class);

    private MainWindow() {
    }

    /** Shows the main window on data that is already open (the window tests start this way). */
    public static MainView open(Stage stage, AppContext context, TaskExecutor executor, Dialogs dialogs) {
        return open(stage, context, executor, dialogs, HandOverView.FolderPicker.SYSTEM);
    }

    /** The same, with the hand-over asking {@code folders} where to write (the system's chooser cannot be driven in tests). */
    public static MainView open(Stage stage, AppContext context, TaskExecutor executor, Dialogs dialogs,
            HandOverView.FolderPicker folders) {
        return show(stage, context.messages(), context.location(), dialogs).attach(context, executor, folders);
    }

    /**
     * Shows the main window at once, before the data is open: the sidebar, the status bar with the data
     * folder, and "opening the data" in place of a screen. {@link Frame#attach} fills it once the data is open.
     */
    public static Frame show(Stage stage, Messages messages, Path folder, Dialogs dialogs) {
        return show(stage, messages, folder.toString(), dialogs);
    }

    /** The same; {@code where} names where the data is (a folder, or a server and the account on it). */
    public static Frame show(Stage stage, Messages messages, String where, Dialogs dialogs) {
        MainViewModel viewModel = new MainViewModel(messages, where);
        viewModel.openingProperty().set(true);
        MainView view = new MainView(viewModel, messages);
        StartupProbe.step("main view built");
        Scene scene = new Scene(view.root());
        scene.getStylesheets().add(MainWindow.class.getResource("cutri.css").toExternalForm());
        stage.setScene(scene);
        fitToScreen(stage);
        stage.titleProperty().bind(viewModel.titleProperty());
        addIcons(stage);
        dialogs.setOwner(stage);
        StartupProbe.step("stage ready");
        stage.show();
        return new Frame(stage, viewModel, view, dialogs);
    }

    /** The shown main window waiting for its data (made by {@link #show}). */
    public record Frame(Stage stage, MainViewModel viewModel, MainView view, Dialogs dialogs) {

        /** Gives the window its screens on the opened data and shows the first one (the hamlets). */
        public MainView attach(AppContext context, TaskExecutor executor) {
            return attach(context, executor, HandOverView.FolderPicker.SYSTEM);
        }

        MainView attach(AppContext context, TaskExecutor executor, HandOverView.FolderPicker folders) {
            Messages messages = context.messages();
            Navigation navigation = new Navigation();
            FirstReads firstReads = context.takeFirstReads().orElse(null);
            java.util.concurrent.atomic.AtomicReference<FirstReads> unread =
                    new java.util.concurrent.atomic.AtomicReference<>(firstReads);
            view.useScreens(Screens.create(context, executor, dialogs, navigation, folders, unread));
            navigation.attach(view);
            for (Screens.SidebarAction action : Screens.sidebarActions(context, executor)) {
                view.addSidebarAction(action.id(), messages.get(action.textKey()), messages.get(action.tooltipKey()),
                        () -> action.open().accept(stage, view::refreshShownScreen));
            }
            view.onClearDemo(() -> {
                if (dialogs.confirmDelete(messages.get("app.demo.clear.title"), messages.get("app.demo.clear.text"))) {
                    viewModel.clearDemo(view::dataReplaced);
                }
            });
            viewModel.attach(Screens.openedData(context, executor), firstReads);
            // The first screen was built just now: a hamlets screen built later must not show these rows.
            unread.set(null);
            Screens.remindOfDuties(context, executor, view);
            view.dataOnServer(context.onServer());
            context.watchOthersChanges(() -> javafx.application.Platform.runLater(view::othersChanged));
            return view;
        }
    }

    /**
     * On data with an empty register, offers to load the invented demo commune or to start empty. The
     * application calls this after {@link #open}; the choice is asked once per start while data is empty.
     */
    public static void offerDemoWhenEmpty(MainView view) {
        view.viewModel().offerDemoWhenEmpty(() -> askForDemo(view), view::refreshShownScreen);
    }

    private static MainViewModel.FirstStart askForDemo(MainView view) {
        Messages messages = view.messages();
        ButtonType load = new ButtonType(messages.get("demo.offer.load"), ButtonBar.ButtonData.YES);
        ButtonType empty = new ButtonType(messages.get("demo.offer.empty"), ButtonBar.ButtonData.NO);
        ButtonType province = new ButtonType(messages.get("demo.offer.province"), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("demo.offer.text"), load, empty, province);
        alert.initOwner(view.root().getScene().getWindow());
        alert.setTitle(messages.get("demo.offer.title"));
        alert.setHeaderText(messages.get("demo.offer.header"));
        alert.getDialogPane().lookupButton(load).setId("demoLoadButton");
        alert.getDialogPane().lookupButton(empty).setId("demoEmptyButton");
        alert.getDialogPane().lookupButton(province).setId("provinceOfficeButton");
        ButtonType answer = alert.showAndWait().orElse(empty);
        return answer == load ? MainViewModel.FirstStart.DEMO
                : answer == province ? MainViewModel.FirstStart.PROVINCE : MainViewModel.FirstStart.EMPTY;
    }

    /** Office screens are often 1366×768: take the whole visible screen there, else a comfortable size. */
    private static void fitToScreen(Stage stage) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(1280, screen.getWidth());
        double height = Math.min(800, screen.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
    }

    /**
     * The window's icons are read and decoded beside the FX thread (seven PNG files and the image decoder:
     * not needed for the first frame) and set when ready. Their own short-lived thread: the shared pool has one
     * worker on a two-core office PC, and other work there would keep the icons waiting.
     */
    static void addIcons(Stage stage) {
        Thread reader = new Thread(() -> {
            try {
                List<Image> icons = readIcons();
                javafx.application.Platform.runLater(() -> stage.getIcons().setAll(icons));
            } catch (RuntimeException error) {
                LOG.warn("The window's icons could not be read", error);
            }
        }, "cutri-icons");
        reader.setDaemon(true);
        reader.start();
    }

    static List<Image> readIcons() {
        List<Image> icons = new java.util.ArrayList<>();
        for (int size : ICON_SIZES) {
            try (InputStream in = MainWindow.class.getResourceAsStream("/icons/cutri-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return icons;
    }
}
