-- PostgreSQL only (decision 0048). On H2 the audit trail is written by two Java triggers
-- (org.cutri.audit.AuditRowTrigger, AuditLockTrigger); on a server these functions do the same, and the common
-- migrations' triggers call them (PostgresMigrations translates "CALL 'org.cutri.audit.…'").

-- Refuses every change and deletion of an audit row: the trail is only ever added to.
CREATE FUNCTION cutri_audit_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit trail cannot be changed or deleted' USING ERRCODE = '45000';
END;
$$;

-- One audit row for a row added, changed or deleted, in the transaction of the change: the table, the row's key
-- and, for a change, the columns changed; never a value but a code. A change of time stamps alone writes nothing.
-- The account is the server account of the person working (session_user). Bulk work (an import recorded as one
-- row) sets cutri.audit_quiet for its session.
CREATE FUNCTION cutri_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_row JSONB;
    new_row JSONB;
    this_row JSONB;
    changed TEXT;
    code_text TEXT := '';
    key_text TEXT;
    act TEXT;
    what TEXT;
BEGIN
    IF current_setting('cutri.audit_quiet', TRUE) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        old_row := to_jsonb(OLD);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_row := to_jsonb(NEW);
    END IF;
    this_row := COALESCE(new_row, old_row);
    IF this_row ->> 'code' IS NOT NULL THEN
        code_text := ' mã ' || (this_row ->> 'code');
    END IF;
    IF TG_OP = 'INSERT' THEN
        act := 'CREATE';
        what := 'thêm' || code_text;
    ELSIF TG_OP = 'DELETE' THEN
        act := 'DELETE';
        what := 'xóa' || code_text;
    ELSE
        SELECT string_agg(a.attname, ', ' ORDER BY a.attnum) INTO changed
          FROM pg_attribute a
         WHERE a.attrelid = TG_RELID AND a.attnum > 0 AND NOT a.attisdropped
           AND a.attname NOT IN ('updated_at', 'created_at')
           AND (old_row -> a.attname::TEXT) IS DISTINCT FROM (new_row -> a.attname::TEXT);
        IF changed IS NULL THEN
            RETURN NULL;
        END IF;
        act := 'CHANGE';
        what := 'sửa' || code_text || ': ' || changed;
    END IF;
    SELECT CASE WHEN COUNT(*) = 1 THEN MAX(this_row ->> a.attname::TEXT)
                ELSE string_agg(a.attname || '=' || COALESCE(this_row ->> a.attname::TEXT, 'null'), ', '
                                ORDER BY a.attname) END
      INTO key_text
      FROM pg_index i
      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
     WHERE i.indrelid = TG_RELID AND i.indisprimary;
    INSERT INTO audit_log (at, account, action, object_type, object_id, description)
    VALUES (LOCALTIMESTAMP, session_user, act, TG_TABLE_NAME, left(key_text, 300), left(what, 1000));
    RETURN NULL;
END;
$$;
