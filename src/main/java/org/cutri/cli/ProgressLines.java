package org.cutri.cli;

import java.io.PrintWriter;

import org.cutri.common.i18n.Messages;
import org.cutri.common.task.TaskMonitor;

/**
 * Progress of long work on the command line: once the work has run for {@link #QUIET_MILLIS} (short work prints
 * nothing, so a script sees only its result), one line on standard error at every tenth, such as
 * "Tiến độ: 40% — Đang đọc tệp…". The work's messages are message keys.
 */
final class ProgressLines implements TaskMonitor {

    static final long QUIET_MILLIS = 2000;

    private final PrintWriter err;
    private final Messages messages;
    private final long quietMillis;
    private final long start = System.nanoTime();
    private volatile String step = "";
    private int lastTenth = -1;

    ProgressLines(PrintWriter err, Messages messages) {
        this(err, messages, QUIET_MILLIS);
    }

    ProgressLines(PrintWriter err, Messages messages, long quietMillis) {
        this.err = err;
        this.messages = messages;
        this.quietMillis = quietMillis;
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    @Override
    public void message(String key) {
        step = key == null || key.isEmpty() ? "" : messages.get(key);
    }

    @Override
    public synchronized void progress(double done, double total) {
        if (total <= 0 || (System.nanoTime() - start) / 1_000_000 < quietMillis) {
            return;
        }
        int tenth = (int) Math.floor(Math.min(1.0, done / total) * 10);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            err.println(messages.get("opinionimport.progress.line", tenth * 10, step));
            err.flush();
        }
    }
}
