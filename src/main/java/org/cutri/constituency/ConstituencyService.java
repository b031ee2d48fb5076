package org.cutri.constituency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.cutri.council.CouncilLevel;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Constituencies (đơn vị bầu cử) and the hamlets in each. A number is unique per term and level; a
 * hamlet lies in at most one constituency per level and term, so placing it in one takes it out of
 * the other. Every change is committed at once, in one transaction.
 */
public class ConstituencyService {

    /** Longest description the database takes. */
    static final int DESCRIPTION_MAX = 500;

    /** Current levels first (commune, province, National Assembly), the legacy district last; then by number. */
    public static final Comparator<Constituency> BY_LEVEL_AND_NUMBER = Comparator
            .comparing(Constituency::level).thenComparingInt(Constituency::number);

    private final Jdbi jdbi;

    public ConstituencyService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Constituency> list() {
        return jdbi.withExtension(ConstituencyDao.class, ConstituencyDao::listAll);
    }

    /** The constituencies of one term, by level then number. */
    public List<Constituency> list(int termId) {
        List<Constituency> rows = new ArrayList<>(jdbi.withExtension(ConstituencyDao.class, dao -> dao.listByTerm(termId)));
        rows.sort(BY_LEVEL_AND_NUMBER);
        return rows;
    }

    /** The constituencies of one level in one term, by number. */
    public List<Constituency> list(int termId, CouncilLevel level) {
        return list(termId).stream().filter(c -> c.level() == level).toList();
    }

    public Optional<Constituency> find(int termId, CouncilLevel level, int number) {
        return jdbi.withExtension(ConstituencyDao.class, dao -> dao.find(termId, level, number));
    }

    /** The constituency with this number, created if it does not exist yet. */
    public Constituency ensure(int termId, CouncilLevel level, int number) {
        if (number <= 0) {
            throw new UserException("constituency.number.invalid", String.valueOf(number));
        }
        return jdbi.inTransaction(handle -> {
            ConstituencyDao dao = handle.attach(ConstituencyDao.class);
            return dao.find(termId, level, number).orElseGet(() -> {
                int id = dao.insert(termId, level, number, null);
                return dao.find(id).orElseThrow();
            });
        });
    }

    /** The constituency with this number, created if needed, inside a transaction the caller holds (register import). */
    public Constituency ensure(Handle handle, int termId, CouncilLevel level, int number) {
        if (number <= 0) {
            throw new UserException("constituency.number.invalid", String.valueOf(number));
        }
        ConstituencyDao dao = handle.attach(ConstituencyDao.class);
        return dao.find(termId, level, number).orElseGet(() -> dao.find(dao.insert(termId, level, number, null)).orElseThrow());
    }

    /** Puts these hamlets into the constituency (those already in it are skipped), inside the caller's transaction. */
    public void addHamlets(Handle handle, int constituencyId, java.util.Collection<Integer> hamletIds) {
        ConstituencyDao dao = handle.attach(ConstituencyDao.class);
        java.util.Set<Integer> present = new java.util.HashSet<>(dao.hamletIds(constituencyId));
        List<Integer> missing = hamletIds.stream().distinct().filter(id -> !present.contains(id)).toList();
        if (!missing.isEmpty()) {
            dao.addHamlets(constituencyId, missing);
        }
    }

    public List<Integer> hamletIds(int constituencyId) {
        return jdbi.withExtension(ConstituencyDao.class, dao -> dao.hamletIds(constituencyId));
    }

    /**
     * Every hamlet of the commune in Vietnamese alphabetical order, with the constituencies of this term
     * it lies in: the checklist of the constituency form.
     */
    public List<ConstituencyHamlet> hamletChecklist(int termId) {
        List<HamletPlacement> rows = jdbi.withExtension(ConstituencyDao.class, dao -> dao.hamletPlacements(termId));
        Map<Integer, String> names = new LinkedHashMap<>();
        Map<Integer, List<ConstituencyHamlet.Placement>> placements = new LinkedHashMap<>();
        for (HamletPlacement row : rows) {
            names.put(row.hamletId(), row.hamletName());
            List<ConstituencyHamlet.Placement> list = placements.computeIfAbsent(row.hamletId(), id -> new ArrayList<>());
            if (row.constituencyId() != null) {
                list.add(new ConstituencyHamlet.Placement(row.constituencyId(), row.level(), row.number()));
            }
        }
        List<ConstituencyHamlet> hamlets = new ArrayList<>();
        names.forEach((id, name) -> hamlets.add(new ConstituencyHamlet(id, name, placements.get(id))));
        hamlets.sort(Comparator.comparing(ConstituencyHamlet::name, VietText.ORDER));
        return hamlets;
    }

    /**
     * Adds a constituency with its hamlets. Refuses a missing term or level, a number that is not a
     * positive whole number, the legacy district level and a number already used in the term and level.
     */
    public Constituency create(ConstituencyDraft draft) {
        if (draft.termId() == null) {
            throw new UserException("constituency.term.required");
        }
        CouncilLevel level = checkLevel(draft);
        if (!level.current()) {
            throw new UserException("constituency.level.legacy", level);
        }
        int number = checkNumber(draft);
        String description = checkDescription(draft);
        return jdbi.inTransaction(handle -> {
            ConstituencyDao dao = handle.attach(ConstituencyDao.class);
            if (dao.countTerms(draft.termId()) == 0) {
                throw new UserException("common.gone");
            }
            checkUnique(dao, null, draft.termId(), level, number);
            int id = dao.insert(draft.termId(), level, number, description);
            placeHamlets(dao, id, draft.termId(), level, draft.hamletIds());
            return dao.find(id).orElseThrow();
        });
    }

    /**
     * Changes a constituency and sets its hamlets to exactly those of the draft. The term stays; the
     * level cannot change while deputies were elected in it, nor become the legacy district level.
     */
    public Constituency update(int id, ConstituencyDraft draft) {
        CouncilLevel level = checkLevel(draft);
        int number = checkNumber(draft);
        String description = checkDescription(draft);
        return jdbi.inTransaction(handle -> {
            ConstituencyDao dao = handle.attach(ConstituencyDao.class);
            Constituency existing = dao.find(id).orElseThrow(() -> new UserException("common.gone"));
            if (level != existing.level()) {
                if (!level.current()) {
                    throw new UserException("constituency.level.legacy", level);
                }
                if (existing.deputyCount() > 0) {
                    throw new UserException("constituency.level.hasDeputies", String.valueOf(existing.number()),
                            existing.level(), existing.deputyCount());
                }
            }
            checkUnique(dao, id, existing.termId(), level, number);
            dao.update(id, existing.termId(), level, number, description);
            placeHamlets(dao, id, existing.termId(), level, draft.hamletIds());
            return dao.find(id).orElseThrow();
        });
    }

    /**
     * Deletes a constituency. Refused while deputies were elected in it or hamlets lie in it: the
     * reason says how many and which.
     */
    public void delete(int id) {
        jdbi.useTransaction(handle -> {
            deleteRefusal(handle, id).ifPresent(refusal -> {
                throw refusal;
            });
            handle.attach(ConstituencyDao.class).delete(id);
        });
    }

    /** Why the constituency cannot be deleted now, or empty when it can (asked before the user confirms). */
    public Optional<UserException> deleteRefusal(int id) {
        return jdbi.withHandle(handle -> deleteRefusal(handle, id));
    }

    private static Optional<UserException> deleteRefusal(Handle handle, int id) {
        ConstituencyDao dao = handle.attach(ConstituencyDao.class);
        Optional<Constituency> found = dao.find(id);
        if (found.isEmpty()) {
            return Optional.of(new UserException("common.gone"));
        }
        List<String> deputies = dao.deputyNames(id);
        List<String> hamlets = dao.hamletNames(id);
        String number = String.valueOf(found.get().number());
        CouncilLevel level = found.get().level();
        if (!deputies.isEmpty() && !hamlets.isEmpty()) {
            return Optional.of(new UserException("constituency.delete.deputiesAndHamlets", number, level,
                    deputies.size(), shortList(deputies), hamlets.size(), shortList(hamlets)));
        }
        if (!deputies.isEmpty()) {
            return Optional.of(new UserException("constituency.delete.deputies", number, level, deputies.size(),
                    shortList(deputies)));
        }
        if (!hamlets.isEmpty()) {
            return Optional.of(new UserException("constituency.delete.hamlets", number, level, hamlets.size(),
                    shortList(hamlets)));
        }
        return Optional.empty();
    }

    /**
     * Puts a hamlet in one constituency of a level of a term, or in none ({@code constituencyId} null),
     * inside the caller's transaction: a hamlet lies in at most one constituency per level and term.
     */
    public void placeHamlet(Handle handle, int hamletId, int termId, CouncilLevel level, Integer constituencyId) {
        ConstituencyDao dao = handle.attach(ConstituencyDao.class);
        dao.removeHamletFromLevel(hamletId, termId, level);
        if (constituencyId != null) {
            dao.addHamlet(constituencyId, hamletId);
        }
    }

    private static void placeHamlets(ConstituencyDao dao, int id, int termId, CouncilLevel level, List<Integer> hamletIds) {
        List<Integer> ids = hamletIds.stream().filter(Objects::nonNull).distinct().toList();
        if (!ids.isEmpty() && dao.existingHamletIds(ids).size() != ids.size()) {
            throw new UserException("common.gone");
        }
        dao.clearHamlets(id);
        for (int hamletId : ids) {
            dao.removeHamletFromLevel(hamletId, termId, level);
        }
        if (!ids.isEmpty()) {
            dao.addHamlets(id, ids);
        }
    }

    private static void checkUnique(ConstituencyDao dao, Integer id, int termId, CouncilLevel level, int number) {
        Optional<Constituency> other = dao.find(termId, level, number);
        if (other.isPresent() && !Objects.equals(other.get().id(), id)) {
            throw new UserException("constituency.number.duplicate", String.valueOf(number), level);
        }
    }

    private static CouncilLevel checkLevel(ConstituencyDraft draft) {
        if (draft.level() == null) {
            throw new UserException("constituency.level.required");
        }
        return draft.level();
    }

    private static int checkNumber(ConstituencyDraft draft) {
        if (draft.number() == null) {
            throw new UserException("constituency.number.required");
        }
        if (draft.number() <= 0) {
            throw new UserException("constituency.number.invalid", String.valueOf(draft.number()));
        }
        return draft.number();
    }

    private static String checkDescription(ConstituencyDraft draft) {
        String description = VietText.cleanOrNull(draft.description());
        if (description != null && description.length() > DESCRIPTION_MAX) {
            throw new UserException("common.tooLong", DESCRIPTION_MAX);
        }
        return description;
    }

    /** Up to three names in Vietnamese order, "…" when there are more. */
    static String shortList(List<String> names) {
        return String.join(", ", names.stream().sorted(VietText.ORDER).limit(3).toList())
                + (names.size() > 3 ? ", …" : "");
    }
}
