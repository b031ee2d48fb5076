package org.cutri.connection;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.cutri.common.UserException;
import org.cutri.common.db.DataPassword;
import org.cutri.common.db.ServerSettings;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;

/**
 * The screen "Máy chủ dữ liệu": says where the data is now, tries a server with an account and its password (in the
 * background: a server may take seconds to answer), and keeps it for the next start, or goes back to the file.
 */
public final class ConnectionViewModel {

    private final ConnectionService service;
    private final Messages messages;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ConnectionViewModel(ConnectionService service, Messages messages, TaskExecutor executor) {
        this.service = service;
        this.messages = messages;
        this.executor = executor;
    }

    /** Reads where the data is now and what the next start will open (the settings file, off the FX thread). */
    public void load() {
        executor.execute(BackgroundTask.of(service::saved).onSuccess(saved -> {
            current.set(service.currentServer()
                    .map(server -> messages.get("connection.current.server", server,
                            service.currentAccount().orElse("")))
                    .orElseGet(() -> messages.get("connection.current.file", service.folder())));
            showNext(saved);
            saved.ifPresent(s -> {
                address.set(s.address().toString());
                user.set(s.user());
            });
            if (address.get().isEmpty()) {
                service.currentServer().ifPresent(server -> address.set(server.toString()));
                service.currentAccount().ifPresent(user::set);
            }
        }));
    }

    private void showNext(java.util.Optional<ServerSettings> saved) {
        next.set(saved.map(s -> messages.get("connection.next.server", s.address(), s.user()))
                .orElseGet(() -> messages.get("connection.next.file")));
    }

    /** Tries the server with the account and password typed; says in one sentence what came of it. */
    public void check() {
        if (!filled()) {
            return;
        }
        String typedAddress = address.get();
        String typedUser = user.get();
        DataPassword typed = DataPassword.of(password.get());
        busy.set(true);
        error.set("");
        message.set(messages.get("connection.checking"));
        executor.execute(BackgroundTask.of(() -> {
            try (typed) {
                service.check(typedAddress, typedUser, typed);
            }
            return null;
        }).onSuccess(done -> {
            busy.set(false);
            message.set(messages.get("connection.checked", typedAddress, typedUser));
        }).onFailure(failure -> {
            busy.set(false);
            message.set("");
            UserException user = UserException.find(failure);
            error.set(user != null ? messages.of(user) : messages.get("connection.failed"));
        }));
    }

    /** Keeps the server and account for the next start (the password is asked then); written off the FX thread. */
    public void save() {
        if (!filled()) {
            return;
        }
        String typedAddress = address.get();
        String typedUser = user.get();
        write(() -> {
            ServerSettings saved = service.save(typedAddress, typedUser);
            return java.util.Map.entry(messages.get("connection.saved", saved.address(), saved.user()),
                    java.util.Optional.of(saved));
        });
    }

    /** The next start opens the data file of the folder again. */
    public void useFile() {
        write(() -> {
            service.forget();
            return java.util.Map.entry(messages.get("connection.forgotten", service.folder()),
                    java.util.Optional.<ServerSettings>empty());
        });
    }

    private void write(java.util.concurrent.Callable<java.util.Map.Entry<String, java.util.Optional<ServerSettings>>> work) {
        busy.set(true);
        executor.execute(BackgroundTask.of(work).onSuccess(done -> {
            busy.set(false);
            error.set("");
            message.set(done.getKey());
            showNext(done.getValue());
        }).onFailure(failure -> {
            busy.set(false);
            UserException refusal = UserException.find(failure);
            error.set(refusal != null ? messages.of(refusal) : messages.get("connection.failed"));
        }));
    }

    private boolean filled() {
        if (address.get() == null || address.get().isBlank()) {
            error.set(messages.get("connection.address.missing"));
            return false;
        }
        if (user.get() == null || user.get().isBlank()) {
            error.set(messages.get("db.server.noUser"));
            return false;
        }
        return true;
    }

    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextProperty() {
        return next.getReadOnlyProperty();
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
