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

    /** The communes the province holds, in the order of their names, each with its number of imported packages. */
    public List<HeldCommune> communes() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT c.code, c.name, (SELECT COUNT(*) FROM"
                + " imported_package p WHERE p.commune_code = c.code) AS packages FROM commune_office c")
                .map((rs, ctx) -> new HeldCommune(rs.getString("code"), rs.getString("name"), rs.getInt("packages")))
                .list()).stream()
                .sorted(java.util.Comparator.comparing(HeldCommune::name, org.cutri.common.text.VietText.ORDER)
                        .thenComparing(HeldCommune::code))
                .toList();
    }
}
