package org.cutri.province;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.cutri.common.UserException;
import org.cutri.exchange.PackageSignature;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The communes' keys the province trusts (docs/decisions/0035). A commune's key is trusted with its first package,
 * once the user has compared the fingerprint with the commune (by phone); a key the commune lost is replaced only
 * by a deliberate re-trust. Each trust keeps who (the computer account) and when; a replaced key keeps its row.
 */
public class TrustedKeyService {

    private static final Logger LOG = LoggerFactory.getLogger(TrustedKeyService.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Supplier<String> account;

    /** @param account the name of the computer account using the program, recorded with each trust */
    public TrustedKeyService(Jdbi jdbi, Clock clock, Supplier<String> account) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.account = account;
    }

    /** The key in force for a commune, if the province trusts one. */
    public Optional<TrustedKey> current(String communeCode) {
        return jdbi.withExtension(TrustedKeyDao.class, dao -> dao.current(communeCode));
    }

    /** The communes whose key in force has this fingerprint. */
    public List<TrustedKey> byFingerprint(String fingerprint) {
        return jdbi.withExtension(TrustedKeyDao.class, dao -> dao.byFingerprint(fingerprint));
    }

    /** Every commune's key in force, by commune code. */
    public List<TrustedKey> list() {
        return jdbi.withExtension(TrustedKeyDao.class, TrustedKeyDao::list);
    }

    /** Every key a commune has had, the oldest first (the one in force last). */
    public List<TrustedKey> history(String communeCode) {
        return jdbi.withExtension(TrustedKeyDao.class, dao -> dao.history(communeCode));
    }

    /**
     * Trusts a commune's key with its first package (in the package's transaction, so a package refused while
     * stored leaves no trust behind). A commune that already has a key keeps it: that is {@link #retrust}.
     */
    void trustFirst(String communeCode, String publicKey) {
        jdbi.useTransaction(handle -> {
            TrustedKeyDao dao = handle.attach(TrustedKeyDao.class);
            if (dao.current(communeCode).isEmpty()) {
                insert(dao, communeCode, publicKey, TrustedKey.FIRST_PACKAGE);
            }
        });
    }

    /**
     * Trusts a new key for a commune that lost its own (a deliberate act of the province's user, after phoning the
     * commune): the key in force is retired, the new one trusted; who and when are kept.
     *
     * @throws UserException {@code province.keys.unknownCommune} when the commune has no key yet (its first package
     *         is trusted with the package itself)
     */
    public TrustedKey retrust(String communeCode, String publicKey) {
        return jdbi.inTransaction(handle -> {
            TrustedKeyDao dao = handle.attach(TrustedKeyDao.class);
            TrustedKey old = dao.current(communeCode)
                    .orElseThrow(() -> new UserException("province.keys.unknownCommune", communeCode));
            String fingerprint = PackageSignature.fingerprint(publicKey);
            if (old.fingerprint().equals(fingerprint)) {
                return old;
            }
            dao.retire(communeCode, LocalDateTime.now(clock));
            insert(dao, communeCode, publicKey, TrustedKey.RETRUST);
            LOG.info("Key of commune {} re-trusted by {}: {} replaces {}", communeCode, account.get(), fingerprint,
                    old.fingerprint());
            return dao.current(communeCode).orElseThrow();
        });
    }

    private void insert(TrustedKeyDao dao, String communeCode, String publicKey, String how) {
        String fingerprint = PackageSignature.fingerprint(publicKey);
        dao.insert(communeCode, publicKey, fingerprint, LocalDateTime.now(clock), accountName(), how);
        LOG.info("Commune {} key {} trusted ({})", communeCode, fingerprint, how);
    }

    private String accountName() {
        String name = account.get();
        if (name == null || name.isBlank()) {
            return "?";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
