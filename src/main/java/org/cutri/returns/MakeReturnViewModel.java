package org.cutri.returns;

import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.exchange.ExportedReturn;
import org.cutri.exchange.PackageWriter;
import org.cutri.opinion.Choice;

/**
 * "Tạo gói trả lời cho xã" at the province: choose the commune (those with answers to send) and the folder (a USB
 * stick), then the package is built, signed and written safely in the background.
 */
public class MakeReturnViewModel {

    private final ReturnPackageService service;
    private final PackageWriter writer;
    private final Messages messages;
    private final TaskExecutor executor;

    private final ObservableList<Choice<String>> communes = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<String>> commune = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper keyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canWrite;

    public MakeReturnViewModel(ReturnPackageService service, PackageWriter writer, Messages messages,
            TaskExecutor executor) {
        this.service = service;
        this.writer = writer;
        this.messages = messages;
        this.executor = executor;
        canWrite = Bindings.createBooleanBinding(() -> !busy.get() && commune.get() != null && folder.get() != null,
                busy, commune, folder);
    }

    /** Lists the communes with answers to send, and shows the province's key fingerprint. */
    public void load() {
        executor.execute(BackgroundTask.of(service::fingerprint)
                .onSuccess(fingerprint -> keyText.set(messages.get("returns.make.key", fingerprint))));
        executor.execute(BackgroundTask.of(service::communes).onSuccess(list -> {
            communes.setAll(list.stream().map(c -> new Choice<>(c.code(), messages.get("returns.make.commune",
                    c.name() == null ? c.code() : c.name(), c.code(), String.valueOf(c.answers())))).toList());
            if (list.isEmpty()) {
                statusText.set(messages.get("returns.make.none"));
            } else if (commune.get() == null) {
                commune.set(communes.get(0));
            }
        }).onFailure(this::fail));
    }

    /** Builds the chosen commune's next return package and writes it into the chosen folder. */
    public void write() {
        if (!canWrite.get()) {
            return;
        }
        String code = commune.get().value();
        Path target = folder.get();
        busy.set(true);
        statusText.set(messages.get("returns.make.writing", commune.get().label()));
        executor.execute(BackgroundTask.of(() -> {
            ExportedReturn pkg = service.build(code);
            Path file = writer.write(pkg, target.resolve(pkg.fileName()), PackageWriter.Progress.NONE);
            return new Written(file, messages.get("returns.cli.written", file, pkg.manifest().commune().name(),
                    String.valueOf(pkg.manifest().counts().answers()), String.valueOf(pkg.manifest().sequence())));
        }).onSuccess(done -> {
            busy.set(false);
            statusText.set(done.text());
            written.set(done.file());
        }).onFailure(this::fail));
    }

    private record Written(Path file, String text) {
    }

    private void fail(Exception error) {
        busy.set(false);
        UserException user = UserException.find(error);
        if (user == null) {
            throw new IllegalStateException(error);
        }
        statusText.set(messages.of(user));
    }

    public ObservableList<Choice<String>> communes() {
        return communes;
    }

    public ObjectProperty<Choice<String>> communeProperty() {
        return commune;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** "Mã khóa của tỉnh: …", which the commune compares by phone with its first return package. */
    public ReadOnlyStringProperty keyTextProperty() {
        return keyText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The file last written, once it was read back and checked. */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    public BooleanBinding canWriteBinding() {
        return canWrite;
    }
}
