package org.cutri.deputy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Deputies of the councils and the National Assembly who meet the commune's voters. A deputy needs a
 * name, a level and a term; a constituency, when given, must be of the same level and term.
 */
public class DeputyService {

    /** Longest texts the database takes. */
    static final int NAME_MAX = 200;
    static final int POSITION_MAX = 300;
    static final int GROUP_MAX = 200;

    private final Jdbi jdbi;

    public DeputyService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every deputy, sorted Vietnamese-style by given name then full name, as offices list people. */
    public List<Deputy> list() {
        List<Deputy> deputies = new ArrayList<>(jdbi.withExtension(DeputyDao.class, DeputyDao::list));
        deputies.sort(BY_NAME);
        return deputies;
    }

    /** The deputies of one term, in the same order. */
    public List<Deputy> list(int termId) {
        List<Deputy> deputies = new ArrayList<>(jdbi.withExtension(DeputyDao.class, dao -> dao.listByTerm(termId)));
        deputies.sort(BY_NAME);
        return deputies;
    }

    public Optional<Deputy> find(int id) {
        return jdbi.withExtension(DeputyDao.class, dao -> dao.find(id));
    }

    public Deputy create(DeputyDraft draft) {
        return jdbi.inTransaction(handle -> handle.attach(DeputyDao.class).find(insert(handle, draft)).orElseThrow());
    }

    /** Adds a deputy inside a transaction the caller holds (register import, demo). */
    public int insert(Handle handle, DeputyDraft draft) {
        DeputyDao dao = handle.attach(DeputyDao.class);
        String name = check(dao, draft);
        return dao.insert(name, draft.level(), draft.termId(), draft.constituencyId(),
                VietText.cleanOrNull(draft.position()), VietText.cleanOrNull(draft.deputyGroup()));
    }

    public Deputy update(int id, DeputyDraft draft) {
        return jdbi.inTransaction(handle -> {
            DeputyDao dao = handle.attach(DeputyDao.class);
            String name = check(dao, draft);
            if (dao.update(id, name, draft.level(), draft.termId(), draft.constituencyId(),
                    VietText.cleanOrNull(draft.position()), VietText.cleanOrNull(draft.deputyGroup())) == 0) {
                throw new UserException("common.gone");
            }
            return dao.find(id).orElseThrow();
        });
    }

    /** Deletes a deputy and the deputy's hamlet assignments (the database removes them with the deputy). */
    public void delete(int id) {
        jdbi.useTransaction(handle -> {
            deleteRefusal(handle, id).ifPresent(refusal -> {
                throw refusal;
            });
            handle.attach(DeputyDao.class).delete(id);
        });
    }

    /** Why the deputy cannot be deleted now, or empty when it can (asked before the user confirms). */
    public Optional<UserException> deleteRefusal(int id) {
        return jdbi.withHandle(handle -> deleteRefusal(handle, id));
    }

    private static Optional<UserException> deleteRefusal(Handle handle, int id) {
        DeputyDao dao = handle.attach(DeputyDao.class);
        Optional<Deputy> deputy = dao.find(id);
        if (deputy.isEmpty()) {
            return Optional.of(new UserException("common.gone"));
        }
        int meetings = dao.countMeetings(id);
        return meetings > 0 ? Optional.of(new UserException("deputy.delete.meetings", deputy.get().fullName(), meetings))
                : Optional.empty();
    }

    private static String check(DeputyDao dao, DeputyDraft draft) {
        String name = VietText.clean(draft.fullName());
        if (name.isEmpty()) {
            throw new UserException("deputy.name.required");
        }
        if (name.length() > NAME_MAX) {
            throw new UserException("common.tooLong", NAME_MAX);
        }
        if (VietText.clean(draft.position()).length() > POSITION_MAX) {
            throw new UserException("common.tooLong", POSITION_MAX);
        }
        if (VietText.clean(draft.deputyGroup()).length() > GROUP_MAX) {
            throw new UserException("common.tooLong", GROUP_MAX);
        }
        if (draft.level() == null) {
            throw new UserException("deputy.level.required", name);
        }
        if (draft.termId() == null) {
            throw new UserException("deputy.term.required", name);
        }
        if (draft.constituencyId() != null) {
            var level = dao.constituencyLevel(draft.constituencyId(), draft.termId());
            if (level.isEmpty() || level.get() != draft.level()) {
                throw new UserException("deputy.constituency.mismatch", name);
            }
        }
        return name;
    }

    /** Deputies in Vietnamese name order: "Nguyễn Văn An" before "Lê Thị Bình". */
    public static final Comparator<Deputy> BY_NAME = Comparator.comparing(Deputy::fullName, VietText.PERSON_ORDER);
}
