package org.cutri.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cutri.common.UserException;
import org.cutri.council.CouncilService;
import org.cutri.council.CouncilTerm;
import org.cutri.deputy.Deputy;
import org.cutri.deputy.DeputyService;
import org.cutri.hamlet.HamletService;
import org.jdbi.v3.core.Jdbi;

/**
 * Which deputies meet the voters of which hamlet (phân công đại biểu tiếp xúc cử tri). The proposal
 * follows the law's rule: deputies elected in a constituency meet the voters of its hamlets. The office
 * may add or remove links by hand; applying the proposal again never removes those unless asked.
 */
public class AssignmentService {

    /** Matrix columns: level (commune first), then constituency number, then name. */
    public static final Comparator<Deputy> COLUMN_ORDER = Comparator
            .comparing(Deputy::level)
            .thenComparing(Deputy::constituencyNumber, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DeputyService.BY_NAME);

    private final Jdbi jdbi;
    private final CouncilService councils;
    private final HamletService hamlets;
    private final DeputyService deputies;

    public AssignmentService(Jdbi jdbi, CouncilService councils, HamletService hamlets, DeputyService deputies) {
        this.jdbi = jdbi;
        this.councils = councils;
        this.hamlets = hamlets;
        this.deputies = deputies;
    }

    /** The links the constituencies propose for the term (deputy → hamlets of the deputy's constituency). */
    public Set<Assignment> proposal(int termId) {
        return new HashSet<>(jdbi.withExtension(AssignmentDao.class, dao -> dao.proposed(termId)));
    }

    /** The links stored for the term's deputies. */
    public Set<Assignment> assigned(int termId) {
        return new HashSet<>(jdbi.withExtension(AssignmentDao.class, dao -> dao.assigned(termId)));
    }

    /** Adds every missing proposed link in one transaction, keeping the hand-made ones; returns how many were added. */
    public int applyProposal(int termId) {
        return applyProposal(termId, false).added();
    }

    /**
     * Adds every missing proposed link in one transaction. With {@code removeOthers}, links the
     * constituencies do not propose are removed too, so the assignment becomes exactly the proposal.
     */
    public ProposalResult applyProposal(int termId, boolean removeOthers) {
        return jdbi.inTransaction(handle -> {
            AssignmentDao dao = handle.attach(AssignmentDao.class);
            int removed = removeOthers ? dao.removeNotProposed(termId) : 0;
            return new ProposalResult(dao.addProposed(termId), removed);
        });
    }

    /** Assigns the deputy to the hamlet or takes the assignment back; committed at once. Doing it twice is harmless. */
    public void set(int deputyId, int hamletId, boolean assigned) {
        jdbi.useTransaction(handle -> {
            AssignmentDao dao = handle.attach(AssignmentDao.class);
            if (dao.deputyExists(deputyId) == 0 || dao.hamletExists(hamletId) == 0) {
                throw new UserException("common.gone");
            }
            boolean present = dao.count(deputyId, hamletId) > 0;
            if (assigned && !present) {
                dao.insert(deputyId, hamletId);
            } else if (!assigned && present) {
                dao.delete(deputyId, hamletId);
            }
        });
    }

    /** The matrix of the current term; without a term, the hamlets with no deputy columns. */
    public AssignmentMatrix currentMatrix() {
        Optional<CouncilTerm> term = councils.currentTerm();
        return term.map(t -> matrix(t.id())).orElseGet(() -> new AssignmentMatrix(null, hamlets.list(), List.of(),
                Set.of(), Set.of()));
    }

    /** Hamlets × deputies of the term, with the assigned and proposed links. */
    public AssignmentMatrix matrix(int termId) {
        CouncilTerm term = councils.terms().stream().filter(t -> t.id() == termId).findFirst()
                .orElseThrow(() -> new UserException("common.gone"));
        List<Deputy> columns = new ArrayList<>(deputies.list(termId));
        columns.sort(COLUMN_ORDER);
        return new AssignmentMatrix(term, hamlets.list(), columns, assigned(termId), proposal(termId));
    }
}
