package org.cutri.opinionimport;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.task.TaskTracker;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundService;

/**
 * The opinion import dialog: the round, the file, the preview of its rows with their problems, the
 * voters' consent to keep names, and the import itself (allowed only when the preview has no problem).
 */
public class OpinionImportViewModel {

    private final OpinionImportService service;
    private final RoundService rounds;
    private final Messages messages;
    private final TaskExecutor executor;

    private final ObservableList<ContactRound> roundChoices = FXCollections.observableArrayList();
    private final ObjectProperty<ContactRound> round = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OpinionImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<OpinionImportRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper namedRows = new ReadOnlyIntegerWrapper();
    private final BooleanProperty consent = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canImport;
    private final TaskTracker work = new TaskTracker();

    public OpinionImportViewModel(OpinionImportService service, RoundService rounds, Messages messages,
            TaskExecutor executor) {
        this.service = service;
        this.rounds = rounds;
        this.messages = messages;
        this.executor = executor;
        canImport = Bindings.createBooleanBinding(
                () -> preview.get() != null && preview.get().importable() && !busy.get() && !imported.get(),
                preview, busy, imported);
        round.addListener((obs, old, now) -> refreshPreview());
        summary.set(messages.get("opinionimport.dialog.noFile"));
    }

    /** Loads the rounds to choose from, newest first, and selects the newest. */
    public void load() {
        executor.execute(BackgroundTask.of(rounds::list).onSuccess(list -> {
            roundChoices.setAll(list);
            if (list.isEmpty()) {
                summary.set(messages.get("opinionimport.dialog.noRounds"));
            } else if (round.get() == null) {
                round.set(list.get(0));
            }
        }));
    }

    /** Reads and checks the chosen file against the round; writes nothing. */
    public void choose(Path chosen) {
        file.set(chosen);
        imported.set(false);
        consent.set(false);
        refreshPreview();
    }

    private void refreshPreview() {
        Path chosen = file.get();
        ContactRound selected = round.get();
        preview.set(null);
        rows.clear();
        namedRows.set(0);
        if (chosen == null || selected == null) {
            return;
        }
        busy.set(true);
        summary.set(messages.get("opinionimport.preview.running", chosen.getFileName()));
        executor.execute(watched(BackgroundTask.monitored(monitor -> service.preview(chosen, selected.id(), monitor))
                .onSuccess(result -> {
                    busy.set(false);
                    if (!chosen.equals(file.get()) || selected != round.get()) {
                        return;
                    }
                    preview.set(result);
                    rows.setAll(result.rows());
                    namedRows.set(result.namedRows());
                    summary.set(summaryOf(result));
                })
                .onFailure(this::fail)));
    }

    /**
     * Shows the task's progress in the dialog's bar and its steps ("Đang đọc tệp…") in the summary; "Dừng"
     * stops it, and nothing is stored.
     */
    private <T> BackgroundTask<T> watched(BackgroundTask<T> task) {
        task.messageProperty().addListener((obs, old, key) -> {
            if (!task.isFinished() && key != null && !key.isEmpty()) {
                summary.set(messages.get(key));
            }
        });
        task.onCancelled(() -> {
            busy.set(false);
            summary.set(messages.get("opinionimport.stopped"));
        });
        return work.track(task);
    }

    /** The running preview or import: its progress for the bar, and whether "Dừng" shows. */
    public TaskTracker work() {
        return work;
    }

    private String summaryOf(OpinionImportPreview result) {
        List<OpinionImportProblem> fileProblems = result.fileProblems();
        if (!fileProblems.isEmpty()) {
            return fileProblems.stream().map(p -> p.reason(messages)).collect(Collectors.joining("\n"));
        }
        return result.summary(messages);
    }

    /** Imports the previewed file; {@code afterImport} runs when the opinions were stored. */
    public void importNow(Runnable afterImport) {
        if (!canImport.get()) {
            return;
        }
        Path chosen = file.get();
        int roundId = round.get().id();
        boolean withNames = consent.get();
        busy.set(true);
        summary.set(messages.get("opinionimport.import.running", rows.size()));
        executor.execute(watched(BackgroundTask.monitored(monitor -> service.importFile(chosen, roundId, withNames,
                monitor))
                .onSuccess(result -> {
                    busy.set(false);
                    summary.set(result.summary(messages));
                    if (result.imported()) {
                        imported.set(true);
                        afterImport.run();
                    } else {
                        // The file changed since the preview: show what is wrong now.
                        refreshPreview();
                    }
                })
                .onFailure(this::fail)));
    }

    private void fail(Exception error) {
        busy.set(false);
        UserException user = UserException.find(error);
        if (user == null) {
            throw new IllegalStateException(error);
        }
        summary.set(messages.of(user));
    }

    /** Every problem of a row, in the user's language, one per line. */
    public String problemText(OpinionImportRow row) {
        return row.problems().stream().map(p -> p.reason(messages)).collect(Collectors.joining("\n"));
    }

    public ObservableList<ContactRound> roundChoices() {
        return roundChoices;
    }

    public ObjectProperty<ContactRound> roundProperty() {
        return round;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OpinionImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<OpinionImportRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty namedRowsProperty() {
        return namedRows.getReadOnlyProperty();
    }

    /** "Các cử tri này đồng ý ghi tên": without it names are dropped. */
    public BooleanProperty consentProperty() {
        return consent;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importedProperty() {
        return imported.getReadOnlyProperty();
    }

    public BooleanBinding canImportBinding() {
        return canImport;
    }
}
