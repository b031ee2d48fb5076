package org.cutri.meeting;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.task.TaskTracker;
import org.cutri.document.DocumentSaving;
import org.cutri.hamlet.Hamlet;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundViewModel;

/**
 * The contact-round screen (Đợt tiếp xúc cử tri): the rounds and their form, the meetings of the chosen
 * round, the problems of its schedule, the schedule by day and by week, and the plan document.
 */
public class PlanningViewModel {

    private final RoundViewModel rounds;
    private final MeetingViewModel meetings;
    private final SchedulePlanDocument plans;
    private final PlanFiles planFiles;
    private final org.cutri.document.DocumentOutput output;
    private final DocumentSaving saving;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ObservableList<MeetingConflict> conflicts = FXCollections.observableArrayList();
    private final ObservableList<ScheduleLine> scheduleLines = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> weekStart = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private boolean firstLoad = true;
    private final javafx.beans.binding.BooleanBinding checking;
    private final javafx.beans.binding.BooleanBinding planIssued;

    /** @param planFiles saves the plan to a file (in one transaction with its number) */
    public PlanningViewModel(RoundViewModel rounds, MeetingViewModel meetings, SchedulePlanDocument plans,
            PlanFiles planFiles, Messages messages, TaskExecutor executor, Clock clock) {
        this(rounds, meetings, plans, planFiles, messages, executor, clock, org.cutri.document.DocumentOutput.PLAIN);
    }

    /** @param output where the plan's preview saves and prints, recorded in the audit trail */
    public PlanningViewModel(RoundViewModel rounds, MeetingViewModel meetings, SchedulePlanDocument plans,
            PlanFiles planFiles, Messages messages, TaskExecutor executor, Clock clock,
            org.cutri.document.DocumentOutput output) {
        this.output = output;
        this.rounds = rounds;
        this.meetings = meetings;
        this.plans = plans;
        this.planFiles = planFiles;
        this.saving = new DocumentSaving(messages, executor, status::set);
        this.messages = messages;
        this.executor = executor;
        this.clock = clock;
        meetings.roundProperty().bind(rounds.selectedProperty());
        planIssued = javafx.beans.binding.Bindings.createBooleanBinding(() -> rounds.selectedProperty().get() != null
                && rounds.selectedProperty().get().planNumber() != null, rounds.selectedProperty());
        checking = rounds.loadingProperty().or(meetings.loadingProperty().and(rounds.selectedProperty().isNotNull()));
        rounds.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && (old == null || old.id() != now.id())) {
                weekStart.set(monday(now.startDate()));
            }
            update();
        });
        meetings.items().addListener((ListChangeListener<Meeting>) change -> update());
        // The schedule is judged only once the round's meetings are read: before that every hamlet would
        // look as if it had no meeting.
        meetings.loadingProperty().addListener((obs, old, now) -> update());
        meetings.hamletList().addListener((ListChangeListener<Hamlet>) change -> update());
        rounds.items().addListener((ListChangeListener<ContactRound>) change -> {
            if (firstLoad && !rounds.items().isEmpty()) {
                firstLoad = false;
                if (rounds.selectedProperty().get() == null) {
                    rounds.selectedProperty().set(rounds.items().get(0));
                }
            }
        });
        rounds.statusProperty().addListener((obs, old, now) -> status.set(now));
        meetings.statusProperty().addListener((obs, old, now) -> status.set(now));
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Recomputes the problems and the schedule by day from what is on screen. */
    private void update() {
        ContactRound round = rounds.selectedProperty().get();
        if (round == null || meetings.isLoading()) {
            conflicts.clear();
            scheduleLines.clear();
            return;
        }
        conflicts.setAll(MeetingConflicts.find(round, List.copyOf(meetings.items()), List.copyOf(meetings.hamletList())));
        List<Meeting> sorted = sorted();
        List<ScheduleLine> lines = new ArrayList<>();
        LocalDate day = null;
        for (Meeting m : sorted) {
            if (!m.row().meetingDate().equals(day)) {
                day = m.row().meetingDate();
                lines.add(new ScheduleLine(day, null));
            }
            lines.add(new ScheduleLine(day, m));
        }
        scheduleLines.setAll(lines);
    }

    private List<Meeting> sorted() {
        return meetings.items().stream().sorted(Meeting.IN_DATE_ORDER).toList();
    }

    /** The meetings of one day, by time. */
    public List<Meeting> meetingsOn(LocalDate day) {
        return sorted().stream().filter(m -> m.row().meetingDate().equals(day)).toList();
    }

    public void previousWeek() {
        if (weekStart.get() != null) {
            weekStart.set(weekStart.get().minusWeeks(1));
        }
    }

    public void nextWeek() {
        if (weekStart.get() != null) {
            weekStart.set(weekStart.get().plusWeeks(1));
        }
    }

    /** The problems as the user reads them, one per line with a dash, for the confirmation before printing. */
    public String conflictSummary() {
        StringBuilder text = new StringBuilder();
        for (MeetingConflict conflict : conflicts) {
            text.append("- ").append(conflict.text(messages)).append('\n');
        }
        return text.toString().strip();
    }

    public String text(MeetingConflict conflict) {
        return conflict.text(messages);
    }

    /**
     * Builds the plan as it stands (a draft without a number until it is issued; printing never takes a number), then
     * hands it over on the FX thread.
     */
    public void preparePlan(Consumer<SchedulePlanDocument.Plan> ready) {
        ContactRound round = rounds.selectedProperty().get();
        if (round == null) {
            return;
        }
        executor.execute(BackgroundTask.of(() -> plans.build(round.id(), LocalDate.now(clock))).onSuccess(plan -> {
            status.set(plan.issued() ? messages.get("meeting.plan.ready", plan.number())
                    : messages.get("meeting.plan.readyDraft"));
            rounds.refresh();
            ready.accept(plan);
        }).onFailure(this::fail));
    }

    /**
     * Builds the plan and writes it to a .docx or .pdf file in the background, with progress and "Dừng"
     * ({@link #saving()}): a stopped save writes no file, leaves an older one as it was and takes no number.
     */
    public void savePlan(Path target) {
        ContactRound round = rounds.selectedProperty().get();
        if (round == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        saving.save(target, BackgroundTask.monitored(monitor -> planFiles.save(round.id(), today, target, monitor))
                .onFailure(this::fail), plan -> {
                    status.set(plan.issued() ? messages.get("meeting.plan.saved", plan.number(), target.toString())
                            : messages.get("meeting.plan.savedDraft", target.toString()));
                    rounds.refresh();
                });
    }

    /**
     * Issues the chosen round's plan (ban hành): reads the number the register would give and the day (the round's plan
     * date, else today) in the background, asks {@code confirm} with both, then takes the number in one transaction.
     * A plan issued before is not issued again.
     */
    public void issuePlan(Predicate<String> confirm) {
        ContactRound round = rounds.selectedProperty().get();
        if (round == null || round.planNumber() != null) {
            return;
        }
        LocalDate day = org.cutri.round.RoundService.issueDay(round, LocalDate.now(clock));
        executor.execute(BackgroundTask.of(() -> plans.upcoming(round.id(), day)).onSuccess(upcoming -> {
            if (upcoming.done() || !confirm.test(messages.get("meeting.plan.issue.confirm", round.name(),
                    upcoming.number(), org.cutri.common.text.DateText.format(upcoming.date())))) {
                rounds.refresh();
                return;
            }
            executor.execute(BackgroundTask.of(() -> plans.issue(round.id(), upcoming.date())).onSuccess(plan -> {
                status.set(messages.get("meeting.plan.issued", plan.number(),
                        org.cutri.common.text.DateText.format(upcoming.date())));
                rounds.refresh();
            }).onFailure(this::fail));
        }).onFailure(this::fail));
    }

    /** True when the chosen round's plan is issued (it has its number): "Ban hành" has nothing more to do. */
    public javafx.beans.binding.BooleanBinding planIssued() {
        return planIssued;
    }

    /** Saving the plan to a file: its progress and "Dừng". */
    public TaskTracker saving() {
        return saving.work();
    }

    /** The file name to suggest: with the plan's number once issued, marked a draft before. */
    public String suggestedFileName() {
        ContactRound round = rounds.selectedProperty().get();
        if (round == null) {
            return "Ke-hoach-tiep-xuc-cu-tri";
        }
        if (round.planNumber() == null) {
            return "Ke-hoach-tiep-xuc-cu-tri-du-thao-" + round.id();
        }
        return String.format("Ke-hoach-tiep-xuc-cu-tri-%02d-%d", round.planNumber(), round.planYear());
    }

    private void fail(Exception e) {
        org.cutri.common.UserException user = org.cutri.common.UserException.find(e);
        if (user == null) {
            throw new IllegalStateException(e);
        }
        status.set(messages.of(user));
        problem.set(messages.of(user));
    }

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();

    /** The last refusal of a print or save (no profile, …), shown above the schedule. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void clearProblem() {
        problem.set(null);
    }

    /** Reloads the rounds (the meetings follow the selection). */
    public void refresh() {
        rounds.refresh();
        meetings.refresh();
    }

    public RoundViewModel rounds() {
        return rounds;
    }

    public MeetingViewModel meetings() {
        return meetings;
    }

    /** True while the rounds or the chosen round's meetings are read: the schedule is not judged yet. */
    public javafx.beans.binding.BooleanBinding checkingProperty() {
        return checking;
    }

    public ObservableList<MeetingConflict> conflicts() {
        return conflicts;
    }

    public ObservableList<ScheduleLine> scheduleLines() {
        return scheduleLines;
    }

    public ObjectProperty<LocalDate> weekStartProperty() {
        return weekStart;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Where the plan's preview saves and prints. */
    public org.cutri.document.DocumentOutput documentOutput() {
        return output;
    }
}
