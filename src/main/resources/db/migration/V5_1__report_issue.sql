-- The number and date a round's compiled report (báo cáo tổng hợp) was given, once: printing it again,
-- saving it as Word, Excel or PDF keeps the same number. Portable SQL (H2, PostgreSQL).
CREATE TABLE report_issue (
    round_id   INTEGER NOT NULL PRIMARY KEY REFERENCES contact_round (id) ON DELETE CASCADE,
    issue_year INTEGER NOT NULL,
    number     INTEGER NOT NULL,
    issued_on  DATE    NOT NULL
);
