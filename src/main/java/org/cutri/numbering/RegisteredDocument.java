package org.cutri.numbering;

import java.time.LocalDate;

/**
 * One line of the outgoing-document register (sổ đăng ký văn bản đi): a number given in a year, and the document it
 * went to; a cancelled number keeps its line with the reason and day.
 *
 * @param symbol the number and symbol as printed on the document ("05/KH-MTTQ-BTT")
 * @param typeCode the kind's code ("KH")
 * @param summary the trích yếu
 * @param source what it was made for ("round-plan:3"), or "hand" for a document made outside the program
 */
public record RegisteredDocument(int year, int number, String symbol, LocalDate issuedOn, String typeCode,
        String summary, String signer, String recipients, String keptBy, Integer copies, DocumentStatus status,
        String cancelReason, LocalDate cancelledOn, String source) {

    /** The kind's name as the book writes it ("Kế hoạch"); the code itself for a kind the program does not know. */
    public String typeName() {
        return DocumentKind.ofCode(typeCode).map(DocumentKind::documentName).orElse(typeCode);
    }

    public boolean cancelled() {
        return status == DocumentStatus.CANCELLED;
    }

    /** True for a document made outside the program and registered by hand. */
    public boolean byHand() {
        return DocumentRegister.HAND.equals(source);
    }
}
