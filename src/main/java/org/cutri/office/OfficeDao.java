package org.cutri.office;

import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The single row of office settings and the package sequence numbers. */
@RegisterConstructorMapper(OfficeSettings.class)
public interface OfficeDao {

    @SqlQuery("SELECT office_kind, commune_code, province_name FROM office_settings WHERE id = 1")
    Optional<OfficeSettings> find();

    @SqlUpdate("DELETE FROM office_settings")
    int delete();

    @SqlUpdate("INSERT INTO office_settings (id, office_kind, commune_code, province_name)"
            + " VALUES (1, :officeKind, :communeCode, :provinceName)")
    int insert(@BindMethods OfficeSettings settings);

    /** Rows of the commune's own register and rounds: zero in a folder nobody has used yet. */
    @SqlQuery("SELECT (SELECT COUNT(*) FROM commune_profile) + (SELECT COUNT(*) FROM hamlet)"
            + " + (SELECT COUNT(*) FROM deputy) + (SELECT COUNT(*) FROM contact_round)")
    long ownRows();

    @SqlQuery("SELECT last_sequence FROM package_sequence WHERE round_id = :roundId")
    Optional<Integer> lastSequence(int roundId);

    @SqlUpdate("INSERT INTO package_sequence (round_id, last_sequence) VALUES (:roundId, :sequence)")
    int insertSequence(int roundId, int sequence);

    @SqlUpdate("UPDATE package_sequence SET last_sequence = :sequence WHERE round_id = :roundId")
    int updateSequence(int roundId, int sequence);
}
