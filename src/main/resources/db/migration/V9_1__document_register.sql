-- The outgoing-document register (sổ đăng ký văn bản đi, Nghị định 30/2020/NĐ-CP, Phụ lục IV): the yearly number
-- sequence of V2 grows into the register itself (docs/decisions/0040). Every row is a number given: to a document
-- the program issued, or to one made outside it and registered by hand; a cancelled number stays, with its reason,
-- and is never given again. Portable SQL (H2, PostgreSQL).

ALTER TABLE document_number ADD COLUMN symbol VARCHAR(120);
ALTER TABLE document_number ADD COLUMN signer VARCHAR(200);
ALTER TABLE document_number ADD COLUMN recipients VARCHAR(1000);
ALTER TABLE document_number ADD COLUMN kept_by VARCHAR(200);
ALTER TABLE document_number ADD COLUMN copies INTEGER;
ALTER TABLE document_number ADD COLUMN status VARCHAR(20) DEFAULT 'ISSUED' NOT NULL;
ALTER TABLE document_number ADD COLUMN cancel_reason VARCHAR(500);
ALTER TABLE document_number ADD COLUMN cancelled_on DATE;
ALTER TABLE document_number ADD COLUMN source VARCHAR(100) DEFAULT 'program' NOT NULL;
ALTER TABLE document_number ADD CONSTRAINT document_number_status CHECK (status IN ('ISSUED', 'CANCELLED'));
ALTER TABLE document_number ADD CONSTRAINT document_number_positive CHECK (doc_number >= 1);
ALTER TABLE document_number ADD CONSTRAINT document_number_copies CHECK (copies IS NULL OR copies >= 1);
ALTER TABLE document_number ADD CONSTRAINT document_number_cancelled
    CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL AND cancelled_on IS NOT NULL));

-- The numbers given before the register: issued documents of the program, linked to what they were made for.
UPDATE document_number d SET source = 'round-plan:' || (SELECT MIN(r.id) FROM contact_round r
        WHERE r.plan_year = d.doc_year AND r.plan_number = d.doc_number)
    WHERE EXISTS (SELECT 1 FROM contact_round r WHERE r.plan_year = d.doc_year AND r.plan_number = d.doc_number);
UPDATE document_number d SET source = 'round-report:' || (SELECT MIN(i.round_id) FROM report_issue i
        WHERE i.issue_year = d.doc_year AND i.number = d.doc_number)
    WHERE EXISTS (SELECT 1 FROM report_issue i WHERE i.issue_year = d.doc_year AND i.number = d.doc_number);
UPDATE document_number d SET source = 'round-answers:' || (SELECT MIN(i.round_id) FROM answer_report_issue i
        WHERE i.issue_year = d.doc_year AND i.number = d.doc_number)
    WHERE EXISTS (SELECT 1 FROM answer_report_issue i WHERE i.issue_year = d.doc_year AND i.number = d.doc_number);
UPDATE document_number SET symbol = CASE WHEN doc_number < 10 THEN '0' ELSE '' END || CAST(doc_number AS VARCHAR(11))
        || '/' || type_code || '-' || COALESCE((SELECT p.symbol_code FROM commune_profile p WHERE p.id = 1), 'MTTQ');
UPDATE document_number SET kept_by = 'VT';
ALTER TABLE document_number ALTER COLUMN symbol SET NOT NULL;

-- The last number given in each year: the row an issue locks (UPDATE … SET last_number = last_number + 1), so two
-- issues at once wait for each other and never take the same number; a number is never taken back.
CREATE TABLE document_counter (
    doc_year    INTEGER NOT NULL PRIMARY KEY,
    last_number INTEGER NOT NULL,
    CONSTRAINT document_counter_positive CHECK (last_number >= 0)
);

INSERT INTO document_counter (doc_year, last_number)
    SELECT doc_year, MAX(doc_number) FROM document_number GROUP BY doc_year;

