-- CareDesk schema v3: clients hear about clinic setup changes too. Renaming or
-- adding a practitioner, changing an appointment type or the clinic's zone or slot
-- step changes what every open view shows, so they notify like the scheduling tables.
-- Payload: {"table": ..., "op": ...} (no row id: views reload their setup).

CREATE FUNCTION notify_setup_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('caredesk_changes', json_build_object('table', TG_TABLE_NAME, 'op', TG_OP)::text);
    RETURN NULL;
END $$;

CREATE TRIGGER clinic_settings_notify AFTER INSERT OR UPDATE OR DELETE ON clinic_settings
    FOR EACH STATEMENT EXECUTE FUNCTION notify_setup_change();
CREATE TRIGGER practitioners_notify AFTER INSERT OR UPDATE OR DELETE ON practitioners
    FOR EACH STATEMENT EXECUTE FUNCTION notify_setup_change();
CREATE TRIGGER appointment_types_notify AFTER INSERT OR UPDATE OR DELETE ON appointment_types
    FOR EACH STATEMENT EXECUTE FUNCTION notify_setup_change();
CREATE TRIGGER staff_notify AFTER INSERT OR UPDATE OR DELETE ON staff
    FOR EACH STATEMENT EXECUTE FUNCTION notify_setup_change();

-- Changing practitioners and appointment types is part of the audit trail.
CREATE TRIGGER practitioners_audit AFTER INSERT OR UPDATE OR DELETE ON practitioners
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER appointment_types_audit AFTER INSERT OR UPDATE OR DELETE ON appointment_types
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
