package org.cutri.council;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Terms (nhiệm kỳ) and sessions (kỳ họp). Every change is committed at once, in one transaction. */
public class CouncilService {

    /** The longest course text stored (column size). */
    static final int COURSE_MAX = 20;

    /** Sessions of one term: by body (commune first), then by number. */
    static final Comparator<CouncilSession> SESSION_ORDER = Comparator.comparing(CouncilSession::level)
            .thenComparingInt(CouncilSession::number);

    private final Jdbi jdbi;

    public CouncilService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** All terms, newest first. */
    public List<CouncilTerm> terms() {
        return jdbi.withExtension(CouncilDao.class, CouncilDao::listTerms);
    }

    /** The newest term: the one new rows belong to unless the user picks another. */
    public Optional<CouncilTerm> currentTerm() {
        return terms().stream().findFirst();
    }

    /** The term with these years, created if it does not exist yet. */
    public CouncilTerm ensureTerm(int startYear, int endYear) {
        checkYears(startYear, endYear);
        return jdbi.inTransaction(handle -> {
            CouncilDao dao = handle.attach(CouncilDao.class);
            return dao.findTerm(startYear, endYear).orElseGet(() ->
                    new CouncilTerm(dao.insertTerm(startYear, endYear), startYear, endYear));
        });
    }

    /** The term with these years, created if needed, inside a transaction the caller holds (register import). */
    public CouncilTerm ensureTerm(Handle handle, int startYear, int endYear) {
        checkYears(startYear, endYear);
        CouncilDao dao = handle.attach(CouncilDao.class);
        return dao.findTerm(startYear, endYear).orElseGet(() ->
                new CouncilTerm(dao.insertTerm(startYear, endYear), startYear, endYear));
    }

    /** Adds a term; refuses impossible years and a term that already exists. */
    public CouncilTerm createTerm(int startYear, int endYear) {
        checkYears(startYear, endYear);
        return jdbi.inTransaction(handle -> {
            CouncilDao dao = handle.attach(CouncilDao.class);
            if (dao.findTerm(startYear, endYear).isPresent()) {
                throw new UserException("council.term.duplicate", label(startYear, endYear));
            }
            return new CouncilTerm(dao.insertTerm(startYear, endYear), startYear, endYear);
        });
    }

    /** Changes a term's years; refuses impossible years and the years of another term. */
    public CouncilTerm updateTerm(int id, int startYear, int endYear) {
        checkYears(startYear, endYear);
        return jdbi.inTransaction(handle -> {
            CouncilDao dao = handle.attach(CouncilDao.class);
            Optional<CouncilTerm> other = dao.findTerm(startYear, endYear);
            if (other.isPresent() && other.get().id() != id) {
                throw new UserException("council.term.duplicate", label(startYear, endYear));
            }
            if (dao.updateTerm(id, startYear, endYear) == 0) {
                throw new UserException("common.gone");
            }
            return new CouncilTerm(id, startYear, endYear);
        });
    }

    /**
     * Deletes a term. Refused while sessions, constituencies or deputies belong to it: the reason says
     * how many of each.
     */
    public void deleteTerm(int id) {
        jdbi.useTransaction(handle -> {
            termDeleteRefusal(handle.attach(CouncilDao.class), id).ifPresent(refusal -> {
                throw refusal;
            });
            handle.attach(CouncilDao.class).deleteTerm(id);
        });
    }

    /** Why the term cannot be deleted now, or empty when it can (asked before the user confirms). */
    public Optional<UserException> termDeleteRefusal(int id) {
        return jdbi.withExtension(CouncilDao.class, dao -> termDeleteRefusal(dao, id));
    }

    private static Optional<UserException> termDeleteRefusal(CouncilDao dao, int id) {
        Optional<CouncilTerm> term = dao.findTerm(id);
        if (term.isEmpty()) {
            return Optional.of(new UserException("common.gone"));
        }
        int sessions = dao.countTermSessions(id);
        int constituencies = dao.countTermConstituencies(id);
        int deputies = dao.countTermDeputies(id);
        return sessions + constituencies + deputies > 0
                ? Optional.of(new UserException("council.term.delete.referenced", term.get().label(), sessions,
                        constituencies, deputies))
                : Optional.empty();
    }

    /** The sessions of one term, by body then number. */
    public List<CouncilSession> sessions(int termId) {
        return jdbi.withExtension(CouncilDao.class, dao -> dao.listSessions(termId)).stream()
                .sorted(SESSION_ORDER).toList();
    }

    public Optional<CouncilSession> findSession(int id) {
        return jdbi.withExtension(CouncilDao.class, dao -> dao.findSession(id));
    }

    /** Adds a session; the legacy district level is refused for new rows. */
    public CouncilSession createSession(SessionDraft draft) {
        return jdbi.inTransaction(handle -> {
            CouncilDao dao = handle.attach(CouncilDao.class);
            Checked s = check(handle, draft, null);
            if (!s.level().current()) {
                throw new UserException("council.session.level.legacy", s.level());
            }
            int id = dao.insertSession(s.termId(), s.level(), s.course(), s.number(), s.kind(), s.start(), s.end());
            return dao.findSession(id).orElseThrow();
        });
    }

    /** Changes a session; an old row may keep the legacy district level, but none may take it. */
    public CouncilSession updateSession(int id, SessionDraft draft) {
        return jdbi.inTransaction(handle -> {
            CouncilDao dao = handle.attach(CouncilDao.class);
            CouncilSession stored = dao.findSession(id).orElseThrow(() -> new UserException("common.gone"));
            Checked s = check(handle, draft, id);
            if (!s.level().current() && s.level() != stored.level()) {
                throw new UserException("council.session.level.legacy", s.level());
            }
            dao.updateSession(id, s.termId(), s.level(), s.course(), s.number(), s.kind(), s.start(), s.end());
            return dao.findSession(id).orElseThrow();
        });
    }

    /** Deletes a session; refused (with a plain reason) when later records still point at it. */
    public void deleteSession(int id) {
        try {
            jdbi.useTransaction(handle -> {
                CouncilDao dao = handle.attach(CouncilDao.class);
                sessionDeleteRefusal(dao, id).ifPresent(refusal -> {
                    throw refusal;
                });
                dao.deleteSession(id);
            });
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                throw new UserException(e, "council.session.delete.referenced");
            }
            throw e;
        }
    }

    /** Why the session cannot be deleted now (rounds serve it), or empty when it can. */
    public Optional<UserException> sessionDeleteRefusal(int id) {
        return jdbi.withExtension(CouncilDao.class, dao -> sessionDeleteRefusal(dao, id));
    }

    private static Optional<UserException> sessionDeleteRefusal(CouncilDao dao, int id) {
        if (dao.findSession(id).isEmpty()) {
            return Optional.of(new UserException("common.gone"));
        }
        return dao.countSessionRounds(id) > 0 ? Optional.of(new UserException("council.session.delete.referenced"))
                : Optional.empty();
    }

    private record Checked(int termId, CouncilLevel level, String course, int number, SessionKind kind,
            LocalDate start, LocalDate end) {
    }

    private static Checked check(Handle handle, SessionDraft draft, Integer editingId) {
        CouncilDao dao = handle.attach(CouncilDao.class);
        if (draft.termId() == null) {
            throw new UserException("council.session.term.required");
        }
        CouncilTerm term = dao.findTerm(draft.termId()).orElseThrow(() -> new UserException("common.gone"));
        if (draft.level() == null) {
            throw new UserException("council.session.level.required");
        }
        if (draft.number() == null) {
            throw new UserException("council.session.number.required");
        }
        if (draft.number() <= 0 || draft.number() > 999) {
            throw new UserException("council.session.number.invalid", String.valueOf(draft.number()));
        }
        if (draft.kind() == null) {
            throw new UserException("council.session.kind.required");
        }
        if (draft.startDate() == null) {
            throw new UserException("council.session.startDate.required");
        }
        if (draft.endDate() == null) {
            throw new UserException("council.session.endDate.required");
        }
        if (draft.endDate().isBefore(draft.startDate())) {
            throw new UserException("council.session.endDate.beforeStart");
        }
        checkWithinTerm(term, draft.startDate());
        checkWithinTerm(term, draft.endDate());
        String course = cleanCourse(draft.course());
        if (course != null && course.length() > COURSE_MAX) {
            throw new UserException("common.tooLong", COURSE_MAX);
        }
        Optional<CouncilSession> same = dao.findSession(term.id(), draft.level(), draft.number());
        if (same.isPresent() && (editingId == null || same.get().id() != editingId)) {
            throw new UserException("council.session.number.duplicate", String.valueOf(draft.number()),
                    draft.level(), term.label());
        }
        return new Checked(term.id(), draft.level(), course, draft.number(), draft.kind(), draft.startDate(),
                draft.endDate());
    }

    /** A session date must fall within the years of its term (a typo in the year is the usual cause). */
    static boolean withinTerm(CouncilTerm term, LocalDate date) {
        return date.getYear() >= term.startYear() && date.getYear() <= term.endYear();
    }

    private static void checkWithinTerm(CouncilTerm term, LocalDate date) {
        if (!withinTerm(term, date)) {
            throw new UserException("council.session.date.outsideTerm", org.cutri.common.text.DateText.format(date),
                    term.label());
        }
    }

    /** The course as written on documents: Roman numerals in capitals; null when empty. */
    public static String cleanCourse(String course) {
        String cleaned = VietText.cleanOrNull(course);
        return cleaned == null ? null : cleaned.toUpperCase(Locale.ROOT);
    }

    static void checkYears(int startYear, int endYear) {
        if (startYear < 1946 || endYear > 2200 || endYear <= startYear) {
            throw new UserException("council.term.invalidYears", String.valueOf(startYear), String.valueOf(endYear));
        }
    }

    private static String label(int startYear, int endYear) {
        return new CouncilTerm(0, startYear, endYear).label();
    }
}
