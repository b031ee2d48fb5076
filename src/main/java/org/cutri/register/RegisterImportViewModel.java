package org.cutri.register;

import java.nio.file.Path;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.task.TaskTracker;

/**
 * The register import: runs it in the background with its progress and "Dừng" (a stopped import stores
 * nothing), and keeps its outcome for the dialog.
 */
public class RegisterImportViewModel {

    private final RegisterImportService service;
    private final Messages messages;
    private final TaskExecutor executor;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<RegisterProblem> problems = FXCollections.observableArrayList();
    private final TaskTracker work = new TaskTracker();

    public RegisterImportViewModel(RegisterImportService service, Messages messages, TaskExecutor executor) {
        this.service = service;
        this.messages = messages;
        this.executor = executor;
    }

    /**
     * Imports the file in the background; {@code whenDone} runs afterwards (on the FX thread in the
     * window) with the summary, the problems and {@link #importedProperty()} filled in, also when the user
     * stopped it.
     */
    public void importFile(Path file, Runnable whenDone) {
        busy.set(true);
        summary.set(messages.get("register.import.running", file.getFileName()));
        problems.clear();
        imported.set(false);
        executor.execute(work.track(BackgroundTask.monitored(monitor -> service.importFile(file, monitor)))
                .onSuccess(result -> {
                    busy.set(false);
                    imported.set(result.imported());
                    summary.set(result.summary(messages));
                    problems.setAll(result.problems());
                    whenDone.run();
                })
                .onCancelled(() -> {
                    busy.set(false);
                    summary.set(messages.get("register.import.stopped"));
                    whenDone.run();
                })
                .onFailure(error -> {
                    busy.set(false);
                    UserException user = UserException.find(error);
                    if (user == null) {
                        throw new IllegalStateException(error);
                    }
                    summary.set(messages.of(user));
                    whenDone.run();
                }));
    }

    /** The reason of a problem in the user's language, for the table. */
    public String reason(RegisterProblem problem) {
        return problem.reason(messages);
    }

    /** The running import: its progress for the bar, and whether "Dừng" shows. */
    public TaskTracker work() {
        return work;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importedProperty() {
        return imported.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<RegisterProblem> problems() {
        return problems;
    }
}
