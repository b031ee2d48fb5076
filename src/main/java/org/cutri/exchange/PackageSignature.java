package org.cutri.exchange;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.cutri.common.UserException;

/**
 * The Ed25519 signature of a package's manifest (chữ ký của gói) and the key fingerprints people compare by
 * phone (docs/package-format.md, docs/decisions/0035). The signature covers the manifest's canonical bytes
 * ({@link #signedBytes}): every field of the manifest but the signature's value, so every entry's hash, the commune
 * code, the round, the sequence and the previous package's hash.
 */
public final class PackageSignature {

    public static final String ALGORITHM = "Ed25519";
    /** First line of the signed bytes: a signature made for anything else never verifies a package. */
    static final String SIGNED_HEADER = "cutri-package-signature-v1";
    /** The DER prefix of an Ed25519 public key in X.509 form (SubjectPublicKeyInfo, OID 1.3.101.112). */
    private static final byte[] ED25519_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final int PUBLIC_KEY_BYTES = ED25519_PREFIX.length + 32;
    private static final int SIGNATURE_BYTES = 64;

    private PackageSignature() {
    }

    /**
     * The bytes the signature covers: UTF-8 lines {@code name=value}, each value a JSON literal (strings quoted
     * and escaped, numbers, {@code true}/{@code false}, {@code null}); entries one line each in the manifest's
     * order. The signature's own value is not part of it; its algorithm and public key are.
     */
    public static byte[] signedBytes(PackageManifest m, String algorithm, String publicKey) {
        StringBuilder s = new StringBuilder(SIGNED_HEADER).append('\n');
        line(s, "format", text(m.format()));
        line(s, "format_version", String.valueOf(m.formatVersion()));
        line(s, "program_version", text(m.programVersion()));
        line(s, "created_at", text(m.createdAt() == null ? null : m.createdAt().toString()));
        line(s, "sequence", String.valueOf(m.sequence()));
        line(s, "previous_sha256", text(m.previousSha256()));
        line(s, "with_names", String.valueOf(m.withNames()));
        PackageManifest.Commune c = m.commune();
        line(s, "commune.code", text(c.code()));
        line(s, "commune.name", text(c.name()));
        line(s, "commune.province", text(c.province()));
        PackageManifest.Round r = m.round();
        line(s, "round.id", String.valueOf(r.id()));
        line(s, "round.name", text(r.name()));
        line(s, "round.kind", text(r.kind()));
        line(s, "round.start_date", text(r.startDate() == null ? null : r.startDate().toString()));
        line(s, "round.end_date", text(r.endDate() == null ? null : r.endDate().toString()));
        line(s, "round.session_date", text(r.sessionDate() == null ? null : r.sessionDate().toString()));
        PackageManifest.Counts n = m.counts();
        line(s, "counts", n.meetings() + " " + n.opinions() + " " + n.groups());
        for (PackageManifest.Entry e : m.entries()) {
            line(s, "entry", text(e.path()) + " " + e.size() + " " + text(e.sha256()));
        }
        line(s, "signature.algorithm", text(algorithm));
        line(s, "signature.public_key", text(publicKey));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    static void line(StringBuilder s, String name, String value) {
        s.append(name).append('=').append(value).append('\n');
    }

    /** A JSON string literal: {@code "} and {@code \} escaped, characters below U+0020 as {@code \}{@code u00XX}. */
    static String text(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '"' || ch == '\\') {
                s.append('\\').append(ch);
            } else if (ch < 0x20) {
                s.append(String.format("\\u%04x", (int) ch));
            } else {
                s.append(ch);
            }
        }
        return s.append('"').toString();
    }

    /** The manifest signed with this office's key: the same manifest with its {@code signature} filled in. */
    public static PackageManifest sign(PackageManifest unsigned, PrivateKey privateKey, byte[] publicKey) {
        return unsigned.withSignature(signature((algorithm, key) -> signedBytes(unsigned, algorithm, key), privateKey,
                publicKey));
    }

    /** The bytes a signature covers, given the signature's algorithm and public key (base64). */
    @FunctionalInterface
    interface Signed {
        byte[] bytes(String algorithm, String publicKey);
    }

    /** The Ed25519 signature of these bytes by this key, with the key (base64 of its X.509 bytes). */
    static PackageManifest.Signature signature(Signed signed, PrivateKey privateKey, byte[] publicKey) {
        String encodedKey = Base64.getEncoder().encodeToString(publicKey);
        byte[] bytes = signed.bytes(ALGORITHM, encodedKey);
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(bytes);
            return new PackageManifest.Signature(ALGORITHM, encodedKey, Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java 17 runtime signs with Ed25519", e);
        }
    }

    /**
     * Checks the manifest's signature against the public key it carries; returns that key's X.509 bytes.
     *
     * @throws UserException {@code exchange.refused.unsigned} without a signature,
     *         {@code exchange.refused.badSignature} when the manifest was changed after it was signed (or the
     *         signature or key is not a valid Ed25519 one)
     */
    public static byte[] verify(PackageManifest m) {
        return verify(m.signature(), (algorithm, key) -> signedBytes(m, algorithm, key), "exchange.refused.unsigned",
                "exchange.refused.badSignature");
    }

    /** Checks a signature of these bytes against the key it carries; returns that key's X.509 bytes. */
    static byte[] verify(PackageManifest.Signature signature, Signed signed, String unsignedKey, String badKey) {
        if (signature == null || signature.value() == null || signature.publicKey() == null) {
            throw new UserException(unsignedKey);
        }
        if (!ALGORITHM.equals(signature.algorithm())) {
            throw new UserException(badKey);
        }
        byte[] key = decode(signature.publicKey());
        byte[] value = decode(signature.value());
        if (key == null || value == null || key.length != PUBLIC_KEY_BYTES || value.length != SIGNATURE_BYTES
                || !Arrays.equals(Arrays.copyOf(key, ED25519_PREFIX.length), ED25519_PREFIX)) {
            throw new UserException(badKey);
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey(key));
            verifier.update(signed.bytes(signature.algorithm(), signature.publicKey()));
            if (!verifier.verify(value)) {
                throw new UserException(badKey);
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UserException(e, badKey);
        }
        return key;
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An Ed25519 public key from its X.509 bytes. */
    public static PublicKey publicKey(byte[] x509) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
    }

    /**
     * The short fingerprint of a public key, to be read out by phone: 20 digits in four groups of five
     * ("48213 90571 22864 10397"), each group five bytes of the SHA-256 of the key's X.509 bytes taken as a
     * number modulo 100000 (about 66 bits).
     */
    public static String fingerprint(byte[] publicKey) {
        byte[] hash = PackageFormat.sha256().digest(publicKey);
        StringBuilder s = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            long value = 0;
            for (int i = 0; i < 5; i++) {
                value = value << 8 | (hash[group * 5 + i] & 0xff);
            }
            if (group > 0) {
                s.append(' ');
            }
            s.append(String.format("%05d", value % 100_000));
        }
        return s.toString();
    }

    /** The fingerprint of a key given in base64, as a package carries it. */
    public static String fingerprint(String publicKeyBase64) {
        return fingerprint(Base64.getDecoder().decode(publicKeyBase64));
    }
}
