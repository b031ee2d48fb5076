package org.cutri.exchange;

import java.nio.file.Path;

/**
 * A package read from a file and checked: safe entry names, sizes as declared, every SHA-256 right, JSON of
 * the expected shape.
 *
 * @param sha256 the zip file's own SHA-256 (hex): the same file imported twice is recognised by it
 * @param manifestJson the manifest as it was in the file, kept with the imported data
 * @param signerKey the X.509 bytes of the public key whose signature of the manifest was checked
 */
public record ReadPackage(Path file, String sha256, PackageManifest manifest, String manifestJson, byte[] signerKey,
        PackageData.RoundFile round, PackageData.MeetingsFile meetings, PackageData.OpinionsFile opinions,
        PackageData.GroupsFile groups) {

    public String communeCode() {
        return manifest.commune().code();
    }

    public int roundKey() {
        return manifest.round().id();
    }

    public int sequence() {
        return manifest.sequence();
    }

    /** The signer's public key as the package carries it (base64 of its X.509 bytes). */
    public String signerKeyBase64() {
        return manifest.signature().publicKey();
    }

    /** The signer key's short fingerprint ({@link PackageSignature#fingerprint(byte[])}). */
    public String fingerprint() {
        return PackageSignature.fingerprint(signerKey);
    }

    /** The SHA-256 of the manifest as it is in the file: the package's content (the manifest lists every entry's hash). */
    public String manifestSha256() {
        return PackageFormat.sha256Hex(manifestJson.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The manifest SHA-256 of the commune's previous package of this round, as the package says (null for a first
     * one).
     */
    public String previousSha256() {
        return manifest.previousSha256();
    }
}
