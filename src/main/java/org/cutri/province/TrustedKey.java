package org.cutri.province;

import java.time.LocalDateTime;

/**
 * A commune's key the province trusts (khóa của xã đã tin): packages of that commune must be signed by it.
 *
 * @param publicKey base64 of the key's X.509 bytes
 * @param trustedBy the account name of the person who confirmed the fingerprint
 * @param how {@link #FIRST_PACKAGE} or {@link #RETRUST}
 * @param communeName the commune's name as its packages last gave it (null before its first package is stored)
 */
public record TrustedKey(String communeCode, String communeName, String publicKey, String fingerprint,
        LocalDateTime trustedAt, String trustedBy, String how) {

    /** Trusted with the commune's first package, after its fingerprint was compared. */
    public static final String FIRST_PACKAGE = "FIRST_PACKAGE";
    /** Trusted deliberately in place of a key the commune lost. */
    public static final String RETRUST = "RETRUST";
}
