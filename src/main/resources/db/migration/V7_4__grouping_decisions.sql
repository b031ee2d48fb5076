-- What the secretary decided about pairs of opinions in the same-issue grouping (decision 0031): accepted into one
-- group (together = TRUE) or split apart (together = FALSE). The next suggestions use them: a pair split apart is
-- never suggested together again, a pair accepted together is suggested together, "đã gộp trước đây".
-- A pair is two opinions' texts (folded: case, diacritics and spacing ignored, as a SHA-256 key), so the decision
-- also holds when the same text comes back in a later round. The latest decision on a pair holds.
-- Portable SQL (H2, PostgreSQL).

CREATE TABLE grouping_decision (
    text_low    VARCHAR(64) NOT NULL,
    text_high   VARCHAR(64) NOT NULL,
    together    BOOLEAN     NOT NULL,
    decided_at  TIMESTAMP   NOT NULL,
    PRIMARY KEY (text_low, text_high)
);
