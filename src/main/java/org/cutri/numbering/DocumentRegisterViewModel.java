package org.cutri.numbering;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.DateText;
import org.cutri.common.text.VietText;
import org.cutri.opinion.Choice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The register screen's state (sổ văn bản đi): the year shown and its lines, filtered by a typed text (case and
 * diacritics ignored); the form registering a document made outside the program; cancelling the chosen number with a
 * reason; writing the year's book. Reads and writes run in the background.
 */
public class DocumentRegisterViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentRegisterViewModel.class);

    private final DocumentRegister register;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<RegisteredDocument> all = FXCollections.observableArrayList();
    private final FilteredList<RegisteredDocument> rows = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<RegisteredDocument> selected = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final ObservableList<Choice<DocumentKind>> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<DocumentKind>> kind = new SimpleObjectProperty<>();
    private final StringProperty dateText = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty signer = new SimpleStringProperty("");
    private final StringProperty recipients = new SimpleStringProperty("");
    private final StringProperty copiesText = new SimpleStringProperty("");
    private final StringBinding addProblem;
    private final BooleanBinding canAdd;

    private final StringProperty cancelReason = new SimpleStringProperty("");
    private final BooleanBinding canCancel;

    public DocumentRegisterViewModel(DocumentRegister register, Messages messages, TaskExecutor executor, Clock clock) {
        this.register = register;
        this.messages = messages;
        this.executor = executor;
        this.clock = clock;
        for (DocumentKind each : DocumentKind.values()) {
            kinds.add(new Choice<>(each, messages.label(each)));
        }
        addProblem = Bindings.createStringBinding(this::problem, kind, dateText, summary, copiesText);
        canAdd = Bindings.createBooleanBinding(() -> addProblem.get() == null && !busy.get(), addProblem, busy);
        canCancel = Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().cancelled()
                && !VietText.clean(cancelReason.get()).isEmpty() && !busy.get(), selected, cancelReason, busy);
        filter.addListener((obs, old, now) -> applyFilter());
        year.addListener((obs, old, now) -> {
            if (now != null && !now.equals(old)) {
                load();
            }
        });
    }

    /** Reads the years and the chosen year's lines (this year's at first). */
    public void load() {
        Integer asked = year.get() == null ? LocalDate.now(clock).getYear() : year.get();
        busy.set(true);
        executor.execute(BackgroundTask.of(() -> new Read(register.years(), register.list(asked))).computation()
                .onSuccess(read -> {
                    busy.set(false);
                    TreeSet<Integer> known = new TreeSet<>(read.years());
                    known.add(LocalDate.now(clock).getYear());
                    known.add(asked);
                    List<Integer> newest = List.copyOf(known.descendingSet());
                    if (!years.equals(newest)) {
                        // a combo box given new items may drop its value: the year is set again below
                        years.setAll(newest);
                    }
                    if (!asked.equals(year.get())) {
                        year.set(asked);
                    }
                    if (asked.equals(year.get())) {
                        show(read.lines());
                    }
                }).onFailure(this::fail));
    }

    private record Read(List<Integer> years, List<RegisteredDocument> lines) {
    }

    private void show(List<RegisteredDocument> lines) {
        RegisteredDocument before = selected.get();
        all.setAll(lines);
        applyFilter();
        if (before != null) {
            rows.stream().filter(d -> d.year() == before.year() && d.number() == before.number()).findFirst()
                    .ifPresentOrElse(selected::set, () -> selected.set(null));
        }
        long cancelled = lines.stream().filter(RegisteredDocument::cancelled).count();
        status.set(lines.isEmpty() ? messages.get("numbering.screen.empty", String.valueOf(year.get()))
                : messages.get("numbering.screen.count", lines.size(), cancelled, String.valueOf(year.get())));
    }

    private void applyFilter() {
        String query = filter.get() == null ? "" : filter.get().strip();
        rows.setPredicate(query.isEmpty() ? null : d -> VietText.matches(d.symbol() + " " + d.typeName() + " "
                + d.summary() + " " + nz(d.signer()) + " " + nz(d.recipients()) + " " + nz(d.cancelReason()), query));
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    /** What keeps the form from registering, or null. */
    private String problem() {
        if (kind.get() == null) {
            return messages.get("numbering.kind.required");
        }
        if (VietText.clean(summary.get()).isEmpty()) {
            return messages.get("numbering.summary.required");
        }
        if (dateText.get() == null || dateText.get().isBlank()) {
            return messages.get("numbering.date.required");
        }
        if (DateText.parse(dateText.get()).isEmpty()) {
            return messages.get("numbering.cli.date", dateText.get().strip());
        }
        if (copies().isEmpty()) {
            return messages.get("numbering.copies.invalid");
        }
        return null;
    }

    /** The copies typed: empty optional when not a whole number from 1; an optional of null when left blank. */
    private Optional<Integer[]> copies() {
        String typed = copiesText.get() == null ? "" : copiesText.get().strip();
        if (typed.isEmpty()) {
            return Optional.of(new Integer[] {null});
        }
        try {
            int value = Integer.parseInt(typed);
            return value >= 1 ? Optional.of(new Integer[] {value}) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Registers the document of the form by hand; it takes the next number of its date's year. */
    public void add() {
        if (!canAdd.get()) {
            return;
        }
        IssueRequest request = new IssueRequest(kind.get().value().code(), summary.get(),
                DateText.parse(dateText.get()).orElseThrow(), signer.get(), recipients.get(), null, copies().get()[0],
                DocumentRegister.HAND);
        busy.set(true);
        executor.execute(BackgroundTask.of(() -> register.registerByHand(request)).onSuccess(added -> {
            busy.set(false);
            summary.set("");
            copiesText.set("");
            status.set(messages.get("numbering.screen.added", added.symbol()));
            if (Integer.valueOf(added.year()).equals(year.get())) {
                reloadAndSelect(added);
            } else {
                year.set(added.year());
            }
            String shown = messages.get("numbering.screen.added", added.symbol());
            status.set(shown);
        }).onFailure(this::fail));
    }

    private void reloadAndSelect(RegisteredDocument document) {
        int shownYear = document.year();
        executor.execute(BackgroundTask.of(() -> register.list(shownYear)).computation().onSuccess(lines -> {
            if (Integer.valueOf(shownYear).equals(year.get())) {
                String said = status.get();
                show(lines);
                rows.stream().filter(d -> d.number() == document.number()).findFirst().ifPresent(selected::set);
                status.set(said);
            }
        }).onFailure(this::fail));
    }

    /** The question before cancelling the chosen number. */
    public String cancelQuestion() {
        RegisteredDocument chosen = selected.get();
        return chosen == null ? "" : messages.get("numbering.screen.cancel.question", chosen.symbol(),
                VietText.clean(cancelReason.get()));
    }

    /** Cancels the chosen number with the reason typed (asked before by the view). */
    public void cancel() {
        if (!canCancel.get()) {
            return;
        }
        RegisteredDocument chosen = selected.get();
        String reason = cancelReason.get();
        busy.set(true);
        executor.execute(BackgroundTask.of(() -> register.cancel(chosen.year(), chosen.number(), reason))
                .onSuccess(cancelled -> {
                    busy.set(false);
                    cancelReason.set("");
                    status.set(messages.get("numbering.screen.cancelled", cancelled.symbol()));
                    reloadAndSelect(cancelled);
                }).onFailure(this::fail));
    }

    /** The file name proposed for the book. */
    public String suggestedBookName() {
        return "So-van-ban-di-" + (year.get() == null ? LocalDate.now(clock).getYear() : year.get()) + ".docx";
    }

    /** Writes the shown year's book to the file chosen (.docx or .xlsx), in the background. */
    public void writeBook(Path target) {
        Integer shown = year.get();
        if (shown == null || target == null) {
            return;
        }
        busy.set(true);
        status.set(messages.get("numbering.screen.book.writing", target.getFileName()));
        executor.execute(BackgroundTask.of(() -> register.writeBook(shown, target)).onSuccess(written -> {
            busy.set(false);
            status.set(messages.get("numbering.screen.book.written", String.valueOf(shown), written));
        }).onFailure(this::fail));
    }

    private void fail(Exception error) {
        busy.set(false);
        UserException user = UserException.find(error);
        if (user != null) {
            status.set(messages.of(user));
        } else {
            LOG.error("The document register failed", error);
            status.set(messages.get("numbering.screen.failed"));
        }
    }

    /** The form's text for a kind chosen by its value. */
    public Choice<DocumentKind> choice(DocumentKind value) {
        return kinds.stream().filter(c -> c.value() == value).findFirst().orElseThrow();
    }

    public String label(DocumentStatus value) {
        return messages.label(value);
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<RegisteredDocument> rows() {
        return rows;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<RegisteredDocument> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ObservableList<Choice<DocumentKind>> kinds() {
        return kinds;
    }

    public ObjectProperty<Choice<DocumentKind>> kindProperty() {
        return kind;
    }

    public StringProperty dateTextProperty() {
        return dateText;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty signerProperty() {
        return signer;
    }

    public StringProperty recipientsProperty() {
        return recipients;
    }

    public StringProperty copiesTextProperty() {
        return copiesText;
    }

    public StringBinding addProblemProperty() {
        return addProblem;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public StringProperty cancelReasonProperty() {
        return cancelReason;
    }

    public BooleanBinding canCancelProperty() {
        return canCancel;
    }
}
