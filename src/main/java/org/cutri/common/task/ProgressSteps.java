package org.cutri.common.task;

/**
 * Counts the steps of a long loop (rows, sections, pages, files) for a {@link TaskMonitor}: each step first
 * checks whether the user stopped the work (a {@link java.util.concurrent.CancellationException} then ends it
 * there), then reports how far it got. Not thread-safe: one loop, one counter.
 */
public final class ProgressSteps {

    private final TaskMonitor monitor;
    private final double total;
    private double done;

    public ProgressSteps(TaskMonitor monitor, double total) {
        this.monitor = monitor;
        this.total = total;
    }

    /** One more step done (checked first). */
    public void step() {
        step(1);
    }

    /** {@code steps} more done (checked first). */
    public void step(double steps) {
        monitor.checkCancelled();
        done += steps;
        monitor.progress(done, total);
    }

    /** Checks for a stop without counting a step (inside a step that takes long). */
    public void check() {
        monitor.checkCancelled();
    }
}
