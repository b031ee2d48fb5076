package org.cutri.returns;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import org.cutri.audit.AuditAction;
import org.cutri.audit.AuditLog;
import org.cutri.exchange.PackageSignature;
import org.jdbi.v3.core.Jdbi;

/**
 * The province office's key a commune trusts ({@code trusted_province_key}): trusted with the first return package,
 * once the user has compared its fingerprint with the province by phone; later return packages must carry it.
 */
public class ProvinceKeyService {

    private final Jdbi jdbi;
    private final Clock clock;

    public ProvinceKeyService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The province key in force, if the commune trusts one. */
    public Optional<ProvinceKey> current() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT public_key, fingerprint, province_name, trusted_at,"
                + " trusted_by FROM trusted_province_key WHERE retired_at IS NULL ORDER BY id DESC")
                .map((rs, ctx) -> new ProvinceKey(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime(), rs.getString(5)))
                .findFirst());
    }

    /**
     * Trusts the province's key (in the caller's transaction when there is one, so a package refused while it is
     * taken leaves no trust behind); one audit row says so.
     */
    void trust(String publicKey, String provinceName) {
        jdbi.useHandle(handle -> {
            String fingerprint = PackageSignature.fingerprint(publicKey);
            handle.createUpdate("UPDATE trusted_province_key SET retired_at = :at WHERE retired_at IS NULL")
                    .bind("at", LocalDateTime.now(clock)).execute();
            handle.createUpdate("INSERT INTO trusted_province_key (public_key, fingerprint, province_name, trusted_at,"
                    + " trusted_by) VALUES (:key, :fingerprint, :name, :at, :by)").bind("key", publicKey)
                    .bind("fingerprint", fingerprint).bind("name", provinceName == null || provinceName.length() <= 200
                            ? provinceName : provinceName.substring(0, 200))
                    .bind("at", LocalDateTime.now(clock)).bind("by", AuditLog.account()).execute();
            AuditLog.record(handle, AuditAction.KEY_TRUST, "province", provinceName,
                    "tin khóa của tỉnh theo gói trả lời đầu tiên, dấu vân tay " + fingerprint);
        });
    }
}
