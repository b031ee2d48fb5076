package org.cutri.province;

import java.nio.file.Path;
import java.util.List;

import org.cutri.exchange.ReadPackage;
import org.cutri.exchange.PackageManifest;
import org.cutri.common.i18n.Messages;

/**
 * What happens (dry run) or happened (import) to one package file, for the command line and the dry-run
 * screen.
 *
 * @param communeCode, communeName, roundKey, roundName, sequence null when the file could not be read
 * @param groups the same-issue groups the commune accepted and sent
 * @param reasonKey the message key of why the package is refused, or of what taking it would cost (a later package that
 *        leaves out opinions the province grouped or answered); null when there is nothing to say
 * @param question what the user may decide about a refused package ({@link Question#NONE}: nothing)
 * @param fingerprint the fingerprint of the key that signed the package (null when it could not be read)
 * @param signerKey that key (base64 of its X.509 bytes), for trusting it
 * @param sha256 the file's SHA-256, for accepting it despite a gap or a conflict
 */
public record PackageImportSummary(Path file, Outcome outcome, String communeCode, String communeName,
        Integer roundKey, String roundName, Integer sequence, int meetings, int opinions, int groups, String reasonKey,
        List<Object> reasonArgs, Question question, String fingerprint, String signerKey, String sha256) {

    /** What the province's user may decide about a package the importer did not take alone. */
    public enum Question {
        NONE,
        /** The commune's first package: trust its key once the fingerprint has been compared with the commune. */
        TRUST_KEY,
        /** Signed by another key than the commune's: re-trust only if the commune really lost its key. */
        RETRUST_KEY,
        /** Packages are missing between the stored one and this one: take it anyway. */
        ACCEPT_GAP,
        /** Different from the stored package of the same number, or not following on from it: take it anyway. */
        ACCEPT_CONFLICT
    }

    /** The four answers of the dry run. */
    public enum Outcome {
        /** First package of this commune and round. */
        NEW,
        /** A later package (higher sequence) of a commune and round already imported: replaces it. */
        REPLACING,
        /** The same package (same SHA-256 or sequence) is already imported: nothing changes. */
        UNCHANGED,
        /** Not imported; {@code reasonKey} says why. */
        REFUSED
    }

    public PackageImportSummary {
        reasonArgs = List.copyOf(reasonArgs);
    }

    public static PackageImportSummary of(ReadPackage p, Outcome outcome, String reasonKey, Object... args) {
        return asked(p, outcome, Question.NONE, reasonKey, args);
    }

    /** A package refused with a question the user may answer. */
    public static PackageImportSummary asked(ReadPackage p, Outcome outcome, Question question, String reasonKey,
            Object... args) {
        PackageManifest m = p.manifest();
        return new PackageImportSummary(p.file(), outcome, m.commune().code(), m.commune().name(), m.round().id(),
                m.round().name(), m.sequence(), m.counts().meetings(), m.counts().opinions(), m.counts().groups(), reasonKey,
                List.of(args), question, p.fingerprint(), p.signerKeyBase64(), p.sha256());
    }

    public static PackageImportSummary refused(Path file, String reasonKey, Object... args) {
        return new PackageImportSummary(file, Outcome.REFUSED, null, null, null, null, null, 0, 0, 0, reasonKey,
                List.of(args), Question.NONE, null, null, null);
    }

    public boolean refused() {
        return outcome == Outcome.REFUSED;
    }

    /** Why it is refused, in the user's language; empty when it is not. */
    public String reason(Messages messages) {
        return reasonKey == null ? "" : messages.get(reasonKey, reasonArgs.toArray());
    }

    /** The third column of the command line: the reason, or "commune / round / N opinions". */
    public String details(Messages messages) {
        if (refused()) {
            return reason(messages);
        }
        String details = messages.get("exchange.summary.details", communeName, communeCode, roundName,
                String.valueOf(sequence), String.valueOf(opinions));
        // a package taken with a warning (a later package leaving out opinions the province worked on)
        return reasonKey == null ? details : details + ". " + reason(messages);
    }
}
