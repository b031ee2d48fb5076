package org.cutri.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.cutri.common.task.TaskMonitor;

/**
 * A monitor that records every progress report (as a fraction) and asks the work to stop at the given report
 * (0: never), as a user pressing "Dừng" half-way would; it counts the reports that still come after the stop.
 * Safe for work that reports from several threads.
 */
public final class StoppingMonitor implements TaskMonitor {

    private final int stopAt;
    private final List<Double> reports = new CopyOnWriteArrayList<>();
    private final AtomicInteger reportsAfterStop = new AtomicInteger();
    private volatile boolean cancelled;

    public StoppingMonitor(int stopAt) {
        this.stopAt = stopAt;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void progress(double done, double total) {
        if (cancelled) {
            reportsAfterStop.incrementAndGet();
        }
        reports.add(done / total);
        if (reports.size() == stopAt) {
            cancelled = true;
        }
    }

    /** Every report so far, as fractions of the whole. */
    public List<Double> reports() {
        return reports;
    }

    public int reportsAfterStop() {
        return reportsAfterStop.get();
    }
}
