package org.cutri.province;

import java.time.LocalDateTime;

/**
 * A package stored at the province: the one in force for its commune and round.
 *
 * @param signerFingerprint the fingerprint of the key that signed it (null: imported before packages were signed)
 * @param manifestSha256 the SHA-256 of its manifest: its content (null: imported before packages were signed)
 */
public record ImportedPackage(int id, String communeCode, int roundKey, int sequenceNo, String sha256,
        String fileName, LocalDateTime importedAt, String signerFingerprint, String manifestSha256) {
}
