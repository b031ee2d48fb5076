package org.cutri.returns;

import java.nio.file.Path;
import java.util.List;

import org.cutri.common.i18n.Messages;
import org.cutri.opinion.OpinionStatus;

/**
 * What importing a return package does (dry run) or did: the changes to the commune's follow-ups, the codes the
 * commune does not know, and, when refused, why and what the user may decide.
 *
 * @param provinceName, communeCode, sequence, fingerprint null when the file could not be read
 * @param changes the issues whose follow-up takes the province's (one per issue, by its code at the commune)
 * @param unchanged how many issues already said what the province says
 * @param kept the codes whose answer at the commune is kept: the province has no answer for them yet
 * @param unknown the codes of the package that are no approved opinion of this commune
 */
public record ReturnImportSummary(Path file, Outcome outcome, String provinceName, String communeCode,
        Integer sequence, String fingerprint, Question question, String reasonKey, List<Object> reasonArgs,
        List<Change> changes, int unchanged, List<String> kept, List<String> unknown) {

    /** What happens to the package. */
    public enum Outcome {
        /** Its answers are (or, in a dry run, would be) taken. */
        APPLIED,
        /** Nothing changes: the same package, or an older one, was taken before. */
        UNCHANGED,
        /** Not taken; {@code reasonKey} says why. */
        REFUSED
    }

    /** What the user may decide about a refused package. */
    public enum Question {
        NONE,
        /** The first return package: trust the province's key once its fingerprint is compared. */
        TRUST_KEY,
        /** Packages are missing between the last one taken and this one: take it anyway. */
        ACCEPT_GAP
    }

    /** One issue whose follow-up changes: its code, text, and status before and after. */
    public record Change(String code, String content, OpinionStatus before, OpinionStatus after, String agency) {
    }

    public ReturnImportSummary {
        reasonArgs = List.copyOf(reasonArgs);
        changes = List.copyOf(changes);
        kept = List.copyOf(kept);
        unknown = List.copyOf(unknown);
    }

    static ReturnImportSummary refused(Path file, String reasonKey, Object... args) {
        return new ReturnImportSummary(file, Outcome.REFUSED, null, null, null, null, Question.NONE, reasonKey,
                List.of(args), List.of(), 0, List.of(), List.of());
    }

    public boolean refused() {
        return outcome == Outcome.REFUSED;
    }

    /** Why it is refused or unchanged, in the user's language; empty when there is nothing to say. */
    public String reason(Messages messages) {
        return reasonKey == null ? "" : messages.get(reasonKey, reasonArgs.toArray());
    }
}
