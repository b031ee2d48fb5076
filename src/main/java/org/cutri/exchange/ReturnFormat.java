package org.cutri.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cutri.common.text.TextIn;

/**
 * The fixed facts of the return package (gói trả lời, docs/package-format.md and docs/decisions/0037): what it holds,
 * its limits, the bytes its signature covers, and how the province builds one. It reuses the commune package's
 * format name, version, JSON rules, zip layout and Ed25519 keys; its manifest names {@link #KIND} and its signature
 * covers other bytes (another first line), so a signature made for one kind never verifies the other.
 */
public final class ReturnFormat {

    /** The {@code kind} of every return package's manifest; a commune's package has no {@code kind}. */
    public static final String KIND = "answers";
    public static final String ANSWERS = "data/answers.json";
    /** First line of the signed bytes. */
    static final String SIGNED_HEADER = "cutri-answers-signature-v1";
    /** Answers in one package: as many as a round's opinions may be. */
    public static final int MAX_ANSWERS = PackageFormat.MAX_OPINIONS;
    /** Entries: the manifest and the answers. */
    static final int MAX_ENTRIES = 2;
    /** Longest texts, as the follow-up stores them. */
    public static final int MAX_AGENCY = 300;
    public static final int MAX_LETTER = 60;
    public static final int MAX_ANSWER_TEXT = 8000;

    private ReturnFormat() {
    }

    /** "cutri-tra-loi-tan-phuc-3.zip". */
    public static String fileName(String communeCode, int sequence) {
        return "cutri-tra-loi-" + communeCode + "-" + sequence + ".zip";
    }

    /** The only entry names a return package may hold. */
    static boolean knownEntry(String name) {
        return PackageFormat.MANIFEST.equals(name) || ANSWERS.equals(name);
    }

    /**
     * The bytes the signature covers: UTF-8 lines {@code name=value}, values as JSON literals, as for a commune's
     * package ({@link PackageSignature#signedBytes}) but under the first line {@link #SIGNED_HEADER}.
     */
    static byte[] signedBytes(ReturnManifest m, String algorithm, String publicKey) {
        StringBuilder s = new StringBuilder(SIGNED_HEADER).append('\n');
        PackageSignature.line(s, "format", PackageSignature.text(m.format()));
        PackageSignature.line(s, "format_version", String.valueOf(m.formatVersion()));
        PackageSignature.line(s, "kind", PackageSignature.text(m.kind()));
        PackageSignature.line(s, "program_version", PackageSignature.text(m.programVersion()));
        PackageSignature.line(s, "created_at", PackageSignature.text(m.createdAt() == null ? null : m.createdAt().toString()));
        PackageSignature.line(s, "sequence", String.valueOf(m.sequence()));
        PackageSignature.line(s, "previous_sha256", PackageSignature.text(m.previousSha256()));
        PackageSignature.line(s, "province.name", PackageSignature.text(m.province().name()));
        PackageSignature.line(s, "commune.code", PackageSignature.text(m.commune().code()));
        PackageSignature.line(s, "commune.name", PackageSignature.text(m.commune().name()));
        PackageSignature.line(s, "counts.answers", String.valueOf(m.counts().answers()));
        for (PackageManifest.Entry e : m.entries()) {
            PackageSignature.line(s, "entry", PackageSignature.text(e.path()) + " " + e.size() + " "
                    + PackageSignature.text(e.sha256()));
        }
        PackageSignature.line(s, "signature.algorithm", PackageSignature.text(algorithm));
        PackageSignature.line(s, "signature.public_key", PackageSignature.text(publicKey));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Checks the manifest's signature; returns the signer's X.509 key bytes. */
    static byte[] verify(ReturnManifest m) {
        return PackageSignature.verify(m.signature(), (algorithm, key) -> signedBytes(m, algorithm, key),
                "returns.refused.unsigned", "returns.refused.badSignature");
    }

    /** What the province puts in one commune's return package. */
    public record Content(String provinceName, String communeCode, String communeName,
            List<ReturnData.ReturnedAnswer> answers) {
        public Content {
            answers = List.copyOf(answers);
        }
    }

    /**
     * Builds and signs a return package.
     *
     * @param sequence this commune's next return sequence number
     * @param previousSha256 the manifest SHA-256 of the previous return package for this commune (null: none)
     */
    public static ExportedReturn build(Content content, int sequence, String previousSha256, OfficeKey key,
            Instant now, String programVersion) {
        ObjectMapper mapper = PackageFormat.mapper();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(ANSWERS, json(mapper, new ReturnData.AnswersFile(PackageFormat.FORMAT_VERSION, content.answers())));
        List<PackageManifest.Entry> listed = entries.entrySet().stream()
                .map(e -> new PackageManifest.Entry(e.getKey(), e.getValue().length, PackageFormat.sha256Hex(e.getValue())))
                .toList();
        // The manifest's texts as the commune will read them (TextIn.clean), so the signature matches.
        ReturnManifest unsigned = new ReturnManifest(PackageFormat.FORMAT_NAME, PackageFormat.FORMAT_VERSION, KIND,
                TextIn.clean(programVersion), now.truncatedTo(ChronoUnit.SECONDS), sequence, previousSha256,
                new ReturnManifest.Province(TextIn.clean(content.provinceName())),
                new ReturnManifest.Commune(content.communeCode(), TextIn.clean(content.communeName())),
                new ReturnManifest.Counts(content.answers().size()), listed, null);
        ReturnManifest manifest = unsigned.withSignature(PackageSignature.signature(
                (algorithm, publicKey) -> signedBytes(unsigned, algorithm, publicKey), key.privateKey(), key.publicKey()));
        byte[] manifestBytes = json(mapper, manifest);
        byte[] zip = PackageFormat.zip(manifestBytes, entries);
        return new ExportedReturn(fileName(content.communeCode(), sequence), zip, PackageFormat.sha256Hex(zip),
                PackageFormat.sha256Hex(manifestBytes), manifest);
    }

    private static byte[] json(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Return package data could not be written as JSON", e);
        }
    }
}
