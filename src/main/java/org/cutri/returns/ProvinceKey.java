package org.cutri.returns;

import java.time.LocalDateTime;

/**
 * The province office's key a commune trusts (khóa của tỉnh đã tin): return packages must be signed by it.
 *
 * @param publicKey base64 of the key's X.509 bytes
 * @param trustedBy the account name of the person who confirmed the fingerprint
 */
public record ProvinceKey(String publicKey, String fingerprint, String provinceName, LocalDateTime trustedAt,
        String trustedBy) {
}
