-- CareDesk schema v7: moving in from the old web system (caredesk-cli import-legacy).
-- The old system kept company "office hours" as weekly patterns with no practitioner;
-- CareDesk keeps them as the clinic's office hours, for reference: they do not
-- constrain availability, which comes from each practitioner's weekly hours.

CREATE TABLE clinic_office_hours (
    id bigserial PRIMARY KEY,
    weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute integer NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute integer NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    valid_from date,
    valid_until date,
    title text NOT NULL DEFAULT '' CHECK (length(title) <= 200),
    CONSTRAINT office_hours_start_before_end CHECK (start_minute < end_minute),
    CONSTRAINT office_hours_valid_range CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_from <= valid_until)
);

-- Which old row became which CareDesk row: an import run twice brings nothing new, and
-- a folded block names every old row it came from. `source_table` is the old system's
-- table (users, availability_patterns, availability_exceptions, appointments, patients);
-- a patients row records the old patient an imported appointment is for.
CREATE TABLE legacy_import_refs (
    source_table text NOT NULL CHECK (source_table IN ('users', 'availability_patterns',
        'availability_exceptions', 'appointments', 'patients')),
    source_id bigint NOT NULL,
    target_table text NOT NULL CHECK (target_table IN ('practitioners', 'working_hours',
        'clinic_office_hours', 'availability_exceptions', 'appointments')),
    target_id bigint NOT NULL,
    imported_at timestamptz NOT NULL DEFAULT now(),
    imported_by text NOT NULL DEFAULT caredesk_actor(),
    PRIMARY KEY (source_table, source_id, target_table, target_id)
);
CREATE INDEX legacy_import_refs_target ON legacy_import_refs (target_table, target_id);

ALTER TABLE clinic_office_hours OWNER TO caredesk_owner;
ALTER TABLE legacy_import_refs OWNER TO caredesk_owner;

CREATE TRIGGER clinic_office_hours_audit AFTER INSERT OR UPDATE OR DELETE ON clinic_office_hours
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();

-- Everybody reads; managers import.
GRANT SELECT ON clinic_office_hours, legacy_import_refs TO caredesk_staff;
GRANT INSERT, UPDATE, DELETE ON clinic_office_hours TO caredesk_manager;
GRANT INSERT ON legacy_import_refs TO caredesk_manager;
GRANT USAGE ON SEQUENCE clinic_office_hours_id_seq TO caredesk_manager;

ALTER TABLE clinic_office_hours ENABLE ROW LEVEL SECURITY;
ALTER TABLE legacy_import_refs ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_read ON clinic_office_hours FOR SELECT TO caredesk_staff USING (true);
CREATE POLICY manager_write ON clinic_office_hours FOR ALL TO caredesk_manager USING (true) WITH CHECK (true);
CREATE POLICY staff_read ON legacy_import_refs FOR SELECT TO caredesk_staff USING (true);
CREATE POLICY manager_insert ON legacy_import_refs FOR INSERT TO caredesk_manager WITH CHECK (true);

-- The audit trigger looks up the bulk change only when this transaction set one: an
-- import of a clinic's two years of appointments writes 100,000 audit rows, and the
-- lookup (a SECURITY DEFINER function per row) was most of their cost. Same result:
-- caredesk_current_bulk() is NULL whenever caredesk.bulk_id is unset or empty.
CREATE OR REPLACE FUNCTION audit_row_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET TimeZone = 'UTC'
    AS $$
BEGIN
    INSERT INTO audit_log (table_name, operation, row_id, old_row, new_row, note, bulk_id)
    VALUES (TG_TABLE_NAME, TG_OP,
            CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END,
            CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END,
            CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END,
            nullif(current_setting('caredesk.note', true), ''),
            CASE WHEN coalesce(current_setting('caredesk.bulk_id', true), '') = '' THEN NULL
                 ELSE caredesk_current_bulk() END);
    RETURN NULL;
END $$;
ALTER FUNCTION audit_row_change() OWNER TO caredesk_owner;
REVOKE ALL ON FUNCTION audit_row_change() FROM PUBLIC;
