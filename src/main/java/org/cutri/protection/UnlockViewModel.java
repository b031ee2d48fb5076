package org.cutri.protection;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.cutri.common.UserException;
import org.cutri.common.db.DataPassword;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;

/**
 * The password asked at start when the data is protected (Mở dữ liệu được bảo vệ): the typed password is tried in
 * the background (the key derivation takes a moment); a wrong one says so in one sentence and, after
 * several, makes the user wait ({@link WrongTries}) with the seconds left shown. Any other failure (a damaged file)
 * goes to {@code failed}, as an opening without a password would.
 *
 * @param <T> what opening the data gives
 */
public class UnlockViewModel<T> {

    private final Messages messages;
    private final TaskExecutor executor;
    private final Function<DataPassword, T> open;
    private final Consumer<T> opened;
    private final Consumer<Exception> failed;
    private final WrongTries wrongTries = new WrongTries();
    /** The refusals that mean "wrong password": the data's, and a database server's. */
    private static final java.util.Set<String> WRONG = java.util.Set.of("db.password.wrong", "db.server.login");

    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final IntegerProperty secondsToWait = new SimpleIntegerProperty();
    private final BooleanBinding canTry;
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty text = new SimpleStringProperty();
    private final StringProperty note = new SimpleStringProperty();
    /** The last refusal of the password, as the data or the server worded it. */
    private String wrongMessage;
    private Timeline countdown;

    public UnlockViewModel(Messages messages, TaskExecutor executor, Function<DataPassword, T> open, Consumer<T> opened,
            Consumer<Exception> failed) {
        this.messages = messages;
        this.executor = executor;
        this.open = open;
        this.opened = opened;
        this.failed = failed;
        this.canTry = Bindings.createBooleanBinding(() -> !busy.get() && secondsToWait.get() == 0
                && !password.get().isEmpty(), busy, secondsToWait, password);
        this.title.set(messages.get("protection.unlock.title"));
        this.text.set(messages.get("protection.unlock.text"));
        this.note.set(messages.get("protection.unlock.forgotten"));
        this.wrongMessage = messages.get("db.password.wrong");
    }

    /**
     * Asks for the password of an account on a database server (a province office, decision 0048) rather than the
     * password protecting a data file.
     */
    public UnlockViewModel<T> forServer(String account, String server) {
        title.set(messages.get("protection.unlock.server.title"));
        text.set(messages.get("protection.unlock.server.text", account, server));
        note.set(messages.get("protection.unlock.server.note"));
        return this;
    }

    /** Tries the typed password (Enter or the button); nothing while a try runs or the user must wait. */
    public void unlock() {
        if (!canTry.get()) {
            return;
        }
        DataPassword typed = DataPassword.of(password.get());
        busy.set(true);
        message.set(messages.get("protection.unlock.checking"));
        executor.execute(BackgroundTask.of(() -> {
            try (typed) {
                return open.apply(typed);
            }
        }).onSuccess(result -> {
            busy.set(false);
            password.set("");
            message.set("");
            opened.accept(result);
        }).onFailure(error -> {
            busy.set(false);
            UserException user = UserException.find(error);
            if (user == null || !WRONG.contains(user.key())) {
                message.set("");
                failed.accept(error);
                return;
            }
            wrongMessage = messages.of(user);
            password.set("");
            wait(wrongTries.failed());
        }));
    }

    private void wait(Duration pause) {
        secondsToWait.set((int) pause.toSeconds());
        showWrong();
        if (pause.isZero()) {
            return;
        }
        countdown = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), event -> tick()));
        countdown.setCycleCount((int) pause.toSeconds());
        countdown.play();
    }

    /** One second of the pause has passed. */
    void tick() {
        secondsToWait.set(Math.max(0, secondsToWait.get() - 1));
        showWrong();
    }

    private void showWrong() {
        int seconds = secondsToWait.get();
        message.set(seconds == 0 ? wrongMessage
                : messages.get("protection.unlock.wait", wrongTries.count(), seconds));
    }

    /** Stops the countdown (the window closes). */
    public void dispose() {
        if (countdown != null) {
            countdown.stop();
        }
    }

    public javafx.beans.value.ObservableStringValue titleProperty() {
        return title;
    }

    public javafx.beans.value.ObservableStringValue textProperty() {
        return text;
    }

    public javafx.beans.value.ObservableStringValue noteProperty() {
        return note;
    }

    /** Shows why the password is asked for again (the server refused the one given at start). */
    public void refused(UserException refusal) {
        if (WRONG.contains(refusal.key())) {
            wrongMessage = messages.of(refusal);
            message.set(wrongMessage);
        }
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** What happened to the last try: checking, wrong, how long to wait. */
    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Seconds left before the next try is allowed (0: now). */
    public IntegerProperty secondsToWaitProperty() {
        return secondsToWait;
    }

    /** True when a typed password can be tried now. */
    public BooleanBinding canTryProperty() {
        return canTry;
    }
}
