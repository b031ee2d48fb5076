package org.cutri.common.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
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
    private Runnable stopAction = () -> { };

    public TaskProgress() {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("task-progress");
        bar.setId("progressBar");
        bar.setPrefWidth(300);
        bar.setMinWidth(80);
        stop.setId("stopButton");
        stop.setMinWidth(USE_PREF_SIZE);
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setOnAction(event -> stopAction.run());
        getChildren().addAll(bar, stop);
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    /** Shows the tracker's task from now on: visible while it runs, its progress, "Dừng" asking it to stop. */
    public void follow(TaskTracker work) {
        follow(work, work::cancel);
    }

    /**
     * As {@link #follow(TaskTracker)}, but "Dừng" runs {@code stop} (a view-model's own cancel, which also
     * says "Đang dừng…") instead of only asking the tracker.
     */
    public void follow(TaskTracker work, Runnable stop) {
        this.stopAction = stop;
        visibleProperty().bind(work.runningProperty());
        ProgressBars.follow(bar, work.progressProperty());
        this.stop.disableProperty().bind(work.stoppingProperty());
        this.stop.visibleProperty().bind(work.runningProperty());
    }

    /**
     * Shows the strip also while {@code busy} (short work that cannot be stopped, such as reading a round): a
     * moving bar without "Dừng". Call after {@link #follow}.
     */
    public void showWhileBusy(ObservableBooleanValue busy, TaskTracker work) {
        visibleProperty().bind(work.runningProperty().or(busy));
        ProgressBars.follow(bar, Bindings.when(work.runningProperty()).then(work.progressProperty())
                .otherwise(ProgressBar.INDETERMINATE_PROGRESS));
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
