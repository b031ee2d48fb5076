package org.cutri.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code manifest.json} of a package: who made it, for which round, every other entry with its size and
 * SHA-256, and the office's signature over all of it (docs/package-format.md).
 *
 * @param format always {@link PackageFormat#FORMAT_NAME}
 * @param sequence the commune's sequence number for this round: a higher one replaces a lower one
 * @param previousSha256 the SHA-256 of the commune's previous package of this round (null for its first)
 * @param withNames true when speakers' names were deliberately included
 * @param signature the office's Ed25519 signature ({@link PackageSignature}); null in an unsigned package
 */
public record PackageManifest(String format, int formatVersion, String programVersion, Instant createdAt,
        int sequence, String previousSha256, boolean withNames, Commune commune, Round round, Counts counts,
        List<Entry> entries, Signature signature) {

    public PackageManifest {
        entries = entries == null ? null : List.copyOf(entries);
    }

    /** The same manifest with this signature. */
    public PackageManifest withSignature(Signature value) {
        return new PackageManifest(format, formatVersion, programVersion, createdAt, sequence, previousSha256, withNames,
                commune, round, counts, entries, value);
    }

    /** The commune that made the package. */
    public record Commune(String code, String name, String province) {
    }

    /** The round the package holds ({@code id} is the commune's own round id). */
    public record Round(int id, String name, String kind, LocalDate startDate, LocalDate endDate,
            LocalDate sessionDate) {
    }

    public record Counts(int meetings, int opinions, int groups) {
    }

    /** One entry of the zip besides the manifest, with its exact size in bytes and its SHA-256 (hex). */
    public record Entry(String path, long size, String sha256) {
    }

    /**
     * The signature: {@code algorithm} "Ed25519", the office's public key (base64 of its X.509 bytes) and the
     * signature of {@link PackageSignature#signedBytes} (base64, 64 bytes).
     */
    public record Signature(String algorithm, String publicKey, String value) {
    }
}
