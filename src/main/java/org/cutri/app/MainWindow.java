package org.cutri.app;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.cutri.common.i18n.Messages;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.ui.Dialogs;

/** Puts the main window together on a stage: used by the application and by the window tests. */
public final class MainWindow {

    /** The icon sizes shipped in {@code /icons}. */
    static final List<Integer> ICON_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainWindow.class);

    private MainWindow() {
    }

    /** Shows the main window on data that is already open (the window tests start this way). */
    public static MainView open(Stage stage, AppContext context, TaskExecutor executor, Dialogs dialogs) {
        return show(stage, context.messages(), context.database().folder(), dialogs).attach(context, executor);
    }

    /**
     * Shows the main window at once, before the data is open: the sidebar, the status bar with the data
     * folder, and "opening the data" in place of a screen. {@link Frame#attach} fills it once the data is open.
     */
    public static Frame show(Stage stage, Messages messages, Path folder, Dialogs dialogs) {
        MainViewModel viewModel = new MainViewModel(messages, folder.toString());
        viewModel.openingProperty().set(true);
        MainView view = new MainView(viewModel, messages);
        Scene scene = new Scene(view.root());
        scene.getStylesheets().add(MainWindow.class.getResource("cutri.css").toExternalForm());
        stage.setScene(scene);
        fitToScreen(stage);
        stage.titleProperty().bind(viewModel.titleProperty());
        addIcons(stage);
        dialogs.setOwner(stage);
        stage.show();
        return new Frame(stage, viewModel, view, dialogs);
    }

    /** The shown main window waiting for its data (made by {@link #show}). */
    public record Frame(Stage stage, MainViewModel viewModel, MainView view, Dialogs dialogs) {

        /** Gives the window its screens on the opened data and shows the first one (the hamlets). */
        public MainView attach(AppContext context, TaskExecutor executor) {
            Navigation navigation = new Navigation();
            view.useScreens(Screens.create(context, executor, dialogs, navigation));
            navigation.attach(view);
            view.addSidebarAction("importRegisterButton", context.messages().get("register.import.button"),
                    context.messages().get("register.import.tooltip"),
                    () -> new org.cutri.register.RegisterImportView(new org.cutri.register.RegisterImportViewModel(
                            context.registerImport(), context.messages(), executor), context.messages())
                            .chooseAndImport(stage, view::refreshShownScreen));
            view.addSidebarAction("importOpinionsButton", context.messages().get("opinionimport.button"),
                    context.messages().get("opinionimport.tooltip"),
                    () -> new org.cutri.opinionimport.OpinionImportView(new org.cutri.opinionimport.OpinionImportViewModel(
                            context.opinionImport(), context.rounds(), context.messages(), executor), context.messages())
                            .show(stage, view::refreshShownScreen));
            showCommuneInTitle(context, executor, viewModel);
            viewModel.openingProperty().set(false);
            viewModel.open(Area.HAMLETS);
            executor.execute(org.cutri.common.task.BackgroundTask.of(() -> context.office().get().officeKind())
                    .onSuccess(view::showOffice));
            return view;
        }
    }

    /**
     * On data with an empty register, offers to load the invented demo commune or to start empty. The
     * application calls this after {@link #open}; the choice is asked once per start while data is empty.
     */
    public static void offerDemoWhenEmpty(MainView view, AppContext context, TaskExecutor executor) {
        executor.execute(org.cutri.common.task.BackgroundTask.of(() -> context.demo().isEmpty()
                && context.office().stored().map(s -> s.officeKind() != org.cutri.office.OfficeKind.PROVINCE)
                        .orElse(true)).onSuccess(empty -> {
            FirstStart choice = empty ? askForDemo(view, context) : FirstStart.EMPTY;
            if (choice == FirstStart.PROVINCE) {
                executor.execute(org.cutri.common.task.BackgroundTask.of(() -> context.office().ensureProvince(null))
                        .onSuccess(settings -> {
                            view.showOffice(settings.officeKind());
                            view.showStatus(context.messages().get("demo.offer.province.done"));
                        }));
            }
            if (choice == FirstStart.DEMO) {
                executor.execute(org.cutri.common.task.BackgroundTask.of(() -> context.demo().load(false))
                        .onSuccess(summary -> {
                            view.showStatus(context.messages().get("demo.loaded", summary.hamlets(),
                                    summary.constituencies(), summary.deputies(), summary.sessions(),
                                    summary.assignments()));
                            view.refreshShownScreen();
                        }));
            }
        }));
    }

    /** The answers to the first-start question. */
    private enum FirstStart { DEMO, EMPTY, PROVINCE }

    private static FirstStart askForDemo(MainView view, AppContext context) {
        javafx.scene.control.ButtonType load = new javafx.scene.control.ButtonType(
                context.messages().get("demo.offer.load"), javafx.scene.control.ButtonBar.ButtonData.YES);
        javafx.scene.control.ButtonType empty = new javafx.scene.control.ButtonType(
                context.messages().get("demo.offer.empty"), javafx.scene.control.ButtonBar.ButtonData.NO);
        javafx.scene.control.ButtonType province = new javafx.scene.control.ButtonType(
                context.messages().get("demo.offer.province"), javafx.scene.control.ButtonBar.ButtonData.OTHER);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.INFORMATION, context.messages().get("demo.offer.text"), load, empty,
                province);
        alert.initOwner(view.root().getScene().getWindow());
        alert.setTitle(context.messages().get("demo.offer.title"));
        alert.setHeaderText(context.messages().get("demo.offer.header"));
        alert.getDialogPane().lookupButton(load).setId("demoLoadButton");
        alert.getDialogPane().lookupButton(empty).setId("demoEmptyButton");
        alert.getDialogPane().lookupButton(province).setId("provinceOfficeButton");
        javafx.scene.control.ButtonType answer = alert.showAndWait().orElse(empty);
        return answer == load ? FirstStart.DEMO : answer == province ? FirstStart.PROVINCE : FirstStart.EMPTY;
    }

    /** The title names the commune: read at open, and again whenever the profile is saved. */
    private static void showCommuneInTitle(AppContext context, TaskExecutor executor, MainViewModel viewModel) {
        context.commune().addSaveListener(profile ->
                javafx.application.Platform.runLater(() -> viewModel.communeNameProperty().set(profile.communeName())));
        executor.execute(org.cutri.common.task.BackgroundTask.of(context.commune()::profile)
                .onSuccess(profile -> profile.ifPresent(p -> viewModel.communeNameProperty().set(p.communeName()))));
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
     * not needed for the first frame) and set when ready.
     */
    static void addIcons(Stage stage) {
        java.util.concurrent.CompletableFuture.supplyAsync(MainWindow::readIcons)
                .thenAcceptAsync(icons -> stage.getIcons().addAll(icons), javafx.application.Platform::runLater)
                .exceptionally(error -> {
                    LOG.warn("The window's icons could not be read", error);
                    return null;
                });
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
