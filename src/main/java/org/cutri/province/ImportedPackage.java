package org.cutri.province;

import java.time.LocalDateTime;

/** A package stored at the province: the one in force for its commune and round. */
public record ImportedPackage(int id, String communeCode, int roundKey, int sequenceNo, String sha256,
        String fileName, LocalDateTime importedAt) {
}
