package org.cutri.hamlet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.cutri.constituency.ConstituencyService;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilService;
import org.cutri.council.CouncilTerm;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The commune's hamlets. Every change is committed at once, in one transaction. */
public class HamletService {

    /** The order hamlets are listed in: Vietnamese alphabetical order of their names. */
    public static final Comparator<Hamlet> BY_NAME = Comparator.comparing(Hamlet::name, VietText.ORDER);
    /** The longest name, hamlet head or Front work group head stored (the columns' size). */
    public static final int TEXT_MAX = 200;

    private final Jdbi jdbi;
    private final CouncilService councils;
    private final ConstituencyService constituencies;

    public HamletService(Jdbi jdbi, CouncilService councils, ConstituencyService constituencies) {
        this.jdbi = jdbi;
        this.councils = councils;
        this.constituencies = constituencies;
    }

    /** Every hamlet in Vietnamese alphabetical order, with its commune constituency of the current term. */
    public List<Hamlet> list() {
        Integer termId = councils.currentTerm().map(CouncilTerm::id).orElse(null);
        List<Hamlet> hamlets = new ArrayList<>(jdbi.withExtension(HamletDao.class, dao -> dao.list(termId)));
        hamlets.sort(BY_NAME);
        return hamlets;
    }

    public Optional<Hamlet> find(int id) {
        Integer termId = councils.currentTerm().map(CouncilTerm::id).orElse(null);
        return jdbi.withExtension(HamletDao.class, dao -> dao.find(id, termId));
    }

    /** Adds a hamlet; refuses an empty or duplicate name. */
    public Hamlet create(HamletDraft draft) {
        return jdbi.inTransaction(handle -> find(handle, insert(handle, draft)));
    }

    /** Adds a hamlet inside a transaction the caller holds (used by the register import and the demo). */
    public int insert(Handle handle, HamletDraft draft) {
        String name = checkName(draft);
        HamletDao dao = handle.attach(HamletDao.class);
        String key = VietText.identityKey(name);
        if (dao.findIdByKey(key).isPresent()) {
            throw new UserException("hamlet.name.duplicate", name);
        }
        int id = dao.insert(name, key, kind(draft), person(draft.headName()), person(draft.frontHeadName()));
        setCommuneConstituency(handle, id, draft.constituencyId());
        return id;
    }

    /** Changes a hamlet; refuses an empty name or the name of another hamlet. */
    public Hamlet update(int id, HamletDraft draft) {
        String name = checkName(draft);
        return jdbi.inTransaction(handle -> {
            HamletDao dao = handle.attach(HamletDao.class);
            String key = VietText.identityKey(name);
            Optional<Integer> other = dao.findIdByKey(key);
            if (other.isPresent() && other.get() != id) {
                throw new UserException("hamlet.name.duplicate", name);
            }
            if (dao.update(id, name, key, kind(draft), person(draft.headName()), person(draft.frontHeadName())) == 0) {
                throw new UserException("common.gone");
            }
            setCommuneConstituency(handle, id, draft.constituencyId());
            return find(handle, id);
        });
    }

    /**
     * Deletes a hamlet and its place in the constituencies. Refused while meetings, opinions or deputies
     * still name it: the reason names them.
     */
    public void delete(int id) {
        jdbi.useTransaction(handle -> {
            deleteRefusal(handle, id).ifPresent(refusal -> {
                throw refusal;
            });
            HamletDao dao = handle.attach(HamletDao.class);
            dao.removeFromConstituencies(id);
            dao.delete(id);
        });
    }

    /** Why the hamlet cannot be deleted now, or empty when it can (asked before the user confirms). */
    public Optional<UserException> deleteRefusal(int id) {
        return jdbi.withHandle(handle -> deleteRefusal(handle, id));
    }

    private static Optional<UserException> deleteRefusal(Handle handle, int id) {
        HamletDao dao = handle.attach(HamletDao.class);
        Optional<Hamlet> found = dao.find(id, null);
        if (found.isEmpty()) {
            return Optional.of(new UserException("common.gone"));
        }
        Hamlet hamlet = found.get();
        if (dao.countMeetingReferences(id) > 0) {
            return Optional.of(new UserException("hamlet.delete.meetings", hamlet.name()));
        }
        List<String> deputies = dao.assignedDeputyNames(id);
        if (!deputies.isEmpty()) {
            return Optional.of(new UserException("hamlet.delete.assigned", hamlet.name(), deputies.size(),
                    String.join(", ", deputies.stream().sorted(VietText.ORDER).limit(3).toList())
                            + (deputies.size() > 3 ? ", …" : "")));
        }
        return Optional.empty();
    }

    private Hamlet find(Handle handle, int id) {
        Integer termId = councils.currentTerm().map(CouncilTerm::id).orElse(null);
        return handle.attach(HamletDao.class).find(id, termId).orElseThrow(() -> new UserException("common.gone"));
    }

    private void setCommuneConstituency(Handle handle, int hamletId, Integer constituencyId) {
        Optional<CouncilTerm> term = councils.currentTerm();
        if (term.isEmpty()) {
            return;
        }
        constituencies.placeHamlet(handle, hamletId, term.get().id(), CouncilLevel.COMMUNE, constituencyId);
    }

    private static String checkName(HamletDraft draft) {
        String name = VietText.clean(draft.name());
        if (name.isEmpty()) {
            throw new UserException("hamlet.name.required");
        }
        return UserException.withinLength(name, TEXT_MAX);
    }

    /** A head's name as stored: cleaned, null when blank; a name too long is refused, not cut. */
    private static String person(String typed) {
        return UserException.withinLength(VietText.cleanOrNull(typed), TEXT_MAX);
    }

    private static HamletKind kind(HamletDraft draft) {
        if (draft.kind() != null) {
            return draft.kind();
        }
        return HamletKind.fromName(draft.name()).orElseThrow(() -> new UserException("hamlet.kind.required"));
    }
}
