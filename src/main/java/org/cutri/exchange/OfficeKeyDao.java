package org.cutri.exchange;

import java.time.LocalDateTime;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The single row of this office's key pair and the hash of each round's last package. */
@RegisterConstructorMapper(OfficeKeyDao.Row.class)
public interface OfficeKeyDao {

    /** The stored key pair, both keys in base64 (X.509 and PKCS#8). */
    record Row(String algorithm, String publicKey, String privateKey) {
    }

    @SqlQuery("SELECT algorithm, public_key, private_key FROM office_key WHERE id = 1")
    Optional<Row> find();

    @SqlUpdate("INSERT INTO office_key (id, algorithm, public_key, private_key, created_at)"
            + " VALUES (1, :algorithm, :publicKey, :privateKey, :createdAt)")
    int insert(String algorithm, String publicKey, String privateKey, LocalDateTime createdAt);

    @SqlQuery("SELECT last_sha256 FROM package_sequence WHERE round_id = :roundId")
    Optional<String> lastSha256(int roundId);

    @SqlUpdate("UPDATE package_sequence SET last_sha256 = :sha256 WHERE round_id = :roundId AND last_sequence = :sequence")
    int recordSha256(int roundId, int sequence, String sha256);
}
