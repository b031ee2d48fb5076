package org.cutri.testing;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import org.cutri.common.ui.Screen;

/**
 * One screen on the test's stage as the main window shows it: the screen in the middle and its status line
 * below ({@code #screenStatus}), for tests that build the screen themselves (to give it a prepared file
 * instead of the system's chooser, or a service that holds its work).
 */
public final class ScreenOnStage {

    private ScreenOnStage() {
    }

    /** Shows the screen and activates it, as choosing it in the sidebar does (call on the FX thread). */
    public static void show(Stage stage, Screen screen) {
        Label status = new Label();
        status.setId("screenStatus");
        status.textProperty().bind(screen.status());
        BorderPane window = new BorderPane(screen.root());
        window.setBottom(status);
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
        screen.activate();
    }
}
