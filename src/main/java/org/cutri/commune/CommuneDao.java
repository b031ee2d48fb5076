package org.cutri.commune;

import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The single row of the office profile. */
@RegisterConstructorMapper(CommuneProfile.class)
public interface CommuneDao {

    @SqlQuery("SELECT commune_name, province_name, place_name, header_line1, header_line2, header_line3,"
            + " symbol_code, chair_name, vice_chair_names, secretary_name FROM commune_profile WHERE id = 1")
    Optional<CommuneProfile> find();

    @SqlUpdate("DELETE FROM commune_profile")
    int delete();

    @SqlUpdate("INSERT INTO commune_profile (id, commune_name, province_name, place_name, header_line1, header_line2,"
            + " header_line3, symbol_code, chair_name, vice_chair_names, secretary_name) VALUES (1, :communeName,"
            + " :provinceName, :placeName, :headerLine1, :headerLine2, :headerLine3, :symbolCode, :chairName,"
            + " :viceChairNames, :secretaryName)")
    int insert(@BindMethods CommuneProfile profile);
}
