package org.cutri.plan;

/** The editable text of a plan: its subject, bases, the three sections, the recipients and the signer. */
public record PlanSections(String subject, String bases, String purpose, String content, String organisation,
        String recipients, String signerTitle, String signerName) {
}
