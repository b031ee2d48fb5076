package org.cutri.province;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.task.TaskTracker;
import org.cutri.province.PackageImportSummary.Outcome;

/**
 * The province's import screen (Nhận gói của các xã): add package files (files, folders, drag and drop), run
 * a dry run that says per package what would happen, then import, one transaction per package. Both run in
 * the background with progress and can be stopped.
 */
public class PackageImportViewModel {

    /**
     * One line of the table: a file, and once checked what happens (dry run) or happened (import) to it.
     *
     * @param summary null until the dry run
     * @param imported true once the import has dealt with it
     */
    public record Row(Path file, PackageImportSummary summary, boolean imported) {
    }

    private final PackageImporter importer;
    private final TrustedKeyService trust;
    private final Messages messages;
    private final TaskExecutor executor;
    /** What the user decided on this screen about first keys, gaps and conflicts (FX thread only). */
    private Approvals approvals = Approvals.NONE;
    private final ObservableList<TrustedKey> trustedKeys = FXCollections.observableArrayList();

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final TaskTracker task = new TaskTracker();
    private final ReadOnlyBooleanProperty running = task.runningProperty();
    private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanBinding canCheck;
    private final BooleanBinding canImport;
    private final List<Runnable> importListeners = new ArrayList<>();

    public PackageImportViewModel(PackageImporter importer, TrustedKeyService trust, Messages messages,
            TaskExecutor executor) {
        this.importer = importer;
        this.trust = trust;
        this.messages = messages;
        this.executor = executor;
        this.canCheck = Bindings.createBooleanBinding(() -> !running.get() && !rows.isEmpty(), running, rows);
        this.canImport = Bindings.createBooleanBinding(() -> !running.get() && checked.get()
                && rows.stream().anyMatch(PackageImportViewModel::importable), running, checked, rows);
        statusText.set(messages.get("exchange.import.start"));
    }

    /** Adds files and folders (a folder stands for the .zip files in it); files already listed are skipped. */
    public void add(List<Path> files) {
        if (running.get() || files.isEmpty()) {
            return;
        }
        executor.execute(BackgroundTask.of(() -> PackageImporter.expand(files)).onSuccess(expanded -> {
            Set<Path> known = new LinkedHashSet<>();
            rows.forEach(r -> known.add(r.file().toAbsolutePath().normalize()));
            List<Row> added = new ArrayList<>();
            for (Path file : expanded) {
                if (known.add(file.toAbsolutePath().normalize())) {
                    added.add(new Row(file, null, false));
                }
            }
            if (!added.isEmpty()) {
                // The list changed: what the dry run said no longer holds.
                List<Row> all = new ArrayList<>();
                rows.forEach(r -> all.add(new Row(r.file(), null, false)));
                all.addAll(added);
                rows.setAll(all);
                checked.set(false);
                summary.set("");
            }
            statusText.set(messages.get("exchange.import.added", added.size(), rows.size()));
        }));
    }

    /** Empties the list; what the user decided about its packages is forgotten too. */
    public void clear() {
        if (!running.get()) {
            rows.clear();
            approvals = Approvals.NONE;
            checked.set(false);
            summary.set("");
            statusText.set(messages.get("exchange.import.start"));
        }
    }

    /** The dry run: what importing the listed files would do; nothing is written. */
    public void check() {
        if (!canCheck.get()) {
            return;
        }
        List<Path> files = rows.stream().map(Row::file).toList();
        statusText.set(messages.get("exchange.import.checking", rows.size()));
        executor.execute(task.track(BackgroundTask.monitored(monitor -> importer.dryRun(files, approvals, monitor)))
                .onSuccess(results -> {
            List<Row> checkedRows = new ArrayList<>();
            results.forEach(s -> checkedRows.add(new Row(s.file(), s, false)));
            rows.setAll(checkedRows);
            checked.set(true);
            summary.set(totals("exchange.import.checked", results));
            statusText.set(summary.get());
        }).onFailure(this::failed).onCancelled(() -> statusText.set(messages.get("exchange.import.checkStopped"))));
    }

    /** Imports the packages the dry run found new or replacing, one transaction each. */
    public void importPackages() {
        if (!canImport.get()) {
            return;
        }
        List<Path> files = rows.stream().filter(PackageImportViewModel::importable).map(Row::file).toList();
        statusText.set(messages.get("exchange.import.importing", rows.size()));
        Approvals decided = approvals;
        executor.execute(task.track(BackgroundTask.monitored(monitor -> importer.importAll(files, decided, monitor)))
                .onSuccess(results -> {
            List<Row> updated = new ArrayList<>();
            for (Row row : rows) {
                PackageImportSummary done = results.stream().filter(s -> s.file().equals(row.file())).findFirst()
                        .orElse(null);
                updated.add(done == null ? row : new Row(row.file(), done, true));
            }
            rows.setAll(updated);
            checked.set(false);
            summary.set(totals("exchange.import.done", results));
            statusText.set(summary.get());
            importListeners.forEach(Runnable::run);
            loadKeys();
        }).onFailure(this::failed).onCancelled(() -> {
            // what the stop left stored is known only to the database: check again before importing again
            List<Row> unchecked = new ArrayList<>();
            rows.forEach(r -> unchecked.add(new Row(r.file(), null, false)));
            rows.setAll(unchecked);
            checked.set(false);
            summary.set("");
            statusText.set(messages.get("exchange.import.importStopped"));
            importListeners.forEach(Runnable::run);
        }));
    }

    /**
     * Asks the running dry run or import to stop. An import stops at its next check, also inside the package it
     * is storing, whose transaction is rolled back.
     */
    public void cancel() {
        if (running.get()) {
            task.cancel();
            statusText.set(messages.get("exchange.import.stopping"));
        }
    }

    /**
     * The question the user may answer about a row (trust the commune's first key, re-trust a key the commune lost,
     * take a package despite a gap or a conflict); {@link PackageImportSummary.Question#NONE} when there is none.
     */
    public PackageImportSummary.Question question(Row row) {
        return row == null || row.summary() == null || row.imported() ? PackageImportSummary.Question.NONE
                : row.summary().question();
    }

    /** The button's text for the row's question ("Tin khóa của xã…"); empty without a question. */
    public String questionAction(Row row) {
        PackageImportSummary.Question question = question(row);
        return question == PackageImportSummary.Question.NONE ? ""
                : messages.get("province.keys.action." + question.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** What the confirmation asks, with the commune, the key's fingerprint and what answering yes does. */
    public String questionText(Row row) {
        PackageImportSummary s = row.summary();
        String key = "province.keys.confirm." + question(row).name().toLowerCase(java.util.Locale.ROOT);
        // the key in force, as the refusal of a package signed by another key names it
        String trusted = question(row) == PackageImportSummary.Question.RETRUST_KEY
                ? String.valueOf(s.reasonArgs().get(2)) : "";
        return messages.get(key, s.communeName(), s.communeCode(), s.fingerprint(), trusted, String.valueOf(s.sequence()));
    }

    /**
     * The user's answer "yes" to the row's question, after the confirmation: a first key is trusted (stored with the
     * package when it is imported), a re-trusted key is stored at once (recorded, with who and when), a package is
     * taken despite its gap or conflict. The list is checked again so every row shows what now happens.
     */
    public void answer(Row row) {
        PackageImportSummary s = row.summary();
        switch (question(row)) {
            case TRUST_KEY -> approvals = approvals.trusting(s.communeCode(), s.fingerprint());
            case ACCEPT_GAP, ACCEPT_CONFLICT -> approvals = approvals.accepting(s.sha256());
            case RETRUST_KEY -> {
                executor.execute(BackgroundTask.of(() -> trust.retrust(s.communeCode(), s.signerKey()))
                        .onSuccess(key -> {
                            loadKeys();
                            statusText.set(messages.get("province.keys.retrusted", s.communeName(), key.fingerprint()));
                            checked.set(false);
                            check();
                        }).onFailure(this::failed));
                return;
            }
            default -> {
                return;
            }
        }
        checked.set(false);
        check();
    }

    /** Reads the trusted communes' keys again (in the background). */
    public void loadKeys() {
        executor.execute(BackgroundTask.of(trust::list).onSuccess(trustedKeys::setAll));
    }

    /** The communes whose keys the province trusts, with their fingerprints. */
    public ObservableList<TrustedKey> trustedKeys() {
        return trustedKeys;
    }

    /** Called after an import stored packages (the consolidated view reloads). */
    public void addImportListener(Runnable listener) {
        importListeners.add(listener);
    }

    private void failed(Exception e) {
        if (e instanceof UserException u) {
            statusText.set(messages.get(u.key(), u.args()));
            return;
        }
        throw new IllegalStateException(e);
    }

    private String totals(String key, List<PackageImportSummary> results) {
        return messages.get(key, results.size(), count(results, Outcome.NEW), count(results, Outcome.REPLACING),
                count(results, Outcome.UNCHANGED), count(results, Outcome.REFUSED));
    }

    private static long count(List<PackageImportSummary> results, Outcome outcome) {
        return results.stream().filter(s -> s.outcome() == outcome).count();
    }

    private static boolean importable(Row row) {
        return row.summary() != null && !row.imported()
                && (row.summary().outcome() == Outcome.NEW || row.summary().outcome() == Outcome.REPLACING);
    }

    /** "Mới", "Thay gói cũ", "Không đổi", "Từ chối" (after the import: "Đã nhập mới"…). */
    public String outcomeText(Row row) {
        if (row.summary() == null) {
            return messages.get("exchange.import.outcome.unchecked");
        }
        String key = "exchange.import.outcome." + row.summary().outcome().name().toLowerCase(java.util.Locale.ROOT);
        return row.imported() ? messages.get("exchange.import.outcome.imported", messages.get(key)) : messages.get(key);
    }

    public String reasonText(Row row) {
        return row.summary() == null ? "" : row.summary().reason(messages);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** 0..1 while a dry run or an import runs. */
    /** The running write or import, for the screen's progress strip. */
    public TaskTracker work() {
        return task;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return task.progressProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** True from "Dừng" until the work has really stopped. */
    public ReadOnlyBooleanProperty stoppingProperty() {
        return task.stoppingProperty();
    }

    public BooleanBinding canCheckProperty() {
        return canCheck;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
