package org.cutri.app;

import java.io.InputStream;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.cutri.common.task.TaskExecutor;
import org.cutri.common.ui.Dialogs;

/** Puts the main window together on a stage: used by the application and by the window tests. */
public final class MainWindow {

    /** The icon sizes shipped in {@code /icons}. */
    static final List<Integer> ICON_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private MainWindow() {
    }

    public static MainView open(Stage stage, AppContext context, TaskExecutor executor, Dialogs dialogs) {
        MainViewModel viewModel = new MainViewModel(context.messages(), context.database().folder().toString());
        MainView view = new MainView(viewModel, context.messages(), Screens.create(context, executor, dialogs));
        Scene scene = new Scene(view.root());
        scene.getStylesheets().add(MainWindow.class.getResource("cutri.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        addIcons(stage);
        dialogs.setOwner(stage);
        stage.show();
        viewModel.open(Area.HAMLETS);
        return view;
    }

    static void addIcons(Stage stage) {
        for (int size : ICON_SIZES) {
            try (InputStream in = MainWindow.class.getResourceAsStream("/icons/cutri-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
