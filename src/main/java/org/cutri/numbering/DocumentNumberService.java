package org.cutri.numbering;

import java.time.LocalDate;

/**
 * Gives document numbers from the office's yearly sequence: numbers run from 01 each calendar year
 * (Nghị định 30/2020), shared by every document type. A number once given is never given again. Kept for the
 * callers that only need a number: it issues through the {@link DocumentRegister}.
 */
public class DocumentNumberService {

    private final DocumentRegister register;

    public DocumentNumberService(DocumentRegister register) {
        this.register = register;
    }

    /** Takes the next number of the year of {@code issuedOn} and records what it was given to. */
    public int next(String typeCode, String subject, LocalDate issuedOn) {
        return next(typeCode, subject, issuedOn, DocumentRegister.PROGRAM);
    }

    /** The same, saying what the document was made for ("round-plan:3"), so the register can link back to it. */
    public int next(String typeCode, String subject, LocalDate issuedOn, String source) {
        String summary = subject == null ? "" : subject.length() > DocumentRegister.SUMMARY_LENGTH
                ? subject.substring(0, DocumentRegister.SUMMARY_LENGTH) : subject;
        return register.issue(IssueRequest.of(typeCode, summary, issuedOn, source)).number();
    }

    /** The register behind the numbers. */
    public DocumentRegister register() {
        return register;
    }

    /** "01/KH-MTTQ-BTT": the number with two digits at least, the type code and the office's symbol. */
    public static String format(int number, String typeCode, String symbolCode) {
        return DocumentKind.symbol(number, typeCode, symbolCode);
    }
}
