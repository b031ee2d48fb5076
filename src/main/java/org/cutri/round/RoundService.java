package org.cutri.round;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.cutri.numbering.DocumentNumberService;
import org.jdbi.v3.core.Jdbi;

/** Contact rounds (đợt tiếp xúc cử tri). */
public class RoundService {

    /** What the register says a round's plan number was given to: "round-plan:" and the round's id. */
    public static final String PLAN_SOURCE = "round-plan:";

    private final Jdbi jdbi;
    private final DocumentNumberService numbers;

    public RoundService(Jdbi jdbi, DocumentNumberService numbers) {
        this.jdbi = jdbi;
        this.numbers = numbers;
    }

    /** Every round, newest first. */
    public List<ContactRound> list() {
        return jdbi.withExtension(RoundDao.class, RoundDao::list);
    }

    public Optional<ContactRound> find(int id) {
        return jdbi.withExtension(RoundDao.class, dao -> dao.find(id));
    }

    public ContactRound get(int id) {
        return find(id).orElseThrow(() -> new UserException("round.notFound", id));
    }

    public ContactRound create(RoundDraft draft) {
        RoundDraft checked = check(draft);
        return jdbi.inTransaction(handle -> {
            RoundDao dao = handle.attach(RoundDao.class);
            return dao.find(dao.insert(checked)).orElseThrow();
        });
    }

    public ContactRound update(int id, RoundDraft draft) {
        RoundDraft checked = check(draft);
        return jdbi.inTransaction(handle -> {
            RoundDao dao = handle.attach(RoundDao.class);
            if (dao.update(id, checked) == 0) {
                throw new UserException("common.gone");
            }
            return dao.find(id).orElseThrow();
        });
    }

    /** Deletes a round that has no meetings yet; otherwise says how many meetings it still has. */
    public void delete(int id) {
        jdbi.useTransaction(handle -> {
            deleteRefusal(handle.attach(RoundDao.class), id).ifPresent(refusal -> {
                throw refusal;
            });
            handle.attach(RoundDao.class).delete(id);
        });
    }

    /** Why the round cannot be deleted now (it has meetings), or empty when it can. */
    public Optional<UserException> deleteRefusal(int id) {
        return jdbi.withExtension(RoundDao.class, dao -> deleteRefusal(dao, id));
    }

    private static Optional<UserException> deleteRefusal(RoundDao dao, int id) {
        Optional<ContactRound> round = dao.find(id);
        if (round.isEmpty()) {
            return Optional.of(new UserException("common.gone"));
        }
        int meetings = dao.countMeetings(id);
        return meetings > 0 ? Optional.of(new UserException("round.delete.hasMeetings", round.get().name(), meetings))
                : Optional.empty();
    }

    /**
     * Issues the round's plan (ban hành): in one transaction takes the next number of the office's register and
     * stores it with the round, dated {@code issuedOn} (the plan's date becomes the issue date). A plan issued
     * before keeps its number and date. Before it is issued the plan prints as a draft with its number left blank.
     */
    public ContactRound issuePlan(int id, LocalDate issuedOn) {
        if (issuedOn == null) {
            throw new UserException("numbering.date.required");
        }
        return jdbi.inTransaction(handle -> {
            RoundDao dao = handle.attach(RoundDao.class);
            ContactRound round = dao.find(id).orElseThrow(() -> new UserException("common.gone"));
            if (round.planNumber() != null) {
                return round;
            }
            int number = numbers.next("KH", "Kế hoạch " + round.name(), issuedOn, PLAN_SOURCE + id);
            dao.setPlanNumber(id, issuedOn.getYear(), number, issuedOn);
            return dao.find(id).orElseThrow();
        });
    }

    /** The number the next document of {@code day}'s year would take now: for the confirmation before issuing. */
    public int nextNumber(LocalDate day) {
        return numbers.register().nextNumber(day.getYear());
    }

    /** The day a plan is issued on unless told otherwise: its plan date if it has one, else {@code today}. */
    public static LocalDate issueDay(ContactRound round, LocalDate today) {
        return round.planDate() != null ? round.planDate() : today;
    }

    /**
     * Told by the register when a number is cancelled: a round whose plan carried it has no number any more, so the
     * plan prints as a draft again and its next issue takes a new one (the cancelled number is never given again).
     */
    public void numberCancelled(org.cutri.numbering.RegisteredDocument cancelled) {
        String source = cancelled.source();
        if (source != null && source.startsWith(PLAN_SOURCE)) {
            int id = Integer.parseInt(source.substring(PLAN_SOURCE.length()));
            jdbi.useExtension(RoundDao.class, dao -> dao.clearPlanNumber(id, cancelled.year(), cancelled.number()));
        }
    }

    /**
     * The name proposed when the user chooses the session a round serves:
     * "Tiếp xúc cử tri trước kỳ họp thứ 3, HĐND xã khóa I, nhiệm kỳ 2026–2031".
     *
     * @param termLabel the session's term ("2026–2031"); null leaves it out
     */
    public static String proposedName(RoundKind kind, String levelLabel, String course, int sessionNumber,
            String termLabel) {
        RoundKind chosen = kind == null ? RoundKind.BEFORE_SESSION : kind;
        StringBuilder name = new StringBuilder("Tiếp xúc cử tri ");
        switch (chosen) {
            case BEFORE_SESSION, AFTER_SESSION -> name.append(chosen.label()).append(" thứ ").append(sessionNumber);
            default -> name.append(chosen.label()).append(", kỳ họp thứ ").append(sessionNumber);
        }
        name.append(", ").append(levelLabel);
        if (course != null && !course.isBlank()) {
            name.append(" khóa ").append(course.strip());
        }
        if (termLabel != null) {
            name.append(", nhiệm kỳ ").append(termLabel);
        }
        return name.toString();
    }

    /** The longest round name or deployment venue stored (the columns' size). */
    public static final int TEXT_MAX = 300;

    static RoundDraft check(RoundDraft d) {
        String name = VietText.clean(d.name());
        if (name.isEmpty()) {
            throw new UserException("round.name.required");
        }
        if (d.kind() == null) {
            throw new UserException("round.kind.required");
        }
        if (d.startDate() == null || d.endDate() == null) {
            throw new UserException("round.dates.required");
        }
        if (d.endDate().isBefore(d.startDate())) {
            throw new UserException("round.dates.order");
        }
        if (d.handinDeadline() != null && d.handinDeadline().isBefore(d.endDate())) {
            throw new UserException("round.deadline.beforeMeetings");
        }
        if (d.sessionDate() != null && d.sessionDate().isBefore(d.endDate())
                && (d.kind() == RoundKind.BEFORE_SESSION)) {
            throw new UserException("round.session.beforeMeetings");
        }
        return new RoundDraft(d.sessionId(), d.kind(), UserException.withinLength(name, TEXT_MAX), d.deploymentDate(),
                UserException.withinLength(VietText.cleanOrNull(d.deploymentVenue()), TEXT_MAX),
                d.startDate(), d.endDate(), d.handinDeadline(), d.compilationDate(), d.sessionDate(), d.planDate());
    }
}
