package org.cutri.numbering;

import java.time.LocalDate;

import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The register of numbers the office gave its documents (sổ đăng ký văn bản đi). */
public interface DocumentNumberDao {

    @SqlQuery("SELECT COALESCE(MAX(doc_number), 0) FROM document_number WHERE doc_year = :year")
    int last(int year);

    @SqlUpdate("INSERT INTO document_number (doc_year, doc_number, type_code, subject, issued_on)"
            + " VALUES (:year, :number, :typeCode, :subject, :issuedOn)")
    int record(int year, int number, String typeCode, String subject, LocalDate issuedOn);
}
