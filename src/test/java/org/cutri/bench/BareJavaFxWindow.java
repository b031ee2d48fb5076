package org.cutri.bench;

import java.time.Instant;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of the start-up benchmark ({@code src/test/bench/startup.sh}): a bare JavaFX window of
 * the main window's size with one label, run from the same jar. Prints {@code STARTUP_READY} with the
 * milliseconds from JVM start to its first laid-out frame (the moment cutri's probe measures too), then exits.
 */
public final class BareJavaFxWindow {

    private BareJavaFxWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself (a separate class, so the jar's plain class path is enough to launch it). */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Hello, JavaFX")), 1280, 800);
            showAndReportFirstFrame(stage, scene, "bare");
        }
    }

    /**
     * Shows the scene and prints {@code STARTUP_READY} at its first laid-out frame (the moment cutri's probe measures
     * too), then exits: the yardsticks' common end ({@link TypicalJavaFxWindow} too).
     */
    static void showAndReportFirstFrame(Stage stage, Scene scene, String title) {
        boolean[] done = {false};
        scene.addPostLayoutPulseListener(() -> {
            if (done[0] || !stage.isShowing()) {
                return;
            }
            done[0] = true;
            long now = System.currentTimeMillis();
            long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            long processStart = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                    .orElse(jvmStart);
            System.out.printf("STARTUP_READY %d ms after the JVM started (%d ms after the process started;"
                    + " at %d ms since the epoch)%n", now - jvmStart, now - processStart, now);
            Platform.runLater(Platform::exit);
        });
        stage.setScene(scene);
        stage.setTitle(title);
        stage.show();
    }
}
