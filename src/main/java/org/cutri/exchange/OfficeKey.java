package org.cutri.exchange;

import java.security.PrivateKey;

/**
 * This office's own key pair (khóa của văn phòng): it signs every package the office makes.
 *
 * @param publicKey the public key's X.509 bytes
 */
public record OfficeKey(byte[] publicKey, PrivateKey privateKey) {

    /** The short fingerprint the office reads out by phone. */
    public String fingerprint() {
        return PackageSignature.fingerprint(publicKey);
    }
}
