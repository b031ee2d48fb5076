package org.cutri.answer.importing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.task.TaskTracker;
import org.cutri.common.text.DateText;

/**
 * The window importing an agency's answer list into a round: the file, the preview of its rows (the issue each
 * answers and how it was found, a tick to confirm a match by content, the problem of each row), and the import, allowed
 * only when no row has a problem and there is something to store. A match by content left unticked is left out.
 */
public class AnswerImportViewModel {

    /** One row of the preview, with the user's confirmation of a match by content. */
    public static final class Line {
        private final AnswerImportRow row;
        private final BooleanProperty confirmed = new SimpleBooleanProperty();

        Line(AnswerImportRow row) {
            this.row = row;
        }

        public AnswerImportRow row() {
            return row;
        }

        /** Whether the row was matched by content (and so has a tick to confirm). */
        public boolean confirmable() {
            return row.ok() && row.match() == AnswerImportRow.Match.TEXT
                    && row.outcome() == AnswerImportRow.Outcome.STORE;
        }

        /** Ticked: the match by content is right and the answer is stored with the others. */
        public BooleanProperty confirmedProperty() {
            return confirmed;
        }
    }

    private final AnswerImporter importer;
    private final AnswerDesk desk;
    private final Messages messages;
    private final TaskExecutor executor;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AnswerImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Line> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper toStore = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canImport;
    private final TaskTracker work = new TaskTracker();

    /**
     * @param desk where the answers go: a commune's round ({@link AnswerImportService#forRound}) or the issues the
     *         province follows up
     */
    public AnswerImportViewModel(AnswerImporter importer, AnswerDesk desk, Messages messages, TaskExecutor executor) {
        this.importer = importer;
        this.desk = desk;
        this.messages = messages;
        this.executor = executor;
        canImport = Bindings.createBooleanBinding(() -> preview.get() != null && preview.get().clean()
                && toStore.get() > 0 && !busy.get() && !imported.get(), preview, toStore, busy, imported);
        summary.set(messages.get("answerimport.dialog.noFile"));
    }

    /** What the window says the list should hold (the province's words name the "Xã" column). */
    public String introText() {
        return messages.get(desk.key("dialog.intro"));
    }

    /** Reads and checks the chosen file against the round; stores nothing. */
    public void choose(Path chosen) {
        file.set(chosen);
        imported.set(false);
        refreshPreview();
    }

    private void refreshPreview() {
        Path chosen = file.get();
        preview.set(null);
        rows.clear();
        toStore.set(0);
        if (chosen == null) {
            return;
        }
        busy.set(true);
        summary.set(messages.get("answerimport.running.preview", chosen.getFileName()));
        executor.execute(watched(BackgroundTask.monitored(monitor -> importer.preview(chosen, desk, monitor))
                .onSuccess(result -> {
                    busy.set(false);
                    if (!chosen.equals(file.get())) {
                        return;
                    }
                    for (AnswerImportRow row : result.rows()) {
                        Line line = new Line(row);
                        line.confirmed.addListener((obs, old, now) -> recount());
                        rows.add(line);
                    }
                    preview.set(result);
                    recount();
                })
                .onFailure(this::fail)));
    }

    /** Counts what "Nhập" would store now and says it in the summary. */
    private void recount() {
        AnswerImportPreview shown = preview.get();
        if (shown == null) {
            return;
        }
        if (shown.fileProblem() != null) {
            toStore.set(0);
            summary.set(shown.fileProblem().reason(messages));
            return;
        }
        if (!shown.clean()) {
            toStore.set(0);
            summary.set(messages.get("answerimport.summary.problems", shown.rows().size(), shown.problems().size()));
            return;
        }
        int byCode = (int) rows.stream().filter(l -> l.row().match() == AnswerImportRow.Match.CODE
                && l.row().outcome() == AnswerImportRow.Outcome.STORE).count();
        int confirmed = (int) rows.stream().filter(l -> l.confirmable() && l.confirmed.get()).count();
        int pending = (int) rows.stream().filter(l -> l.confirmable() && !l.confirmed.get()).count();
        toStore.set(byCode + confirmed);
        StringBuilder text = new StringBuilder(messages.get("answerimport.summary.ready", shown.rows().size(),
                toStore.get(), shown.alreadyStored()));
        if (pending > 0) {
            text.append('\n').append(messages.get("answerimport.summary.textPending", pending));
        }
        if (toStore.get() == 0) {
            text.append('\n').append(messages.get("answerimport.summary.nothing"));
        }
        summary.set(text.toString());
    }

    /** Shows the task's progress and steps; "Dừng" stops it, and nothing is stored. */
    private <T> BackgroundTask<T> watched(BackgroundTask<T> task) {
        return work.trackSteps(task, key -> summary.set(messages.get(key)), () -> {
            busy.set(false);
            summary.set(messages.get("answerimport.stopped"));
        });
    }

    /** Stores the previewed answers: those matched by code and the matches by content ticked. */
    public void importNow(Runnable afterImport) {
        if (!canImport.get()) {
            return;
        }
        Path chosen = file.get();
        Map<Integer, String> confirmed = new HashMap<>();
        for (Line line : rows) {
            if (line.confirmable() && line.confirmed.get()) {
                confirmed.put(line.row().row(), line.row().issue().key());
            }
        }
        busy.set(true);
        summary.set(messages.get("answerimport.running.import", toStore.get()));
        executor.execute(watched(BackgroundTask.monitored(monitor -> importer.importFile(chosen, desk,
                ConfirmedMatches.rows(confirmed), false, monitor))
                .onSuccess(result -> {
                    busy.set(false);
                    if (result.refused()) {
                        // The file or the data changed since the preview: show what is wrong now.
                        refreshPreview();
                        return;
                    }
                    imported.set(true);
                    String text = messages.get("answerimport.result.stored", result.stored(), result.alreadyStored());
                    summary.set(result.leftOut() == 0 ? text
                            : text + "\n" + messages.get("answerimport.result.leftOut", result.leftOut()));
                    afterImport.run();
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

    /** How the row's issue was found: "theo mã", "theo nội dung (giống 72%)", or nothing. */
    public String matchText(Line line) {
        return switch (line.row().match()) {
            case CODE -> messages.label(AnswerImportRow.Match.CODE);
            case TEXT -> messages.get("answerimport.match.text", line.row().similarity());
            case NONE -> "";
        };
    }

    /** The row's problems, one per line; "Đã có" for an answer already stored. */
    public String problemText(Line line) {
        if (line.row().ok() && line.row().outcome() == AnswerImportRow.Outcome.ALREADY_STORED) {
            return messages.label(AnswerImportRow.Outcome.ALREADY_STORED);
        }
        return line.row().problems().stream().map(p -> p.reason(messages)).collect(Collectors.joining("\n"));
    }

    public String dateText(Line line) {
        return line.row().date() == null ? "" : DateText.format(line.row().date());
    }

    /** The issue's content; at the province preceded by the communes that raised it ("Tân Phúc, Đông Hải: …"). */
    public String issueText(Line line) {
        AnswerTarget issue = line.row().issue();
        if (issue == null) {
            return "";
        }
        return issue.places().isEmpty() ? issue.content() : issue.places() + ": " + issue.content();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AnswerImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<Line> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How many answers "Nhập" would store now. */
    public ReadOnlyIntegerProperty toStoreProperty() {
        return toStore.getReadOnlyProperty();
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

    /** The running preview or import: its progress for the bar, and whether "Dừng" shows. */
    public TaskTracker work() {
        return work;
    }
}
