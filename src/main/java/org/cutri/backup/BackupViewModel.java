package org.cutri.backup;

import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.UserException;
import org.cutri.common.db.BackupInfo;
import org.cutri.common.db.Backups;
import org.cutri.common.db.DataPassword;
import org.cutri.common.i18n.Messages;
import org.cutri.common.io.ByteSize;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.task.TaskTracker;

/**
 * The backups screen (Sao lưu và khôi phục): the list of automatic backups with their date, size and content; a
 * backup to a USB stick or folder, read back to check it; restoring a backup (the window then shows the restored
 * data). Long work runs in the background with progress and "Dừng".
 */
public class BackupViewModel {

    /** One line of the list. */
    public record Row(BackupInfo info, String date, String kind, String size, String content) {
    }

    private final BackupService service;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Runnable restored;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final TaskTracker task = new TaskTracker();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding idle;
    /** The folder last backed up into from this screen: its backups are listed too. */
    private Path lastFolder;
    private final BooleanBinding canRestore;
    private PasswordAsker passwordAsker = why -> java.util.Optional.empty();

    /**
     * Asks the user, on the UI thread, the password of a backup made under an older one ({@code why}: the message
     * saying so); empty when the user gives up.
     */
    @FunctionalInterface
    public interface PasswordAsker {
        java.util.Optional<DataPassword> ask(String why);
    }

    /**
     * @param restored runs on the UI thread once a backup was restored: the window shows the restored data
     */
    public BackupViewModel(BackupService service, Messages messages, TaskExecutor executor, Runnable restored) {
        this.service = service;
        this.messages = messages;
        this.executor = executor;
        this.restored = restored;
        this.idle = task.runningProperty().not();
        this.canRestore = Bindings.createBooleanBinding(() -> idle.get() && selected.get() != null, idle, selected);
    }

    /** Reads the list of automatic backups again (in the background). */
    public void refresh() {
        Path alsoIn = lastFolder;
        executor.execute(BackgroundTask.of(() -> service.list(alsoIn))
                .onSuccess(list -> rows.setAll(list.stream().map(this::row).toList())));
    }

    private Row row(BackupInfo info) {
        return new Row(info, BackupText.date(info.created()), messages.label(info.kind()),
                ByteSize.left(info.size()).in(messages), BackupText.counts(messages, info.counts()));
    }

    /** Backs the data up into this folder (a USB stick), under a new dated name, and reads the copy back. */
    public void backUpInto(Path folder) {
        Path zip = folder.resolve(service.fileNameNow());
        status.set(messages.get("backup.running.out", zip));
        executor.execute(task.track(BackgroundTask.monitored(monitor -> service.backUpTo(zip, monitor)))
                .onSuccess(info -> {
                    status.set(messages.get("backup.done.out", info.file(), BackupText.counts(messages, info.counts())));
                    lastFolder = folder;
                    refresh();
                })
                .onFailure(this::failed)
                .onCancelled(() -> status.set(messages.get("backup.stopped"))));
    }

    /** The question asked before restoring the chosen backup. */
    public String confirmText(BackupInfo backup) {
        return messages.get("backup.confirm.text", BackupText.date(backup.created()),
                BackupText.counts(messages, backup.counts()));
    }

    /** How the screen asks the password of a backup made under an older password. */
    public void setPasswordAsker(PasswordAsker asker) {
        this.passwordAsker = asker;
    }

    /**
     * Restores this backup in place of the data (the current data is backed up first). A protected backup made
     * under an older password: that password is asked, and asked again while it is wrong (nothing changes meanwhile).
     */
    public void restore(Path zip) {
        restore(zip, null);
    }

    private void restore(Path zip, DataPassword password) {
        status.set(messages.get("backup.running.restore", zip));
        executor.execute(task.track(BackgroundTask.monitored(monitor -> {
                    try (password) {
                        return service.restore(zip, password, monitor);
                    }
                }))
                .onSuccess(done -> {
                    status.set(messages.get("backup.done.restore", BackupText.date(done.restored().created()),
                            BackupText.counts(messages, done.counts()), done.before().file().getFileName()));
                    restored.run();
                    refresh();
                })
                .onFailure(error -> {
                    UserException user = UserException.find(error);
                    if (user != null && (Backups.PASSWORD_NEEDED.equals(user.key())
                            || "backup.passwordWrong".equals(user.key()))) {
                        status.set(messages.of(user));
                        passwordAsker.ask(messages.of(user)).ifPresent(typed -> restore(zip, typed));
                    } else {
                        failed(error);
                    }
                })
                .onCancelled(() -> status.set(messages.get("backup.stopped.restore"))));
    }

    private void failed(Exception e) {
        UserException user = UserException.find(e);
        if (user == null) {
            throw new IllegalStateException(e);
        }
        status.set(messages.of(user));
    }

    /** The folder the automatic backups are kept in, for the list's title. */
    public String listTitle(Path dataFolder) {
        return messages.get("backup.list.title", Backups.folder(dataFolder));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public TaskTracker task() {
        return task;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding idleProperty() {
        return idle;
    }

    public BooleanBinding canRestoreProperty() {
        return canRestore;
    }
}
