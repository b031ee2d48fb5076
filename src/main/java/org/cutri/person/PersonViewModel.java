package org.cutri.person;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The personal-data screen's state: the name looked for, the places found, the correct name, and the work of
 * finding, correcting and erasing, all in the background (an erase compacts the whole data file).
 */
public class PersonViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(PersonViewModel.class);

    private final PersonService persons;
    private final Messages messages;
    private final TaskExecutor executor;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty corrected = new SimpleStringProperty("");
    private final ObservableList<PersonPlace> places = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    /** The name the places shown were found for: correcting and erasing act on it, not on a name typed since. */
    private String foundFor = "";

    public PersonViewModel(PersonService persons, Messages messages, TaskExecutor executor) {
        this.persons = persons;
        this.messages = messages;
        this.executor = executor;
    }

    /** Looks for the name typed, in the background. */
    public void find() {
        String looked = name.get() == null ? "" : name.get().strip();
        if (looked.isEmpty()) {
            status.set(messages.get("person.error.noName"));
            return;
        }
        run("person.searching", () -> persons.find(looked), found -> {
            foundFor = looked;
            places.setAll(found);
            status.set(found.isEmpty() ? messages.get("person.notFound") : messages.get("person.found", found.size()));
        });
    }

    /** Writes the correct name in place of the name found, at these places (all found when none is given). */
    public void correct(List<PersonPlace> chosen) {
        List<PersonPlace> at = List.copyOf(chosen.isEmpty() ? places : chosen);
        String looked = foundFor;
        String replacement = corrected.get();
        run("person.correcting", () -> {
            int count = persons.correct(looked, replacement, at);
            return new Done(count, persons.find(replacement));
        }, done -> {
            foundFor = replacement.strip();
            name.set(foundFor);
            places.setAll(done.places());
            status.set(messages.get("person.correctedDone", done.count()));
        });
    }

    /** The question asked before erasing: how many places lose the name, how many are kept. */
    public String eraseQuestion() {
        long erasable = places.stream().filter(PersonPlace::erasable).count();
        return messages.get("person.erase.confirm", foundFor, erasable, places.size() - erasable);
    }

    /** Erases the name found wherever a voter's name may be erased; the screen asked first. */
    public void erase() {
        String looked = foundFor;
        run("person.erasing", () -> {
            EraseResult result = persons.erase(looked);
            return new Done(result.erased(), persons.find(looked));
        }, done -> {
            places.setAll(done.places());
            status.set(done.places().isEmpty() ? messages.get("person.erased", done.count())
                    : messages.get("person.erased.kept", done.count(), done.places().size()));
        });
    }

    private record Done(int count, List<PersonPlace> places) {
    }

    private <T> void run(String busyKey, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        running.set(true);
        status.set(messages.get(busyKey));
        executor.execute(BackgroundTask.of(work).onSuccess(result -> {
            running.set(false);
            done.accept(result);
        }).onFailure(e -> {
            running.set(false);
            if (e instanceof UserException user) {
                status.set(messages.get(user.key(), user.args()));
            } else {
                LOG.error("Personal data work failed", e);
                status.set(messages.get("person.failed"));
            }
        }));
    }

    /** The role's name. */
    public String label(PlaceKind kind) {
        return messages.label(kind);
    }

    /** Whether erasing is possible: places were found and at least one may lose the name. */
    public BooleanBinding canEraseProperty() {
        return Bindings.createBooleanBinding(() -> !running.get() && places.stream().anyMatch(PersonPlace::erasable),
                running, places);
    }

    /** Whether correcting is possible: places were found and a correct name is typed. */
    public BooleanBinding canCorrectProperty() {
        return Bindings.createBooleanBinding(() -> !running.get() && !places.isEmpty()
                && corrected.get() != null && !corrected.get().isBlank(), running, places, corrected);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty correctedProperty() {
        return corrected;
    }

    public ObservableList<PersonPlace> places() {
        return places;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }
}
