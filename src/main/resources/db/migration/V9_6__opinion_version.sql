-- Optimistic locking of opinion edits (issue 13, docs/decisions/0049-opinion-edits-on-a-shared-server.md): every
-- stored edit raises row_version by one, and an edit is stored only over the version its editor loaded. A second
-- person who edited the same opinion meanwhile is told, and sees the newer version, instead of overwriting it.
ALTER TABLE opinion ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;
