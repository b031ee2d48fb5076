package org.cutri.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.io.ByteSize;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.opinion.Choice;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundService;

/**
 * The hand-over screen (Gửi báo cáo lên cấp trên): choose the round and where to write (a USB stick or any
 * folder), then build the package and write it safely in the background with progress; cancelling removes
 * the half-written file. Done only once the file has been read back and every hash checked.
 */
public class HandOverViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HandOverViewModel.class);

    /** What the user is told once the package is written. */
    public record Result(Path file, long size, int opinions, boolean withNames) {
    }

    private final RoundService rounds;
    private final PackageExporter exporter;
    private final PackageWriter writer;
    private final Supplier<List<UsbTarget>> drives;
    private final IntFunction<List<Path>> reportFiles;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Executor fxThread;

    private final ObservableList<Choice<Integer>> roundChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Integer>> round = new SimpleObjectProperty<>();
    private final ObservableList<Choice<Path>> targets = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Path>> target = new SimpleObjectProperty<>();
    private final BooleanProperty withNames = new SimpleBooleanProperty(false);
    private final BooleanProperty withReports = new SimpleBooleanProperty(true);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Result> result = new SimpleObjectProperty<>();
    private final ObjectProperty<UserException> error = new SimpleObjectProperty<>();
    private final BooleanBinding canWrite;
    private final ProgressRelay relay;

    private volatile AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * @param drives the removable drives now ({@link UsbTarget#list()})
     * @param reportFiles the round's report files, made in a temporary folder that is deleted once the package
     *         is built; null when there is no compiled report to send (the option is not offered)
     * @param fxThread runs a progress update on the window's thread ({@code Platform::runLater}; tests: at once)
     */
    public HandOverViewModel(RoundService rounds, PackageExporter exporter, PackageWriter writer,
            Supplier<List<UsbTarget>> drives, IntFunction<List<Path>> reportFiles, Messages messages,
            TaskExecutor executor, Executor fxThread) {
        this.rounds = rounds;
        this.exporter = exporter;
        this.writer = writer;
        this.drives = drives;
        this.reportFiles = reportFiles;
        this.messages = messages;
        this.executor = executor;
        this.fxThread = fxThread;
        this.relay = new ProgressRelay(fxThread, progress);
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
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        running.set(true);
        result.set(null);
        error.set(null);
        progress.set(0);
        statusText.set(messages.get("exchange.handover.building"));
        executor.execute(BackgroundTask.of(() -> {
            List<Path> files = reports && reportFiles != null ? reportFiles.apply(roundId) : List.of();
            ExportedPackage pkg;
            try {
                pkg = exporter.export(roundId, names, files);
            } finally {
                deleteQuietly(files);
            }
            if (stop.get()) {
                throw new CancellationException();
            }
            fxThread.execute(() -> statusText.set(messages.get("exchange.handover.writing", pkg.fileName())));
            Path file = writer.writeToFolder(pkg, folder, (done, total) -> {
                if (stop.get()) {
                    throw new CancellationException();
                }
                relay.set(total == 0 ? 1 : (double) done / total);
            });
            return new Result(file, pkg.size(), pkg.manifest().counts().opinions(), names);
        }).onSuccess(written -> {
            running.set(false);
            progress.set(1);
            statusText.set(messages.get("exchange.handover.done", written.file().getFileName()));
            result.set(written);
        }).onCancelled(() -> {
            // The executor reports a CancellationException thrown by the work as a cancellation.
            running.set(false);
            progress.set(0);
            statusText.set(messages.get("exchange.handover.cancelled"));
        }).onFailure(e -> {
            running.set(false);
            progress.set(0);
            if (e instanceof CancellationException) {
                statusText.set(messages.get("exchange.handover.cancelled"));
                return;
            }
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
        cancelled.set(true);
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

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public BooleanBinding canWriteProperty() {
        return canWrite;
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
