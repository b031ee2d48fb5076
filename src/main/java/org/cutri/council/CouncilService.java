package org.cutri.council;

import java.util.List;
import java.util.Optional;

import org.cutri.common.UserException;
import org.jdbi.v3.core.Jdbi;

/** Terms (nhiệm kỳ) and sessions (kỳ họp). */
public class CouncilService {

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

    static void checkYears(int startYear, int endYear) {
        if (startYear < 1946 || endYear > 2200 || endYear <= startYear) {
            throw new UserException("council.term.invalidYears", String.valueOf(startYear), String.valueOf(endYear));
        }
    }
}
