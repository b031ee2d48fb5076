package org.cutri.province;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The communes' keys the province trusts ({@code trusted_key}). */
@RegisterConstructorMapper(TrustedKey.class)
public interface TrustedKeyDao {

    String COLUMNS = "k.commune_code, c.name AS commune_name, k.public_key, k.fingerprint, k.trusted_at, k.trusted_by,"
            + " k.how FROM trusted_key k LEFT JOIN commune_office c ON c.code = k.commune_code";

    @SqlQuery("SELECT " + COLUMNS + " WHERE k.commune_code = :communeCode AND k.retired_at IS NULL")
    Optional<TrustedKey> current(String communeCode);

    @SqlQuery("SELECT " + COLUMNS + " WHERE k.fingerprint = :fingerprint AND k.retired_at IS NULL ORDER BY k.commune_code")
    List<TrustedKey> byFingerprint(String fingerprint);

    @SqlQuery("SELECT " + COLUMNS + " WHERE k.retired_at IS NULL ORDER BY k.commune_code")
    List<TrustedKey> list();

    @SqlQuery("SELECT " + COLUMNS + " WHERE k.commune_code = :communeCode ORDER BY k.id")
    List<TrustedKey> history(String communeCode);

    @SqlUpdate("UPDATE trusted_key SET retired_at = :at WHERE commune_code = :communeCode AND retired_at IS NULL")
    int retire(String communeCode, LocalDateTime at);

    @SqlUpdate("INSERT INTO trusted_key (commune_code, public_key, fingerprint, trusted_at, trusted_by, how)"
            + " VALUES (:communeCode, :publicKey, :fingerprint, :trustedAt, :trustedBy, :how)")
    int insert(String communeCode, String publicKey, String fingerprint, LocalDateTime trustedAt, String trustedBy,
            String how);
}
