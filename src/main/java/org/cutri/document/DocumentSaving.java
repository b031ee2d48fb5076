package org.cutri.document;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.task.TaskTracker;

/**
 * A screen saving a document to a file (the minutes, the plan), for its view-model: the saving runs in the
 * background, its progress and "Dừng" follow {@link #work()}, and the screen's status line says that it is
 * saving, and, when "Dừng" stopped it, that no file was written and an older one is as it was. One save at a
 * time. Use on the UI thread.
 */
public final class DocumentSaving {

    private final TaskTracker work = new TaskTracker();
    private final Messages messages;
    private final TaskExecutor executor;
    private final Consumer<String> status;

    /** @param status the screen's status line */
    public DocumentSaving(Messages messages, TaskExecutor executor, Consumer<String> status) {
        this.messages = messages;
        this.executor = executor;
        this.status = status;
    }

    /**
     * Runs {@code writing}, work made with {@link BackgroundTask#monitored} that writes {@code target} safely
     * ({@link DocumentFiles}); {@code saved} runs with its result. Failures go to the task's own handler.
     */
    public <T> void save(Path target, BackgroundTask<T> writing, Consumer<T> saved) {
        status.accept(messages.get("document.preview.saving", target.getFileName()));
        executor.execute(work.track(writing).onSuccess(saved)
                .onCancelled(() -> status.accept(messages.get("document.save.stopped", target.getFileName()))));
    }

    /** The saving running: its progress for the bar, and whether "Dừng" shows. */
    public TaskTracker work() {
        return work;
    }
}
