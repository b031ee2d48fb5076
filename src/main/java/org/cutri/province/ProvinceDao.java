package org.cutri.province;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads the province's consolidated tables (imported_*) for the consolidated views. */
@RegisterConstructorMapper(ConsolidatedOpinion.class)
public interface ProvinceDao {

    @SqlQuery("SELECT o.commune_code, c.name AS commune_name, o.round_key, r.name AS round_name, r.kind AS round_kind,"
            + " m.meeting_date, o.code, o.meeting_key, o.seq, o.hamlet_name, o.content, o.kind, o.field_name,"
            + " o.authority, o.authority_body, o.approved, o.status"
            + " FROM imported_opinion o"
            + " JOIN commune_office c ON c.code = o.commune_code"
            + " JOIN imported_round r ON r.package_id = o.package_id"
            + " LEFT JOIN imported_meeting m ON m.package_id = o.package_id AND m.meeting_key = o.meeting_key"
            + " ORDER BY c.name, o.commune_code, o.round_key, o.meeting_key, o.seq")
    List<ConsolidatedOpinion> opinions();
}
