package org.cutri.constituency;

import java.util.List;
import java.util.Optional;

import org.cutri.common.UserException;
import org.cutri.council.CouncilLevel;
import org.jdbi.v3.core.Jdbi;

/** Constituencies (đơn vị bầu cử) and the hamlets in each. */
public class ConstituencyService {

    private final Jdbi jdbi;

    public ConstituencyService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Constituency> list() {
        return jdbi.withExtension(ConstituencyDao.class, ConstituencyDao::listAll);
    }

    public List<Constituency> list(int termId) {
        return jdbi.withExtension(ConstituencyDao.class, dao -> dao.listByTerm(termId));
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

    public List<Integer> hamletIds(int constituencyId) {
        return jdbi.withExtension(ConstituencyDao.class, dao -> dao.hamletIds(constituencyId));
    }
}
