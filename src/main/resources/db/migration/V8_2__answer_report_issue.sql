-- The number and date a round's read-back report (báo cáo kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri)
-- was given, once: printing it again, saving it as Word or PDF keeps the same number. Portable SQL (H2, PostgreSQL).
CREATE TABLE answer_report_issue (
    round_id   INTEGER NOT NULL PRIMARY KEY REFERENCES contact_round (id) ON DELETE CASCADE,
    issue_year INTEGER NOT NULL,
    number     INTEGER NOT NULL,
    issued_on  DATE    NOT NULL
);
