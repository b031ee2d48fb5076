package org.cutri.numbering;

import java.time.LocalDate;

/**
 * What the register needs to give a document its number (the register's columns, Nghị định 30/2020, Phụ lục IV).
 *
 * @param typeCode the kind's code ("KH", "BC", "GM"; see {@link DocumentKind})
 * @param summary the trích yếu: what the document is about
 * @param issuedOn the document's date; its year chooses the number's series
 * @param signer who signs it; may be null
 * @param recipients where it goes (nơi nhận); may be null
 * @param keptBy the unit or person keeping the file copy (đơn vị, người nhận bản lưu); null: the office's records (VT)
 * @param copies how many copies are made; null when not said
 * @param source what it was made for in the program ("round-plan:3", "plan:7"), or {@link DocumentRegister#HAND} for a
 *     document made outside the program
 */
public record IssueRequest(String typeCode, String summary, LocalDate issuedOn, String signer, String recipients,
        String keptBy, Integer copies, String source) {

    /** A document of the program: only its kind, summary, date and what it was made for. */
    public static IssueRequest of(String typeCode, String summary, LocalDate issuedOn, String source) {
        return new IssueRequest(typeCode, summary, issuedOn, null, null, null, null, source);
    }
}
