package org.cutri.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.io.ByteSize;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.task.TaskTracker;
import org.cutri.opinion.Choice;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundService;

/**
 * The hand-over screen (Gửi báo cáo lên tỉnh): choose the round and where to write (a USB stick or any
 * folder), then build the package and write it safely in the background with progress; cancelling removes
 * the half-written file. Done only once the file has been read back and every hash checked.
 */
public class HandOverViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HandOverViewModel.class);

    /** Makes the round's report files for the package, stopping once the monitor is cancelled. */
    @FunctionalInterface
    public interface ReportMaker {
        List<Path> make(int roundId, TaskMonitor monitor);
    }

    /** What the user is told once the package is written. */
    public record Result(Path file, long size, int opinions, boolean withNames) {
    }

    private final RoundService rounds;
    private final PackageExporter exporter;
    private final PackageWriter writer;
    private final Supplier<List<UsbTarget>> drives;
    private final ReportMaker reportFiles;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Executor fxThread;

    private final ObservableList<Choice<Integer>> roundChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Integer>> round = new SimpleObjectProperty<>();
    private final ObservableList<Choice<Path>> targets = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Path>> target = new SimpleObjectProperty<>();
    private final BooleanProperty withNames = new SimpleBooleanProperty(false);
    private final BooleanProperty withReports = new SimpleBooleanProperty(true);
    private final TaskTracker task = new TaskTracker();
    private final ReadOnlyBooleanProperty running = task.runningProperty();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper keyText = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Result> result = new SimpleObjectProperty<>();
    private final ObjectProperty<UserException> error = new SimpleObjectProperty<>();
    private final BooleanBinding canWrite;

    /**
     * @param drives the removable drives now ({@link UsbTarget#list()})
     * @param reportFiles the round's report files, made in a temporary folder that is deleted once the package
     *         is built; null when there is no compiled report to send (the option is not offered)
     * @param fxThread runs a progress update on the window's thread ({@code Platform::runLater}; tests: at once)
     */
    public HandOverViewModel(RoundService rounds, PackageExporter exporter, PackageWriter writer,
            Supplier<List<UsbTarget>> drives, ReportMaker reportFiles, Messages messages, TaskExecutor executor,
            Executor fxThread) {
        this.rounds = rounds;
        this.exporter = exporter;
        this.writer = writer;
        this.drives = drives;
        this.reportFiles = reportFiles;
        this.messages = messages;
        this.executor = executor;
        this.fxThread = fxThread;
        this.canWrite = Bindings.createBooleanBinding(() -> !running.get() && round.get() != null
                && target.get() != null, running, round, target);
    }

    /** Loads the rounds (newest first) and looks for removable drives. */
    public void refresh() {
        executor.execute(BackgroundTask.of(rounds::list).onSuccess(list -> {
            Integer chosen = round.get() == null ? null : round.get().value();
            List<Choice<Integer>> choices = list.stream()
                    .sorted(Comparator.comparing(ContactRound::startDate).reversed())
                    .map(r -> new Choice<>(r.id(), r.name())).toList();
            roundChoices.setAll(choices);
            round.set(choices.stream().filter(c -> c.value().equals(chosen)).findFirst()
                    .orElse(choices.isEmpty() ? null : choices.get(0)));
            if (choices.isEmpty()) {
                statusText.set(messages.get("exchange.handover.noRounds"));
            }
        }));
        executor.execute(BackgroundTask.of(exporter::officeFingerprint)
                .onSuccess(fingerprint -> keyText.set(messages.get("exchange.handover.key", fingerprint))));
        refreshDrives();
    }

    /** Looks for removable drives again; a folder the user chose stays in the list. */
    public void refreshDrives() {
        executor.execute(BackgroundTask.of(drives::get).onSuccess(found -> {
            Path chosen = target.get() == null ? null : target.get().value();
            List<Choice<Path>> choices = new ArrayList<>();
            for (UsbTarget drive : found) {
                choices.add(new Choice<>(drive.root(), drive.usableBytes() < 0
                        ? messages.get("exchange.handover.drive", drive.label(), drive.root())
                        : messages.get("exchange.handover.driveFree", drive.label(), drive.root(),
                                ByteSize.left(drive.usableBytes()))));
            }
            targets.stream().filter(c -> c.label().startsWith(messages.get("exchange.handover.folderPrefix")))
                    .filter(c -> choices.stream().noneMatch(d -> d.value().equals(c.value())))
                    .forEach(choices::add);
            targets.setAll(choices);
            target.set(choices.stream().filter(c -> c.value().equals(chosen)).findFirst()
                    .orElse(choices.isEmpty() ? null : choices.get(0)));
            statusText.set(found.isEmpty() ? messages.get("exchange.handover.noDrive")
                    : messages.get("exchange.handover.drives", found.size()));
        }));
    }

    /** Adds a folder the user picked and chooses it. */
    public void chooseFolder(Path folder) {
        Choice<Path> existing = targets.stream().filter(c -> c.value().equals(folder)).findFirst().orElse(null);
        if (existing == null) {
            existing = new Choice<>(folder, messages.get("exchange.handover.folderPrefix") + folder);
            targets.add(existing);
        }
        target.set(existing);
    }

    /** Builds the package of the chosen round and writes it to the chosen place, in the background. */
    public void write() {
        if (!canWrite.get()) {
            return;
        }
        int roundId = round.get().value();
        Path folder = target.get().value();
        boolean names = withNames.get();
        boolean reports = withReports.get();
        result.set(null);
        error.set(null);
        statusText.set(messages.get("exchange.handover.building"));
        BackgroundTask<Result> work = BackgroundTask.monitored(monitor -> {
            List<Path> files = reports && reportFiles != null ? reportFiles.make(roundId, monitor.part(0, 0.5))
                    : List.of();
            ExportedPackage pkg;
            try {
                pkg = exporter.export(roundId, names, files, monitor);
            } finally {
                deleteQuietly(files);
            }
            monitor.checkCancelled();
            fxThread.execute(() -> statusText.set(messages.get("exchange.handover.writing", pkg.fileName())));
            TaskMonitor writing = monitor.part(0.5, 1);
            // a stop while writing ends the writer here: it removes its half-written ".part" file
            Path file = writer.writeToFolder(pkg, folder, (done, total) -> {
                writing.checkCancelled();
                writing.progress(done, total);
            });
            return new Result(file, pkg.size(), pkg.manifest().counts().opinions(), names);
        });
        executor.execute(task.track(work).onSuccess(written -> {
            statusText.set(messages.get("exchange.handover.done", written.file().getFileName()));
            result.set(written);
        }).onCancelled(() -> statusText.set(messages.get("exchange.handover.cancelled"))).onFailure(e -> {
            if (e instanceof UserException u) {
                statusText.set(messages.get(u.key(), u.args()));
                error.set(u);
                return;
            }
            throw new IllegalStateException(e);
        }));
    }

    /** Removes the temporary report files and their folder. */
    private static void deleteQuietly(List<Path> files) {
        java.util.Set<Path> folders = new java.util.LinkedHashSet<>();
        for (Path file : files) {
            try {
                java.nio.file.Files.deleteIfExists(file);
                if (file.getParent() != null) {
                    folders.add(file.getParent());
                }
            } catch (java.io.IOException e) {
                LOG.warn("Could not delete the temporary report file {}", file, e);
            }
        }
        for (Path folder : folders) {
            try {
                java.nio.file.Files.deleteIfExists(folder);
            } catch (java.io.IOException e) {
                LOG.debug("Temporary folder {} kept: {}", folder, e.getMessage());
            }
        }
    }

    /** Asks the running write to stop: the half-written file is removed. */
    public void cancel() {
        if (running.get()) {
            task.cancel();
            statusText.set(messages.get("task.stopping"));
        }
    }

    /** The text of the success dialog. */
    public String resultText(Result r) {
        return messages.get("exchange.handover.result", r.file().getFileName(), r.file().getParent(),
                String.format(Locale.ROOT, "%.1f", r.size() / 1024.0).replace('.', ','), r.opinions(),
                messages.get(r.withNames() ? "exchange.handover.result.names" : "exchange.handover.result.noNames"));
    }

    public ObservableList<Choice<Integer>> roundChoices() {
        return roundChoices;
    }

    public ObjectProperty<Choice<Integer>> roundProperty() {
        return round;
    }

    public ObservableList<Choice<Path>> targets() {
        return targets;
    }

    public ObjectProperty<Choice<Path>> targetProperty() {
        return target;
    }

    public BooleanProperty withNamesProperty() {
        return withNames;
    }

    /** False when there are no report files to offer. */
    public boolean reportsOffered() {
        return reportFiles != null;
    }

    public BooleanProperty withReportsProperty() {
        return withReports;
    }

    /** 0..1 while the package is built and written; -1 (a moving bar) before the amount is known. */
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

    public BooleanBinding canWriteProperty() {
        return canWrite;
    }

    /** "Mã khóa của xã …: 48213 90571 22864 10397": the commune reads it out when the province phones. */
    public ReadOnlyStringProperty keyTextProperty() {
        return keyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** Set when a package was written and checked. */
    public ObjectProperty<Result> resultProperty() {
        return result;
    }

    /** Set when writing failed for a reason the user can act on (full stick, removed stick…). */
    public ObjectProperty<UserException> errorProperty() {
        return error;
    }
}
