package org.cutri.protection;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.cutri.common.UserException;
import org.cutri.common.db.DataPassword;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;

/**
 * The screen that sets, changes or removes the data's password: the current password (when there is one), the new
 * one twice. The new one is checked here (long enough, typed the same twice); the conversion of the file runs in the
 * background, and its failure (a full disk) is said on the screen with the data as it was.
 */
public class ProtectionViewModel {

    private final ProtectionService service;
    private final Messages messages;
    private final TaskExecutor executor;
    private final BooleanProperty protectedData = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final StringProperty formError = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final StringBinding state;

    public ProtectionViewModel(ProtectionService service, Messages messages, TaskExecutor executor) {
        this.service = service;
        this.messages = messages;
        this.executor = executor;
        this.state = Bindings.createStringBinding(() -> messages.get(protectedData.get()
                ? "protection.state.protected" : "protection.state.plain"), protectedData);
    }

    /** Reads whether the data is protected. */
    public void load() {
        executor.execute(BackgroundTask.of(service::isProtected).onSuccess(protectedData::set));
    }

    /** Sets or changes the password; false (with the reason shown) when the form is not right. */
    public boolean protect() {
        String error = newPasswordError();
        if (error.isEmpty() && protectedData.get() && current.get().isEmpty()) {
            error = messages.get("protection.error.current");
        }
        formError.set(error);
        if (!error.isEmpty()) {
            return false;
        }
        boolean change = protectedData.get();
        DataPassword currentPassword = DataPassword.of(current.get());
        DataPassword nextPassword = DataPassword.of(next.get());
        run(BackgroundTask.of(() -> {
            try (currentPassword; nextPassword) {
                service.protect(currentPassword, nextPassword);
                return true;
            }
        }), change ? "protection.status.changed" : "protection.status.protected");
        return true;
    }

    /** Removes the password (the current one is asked); false when it was not typed. */
    public boolean unprotect() {
        if (current.get().isEmpty()) {
            formError.set(messages.get("protection.error.current"));
            return false;
        }
        formError.set("");
        DataPassword currentPassword = DataPassword.of(current.get());
        run(BackgroundTask.of(() -> {
            try (currentPassword) {
                service.unprotect(currentPassword);
                return false;
            }
        }), "protection.status.removed");
        return true;
    }

    private void run(BackgroundTask<Boolean> task, String doneKey) {
        busy.set(true);
        status.set(messages.get("protection.status.working"));
        executor.execute(task.onSuccess(nowProtected -> {
            busy.set(false);
            protectedData.set(nowProtected);
            current.set("");
            next.set("");
            confirmation.set("");
            status.set(messages.get(doneKey));
        }).onFailure(error -> {
            busy.set(false);
            status.set("");
            UserException user = UserException.find(error);
            formError.set(user != null ? messages.of(user) : messages.get("protection.error.unexpected"));
            if (user != null && "db.password.wrong".equals(user.key())) {
                current.set("");
            }
        }));
    }

    private String newPasswordError() {
        if (next.get().isEmpty()) {
            return messages.get("db.password.empty");
        }
        if (next.get().length() < DataPassword.MIN_LENGTH) {
            return messages.get("db.password.short", DataPassword.MIN_LENGTH);
        }
        if (!next.get().equals(confirmation.get())) {
            return messages.get("protection.error.confirmation");
        }
        return "";
    }

    /** True when the data is protected by a password. */
    public BooleanProperty protectedProperty() {
        return protectedData;
    }

    /** True while the file is being converted. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    /** Why the form cannot be saved, or why the last change failed. */
    public StringProperty formErrorProperty() {
        return formError;
    }

    /** Whether the data is protected, as a sentence. */
    public StringBinding stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
