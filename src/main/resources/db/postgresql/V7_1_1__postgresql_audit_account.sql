-- PostgreSQL only (decision 0048): every audit row carries the server account of the person who did the work,
-- whatever the program wrote in it, so that with several staff on one database the trail says who did what.
CREATE FUNCTION cutri_audit_account() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.account := session_user;
    RETURN NEW;
END;
$$;

CREATE TRIGGER audit_log_account BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION cutri_audit_account();
