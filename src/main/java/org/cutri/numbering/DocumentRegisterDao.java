package org.cutri.numbering;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The register of numbers the office gave its documents (sổ đăng ký văn bản đi) and the yearly counters. */
@RegisterConstructorMapper(RegisteredDocument.class)
interface DocumentRegisterDao {

    String COLUMNS = "doc_year AS \"year\", doc_number AS \"number\", symbol, issued_on, type_code, subject AS summary, signer,"
            + " recipients, kept_by, copies, status, cancel_reason, cancelled_on, source";

    /** Takes the year's counter row and moves it on by one: the row stays locked until the transaction ends. */
    @SqlUpdate("UPDATE document_counter SET last_number = last_number + 1 WHERE doc_year = :year")
    int bump(int year);

    @SqlQuery("SELECT last_number FROM document_counter WHERE doc_year = :year")
    int lastNumber(int year);

    /** The number the year's next issue would take now (another issue before it may take it first). */
    @SqlQuery("SELECT COALESCE((SELECT last_number FROM document_counter WHERE doc_year = :year),"
            + " (SELECT MAX(doc_number) FROM document_number WHERE doc_year = :year), 0) + 1")
    int nextNumber(int year);

    @SqlUpdate("INSERT INTO document_counter (doc_year, last_number)"
            + " SELECT :year, COALESCE(MAX(doc_number), 0) FROM document_number WHERE doc_year = :year")
    void startYear(int year);

    @SqlQuery("SELECT COUNT(*) FROM document_counter WHERE doc_year = :year")
    int counters(int year);

    @SqlUpdate("INSERT INTO document_number (doc_year, doc_number, symbol, issued_on, type_code, subject, signer,"
            + " recipients, kept_by, copies, status, source) VALUES (:year, :number, :symbol, :issuedOn, :typeCode,"
            + " :summary, :signer, :recipients, :keptBy, :copies, 'ISSUED', :source)")
    void insert(@BindMethods RegisteredDocument document);

    @SqlQuery("SELECT " + COLUMNS + " FROM document_number WHERE doc_year = :year ORDER BY doc_number")
    List<RegisteredDocument> list(int year);

    @SqlQuery("SELECT " + COLUMNS + " FROM document_number WHERE doc_year = :year AND doc_number = :number")
    Optional<RegisteredDocument> find(int year, int number);

    @SqlQuery("SELECT " + COLUMNS + " FROM document_number WHERE source = :source AND status = 'ISSUED'"
            + " ORDER BY doc_year DESC, doc_number DESC")
    List<RegisteredDocument> issuedFor(String source);

    @SqlUpdate("UPDATE document_number SET status = 'CANCELLED', cancel_reason = :reason, cancelled_on = :on"
            + " WHERE doc_year = :year AND doc_number = :number AND status = 'ISSUED'")
    int cancel(int year, int number, String reason, LocalDate on);

    /** The years that have a number, newest first. */
    @SqlQuery("SELECT DISTINCT doc_year FROM document_number ORDER BY doc_year DESC")
    List<Integer> years();
}
