package org.cutri.exchange;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This office's own Ed25519 key pair, made on first need and kept in the database (table {@code office_key}), so
 * the private key is encrypted with the data when they are protected and is in every backup of them. It never
 * leaves the database otherwise: packages carry only the public key.
 */
public class OfficeKeyService {

    private static final Logger LOG = LoggerFactory.getLogger(OfficeKeyService.class);

    private final Jdbi jdbi;
    private final Clock clock;

    public OfficeKeyService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * The office's key pair, made and stored now if the office has none yet. Synchronized: the hand-over screen and
     * an export asking at once get the same key, never two.
     */
    public synchronized OfficeKey key() {
        return jdbi.inTransaction(handle -> {
            OfficeKeyDao dao = handle.attach(OfficeKeyDao.class);
            Optional<OfficeKeyDao.Row> stored = dao.find();
            if (stored.isPresent()) {
                return decode(stored.get());
            }
            KeyPair pair = generate();
            Base64.Encoder base64 = Base64.getEncoder();
            dao.insert(PackageSignature.ALGORITHM, base64.encodeToString(pair.getPublic().getEncoded()),
                    base64.encodeToString(pair.getPrivate().getEncoded()), LocalDateTime.now(clock));
            OfficeKey key = new OfficeKey(pair.getPublic().getEncoded(), pair.getPrivate());
            LOG.info("Made this office's package key, fingerprint {}", key.fingerprint());
            return key;
        });
    }

    /** The fingerprint of the office's key (made now if there is none yet). */
    public String fingerprint() {
        return key().fingerprint();
    }

    /** The manifest SHA-256 of the last package made for a round, written into the next one as its previous package. */
    public Optional<String> lastPackageSha256(int roundId) {
        return jdbi.withExtension(OfficeKeyDao.class, dao -> dao.lastSha256(roundId));
    }

    /** Remembers the manifest hash of the package just made under this sequence number of the round. */
    public void recordPackage(int roundId, int sequence, String sha256) {
        jdbi.useExtension(OfficeKeyDao.class, dao -> dao.recordSha256(roundId, sequence, sha256));
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(PackageSignature.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java 17 runtime makes Ed25519 keys", e);
        }
    }

    private static OfficeKey decode(OfficeKeyDao.Row row) {
        try {
            byte[] publicKey = Base64.getDecoder().decode(row.publicKey());
            return new OfficeKey(publicKey, KeyFactory.getInstance(row.algorithm())
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(row.privateKey()))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The office's stored key cannot be read", e);
        }
    }
}
