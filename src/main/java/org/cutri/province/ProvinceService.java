package org.cutri.province;

import java.util.List;

import org.jdbi.v3.core.Jdbi;

/** The province's consolidated views over the imported packages of all communes. */
public class ProvinceService {

    private final Jdbi jdbi;

    public ProvinceService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every opinion of every imported package (the package in force for each commune and round). */
    public List<ConsolidatedOpinion> opinions() {
        return jdbi.withExtension(ProvinceDao.class, ProvinceDao::opinions);
    }
}
