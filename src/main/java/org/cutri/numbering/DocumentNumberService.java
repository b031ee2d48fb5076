package org.cutri.numbering;

import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;

/**
 * Gives document numbers from the office's yearly sequence: numbers run from 01 each calendar year
 * (Nghị định 30/2020), shared by every document type. A number once given is never given again.
 */
public class DocumentNumberService {

    private final Jdbi jdbi;

    public DocumentNumberService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Takes the next number of the year of {@code issuedOn} and records what it was given to. */
    public int next(String typeCode, String subject, LocalDate issuedOn) {
        return jdbi.inTransaction(handle -> {
            DocumentNumberDao dao = handle.attach(DocumentNumberDao.class);
            int number = dao.last(issuedOn.getYear()) + 1;
            dao.record(issuedOn.getYear(), number, typeCode, subject.length() > 500 ? subject.substring(0, 500) : subject,
                    issuedOn);
            return number;
        });
    }

    /** "01/KH-MTTQ-BTT": the number with two digits at least, the type code and the office's symbol. */
    public static String format(int number, String typeCode, String symbolCode) {
        return String.format("%02d/%s-%s", number, typeCode, symbolCode);
    }
}
