package org.cutri.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code manifest.json} of a package: who made it, for which round, and every other entry with its size and
 * SHA-256 (docs/package-format.md).
 *
 * @param format always {@link PackageFormat#FORMAT_NAME}
 * @param sequence the commune's sequence number for this round: a higher one replaces a lower one
 * @param withNames true when speakers' names were deliberately included
 */
public record PackageManifest(String format, int formatVersion, String programVersion, Instant createdAt,
        int sequence, boolean withNames, Commune commune, Round round, Counts counts, List<Entry> entries) {

    public PackageManifest {
        entries = entries == null ? null : List.copyOf(entries);
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
}
