package org.cutri.meeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Meetings of a round and their minutes. Every change is committed at once. */
public class MeetingService {

    /** The sizes of the meeting's text columns: venue, a person's name, guests, reports and closing notes. */
    public static final int VENUE_MAX = 300;
    public static final int NAME_MAX = 200;
    public static final int GUESTS_MAX = 2000;
    public static final int NOTES_MAX = 4000;

    private final Jdbi jdbi;
    private final Clock clock;

    public MeetingService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The meetings of a round by date and time, with their hamlets and deputies. */
    public List<Meeting> list(int roundId) {
        return jdbi.inTransaction(handle -> {
            MeetingDao dao = handle.attach(MeetingDao.class);
            Map<Integer, List<MeetingDao.HamletLink>> hamlets = dao.hamletsOfRound(roundId).stream()
                    .collect(Collectors.groupingBy(MeetingDao.HamletLink::meetingId));
            Map<Integer, List<MeetingDao.DeputyLink>> deputies = dao.deputiesOfRound(roundId).stream()
                    .collect(Collectors.groupingBy(MeetingDao.DeputyLink::meetingId));
            List<Meeting> meetings = new ArrayList<>();
            for (MeetingRow row : dao.listByRound(roundId)) {
                meetings.add(assemble(row, hamlets.getOrDefault(row.id(), List.of()),
                        deputies.getOrDefault(row.id(), List.of())));
            }
            return meetings;
        });
    }

    public Optional<Meeting> find(int id) {
        return jdbi.inTransaction(handle -> {
            MeetingDao dao = handle.attach(MeetingDao.class);
            return dao.find(id).map(row -> assemble(row, dao.hamletsOfMeeting(id), dao.deputiesOfMeeting(id)));
        });
    }

    public Meeting get(int id) {
        return find(id).orElseThrow(() -> new UserException("meeting.notFound", id));
    }

    public Meeting create(MeetingDraft draft) {
        check(draft);
        return jdbi.inTransaction(handle -> {
            MeetingDao dao = handle.attach(MeetingDao.class);
            int id = dao.insert(draft.roundId(), draft.meetingDate(), draft.startTime(), draft.endTime(),
                    VietText.cleanOrNull(draft.venue()), draft.form(), VietText.cleanOrNull(draft.chairName()),
                    VietText.cleanOrNull(draft.secretaryName()), draft.status(), now());
            dao.addHamlets(id, draft.hamletIds());
            for (int deputyId : draft.deputyIds()) {
                dao.addDeputyIfMissing(id, deputyId);
            }
            return get(id);
        });
    }

    /** Changes the planned part; deputies who stay keep their "present" tick. */
    public Meeting update(int id, MeetingDraft draft) {
        check(draft);
        return jdbi.inTransaction(handle -> {
            MeetingDao dao = handle.attach(MeetingDao.class);
            if (dao.update(id, draft.meetingDate(), draft.startTime(), draft.endTime(), VietText.cleanOrNull(draft.venue()),
                    draft.form(), VietText.cleanOrNull(draft.chairName()), VietText.cleanOrNull(draft.secretaryName()),
                    draft.status(), now()) == 0) {
                throw new UserException("common.gone");
            }
            dao.clearHamlets(id);
            dao.addHamlets(id, draft.hamletIds());
            dao.keepOnlyDeputies(id, draft.deputyIds());
            for (int deputyId : draft.deputyIds()) {
                dao.addDeputyIfMissing(id, deputyId);
            }
            return get(id);
        });
    }

    /** Stores the minutes' own fields as they are typed. */
    public void updateMinutes(int id, MinutesDraft minutes) {
        if (minutes.votersPresent() != null && minutes.votersInvited() != null
                && minutes.votersPresent() > minutes.votersInvited() * 2 + 50) {
            throw new UserException("meeting.voters.implausible", minutes.votersPresent(), minutes.votersInvited());
        }
        if (minutes.actualStart() != null && minutes.actualEnd() != null
                && !minutes.actualEnd().isAfter(minutes.actualStart())) {
            throw new UserException("meeting.time.order");
        }
        MinutesDraft clean = new MinutesDraft(minutes.actualStart(), minutes.actualEnd(),
                UserException.withinLength(VietText.cleanOrNull(minutes.chairName()), NAME_MAX),
                UserException.withinLength(VietText.cleanOrNull(minutes.secretaryName()), NAME_MAX),
                UserException.withinLength(nfcOrNull(minutes.guests()), GUESTS_MAX), minutes.votersInvited(),
                minutes.votersPresent(), UserException.withinLength(nfcOrNull(minutes.reportsPresented()), NOTES_MAX),
                UserException.withinLength(nfcOrNull(minutes.closingNotes()), NOTES_MAX));
        jdbi.useTransaction(handle -> {
            MeetingDao dao = handle.attach(MeetingDao.class);
            if (dao.updateMinutes(id, clean, now()) == 0) {
                throw new UserException("common.gone");
            }
        });
    }

    public void setStatus(int id, MeetingStatus status) {
        jdbi.useTransaction(handle -> handle.attach(MeetingDao.class).setStatus(id, status, now()));
    }

    /**
     * Marks the planned meetings among these as held ("đã tổ chức"), in the caller's transaction: their opinions came
     * in. A postponed meeting stays as it is.
     */
    public void markHeld(Handle handle, Collection<Integer> meetingIds) {
        MeetingDao dao = handle.attach(MeetingDao.class);
        LocalDateTime now = now();
        meetingIds.forEach(id -> dao.markHeldIfPlanned(id, now));
    }

    /** Ticks a deputy present (or not) in the minutes. */
    public void setPresent(int meetingId, int deputyId, boolean present) {
        jdbi.useTransaction(handle -> handle.attach(MeetingDao.class).setPresent(meetingId, deputyId, present));
    }

    /** Deletes a meeting that has no opinions; otherwise says how many it holds. */
    public void delete(int id) {
        jdbi.useTransaction(handle -> {
            MeetingDao dao = handle.attach(MeetingDao.class);
            int opinions = dao.countOpinions(id);
            if (opinions > 0) {
                throw new UserException("meeting.delete.hasOpinions", opinions);
            }
            if (dao.delete(id) == 0) {
                throw new UserException("common.gone");
            }
        });
    }

    private static Meeting assemble(MeetingRow row, List<MeetingDao.HamletLink> hamlets,
            List<MeetingDao.DeputyLink> deputies) {
        return new Meeting(row,
                hamlets.stream().sorted(Comparator.comparing(MeetingDao.HamletLink::name, VietText.ORDER))
                        .map(h -> new Meeting.HamletRef(h.hamletId(), h.name(), null)).toList(),
                deputies.stream().sorted(Comparator.comparing(MeetingDao.DeputyLink::level)
                        .thenComparing(MeetingDao.DeputyLink::fullName, VietText.ORDER))
                        .map(d -> new Meeting.DeputyRef(d.deputyId(), d.fullName(), d.level(), d.present())).toList());
    }

    private static void check(MeetingDraft draft) {
        UserException.withinLength(VietText.cleanOrNull(draft.venue()), VENUE_MAX);
        UserException.withinLength(VietText.cleanOrNull(draft.chairName()), NAME_MAX);
        UserException.withinLength(VietText.cleanOrNull(draft.secretaryName()), NAME_MAX);
        if (draft.meetingDate() == null) {
            throw new UserException("meeting.date.required");
        }
        if (draft.hamletIds().isEmpty()) {
            throw new UserException("meeting.hamlets.required");
        }
        if (draft.form() == null || draft.status() == null) {
            throw new UserException("meeting.form.required");
        }
        if (draft.startTime() != null && draft.endTime() != null && !draft.endTime().isAfter(draft.startTime())) {
            throw new UserException("meeting.time.order");
        }
    }

    private static String nfcOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return VietText.nfc(text).strip();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
