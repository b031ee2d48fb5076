package org.cutri.exchange;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javafx.beans.property.DoubleProperty;

/**
 * Carries a worker thread's progress (0..1) to a property of the window's thread, with at most one update
 * waiting at a time so that a fast loop never floods the window.
 */
public final class ProgressRelay {

    private final Executor fxThread;
    private final DoubleProperty target;
    private final AtomicLong latest = new AtomicLong();
    private final AtomicBoolean posted = new AtomicBoolean();

    public ProgressRelay(Executor fxThread, DoubleProperty target) {
        this.fxThread = fxThread;
        this.target = target;
    }

    public void set(double value) {
        latest.set(Double.doubleToLongBits(value));
        if (posted.compareAndSet(false, true)) {
            fxThread.execute(() -> {
                posted.set(false);
                target.set(Double.longBitsToDouble(latest.get()));
            });
        }
    }
}
