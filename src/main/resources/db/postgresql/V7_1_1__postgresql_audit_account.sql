-- PostgreSQL only (decision 0048): every audit row carries the server account of the person who did the work,
-- whatever the program wrote in it, so that with several staff on one database the trail says who did what.
CREATE FUNCTION cutri_audit_account() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- An office's data copied from its H2 file (migrate --to) keeps the accounts its audit rows had.
    IF current_setting('cutri.copying', TRUE) = 'on' THEN
        RETURN NEW;
    END IF;
    NEW.account := session_user;
    RETURN NEW;
END;
$$;

CREATE TRIGGER audit_log_account BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION cutri_audit_account();
