package org.cutri.returns;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import org.cutri.returns.ReturnImportSummary.Outcome;
import org.cutri.returns.ReturnImportSummary.Question;

/**
 * "Nhận gói trả lời từ tỉnh": the commune picks the province's return package, sees what it would change (each issue,
 * its status before and after, the codes it does not know), answers the trust question by comparing the province's
 * fingerprint (or accepts a gap), then takes it. Every look and the import run in the background.
 */
public class ReceiveAnswersViewModel {

    /** One line of the preview: an issue's code, what happens to it, and the agency named. */
    public record Row(String code, String what, String agency) {
    }

    private final ReturnImportService service;
    private final Messages messages;
    private final TaskExecutor executor;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ReturnImportSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fingerprintText = new ReadOnlyStringWrapper("");
    /** The fingerprint shown for the trust question: only that key is trusted. */
    private String shownFingerprint;
    private final BooleanProperty trust = new SimpleBooleanProperty();
    private final BooleanProperty acceptGap = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper asksTrust = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper asksGap = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canImport;

    public ReceiveAnswersViewModel(ReturnImportService service, Messages messages, TaskExecutor executor) {
        this.service = service;
        this.messages = messages;
        this.executor = executor;
        canImport = Bindings.createBooleanBinding(() -> !busy.get() && !imported.get() && summary.get() != null
                && summary.get().outcome() == Outcome.APPLIED, busy, imported, summary);
        trust.addListener((obs, old, now) -> check());
        acceptGap.addListener((obs, old, now) -> check());
        summaryText.set(messages.get("returns.receive.noFile"));
    }

    /** Looks at the chosen file (a dry run: nothing stored). */
    public void choose(Path chosen) {
        file.set(chosen);
        imported.set(false);
        shownFingerprint = null;
        trust.set(false);
        acceptGap.set(false);
        check();
    }

    private ReturnApprovals approvals() {
        return new ReturnApprovals(trust.get() && shownFingerprint != null, shownFingerprint, acceptGap.get());
    }

    private void check() {
        Path chosen = file.get();
        if (chosen == null) {
            return;
        }
        ReturnApprovals approvals = approvals();
        busy.set(true);
        summaryText.set(messages.get("returns.receive.checking", chosen.getFileName()));
        executor.execute(BackgroundTask.of(() -> service.dryRun(chosen, approvals)).onSuccess(result -> {
            busy.set(false);
            if (chosen.equals(file.get())) {
                show(result);
            }
        }).onFailure(this::fail));
    }

    private void show(ReturnImportSummary result) {
        summary.set(result);
        if (result.question() == Question.TRUST_KEY) {
            shownFingerprint = result.fingerprint();
            fingerprintText.set(messages.get("returns.receive.fingerprint", result.provinceName(), result.fingerprint()));
            asksTrust.set(true);
        } else if (!trust.get()) {
            asksTrust.set(false);
        }
        if (result.question() == Question.ACCEPT_GAP) {
            asksGap.set(true);
        } else if (!acceptGap.get()) {
            asksGap.set(false);
        }
        List<Row> lines = new ArrayList<>();
        for (ReturnImportSummary.Change change : result.changes()) {
            lines.add(new Row(change.code(), messages.get("returns.receive.row.change", messages.label(change.before()),
                    messages.label(change.after())), change.agency() == null ? "" : change.agency()));
        }
        result.kept().forEach(code -> lines.add(new Row(code, messages.get("returns.receive.row.kept"), "")));
        result.unknown().forEach(code -> lines.add(new Row(code, messages.get("returns.receive.row.unknown"), "")));
        rows.setAll(lines);
        summaryText.set(textOf(result));
    }

    private String textOf(ReturnImportSummary result) {
        if (result.outcome() == Outcome.APPLIED) {
            return messages.get(imported.get() ? "returns.receive.done" : "returns.receive.preview",
                    result.provinceName(), String.valueOf(result.sequence()), String.valueOf(result.changes().size()),
                    String.valueOf(result.unchanged()), String.valueOf(result.kept().size()),
                    String.valueOf(result.unknown().size()));
        }
        return result.reason(messages);
    }

    /** Takes the package as previewed; {@code afterImport} runs when it was taken. */
    public void importNow(Runnable afterImport) {
        if (!canImport.get()) {
            return;
        }
        Path chosen = file.get();
        ReturnApprovals approvals = approvals();
        busy.set(true);
        summaryText.set(messages.get("returns.receive.importing", chosen.getFileName()));
        executor.execute(BackgroundTask.of(() -> service.importFile(chosen, approvals)).onSuccess(result -> {
            busy.set(false);
            if (result.outcome() == Outcome.APPLIED) {
                imported.set(true);
                afterImport.run();
            }
            show(result);
        }).onFailure(this::fail));
    }

    private void fail(Exception error) {
        busy.set(false);
        UserException user = UserException.find(error);
        if (user == null) {
            throw new IllegalStateException(error);
        }
        summaryText.set(messages.of(user));
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReturnImportSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryTextProperty() {
        return summaryText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fingerprintTextProperty() {
        return fingerprintText.getReadOnlyProperty();
    }

    public BooleanProperty trustProperty() {
        return trust;
    }

    public BooleanProperty acceptGapProperty() {
        return acceptGap;
    }

    public ReadOnlyBooleanProperty asksTrustProperty() {
        return asksTrust.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty asksGapProperty() {
        return asksGap.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canImportBinding() {
        return canImport;
    }
}
