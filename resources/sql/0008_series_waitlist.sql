-- CareDesk schema v8: recurring appointment series and the waitlist.
-- A series is a first appointment and a repeat rule (an RFC 5545 RRULE, expanded by
-- libical in the clinic's wall-clock time). Its occurrences are ordinary appointments
-- that name it, so the exclusion constraint, the availability rules, the audit log and
-- Appointments to Resolve treat them like any other booking.

CREATE TABLE appointment_series (
    id bigserial PRIMARY KEY,
    practitioner_id bigint NOT NULL REFERENCES practitioners (id),
    rrule text NOT NULL CHECK (btrim(rrule) <> '' AND length(rrule) <= 500),
    first_starts_at timestamptz NOT NULL,
    time_zone text NOT NULL,
    minutes integer NOT NULL CHECK (minutes BETWEEN 5 AND 1440),
    patient_name text NOT NULL CHECK (btrim(patient_name) <> '' AND length(patient_name) <= 200),
    patient_phone text NOT NULL DEFAULT '' CHECK (length(patient_phone) <= 40),
    type_id bigint REFERENCES appointment_types (id),
    request_id uuid NOT NULL UNIQUE,
    created_by text NOT NULL DEFAULT caredesk_actor(),
    created_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE appointments ADD COLUMN series_id bigint REFERENCES appointment_series (id);
-- Which occurrence of the rule (1 for the first); an alternative keeps the number of
-- the occurrence it replaces.
ALTER TABLE appointments ADD COLUMN series_index integer CHECK (series_index BETWEEN 1 AND 104);
ALTER TABLE appointments ADD CONSTRAINT appointments_series_complete
    CHECK ((series_id IS NULL) = (series_index IS NULL));
CREATE INDEX appointments_series ON appointments (series_id, starts_at) WHERE series_id IS NOT NULL;

-- A patient who wants an earlier slot: with whom (NULL: any practitioner), between which
-- dates, on which weekdays and at which time of day, for how long.
CREATE TABLE waitlist_entries (
    id bigserial PRIMARY KEY,
    patient_name text NOT NULL CHECK (btrim(patient_name) <> '' AND length(patient_name) <= 200),
    patient_phone text NOT NULL DEFAULT '' CHECK (length(patient_phone) <= 40),
    practitioner_id bigint REFERENCES practitioners (id),
    earliest date NOT NULL,
    latest date NOT NULL,
    weekdays smallint[] NOT NULL DEFAULT '{1,2,3,4,5,6,7}'
        CHECK (cardinality(weekdays) BETWEEN 1 AND 7 AND weekdays <@ '{1,2,3,4,5,6,7}'::smallint[]),
    day_from integer NOT NULL DEFAULT 0 CHECK (day_from BETWEEN 0 AND 1439),
    day_to integer NOT NULL DEFAULT 1440 CHECK (day_to BETWEEN 1 AND 1440),
    minutes integer NOT NULL CHECK (minutes BETWEEN 5 AND 480),
    note text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'booked', 'removed')),
    appointment_id bigint REFERENCES appointments (id),
    created_by text NOT NULL DEFAULT caredesk_actor(),
    created_at timestamptz NOT NULL DEFAULT now(),
    closed_at timestamptz,
    CONSTRAINT waitlist_dates_ordered CHECK (earliest <= latest),
    CONSTRAINT waitlist_window_fits CHECK (day_to - day_from >= minutes),
    CONSTRAINT waitlist_booked_names_appointment CHECK ((status = 'booked') = (appointment_id IS NOT NULL)),
    CONSTRAINT waitlist_closed_when_not_open CHECK ((status = 'open') = (closed_at IS NULL))
);
CREATE INDEX waitlist_open ON waitlist_entries (earliest, latest) WHERE status = 'open';

ALTER TABLE appointment_series OWNER TO caredesk_owner;
ALTER TABLE waitlist_entries OWNER TO caredesk_owner;

CREATE TRIGGER appointment_series_audit AFTER INSERT OR UPDATE OR DELETE ON appointment_series
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER waitlist_entries_audit AFTER INSERT OR UPDATE OR DELETE ON waitlist_entries
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
-- Every open client hears of a waitlist change (the Book workspace's waitlist panel).
CREATE TRIGGER waitlist_entries_notify AFTER INSERT OR UPDATE OR DELETE ON waitlist_entries
    FOR EACH ROW EXECUTE FUNCTION notify_row_change();

-- The front desk and managers book series and keep the waitlist; practitioners read the
-- series and waitlist entries that are theirs (and the "any practitioner" entries).
GRANT SELECT ON appointment_series, waitlist_entries TO caredesk_staff;
GRANT INSERT ON appointment_series TO caredesk_front_desk, caredesk_manager;
GRANT INSERT, UPDATE ON waitlist_entries TO caredesk_front_desk, caredesk_manager;
GRANT USAGE ON SEQUENCE appointment_series_id_seq, waitlist_entries_id_seq
    TO caredesk_front_desk, caredesk_manager;

ALTER TABLE appointment_series ENABLE ROW LEVEL SECURITY;
ALTER TABLE waitlist_entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY desk_read ON appointment_series FOR SELECT TO caredesk_front_desk, caredesk_manager USING (true);
CREATE POLICY desk_book ON appointment_series FOR INSERT TO caredesk_front_desk, caredesk_manager
    WITH CHECK (true);
-- A practitioner's own: booked with them, or with an occurrence moved to them.
CREATE POLICY practitioner_own ON appointment_series FOR SELECT TO caredesk_practitioner
    USING (practitioner_id IN (SELECT caredesk_my_practitioner_ids())
           OR EXISTS (SELECT 1 FROM appointments a WHERE a.series_id = appointment_series.id
                      AND a.practitioner_id IN (SELECT caredesk_my_practitioner_ids())));
CREATE POLICY desk_all ON waitlist_entries FOR ALL TO caredesk_front_desk, caredesk_manager
    USING (true) WITH CHECK (true);
CREATE POLICY practitioner_own ON waitlist_entries FOR SELECT TO caredesk_practitioner
    USING (practitioner_id IS NULL OR practitioner_id IN (SELECT caredesk_my_practitioner_ids()));
