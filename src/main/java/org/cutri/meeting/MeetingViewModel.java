package org.cutri.meeting;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.DateText;
import org.cutri.common.ui.ListEditorViewModel;
import org.cutri.deputy.Deputy;
import org.cutri.hamlet.Hamlet;
import org.cutri.hamlet.HamletService;
import org.cutri.round.ContactRound;

/**
 * The meetings of the chosen round and the meeting form. Ticking hamlets proposes the deputies
 * assigned to them, the venue (the hamlet's cultural house) and the chair (the head of its Front work
 * group); the user changes what is not right.
 */
public class MeetingViewModel extends ListEditorViewModel<Meeting> {

    private final MeetingService meetings;
    private final MeetingPlanService plans;
    private final HamletService hamlets;

    private final ObjectProperty<ContactRound> round = new SimpleObjectProperty<>();
    private final ObservableList<Hamlet> hamletList = FXCollections.observableArrayList();
    private final ObservableList<Choice> hamletChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> deputyChoices = FXCollections.observableArrayList();
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty startTime = new SimpleStringProperty("");
    private final StringProperty endTime = new SimpleStringProperty("");
    private final StringProperty venue = new SimpleStringProperty("");
    private final ObjectProperty<MeetingForm> form = new SimpleObjectProperty<>(MeetingForm.IN_PERSON);
    private final StringProperty chair = new SimpleStringProperty("");
    private final StringProperty secretary = new SimpleStringProperty("");
    private final ObjectProperty<MeetingStatus> status = new SimpleObjectProperty<>(MeetingStatus.PLANNED);
    /** Counts ticks in the hamlet list, so bindings see them change. */
    private final IntegerProperty hamletTicks = new SimpleIntegerProperty();

    private final StringBinding dateError;
    private final StringBinding startError;
    private final StringBinding endError;
    private final StringBinding hamletsError;
    private final BooleanBinding valid;
    private final javafx.beans.binding.ObjectBinding<DateText.Near> near;

    private volatile Integer roundId;
    private Map<Integer, Set<Integer>> proposals = Map.of();
    private boolean loading;
    private String proposedVenue = "";
    private String proposedChair = "";

    public MeetingViewModel(MeetingService meetings, MeetingPlanService plans, HamletService hamlets, Messages messages,
            TaskExecutor executor) {
        super(messages, executor, Meeting::id);
        this.meetings = meetings;
        this.plans = plans;
        this.hamlets = hamlets;
        near = Bindings.createObjectBinding(() -> round.get() == null ? null
                : DateText.Near.span(round.get().startDate(), round.get().endDate()), round);
        // Silent while the meetings load or no round is chosen (the form is closed then).
        dateError = rule(() -> round.get() == null ? null : DateText.error(date.get(), true, near.get(), messages),
                date, near, round);
        startError = Bindings.createStringBinding(() -> timeError(startTime.get()), startTime);
        endError = Bindings.createStringBinding(() -> {
            String error = timeError(endTime.get());
            if (error != null) {
                return error;
            }
            Optional<LocalTime> start = MeetingText.parseTime(startTime.get());
            Optional<LocalTime> end = MeetingText.parseTime(endTime.get());
            return start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())
                    ? messages.get("meeting.time.order") : null;
        }, startTime, endTime);
        hamletsError = rule(() -> round.get() != null && hamletTicks.get() == 0
                ? messages.get("meeting.hamlets.required") : null, hamletTicks, round);
        valid = Bindings.createBooleanBinding(() -> round.get() != null && dateError.get() == null
                && startError.get() == null && endError.get() == null && hamletsError.get() == null
                && form.get() != null && status.get() != null,
                round, dateError, startError, endError, hamletsError, form, status);
        round.addListener((obs, old, now) -> {
            roundId = now == null ? null : now.id();
            if (old == null || now == null || old.id() != now.id()) {
                if (now == null) {
                    clearItems();
                } else {
                    // The meetings of the other round must not stand for this round's while these load.
                    clearForReload();
                }
                loadChoices();
            }
        });
    }

    private String timeError(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return MeetingText.parseTime(text).isPresent() ? null : messages.get("meeting.time.invalid", text.strip());
    }

    /** Loads the hamlets and deputies to choose from for the round, then its meetings. */
    private void loadChoices() {
        Integer id = roundId;
        if (id == null) {
            hamletChoices.clear();
            deputyChoices.clear();
            return;
        }
        executor.execute(BackgroundTask.of(() -> new Catalog(hamlets.list(), plans.deputiesOfRound(id),
                plans.proposedByHamlet(id))).onSuccess(catalog -> {
                    if (!java.util.Objects.equals(id, roundId)) {
                        return;
                    }
                    loading = true;
                    hamletList.setAll(catalog.hamlets());
                    hamletChoices.setAll(catalog.hamlets().stream().map(h -> {
                        Choice choice = new Choice(h.id(), h.name());
                        choice.selectedProperty().addListener((obs, old, now) -> hamletsChanged());
                        return choice;
                    }).toList());
                    deputyChoices.setAll(catalog.deputies().stream()
                            .map(d -> new Choice(d.id(), d.fullName() + " (" + messages.label(d.level()) + ")")).toList());
                    proposals = catalog.proposals();
                    loading = false;
                    Meeting current = selectedProperty().get();
                    if (current == null) {
                        clearForm();
                    } else {
                        loadForm(current);
                    }
                    super.refresh();
                }).onFailure(this::fail));
    }

    private record Catalog(List<Hamlet> hamlets, List<Deputy> deputies, Map<Integer, Set<Integer>> proposals) {
    }

    private void hamletsChanged() {
        hamletTicks.set((int) hamletChoices.stream().filter(Choice::isSelected).count());
        if (loading) {
            return;
        }
        Set<Integer> proposed = new HashSet<>();
        List<Integer> chosen = chosenHamlets();
        chosen.forEach(h -> proposed.addAll(proposals.getOrDefault(h, Set.of())));
        deputyChoices.forEach(d -> d.setSelected(proposed.contains(d.id())));
        List<Hamlet> picked = hamletList.stream().filter(h -> chosen.contains(h.id())).toList();
        String newVenue = picked.isEmpty() ? "" : MeetingPlanService.venueOf(picked.get(0));
        if (venue.get() == null || venue.get().isBlank() || venue.get().equals(proposedVenue)) {
            venue.set(newVenue);
        }
        proposedVenue = newVenue;
        String newChair = picked.isEmpty() || picked.get(0).frontHeadName() == null ? "" : picked.get(0).frontHeadName();
        if (chair.get() == null || chair.get().isBlank() || chair.get().equals(proposedChair)) {
            chair.set(newChair);
        }
        proposedChair = newChair;
    }

    private List<Integer> chosenHamlets() {
        return hamletChoices.stream().filter(Choice::isSelected).map(Choice::id).toList();
    }

    @Override
    public void refresh() {
        if (roundId == null) {
            clearItems();
            return;
        }
        loadChoices();
    }

    /** Creates one meeting for every hamlet not yet covered, then shows them; {@code done} gets how many. */
    public void createForEveryHamlet(Consumer<Integer> done) {
        Integer id = roundId;
        if (id == null) {
            return;
        }
        executor.execute(BackgroundTask.of(() -> plans.createForEveryHamlet(id)).onSuccess(created -> {
            setStatus(messages.get("meeting.plan.created", created.size()));
            super.refresh();
            done.accept(created.size());
        }).onFailure(this::fail));
    }

    @Override
    protected List<Meeting> loadAll() {
        Integer id = roundId;
        return id == null ? List.of() : meetings.list(id);
    }

    @Override
    protected String searchText(Meeting item) {
        return item.hamletNames() + " " + DateText.format(item.row().meetingDate()) + " "
                + (item.row().venue() == null ? "" : item.row().venue());
    }

    @Override
    protected void loadForm(Meeting item) {
        loading = true;
        try {
            MeetingRow row = item.row();
            date.set(DateText.format(row.meetingDate()));
            startTime.set(DateText.format(row.startTime()));
            endTime.set(DateText.format(row.endTime()));
            venue.set(row.venue() == null ? "" : row.venue());
            form.set(row.form());
            chair.set(row.chairName() == null ? "" : row.chairName());
            secretary.set(row.secretaryName() == null ? "" : row.secretaryName());
            status.set(row.status());
            Set<Integer> hamletIds = new HashSet<>();
            item.hamlets().forEach(h -> hamletIds.add(h.id()));
            hamletChoices.forEach(c -> c.setSelected(hamletIds.contains(c.id())));
            Set<Integer> deputyIds = new HashSet<>();
            item.deputies().forEach(d -> deputyIds.add(d.id()));
            deputyChoices.forEach(c -> c.setSelected(deputyIds.contains(c.id())));
            proposedVenue = venue.get();
            proposedChair = chair.get();
        } finally {
            loading = false;
        }
    }

    @Override
    protected void clearForm() {
        loading = true;
        try {
            ContactRound current = round.get();
            date.set(current == null ? "" : DateText.format(current.startDate()));
            startTime.set("");
            endTime.set("");
            venue.set("");
            form.set(MeetingForm.IN_PERSON);
            chair.set("");
            secretary.set("");
            status.set(MeetingStatus.PLANNED);
            hamletChoices.forEach(c -> c.setSelected(false));
            deputyChoices.forEach(c -> c.setSelected(false));
            proposedVenue = "";
            proposedChair = "";
        } finally {
            loading = false;
        }
    }

    @Override
    protected BooleanBinding formValid() {
        return valid;
    }

    @Override
    protected Callable<Meeting> storing(Meeting editing) {
        MeetingDraft draft = new MeetingDraft(roundId, DateText.parse(date.get(), near.get()).orElse(null),
                MeetingText.parseTime(startTime.get()).orElse(null), MeetingText.parseTime(endTime.get()).orElse(null),
                venue.get(), form.get(), chair.get(), secretary.get(), status.get(), chosenHamlets(),
                deputyChoices.stream().filter(Choice::isSelected).map(Choice::id).toList());
        return () -> editing == null ? meetings.create(draft) : meetings.update(editing.id(), draft);
    }

    @Override
    protected Comparator<Meeting> order() {
        return Meeting.IN_DATE_ORDER;
    }

    @Override
    protected void remove(Meeting item) {
        meetings.delete(item.id());
    }

    @Override
    protected String describe(Meeting item) {
        return messages.get("meeting.describe", item.hamletNames(), messages.dayWithWeekday(item.row().meetingDate()));
    }

    /** Selects the meeting with this id, if it is in the list. */
    public void select(int meetingId) {
        items().stream().filter(m -> m.id() == meetingId).findFirst().ifPresent(m -> selectedProperty().set(m));
    }

    public static List<MeetingForm> forms() {
        return Arrays.asList(MeetingForm.values());
    }

    public static List<MeetingStatus> statuses() {
        return Arrays.asList(MeetingStatus.values());
    }

    public ObjectProperty<ContactRound> roundProperty() {
        return round;
    }

    /** The hamlets of the commune (for the conflicts: which have no meeting). */
    public ObservableList<Hamlet> hamletList() {
        return hamletList;
    }

    public ObservableList<Choice> hamletChoices() {
        return hamletChoices;
    }

    public ObservableList<Choice> deputyChoices() {
        return deputyChoices;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty startTimeProperty() {
        return startTime;
    }

    public StringProperty endTimeProperty() {
        return endTime;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    public ObjectProperty<MeetingForm> formProperty() {
        return form;
    }

    public StringProperty chairProperty() {
        return chair;
    }

    public StringProperty secretaryProperty() {
        return secretary;
    }

    public ObjectProperty<MeetingStatus> meetingStatusProperty() {
        return status;
    }

    /** Where a meeting date typed without its year lies: within its round's days. */
    public javafx.beans.binding.ObjectBinding<DateText.Near> dateNearProperty() {
        return near;
    }

    public StringBinding dateErrorProperty() {
        return dateError;
    }

    public StringBinding startErrorProperty() {
        return startError;
    }

    public StringBinding endErrorProperty() {
        return endError;
    }

    public StringBinding hamletsErrorProperty() {
        return hamletsError;
    }
}
