package org.cutri.minutes;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;

import org.cutri.answer.RaisedAgain;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.task.TaskTracker;
import org.cutri.document.DocumentSaver;
import org.cutri.document.DocumentSaving;
import org.cutri.document.OfficialDocument;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingService;
import org.cutri.meeting.MeetingStatus;
import org.cutri.opinion.Opinion;
import org.cutri.opinion.OpinionField;
import org.cutri.opinion.OpinionService;
import org.cutri.round.RoundService;

/**
 * Typing the minutes of a meeting (biên bản) and its opinions. Nothing typed is lost: a new opinion is
 * inserted the moment it is started, and every change is stored as it is made (text after a short pause,
 * choices at once, everything when the focus leaves a field), on the background worker, in order.
 *
 * <p>The jobs are split: {@link MeetingChoice} chooses the round and meeting, {@link MinutesForm} holds the
 * minutes' own fields, {@link OpinionEditor} the opinions, {@link AutoSave} the typing pause. This class
 * loads the meeting chosen: each choice starts a new load and only the newest load fills the screen, by
 * replacing what it shows, so a meeting chosen twice in a row is never shown twice.
 */
public class MinutesViewModel {

    private final MeetingService meetingService;
    private final OpinionService opinionService;
    private final MinutesService minutesService;
    private final TaskExecutor executor;

    private final AutoSave autoSave;
    private final MinutesStatus status;
    private final MeetingChoice choice;
    private final MinutesForm form;
    private final OpinionEditor editor;
    private final ReadBackList readBack;
    private final DocumentSaver saver;
    private final org.cutri.document.DocumentOutput output;
    private final DocumentSaving saving;
    private final BooleanProperty meetingOpen = new SimpleBooleanProperty();
    private final BooleanProperty withNames = new SimpleBooleanProperty(false);
    private final BooleanBinding meetingLoading;
    private final StringBinding opinionsEmptyText;
    /** Counts the loads of a meeting: only the newest may fill the screen. */
    private int meetingLoad;

    /**
     * @param pause how long typing must stop before the text is stored; {@link Duration#ZERO} stores each change
     *     at once (view-model tests run without the JavaFX toolkit)
     */
    public MinutesViewModel(RoundService roundService, MeetingService meetingService, OpinionService opinionService,
            MinutesService minutesService, Messages messages, TaskExecutor executor, Duration pause) {
        this(roundService, meetingService, opinionService, minutesService, messages, executor, pause,
                DocumentSaver.FILES);
    }

    /** @param saver writes the minutes to a file (on a worker) */
    public MinutesViewModel(RoundService roundService, MeetingService meetingService, OpinionService opinionService,
            MinutesService minutesService, Messages messages, TaskExecutor executor, Duration pause,
            DocumentSaver saver) {
        this(roundService, meetingService, opinionService, minutesService, messages, executor, pause, saver,
                org.cutri.document.DocumentOutput.PLAIN);
    }

    /** @param output where the minutes are saved and printed, recorded in the audit trail */
    public MinutesViewModel(RoundService roundService, MeetingService meetingService, OpinionService opinionService,
            MinutesService minutesService, Messages messages, TaskExecutor executor, Duration pause,
            org.cutri.document.DocumentOutput output) {
        this(roundService, meetingService, opinionService, minutesService, messages, executor, pause, output.saver(),
                output);
    }

    private MinutesViewModel(RoundService roundService, MeetingService meetingService, OpinionService opinionService,
            MinutesService minutesService, Messages messages, TaskExecutor executor, Duration pause,
            DocumentSaver saver, org.cutri.document.DocumentOutput output) {
        this.output = output;
        this.saver = saver;
        this.meetingService = meetingService;
        this.opinionService = opinionService;
        this.minutesService = minutesService;
        this.executor = executor;
        this.autoSave = new AutoSave(pause);
        this.status = new MinutesStatus(messages);
        this.form = new MinutesForm(meetingService, minutesService, messages, executor, autoSave, status);
        this.editor = new OpinionEditor(opinionService, minutesService, messages, executor, autoSave, status,
                form.votersPresentProperty()::get);
        this.readBack = new ReadBackList(minutesService, messages, executor, autoSave, status);
        this.choice = new MeetingChoice(roundService, meetingService, executor, this::show, status::failed);
        this.saving = new DocumentSaving(messages, executor, status::say);
        this.meetingLoading = choice.meetingProperty().isNotNull().and(meetingOpen.not());
        this.opinionsEmptyText = Bindings.when(choice.meetingProperty().isNull())
                .then(messages.get("minutes.opinions.noMeeting")).otherwise(messages.get("minutes.opinions.empty"));
    }

    /** Loads the rounds, keeping the chosen round (and its meeting). */
    public void refresh() {
        choice.refresh();
    }

    /** Shows this meeting (from the opinions list or another screen): its round, then the meeting itself. */
    public void open(int meetingId) {
        choice.open(meetingId);
    }

    /** Shows this round (a duty of the calendar was opened). */
    public void openRound(int roundId) {
        choice.openRound(roundId);
    }

    /** Another meeting was chosen: store what waits, empty the screen, load the meeting. */
    private void show(Meeting chosen) {
        autoSave.flush();
        status.meetingChanged();
        int load = ++meetingLoad;
        meetingOpen.set(false);
        status.meetingStatusProperty().set(null);
        editor.clear();
        form.clear();
        if (chosen == null) {
            readBack.clear();
            return;
        }
        readBack.loading();
        int id = chosen.id();
        executor.execute(BackgroundTask.of(() -> new Loaded(meetingService.get(id), opinionService.listByMeeting(id),
                opinionService.fields(), minutesService.raisedAgain(id))).onSuccess(loaded -> {
                    if (load != meetingLoad) {
                        return;
                    }
                    form.show(loaded.meeting());
                    editor.show(id, loaded.opinions(), loaded.fields(), loaded.meeting().hamlets(), loaded.raised());
                    status.meetingStatusProperty().set(loaded.meeting().row().status());
                    meetingOpen.set(true);
                    // Once the meeting is shown: a meeting chosen and left at once never loads its list.
                    readBack.show(id);
                }).onFailure(error -> {
                    if (load == meetingLoad) {
                        readBack.clear();
                    }
                    status.failed(error);
                }));
    }

    /** Stores at once everything still waiting for the typing pause (focus left a field, another meeting). */
    public void flush() {
        autoSave.flush();
    }

    /** Builds the minutes document in the background (after storing what is pending) and hands it over. */
    public void document(Consumer<Document> consumer) {
        Meeting shown = choice.meetingProperty().get();
        if (shown == null) {
            return;
        }
        flush();
        int id = shown.id();
        boolean names = withNames.get();
        executor.execute(BackgroundTask.of(() -> new Document(minutesService.document(id, names),
                        minutesService.fileName(id)))
                .onSuccess(consumer).onFailure(status::failed));
    }

    /**
     * Writes the minutes to a .docx or .pdf file in the background, with progress and "Dừng" ({@link #saving()});
     * {@code saved} runs once the file is complete. A stopped save writes no file and leaves an older one as it was.
     */
    public void save(Document document, Path target, Consumer<Path> saved) {
        saving.save(target, BackgroundTask.monitored(monitor -> {
            saver.save(document.document(), target, monitor);
            return target;
        }).computation(), saved);
    }

    /** Saving the minutes to a file: its progress and "Dừng". */
    public TaskTracker saving() {
        return saving.work();
    }

    /** Whether the document names the speakers who agreed: false until the user chooses (and confirms) it. */
    public BooleanProperty withNamesProperty() {
        return withNames;
    }

    /** The minutes as a document and the file name to suggest. */
    public record Document(OfficialDocument document, String fileName) {
    }

    public MeetingChoice choice() {
        return choice;
    }

    public MinutesForm form() {
        return form;
    }

    public OpinionEditor editor() {
        return editor;
    }

    /** The answers to earlier opinions read back at the meeting, and the voters' reactions. */
    public ReadBackList readBack() {
        return readBack;
    }

    /** True once the chosen meeting is loaded and can be typed into. */
    public BooleanProperty meetingOpenProperty() {
        return meetingOpen;
    }

    /** True while the chosen meeting is being read: the screen says it is loading, never "no opinions". */
    public BooleanBinding meetingLoadingProperty() {
        return meetingLoading;
    }

    /** What the empty list of opinions says: choose a meeting, or (of a meeting read) add the first opinion. */
    public StringBinding opinionsEmptyTextProperty() {
        return opinionsEmptyText;
    }

    public ObjectProperty<MeetingStatus> meetingStatusProperty() {
        return status.meetingStatusProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.textProperty();
    }

    private record Loaded(Meeting meeting, List<Opinion> opinions, List<OpinionField> fields,
            Map<Integer, RaisedAgain> raised) {
    }

    /** Where the minutes' preview saves and prints. */
    public org.cutri.document.DocumentOutput documentOutput() {
        return output;
    }
}
