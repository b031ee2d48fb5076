package org.cutri.testing;

import java.util.ArrayList;
import java.util.List;

import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;

/**
 * Holds background work back until the test opens the gate, so a test can look at a screen while its
 * data is still "loading" (as on a slow office PC with 50,000 opinions), then let the work through.
 */
public final class GatedExecutor implements TaskExecutor {

    private final TaskExecutor delegate;
    private final List<BackgroundTask<?>> held = new ArrayList<>();
    private boolean open;

    public GatedExecutor(TaskExecutor delegate) {
        this.delegate = delegate;
    }

    @Override
    public synchronized <T> void execute(BackgroundTask<T> task) {
        if (open) {
            delegate.execute(task);
        } else {
            held.add(task);
        }
    }

    /** Lets the held work run, in the order it came, and all later work at once. */
    public void open() {
        List<BackgroundTask<?>> waiting;
        synchronized (this) {
            open = true;
            waiting = new ArrayList<>(held);
            held.clear();
        }
        waiting.forEach(delegate::execute);
    }

    /** Holds later work back again. */
    public synchronized void close() {
        open = false;
    }

    /** Runs the oldest held task (for a view-model test stepping through a load); false when none is held. */
    public boolean runNext() {
        BackgroundTask<?> next;
        synchronized (this) {
            if (held.isEmpty()) {
                return false;
            }
            next = held.remove(0);
        }
        delegate.execute(next);
        return true;
    }
}
