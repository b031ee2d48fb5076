package org.cutri.common.task;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;

/**
 * The long task a screen shows, for a view-model: its progress for a {@code ProgressBar}, whether it runs (the
 * "Dừng" button shows) and whether stopping was asked (the button greys out until the work has really
 * stopped). One task at a time; tracking a new one leaves the old one to itself. Use on the UI thread.
 */
public final class TaskTracker {

    private final ReadOnlyObjectWrapper<BackgroundTask<?>> task = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper stopping = new ReadOnlyBooleanWrapper();
    private final ChangeListener<BackgroundTask.State> stateListener = (obs, old, now) -> update();

    /** Shows this task from now on (before it is given to the executor); returns it. */
    public <T> BackgroundTask<T> track(BackgroundTask<T> next) {
        BackgroundTask<?> previous = task.get();
        if (previous != null) {
            previous.stateProperty().removeListener(stateListener);
        }
        progress.unbind();
        task.set(next);
        stopping.set(false);
        progress.bind(next.progressProperty());
        next.stateProperty().addListener(stateListener);
        update();
        return next;
    }

    /**
     * {@link #track} for work whose steps are message keys ("Đang đọc tệp…"): each new step goes to {@code step} while
     * the task runs; {@code stopped} runs on the UI thread when the task was stopped.
     */
    public <T> BackgroundTask<T> trackSteps(BackgroundTask<T> next, Consumer<String> step, Runnable stopped) {
        next.messageProperty().addListener((obs, old, key) -> {
            if (!next.isFinished() && key != null && !key.isEmpty()) {
                step.accept(key);
            }
        });
        next.onCancelled(stopped);
        return track(next);
    }

    private void update() {
        BackgroundTask<?> current = task.get();
        running.set(current != null && !current.isFinished());
        if (!running.get()) {
            stopping.set(false);
        }
    }

    /** Asks the task to stop; {@link #runningProperty()} turns false once it has. */
    public void cancel() {
        BackgroundTask<?> current = task.get();
        if (current != null && !current.isFinished()) {
            current.cancel();
            stopping.set(true);
        }
    }

    public ReadOnlyObjectProperty<BackgroundTask<?>> taskProperty() {
        return task.getReadOnlyProperty();
    }

    /** 0..1, or -1 (a moving bar) while the amount of work is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty stoppingProperty() {
        return stopping.getReadOnlyProperty();
    }
}
