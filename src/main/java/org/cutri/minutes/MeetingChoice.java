package org.cutri.minutes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingService;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundService;

/**
 * Choosing the meeting whose minutes are typed: a round, then one of its meetings. Lists are replaced
 * when they are loaded again; the choice is told on only when another meeting (by id) is chosen, so a
 * list refreshed with the same meeting never reloads the minutes. A list arriving late for a round no
 * longer chosen is dropped. Coming back to a round chooses again the meeting last chosen in it, if it is
 * still there.
 */
public final class MeetingChoice {

    private final RoundService roundService;
    private final MeetingService meetingService;
    private final TaskExecutor executor;
    private final Consumer<Meeting> chosen;
    private final Consumer<Exception> failed;

    private final ObservableList<ContactRound> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<ContactRound> round = new SimpleObjectProperty<>();
    private final ObservableList<Meeting> meetings = FXCollections.observableArrayList();
    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>();
    /** Counts the loads of the meeting list: only the newest may fill it. */
    private int meetingsLoad;
    private Integer wantedMeetingId;
    /** The meeting last chosen in each round (round id to meeting id), chosen again when the round is. */
    private final Map<Integer, Integer> lastChosen = new HashMap<>();

    /**
     * @param chosen told of the meeting chosen (null: none), each time another one is chosen
     * @param failed told when a list cannot be loaded
     */
    MeetingChoice(RoundService roundService, MeetingService meetingService, TaskExecutor executor,
            Consumer<Meeting> chosen, Consumer<Exception> failed) {
        this.roundService = roundService;
        this.meetingService = meetingService;
        this.executor = executor;
        this.chosen = chosen;
        this.failed = failed;
        round.addListener((obs, old, now) -> {
            if (!sameId(old == null ? null : old.id(), now == null ? null : now.id())) {
                loadMeetings(now);
            }
        });
        meeting.addListener((obs, old, now) -> {
            if (now != null) {
                lastChosen.put(now.row().roundId(), now.id());
            }
            if (!sameId(old == null ? null : old.id(), now == null ? null : now.id())) {
                chosen.accept(now);
            }
        });
    }

    /** Reloads the rounds, keeping the chosen one; chooses the newest round when none is chosen yet. */
    void refresh() {
        executor.execute(BackgroundTask.of(roundService::list).onSuccess(list -> {
            ContactRound shown = round.get();
            rounds.setAll(list);
            if (shown != null) {
                Optional<ContactRound> same = byId(list, shown.id(), ContactRound::id);
                round.set(same.orElse(null));
                // Its meetings may have changed on the planning screen meanwhile.
                same.ifPresent(this::loadMeetings);
            } else if (wantedMeetingId == null && !list.isEmpty()) {
                round.set(list.get(0));
            }
        }).onFailure(failed::accept));
    }

    /** Chooses this meeting (from the opinions list): its round first, then the meeting. */
    void open(int meetingId) {
        wantedMeetingId = meetingId;
        executor.execute(BackgroundTask.of(() -> roundService.get(meetingService.get(meetingId).row().roundId()))
                .onSuccess(stored -> {
                    ContactRound target = byId(rounds, stored.id(), ContactRound::id).orElse(stored);
                    if (!rounds.contains(target)) {
                        rounds.add(target);
                    }
                    ContactRound shown = round.get();
                    if (shown != null && shown.id() == target.id()) {
                        chooseWanted();
                    } else {
                        round.set(target);
                    }
                }).onFailure(failed::accept));
    }

    /** Chooses this round (a duty of the calendar was opened), after the reads queued before. */
    void openRound(int roundId) {
        executor.execute(BackgroundTask.of(() -> roundService.get(roundId)).onSuccess(stored -> {
            ContactRound target = byId(rounds, stored.id(), ContactRound::id).orElse(stored);
            if (!rounds.contains(target)) {
                rounds.add(target);
            }
            round.set(target);
        }).onFailure(failed::accept));
    }

    private void loadMeetings(ContactRound chosenRound) {
        int load = ++meetingsLoad;
        if (chosenRound == null) {
            meetings.clear();
            meeting.set(null);
            return;
        }
        int roundId = chosenRound.id();
        executor.execute(BackgroundTask.of(() -> meetingService.list(roundId)).onSuccess(list -> {
            if (load != meetingsLoad) {
                return;
            }
            Meeting shown = meeting.get();
            Optional<Meeting> kept = shown == null ? Optional.empty() : byId(list, shown.id(), Meeting::id);
            Integer before = lastChosen.get(roundId);
            if (kept.isEmpty() && before != null) {
                kept = byId(list, before, Meeting::id);
            }
            meetings.setAll(list);
            meeting.set(kept.orElse(null));
            chooseWanted();
        }).onFailure(failed::accept));
    }

    private void chooseWanted() {
        Integer wanted = wantedMeetingId;
        wantedMeetingId = null;
        if (wanted != null) {
            byId(meetings, wanted, Meeting::id).ifPresent(meeting::set);
        }
    }

    private static <T> Optional<T> byId(List<T> list, int id, java.util.function.ToIntFunction<T> idOf) {
        return list.stream().filter(item -> idOf.applyAsInt(item) == id).findFirst();
    }

    private static boolean sameId(Integer a, Integer b) {
        return java.util.Objects.equals(a, b);
    }

    public ObservableList<ContactRound> rounds() {
        return rounds;
    }

    public ObjectProperty<ContactRound> roundProperty() {
        return round;
    }

    public ObservableList<Meeting> meetings() {
        return meetings;
    }

    public ObjectProperty<Meeting> meetingProperty() {
        return meeting;
    }
}
