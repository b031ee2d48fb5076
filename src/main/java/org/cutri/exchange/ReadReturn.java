package org.cutri.exchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A return package read from a file and checked: entry names, sizes and hashes, the JSON's shape, and the signature
 * (against the key it carries: whether the commune trusts that key is the importer's question).
 *
 * @param sha256 the zip file's own SHA-256
 * @param manifestJson the manifest as it was in the file
 * @param signerKey the X.509 bytes of the key whose signature was checked
 */
public record ReadReturn(Path file, String sha256, ReturnManifest manifest, String manifestJson, byte[] signerKey,
        List<ReturnData.ReturnedAnswer> answers) {

    public ReadReturn {
        answers = List.copyOf(answers);
    }

    public String communeCode() {
        return manifest.commune().code();
    }

    public int sequence() {
        return manifest.sequence();
    }

    public String provinceName() {
        return manifest.province().name();
    }

    /** The signer's public key as the package carries it (base64 of its X.509 bytes). */
    public String signerKeyBase64() {
        return manifest.signature().publicKey();
    }

    /** The signer key's 20-digit fingerprint. */
    public String fingerprint() {
        return PackageSignature.fingerprint(signerKey);
    }

    /** The SHA-256 of the manifest as it is in the file: the package's content (it lists every entry's hash). */
    public String manifestSha256() {
        return PackageFormat.sha256Hex(manifestJson.getBytes(StandardCharsets.UTF_8));
    }

    public String previousSha256() {
        return manifest.previousSha256();
    }
}
