package org.cutri.exchange;

import java.time.Instant;
import java.util.List;

/**
 * {@code manifest.json} of a return package (gói trả lời): the answers a province office sends back to one commune
 * (docs/package-format.md, "Gói trả lời"; docs/decisions/0037). Same family as the commune's package
 * ({@link PackageManifest}): the same format name and version, every entry with its size and SHA-256, a sequence per
 * commune chained by the previous package's manifest hash, and the office's Ed25519 signature; {@code kind} is always
 * {@link ReturnFormat#KIND}, which a commune's package never has, so neither can be taken for the other.
 *
 * @param sequence the province's sequence number of return packages for this commune, from 1
 * @param previousSha256 the manifest SHA-256 of the province's previous return package for this commune (null for
 *         its first)
 */
public record ReturnManifest(String format, int formatVersion, String kind, String programVersion, Instant createdAt,
        int sequence, String previousSha256, Province province, Commune commune, Counts counts,
        List<PackageManifest.Entry> entries, PackageManifest.Signature signature) {

    public ReturnManifest {
        entries = entries == null ? null : List.copyOf(entries);
    }

    /** The same manifest with this signature. */
    public ReturnManifest withSignature(PackageManifest.Signature value) {
        return new ReturnManifest(format, formatVersion, kind, programVersion, createdAt, sequence, previousSha256,
                province, commune, counts, entries, value);
    }

    /** The province office that answers (its name as its settings give it). */
    public record Province(String name) {
    }

    /** The commune the package is for: only that commune imports it. */
    public record Commune(String code, String name) {
    }

    /** How many answers {@code data/answers.json} holds. */
    public record Counts(int answers) {
    }
}
