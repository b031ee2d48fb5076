package org.cutri.common.ui;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

import org.cutri.common.task.TaskTracker;

/**
 * The strip every screen shows while its long work runs (docs/decisions/0015-background-work.md): a progress
 * bar ({@code #progressBar}; moving while the amount is not known) and the "Dừng" button ({@code #stopButton},
 * greyed out once pressed, until the work has really stopped). Hidden, and taking no room, while nothing runs.
 * In FXML: {@code <TaskProgress fx:id="progressBox" stopText="%common.stop"/>}, then {@link #follow} the
 * view-model's {@link TaskTracker}.
 */
public final class TaskProgress extends HBox {

    private final ProgressBar bar = new ProgressBar();
    private final Button stop = new Button();
    private TaskTracker tracker;

    public TaskProgress() {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("task-progress");
        bar.setId("progressBar");
        bar.setPrefWidth(300);
        bar.setMinWidth(80);
        stop.setId("stopButton");
        stop.setMinWidth(USE_PREF_SIZE);
        stop.setOnAction(event -> {
            if (tracker != null) {
                tracker.cancel();
            }
        });
        getChildren().addAll(bar, stop);
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    /** Shows the tracker's task from now on: visible while it runs, its progress, "Dừng" asking it to stop. */
    public void follow(TaskTracker work) {
        this.tracker = work;
        visibleProperty().bind(work.runningProperty());
        ProgressBars.follow(bar, work.progressProperty());
        stop.disableProperty().bind(work.stoppingProperty());
    }

    /** The stop button's words ("Dừng"). */
    public StringProperty stopTextProperty() {
        return stop.textProperty();
    }

    public String getStopText() {
        return stop.getText();
    }

    public void setStopText(String text) {
        stop.setText(text);
    }

    public double getBarWidth() {
        return bar.getPrefWidth();
    }

    public void setBarWidth(double width) {
        bar.setPrefWidth(width);
    }
}
