-- Bookings never land in a closure or block committed at the same moment: every
-- change to availability exceptions or working hours locks its scope's row (the clinic
-- settings row for clinic-wide closures, the practitioner's row otherwise). A booking
-- takes the clinic row FOR SHARE and the practitioner's row FOR UPDATE before it checks
-- availability, so the two are serialized whatever client writes.
-- The audit log also records a note (e.g. a booking made with the override flag).

ALTER TABLE audit_log ADD COLUMN note text;

CREATE OR REPLACE FUNCTION audit_row_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_log (table_name, operation, row_id, old_row, new_row, note)
    VALUES (TG_TABLE_NAME, TG_OP,
            CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END,
            CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END,
            CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END,
            nullif(current_setting('caredesk.note', true), ''));
    RETURN NULL;
END $$;

CREATE FUNCTION lock_availability_scope() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    ids bigint[];
BEGIN
    IF TG_OP <> 'INSERT' THEN ids := array_append(ids, OLD.practitioner_id); END IF;
    IF TG_OP <> 'DELETE' THEN ids := array_append(ids, NEW.practitioner_id); END IF;
    IF array_position(ids, NULL) IS NOT NULL THEN
        PERFORM 1 FROM clinic_settings FOR UPDATE;
    END IF;
    PERFORM 1 FROM practitioners WHERE id = ANY (ids) ORDER BY id FOR UPDATE;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER exceptions_lock_scope BEFORE INSERT OR UPDATE OR DELETE ON availability_exceptions
    FOR EACH ROW EXECUTE FUNCTION lock_availability_scope();
CREATE TRIGGER working_hours_lock_scope BEFORE INSERT OR UPDATE OR DELETE ON working_hours
    FOR EACH ROW EXECUTE FUNCTION lock_availability_scope();
