package org.cutri.sentiment;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.DateText;
import org.cutri.common.text.VietText;
import org.cutri.common.ui.ListEditorViewModel;
import org.cutri.hamlet.Hamlet;
import org.cutri.hamlet.HamletService;

/**
 * The public-sentiment screen (Tình hình Nhân dân): the periods with their deadlines and counts, the chosen period's
 * notes in a list with the edit form, making the standard periods, carrying a note over, and the report (a draft
 * without a number, or issued with the register's number) written in the background.
 */
public class SentimentViewModel extends ListEditorViewModel<SentimentNote> {

    private final SentimentService sentiment;
    private final HamletService hamlets;
    private final Clock clock;

    private final ObservableList<SentimentPeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<SentimentPeriod> period = new SimpleObjectProperty<>();
    private final ObservableList<SentimentEntry> topics = FXCollections.observableArrayList();
    private final ObservableList<SentimentEntry> sources = FXCollections.observableArrayList();
    private final ObservableList<Hamlet> hamletList = FXCollections.observableArrayList();

    private final ObjectProperty<SentimentEntry> topic = new SimpleObjectProperty<>();
    private final ObjectProperty<SentimentEntry> source = new SimpleObjectProperty<>();
    private final ObjectProperty<Hamlet> hamlet = new SimpleObjectProperty<>();
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty content = new SimpleStringProperty("");
    private final ObjectProperty<Spread> spread = new SimpleObjectProperty<>(Spread.PART);
    private final BooleanProperty hotSpot = new SimpleBooleanProperty();
    private final StringProperty hotSpotNote = new SimpleStringProperty("");
    private final StringProperty candidateOpinion = new SimpleStringProperty("");
    private final BooleanProperty resolved = new SimpleBooleanProperty();
    private final StringProperty electionDay = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty();

    private final StringBinding topicError;
    private final StringBinding sourceError;
    private final StringBinding placeError;
    private final StringBinding contentError;
    private final BooleanBinding valid;
    private final BooleanBinding electionPeriod;

    public SentimentViewModel(SentimentService sentiment, HamletService hamlets, Messages messages,
            TaskExecutor executor, Clock clock) {
        super(messages, executor, SentimentNote::id);
        this.sentiment = sentiment;
        this.hamlets = hamlets;
        this.clock = clock;
        topicError = rule(() -> topic.get() == null ? messages.get("sentiment.note.topic.required") : null, topic);
        sourceError = rule(() -> source.get() == null ? messages.get("sentiment.note.source.required") : null, source);
        placeError = rule(() -> hamlet.get() == null && VietText.clean(place.get()).isEmpty()
                ? messages.get("sentiment.note.place.required") : null, hamlet, place);
        contentError = rule(() -> VietText.clean(content.get()).isEmpty()
                ? messages.get("sentiment.note.content.required") : null, content);
        valid = Bindings.createBooleanBinding(() -> period.get() != null && topicError.get() == null
                && sourceError.get() == null && placeError.get() == null && contentError.get() == null,
                period, topicError, sourceError, placeError, contentError);
        electionPeriod = Bindings.createBooleanBinding(() -> period.get() != null && period.get().kind().election(),
                period);
        period.addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                if (now == null) {
                    clearItems();
                } else {
                    clearForReload();
                    super.refresh();
                }
            }
        });
    }

    /** Reads the periods (keeping the chosen one, else the latest), the lists, and the chosen period's notes. */
    @Override
    public void refresh() {
        working.set(true);
        executor.execute(BackgroundTask.of(() -> new Lists(sentiment.periods(), sentiment.topics(),
                sentiment.sources(), hamlets.list())).onSuccess(lists -> {
                    working.set(false);
                    topics.setAll(lists.topics());
                    sources.setAll(lists.sources());
                    hamletList.setAll(lists.hamlets());
                    SentimentPeriod chosen = period.get();
                    periods.setAll(lists.periods());
                    SentimentPeriod again = chosen == null ? null : lists.periods().stream()
                            .filter(p -> p.id() == chosen.id()).findFirst().orElse(null);
                    if (again == null) {
                        again = lists.periods().stream().filter(p -> p.status() == SentimentPeriodStatus.OPEN)
                                .reduce((a, b) -> b).orElse(lists.periods().isEmpty() ? null : lists.periods().get(0));
                    }
                    boolean same = again != null && chosen != null && again.id() == chosen.id();
                    period.set(again);
                    if (same) {
                        super.refresh();
                    } else if (again == null) {
                        clearItems();
                    }
                }).onFailure(this::failed));
    }

    private record Lists(List<SentimentPeriod> periods, List<SentimentEntry> topics, List<SentimentEntry> sources,
            List<Hamlet> hamlets) {
    }

    @Override
    protected List<SentimentNote> loadAll() {
        SentimentPeriod chosen = period.get();
        return chosen == null ? List.of() : sentiment.notes(chosen.id());
    }

    @Override
    protected String searchText(SentimentNote note) {
        return note.topicName() + " " + note.placeName() + " " + note.sourceName() + " " + note.content() + " "
                + Objects.toString(note.hotSpotNote(), "");
    }

    @Override
    protected void loadForm(SentimentNote note) {
        topic.set(topics.stream().filter(t -> t.id() == note.topicId()).findFirst()
                .orElse(new SentimentEntry(note.topicId(), note.topicName())));
        source.set(sources.stream().filter(s -> s.id() == note.sourceId()).findFirst()
                .orElse(new SentimentEntry(note.sourceId(), note.sourceName())));
        hamlet.set(note.hamletId() == null ? null
                : hamletList.stream().filter(h -> h.id() == note.hamletId()).findFirst().orElse(null));
        place.set(hamlet.get() == null ? note.placeName() : "");
        content.set(note.content());
        spread.set(note.spread());
        hotSpot.set(note.hotSpot());
        hotSpotNote.set(Objects.toString(note.hotSpotNote(), ""));
        candidateOpinion.set(Objects.toString(note.candidateOpinion(), ""));
        resolved.set(note.resolved());
    }

    @Override
    protected void clearForm() {
        topic.set(null);
        source.set(null);
        hamlet.set(null);
        place.set("");
        content.set("");
        spread.set(Spread.PART);
        hotSpot.set(false);
        hotSpotNote.set("");
        candidateOpinion.set("");
        resolved.set(false);
    }

    @Override
    protected BooleanBinding formValid() {
        return valid;
    }

    @Override
    protected Callable<SentimentNote> storing(SentimentNote editing) {
        NoteDraft draft = draft();
        return () -> editing == null ? sentiment.createNote(draft) : sentiment.updateNote(editing.id(), draft);
    }

    /** The form as a plain record, built on the FX thread before the work goes to the worker. */
    private NoteDraft draft() {
        SentimentPeriod chosen = period.get();
        return new NoteDraft(chosen == null ? 0 : chosen.id(), topic.get() == null ? null : topic.get().id(),
                hamlet.get() == null ? null : hamlet.get().id(), place.get(),
                source.get() == null ? null : source.get().id(), content.get(), spread.get(), hotSpot.get(),
                hotSpotNote.get(), electionPeriod.get() ? candidateOpinion.get() : null, resolved.get());
    }

    @Override
    protected void remove(SentimentNote note) {
        sentiment.deleteNote(note.id());
    }

    @Override
    protected java.util.Optional<UserException> deleteRefusal(SentimentNote note) {
        return sentiment.deleteRefusal(note.id());
    }

    @Override
    protected String describe(SentimentNote note) {
        String text = note.content();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    /** After a note is added or deleted the periods' counts change. */
    @Override
    protected void afterChange() {
        reloadPeriods(null);
    }

    private void reloadPeriods(Runnable then) {
        executor.execute(BackgroundTask.of(sentiment::periods).onSuccess(list -> {
            SentimentPeriod chosen = period.get();
            periods.setAll(list);
            if (chosen != null) {
                list.stream().filter(p -> p.id() == chosen.id()).findFirst().ifPresent(period::set);
            }
            if (then != null) {
                then.run();
            }
        }).onFailure(this::failed));
    }

    /** Makes the three periods of the election typed in {@link #electionDayProperty()}. */
    public void createElection() {
        var day = DateText.parse(electionDay.get());
        if (day.isEmpty()) {
            String typed = electionDay.get() == null ? "" : electionDay.get().strip();
            setStatus(typed.isEmpty() ? messages.get("sentiment.period.electionDay.required")
                    : DateText.error(typed, true, null, messages));
            return;
        }
        run(() -> sentiment.createElection(day.get()).get(0),
                made -> messages.get("sentiment.status.electionMade", DateText.format(day.get())));
    }

    /**
     * Changes the chosen period's name, deadline and the office's own texts of the report (I. Tình hình chung, III. Đề
     * xuất, kiến nghị: one proposal a line). A wrong deadline is one message and nothing is stored.
     */
    public void updatePeriod(String label, String deadlineText, String generalText, String proposals) {
        SentimentPeriod chosen = period.get();
        if (chosen == null || working.get()) {
            return;
        }
        var deadline = DateText.parse(deadlineText);
        if (deadline.isEmpty()) {
            // what is wrong with the deadline typed (31/02, 28/11 without its year, a word), or that it is missing
            setStatus(DateText.error(deadlineText, true, null, messages));
            return;
        }
        PeriodDraft draft = new PeriodDraft(chosen.kind(), label, chosen.subject(), chosen.fromDate(),
                chosen.untilDate(), deadline.get(), generalText, proposals);
        working.set(true);
        executor.execute(BackgroundTask.of(() -> sentiment.updatePeriod(chosen.id(), draft)).onSuccess(updated -> {
            working.set(false);
            setStatus(messages.get("common.saved", updated.label()));
            reloadPeriods(null);
        }).onFailure(this::failed));
    }

    /** Makes the monthly period after the latest one (or this month's). */
    public void createNextMonth() {
        run(sentiment::createNextMonth, made -> messages.get("sentiment.status.periodMade", made.label()));
    }

    /** Carries the chosen note over to the next period; the status says so and the counts follow. */
    public void carryOver() {
        SentimentNote note = selectedProperty().get();
        if (note == null) {
            return;
        }
        working.set(true);
        executor.execute(BackgroundTask.of(() -> sentiment.carryOver(note.id())).onSuccess(carried -> {
            working.set(false);
            setStatus(messages.get("sentiment.status.carried", describe(carried)));
            reloadPeriods(() -> super.refresh());
        }).onFailure(this::failed));
    }

    private void run(Supplier<SentimentPeriod> work, java.util.function.Function<SentimentPeriod, String> done) {
        working.set(true);
        executor.execute(BackgroundTask.of(work::get).onSuccess(made -> {
            working.set(false);
            setStatus(done.apply(made));
            reloadPeriods(() -> period.set(periods.stream().filter(p -> p.id() == made.id()).findFirst()
                    .orElse(period.get())));
        }).onFailure(this::failed));
    }

    /**
     * Writes the chosen period's report: a draft without a number, or the issued report (the register gives it its
     * number the first time). Runs in the background; the status says where it went.
     */
    public void saveReport(Path target, boolean draft) {
        SentimentPeriod chosen = period.get();
        if (chosen == null || working.get()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        working.set(true);
        setStatus(messages.get("sentiment.status.saving"));
        executor.execute(BackgroundTask.monitored(monitor -> {
            sentiment.save(chosen.id(), target, draft, today, monitor);
            return sentiment.period(chosen.id());
        }).onSuccess(after -> {
            working.set(false);
            setStatus(draft ? messages.get("sentiment.status.savedDraft", target.getFileName())
                    : messages.get("sentiment.status.savedIssued", after.reportNumber(), target.getFileName()));
            reloadPeriods(null);
        }).onFailure(this::failed));
    }

    /**
     * Before the chosen period's report is issued: reads the number the register would give today in the background,
     * asks {@code confirm} with the period, that number and the date, and goes on with {@code then} on yes.
     */
    public void askIssue(java.util.function.Predicate<String> confirm, Runnable then) {
        SentimentPeriod chosen = period.get();
        if (chosen == null || working.get()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        executor.execute(BackgroundTask.of(() -> sentiment.upcomingNumber(today)).onSuccess(number -> {
            if (confirm.test(messages.get("sentiment.issue.confirmNumber", chosen.label(), number,
                    org.cutri.common.text.DateText.format(today)))) {
                then.run();
            }
        }).onFailure(this::failed));
    }

    /** Adds a topic typed by the user and chooses it. */
    public void addTopic(String name) {
        working.set(true);
        executor.execute(BackgroundTask.of(() -> {
            SentimentEntry added = sentiment.addTopic(name);
            return new Added(added, sentiment.topics());
        }).onSuccess(result -> {
            working.set(false);
            topics.setAll(result.list());
            topic.set(topics.stream().filter(t -> t.id() == result.added().id()).findFirst().orElse(result.added()));
        }).onFailure(this::failed));
    }

    /** Adds a source (an organisation) typed by the user and chooses it. */
    public void addSource(String name) {
        working.set(true);
        executor.execute(BackgroundTask.of(() -> {
            SentimentEntry added = sentiment.addSource(name);
            return new Added(added, sentiment.sources());
        }).onSuccess(result -> {
            working.set(false);
            sources.setAll(result.list());
            source.set(sources.stream().filter(t -> t.id() == result.added().id()).findFirst().orElse(result.added()));
        }).onFailure(this::failed));
    }

    private record Added(SentimentEntry added, List<SentimentEntry> list) {
    }

    /** A suggested file name: "bao-cao-tinh-hinh-nhan-dan-thang-11-2026.docx". */
    public String suggestedFileName(String extension) {
        SentimentPeriod chosen = period.get();
        String base = "bao-cao-tinh-hinh-nhan-dan" + (chosen == null ? "" : "-" + VietText.fold(chosen.label())
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
        return base + "." + extension;
    }

    private void failed(Exception e) {
        working.set(false);
        fail(e);
    }

    /** Shows this period and its notes (its deadline was opened from the calendar), after the reads queued before. */
    public void openPeriod(int periodId) {
        executor.execute(BackgroundTask.of(() -> periodId).onSuccess(id -> periods.stream()
                .filter(p -> p.id() == id).findFirst().ifPresent(period::set)));
    }

    public ObservableList<SentimentPeriod> periods() {
        return periods;
    }

    public ObjectProperty<SentimentPeriod> periodProperty() {
        return period;
    }

    public ObservableList<SentimentEntry> topics() {
        return topics;
    }

    public ObservableList<SentimentEntry> sources() {
        return sources;
    }

    public ObservableList<Hamlet> hamlets() {
        return hamletList;
    }

    public ObjectProperty<SentimentEntry> topicProperty() {
        return topic;
    }

    public ObjectProperty<SentimentEntry> sourceProperty() {
        return source;
    }

    public ObjectProperty<Hamlet> hamletProperty() {
        return hamlet;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty contentProperty() {
        return content;
    }

    public ObjectProperty<Spread> spreadProperty() {
        return spread;
    }

    public BooleanProperty hotSpotProperty() {
        return hotSpot;
    }

    public StringProperty hotSpotNoteProperty() {
        return hotSpotNote;
    }

    public StringProperty candidateOpinionProperty() {
        return candidateOpinion;
    }

    public BooleanProperty resolvedProperty() {
        return resolved;
    }

    public StringProperty electionDayProperty() {
        return electionDay;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    public BooleanBinding electionPeriodProperty() {
        return electionPeriod;
    }

    public StringBinding topicErrorProperty() {
        return topicError;
    }

    public StringBinding sourceErrorProperty() {
        return sourceError;
    }

    public StringBinding placeErrorProperty() {
        return placeError;
    }

    public StringBinding contentErrorProperty() {
        return contentError;
    }
}
