package org.cutri.province;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.exchange.ProgressRelay;
import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
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
    private final Messages messages;
    private final TaskExecutor executor;
    private final ProgressRelay relay;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanBinding canCheck;
    private final BooleanBinding canImport;
    private volatile AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Runnable> importListeners = new ArrayList<>();

    public PackageImportViewModel(PackageImporter importer, Messages messages, TaskExecutor executor,
            Executor fxThread) {
        this.importer = importer;
        this.messages = messages;
        this.executor = executor;
        this.relay = new ProgressRelay(fxThread, progress);
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

    /** Empties the list. */
    public void clear() {
        if (!running.get()) {
            rows.clear();
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
        AtomicBoolean stop = start("exchange.import.checking");
        executor.execute(BackgroundTask.of(() -> importer.dryRun(files, listener(stop))).onSuccess(results -> {
            running.set(false);
            List<Row> checkedRows = new ArrayList<>();
            results.forEach(s -> checkedRows.add(new Row(s.file(), s, false)));
            rows.setAll(checkedRows);
            checked.set(true);
            summary.set(totals("exchange.import.checked", results));
            statusText.set(summary.get());
        }).onFailure(this::failed).onCancelled(() -> failed(new CancellationException())));
    }

    /** Imports the packages the dry run found new or replacing, one transaction each. */
    public void importPackages() {
        if (!canImport.get()) {
            return;
        }
        List<Path> files = rows.stream().filter(PackageImportViewModel::importable).map(Row::file).toList();
        AtomicBoolean stop = start("exchange.import.importing");
        executor.execute(BackgroundTask.of(() -> importer.importAll(files, listener(stop))).onSuccess(results -> {
            running.set(false);
            List<Row> updated = new ArrayList<>();
            for (Row row : rows) {
                PackageImportSummary done = results.stream().filter(s -> s.file().equals(row.file())).findFirst()
                        .orElse(null);
                updated.add(done == null ? row : new Row(row.file(), done, true));
            }
            rows.setAll(updated);
            checked.set(false);
            int skipped = files.size() - results.size();
            summary.set(totals(skipped > 0 ? "exchange.import.stoppedAfter" : "exchange.import.done", results)
                    + (skipped > 0 ? " " + messages.get("exchange.import.notDone", skipped) : ""));
            statusText.set(summary.get());
            importListeners.forEach(Runnable::run);
        }).onFailure(this::failed).onCancelled(() -> failed(new CancellationException())));
    }

    /** Asks the running dry run or import to stop (an import stops between two packages). */
    public void cancel() {
        cancelled.set(true);
        statusText.set(messages.get("exchange.import.stopping"));
    }

    /** Called after an import stored packages (the consolidated view reloads). */
    public void addImportListener(Runnable listener) {
        importListeners.add(listener);
    }

    private AtomicBoolean start(String statusKey) {
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        running.set(true);
        progress.set(0);
        statusText.set(messages.get(statusKey, rows.size()));
        return stop;
    }

    private PackageImporter.Listener listener(AtomicBoolean stop) {
        return new PackageImporter.Listener() {
            @Override
            public void progress(int done, int total) {
                relay.set(total == 0 ? 1 : (double) done / total);
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
    }

    private void failed(Exception e) {
        running.set(false);
        progress.set(0);
        if (e instanceof CancellationException) {
            statusText.set(messages.get("exchange.import.checkStopped"));
            return;
        }
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

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
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
