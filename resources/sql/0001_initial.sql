-- CareDesk schema v1: clinic settings, staff, practitioners, weekly working hours,
-- availability exceptions (practitioner or clinic-wide), appointment types,
-- appointments (double booking impossible), the audit log and change notifications.
-- Applied by the engine inside one transaction; see docs/architecture.md.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Who the client acts for: set per transaction with SET LOCAL caredesk.actor,
-- falling back to the database session user.
CREATE FUNCTION caredesk_actor() RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT coalesce(nullif(current_setting('caredesk.actor', true), ''), session_user::text) $$;

CREATE FUNCTION caredesk_is_time_zone(zone text) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = zone) $$;

CREATE TABLE clinic_settings (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    name text NOT NULL DEFAULT 'CareDesk Clinic' CHECK (btrim(name) <> ''),
    timezone text NOT NULL DEFAULT 'Australia/Sydney',
    slot_step_minutes integer NOT NULL DEFAULT 30 CHECK (slot_step_minutes BETWEEN 5 AND 240),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION clinic_settings_check_zone() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NOT caredesk_is_time_zone(NEW.timezone) THEN
        RAISE EXCEPTION 'unknown time zone "%"', NEW.timezone USING ERRCODE = '22023';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER clinic_settings_zone BEFORE INSERT OR UPDATE ON clinic_settings
    FOR EACH ROW EXECUTE FUNCTION clinic_settings_check_zone();

INSERT INTO clinic_settings DEFAULT VALUES;

CREATE TABLE staff (
    id bigserial PRIMARY KEY,
    login text NOT NULL UNIQUE CHECK (login ~ '^[a-z][a-z0-9_.-]{0,62}$'),
    display_name text NOT NULL CHECK (btrim(display_name) <> ''),
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE staff_roles (
    staff_id bigint NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    role text NOT NULL CHECK (role IN ('front_desk', 'practitioner', 'manager')),
    PRIMARY KEY (staff_id, role)
);

-- Only practitioners are bookable: appointments reference this table.
CREATE TABLE practitioners (
    id bigserial PRIMARY KEY,
    key text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9][a-z0-9_.-]{0,62}$'),
    display_name text NOT NULL CHECK (btrim(display_name) <> ''),
    staff_id bigint UNIQUE REFERENCES staff (id) ON DELETE SET NULL,
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Weekly working hours: wall-clock minutes after midnight (0..1440, 1440 = 24:00),
-- because QTime cannot hold 24:00. Effective dates are inclusive; NULL is open.
CREATE TABLE working_hours (
    id bigserial PRIMARY KEY,
    practitioner_id bigint NOT NULL REFERENCES practitioners (id) ON DELETE CASCADE,
    weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute integer NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute integer NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    valid_from date,
    valid_until date,
    created_by text NOT NULL DEFAULT caredesk_actor(),
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT working_hours_start_before_end CHECK (start_minute < end_minute),
    CONSTRAINT working_hours_valid_range CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_from <= valid_until),
    CONSTRAINT working_hours_no_overlap EXCLUDE USING gist (
        practitioner_id WITH =,
        weekday WITH =,
        daterange(valid_from, valid_until, '[]') WITH &&,
        int4range(start_minute, end_minute) WITH &&)
);

-- Availability exceptions, practitioner-scoped or clinic-wide (practitioner_id NULL).
-- A date range, all-day (no minutes) or a wall-clock window applied on each day.
CREATE TABLE availability_exceptions (
    id bigserial PRIMARY KEY,
    practitioner_id bigint REFERENCES practitioners (id) ON DELETE CASCADE,
    kind text NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    start_minute integer CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute integer CHECK (end_minute BETWEEN 1 AND 1440),
    reason text NOT NULL DEFAULT '',
    created_by text NOT NULL DEFAULT caredesk_actor(),
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT exceptions_kind_matches_scope CHECK (
        (practitioner_id IS NULL AND kind IN ('closure', 'holiday'))
        OR (practitioner_id IS NOT NULL AND kind IN ('blocked', 'holiday', 'vacation', 'work'))),
    CONSTRAINT exceptions_dates_ordered CHECK (start_date <= end_date),
    CONSTRAINT exceptions_window_complete CHECK ((start_minute IS NULL) = (end_minute IS NULL)),
    CONSTRAINT exceptions_window_ordered CHECK (start_minute IS NULL OR start_minute < end_minute)
);

CREATE TABLE appointment_types (
    id bigserial PRIMARY KEY,
    key text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9][a-z0-9_.-]{0,62}$'),
    name text NOT NULL CHECK (btrim(name) <> ''),
    minutes integer NOT NULL CHECK (minutes BETWEEN 5 AND 480)
);

CREATE TABLE appointments (
    id bigserial PRIMARY KEY,
    practitioner_id bigint NOT NULL REFERENCES practitioners (id),
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    patient_name text NOT NULL CHECK (btrim(patient_name) <> ''),
    patient_phone text NOT NULL DEFAULT '',
    type_id bigint REFERENCES appointment_types (id),
    status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'completed', 'cancelled', 'no_show')),
    request_id uuid UNIQUE,
    created_by text NOT NULL DEFAULT caredesk_actor(),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 1,
    CONSTRAINT appointments_start_before_end CHECK (starts_at < ends_at),
    -- The arbiter of double booking, whatever client writes.
    CONSTRAINT appointments_no_double_booking EXCLUDE USING gist (
        practitioner_id WITH =,
        tstzrange(starts_at, ends_at, '[)') WITH &&) WHERE (status <> 'cancelled')
);

-- Indexes for the range queries availability runs.
CREATE INDEX working_hours_practitioner ON working_hours (practitioner_id, weekday);
CREATE INDEX exceptions_range ON availability_exceptions USING gist (
    practitioner_id, daterange(start_date, end_date, '[]'));
CREATE INDEX exceptions_clinic_wide ON availability_exceptions (start_date, end_date)
    WHERE practitioner_id IS NULL;
CREATE INDEX appointments_starts_at ON appointments (starts_at) WHERE status <> 'cancelled';

-- An appointment edit bumps its version and updated_at, whoever writes it.
CREATE FUNCTION appointments_bump_version() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.version := OLD.version + 1;
    NEW.updated_at := now();
    RETURN NEW;
END $$;

CREATE TRIGGER appointments_version BEFORE UPDATE ON appointments
    FOR EACH ROW EXECUTE FUNCTION appointments_bump_version();

-- The audit log: who changed what, when, before and after.
CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor text NOT NULL DEFAULT caredesk_actor(),
    table_name text NOT NULL,
    operation text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
    row_id bigint,
    old_row jsonb,
    new_row jsonb
);

CREATE INDEX audit_log_at ON audit_log (at);

CREATE FUNCTION audit_row_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_log (table_name, operation, row_id, old_row, new_row)
    VALUES (TG_TABLE_NAME, TG_OP,
            CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END,
            CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END,
            CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END);
    RETURN NULL;
END $$;

-- Change notifications on channel caredesk_changes; payload is JSON
-- {"table": ..., "op": ..., "id": ..., "practitioner_id": ... or null}.
CREATE FUNCTION notify_row_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
    PERFORM pg_notify('caredesk_changes', json_build_object(
        'table', TG_TABLE_NAME, 'op', TG_OP, 'id', r.id,
        'practitioner_id', r.practitioner_id)::text);
    RETURN NULL;
END $$;

CREATE TRIGGER working_hours_audit AFTER INSERT OR UPDATE OR DELETE ON working_hours
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER exceptions_audit AFTER INSERT OR UPDATE OR DELETE ON availability_exceptions
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER appointments_audit AFTER INSERT OR UPDATE OR DELETE ON appointments
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();

CREATE TRIGGER working_hours_notify AFTER INSERT OR UPDATE OR DELETE ON working_hours
    FOR EACH ROW EXECUTE FUNCTION notify_row_change();
CREATE TRIGGER exceptions_notify AFTER INSERT OR UPDATE OR DELETE ON availability_exceptions
    FOR EACH ROW EXECUTE FUNCTION notify_row_change();
CREATE TRIGGER appointments_notify AFTER INSERT OR UPDATE OR DELETE ON appointments
    FOR EACH ROW EXECUTE FUNCTION notify_row_change();
