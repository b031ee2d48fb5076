package org.cutri.minutes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Stores what is typed once typing pauses: each thing being edited (the minutes, one opinion) has its own
 * timer; a new keystroke restarts it. {@link #flush()} stores at once everything still waiting, when the
 * focus leaves a field or another meeting is chosen. A choice (not typing) is stored at once.
 */
final class AutoSave {

    private final Duration pause;
    private final Map<Object, PauseTransition> timers = new HashMap<>();
    private final Map<Object, Runnable> waiting = new HashMap<>();

    /**
     * @param pause how long typing must stop before the text is stored; {@link Duration#ZERO} stores each change
     *     at once (view-model tests run without the JavaFX toolkit)
     */
    AutoSave(Duration pause) {
        this.pause = pause;
    }

    /** Runs the action after the typing pause ({@code typing}) or at once, replacing what waited for the key. */
    void schedule(Object key, Runnable action, boolean typing) {
        if (!typing || pause.lessThanOrEqualTo(Duration.ZERO)) {
            cancel(key);
            action.run();
            return;
        }
        PauseTransition timer = timers.computeIfAbsent(key, k -> new PauseTransition(pause));
        waiting.put(key, action);
        timer.setOnFinished(e -> {
            timers.remove(key);
            Runnable run = waiting.remove(key);
            if (run != null) {
                run.run();
            }
        });
        timer.playFromStart();
    }

    /** Forgets what waits for this key (the opinion was deleted). */
    void cancel(Object key) {
        PauseTransition timer = timers.remove(key);
        if (timer != null) {
            timer.stop();
        }
        waiting.remove(key);
    }

    /** Runs at once everything still waiting for the typing pause. */
    void flush() {
        if (waiting.isEmpty()) {
            return;
        }
        List<Runnable> actions = List.copyOf(waiting.values());
        timers.values().forEach(PauseTransition::stop);
        timers.clear();
        waiting.clear();
        actions.forEach(Runnable::run);
    }
}
