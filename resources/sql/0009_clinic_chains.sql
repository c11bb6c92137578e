-- CareDesk schema v9: clinic chains, several clinics in one database.
-- A `clinics` row per clinic (name, time zone, slot step). Practitioners, their hours,
-- blocks and overrides, closures, appointments, series, the waitlist, holiday feeds,
-- hours templates, bulk changes and audit rows belong to one clinic. A closure may
-- instead be chain-wide (clinic_id NULL: a national public holiday); the practitioner
-- override rule is unchanged (a `work` day of the practitioner wins over any closure).
-- An existing single-clinic database becomes clinic 1 ("main") with every row kept.
--
-- Which clinic a session works in: `caredesk.clinic` (set by the client for each
-- transaction, or for the session), else the signed-in staff member's first clinic,
-- else (owner/admin connections) the first clinic. `clinic_settings` is now a view of
-- that clinic's row, so what read the one clinic's settings reads the chosen clinic's.
--
-- Row-level security per clinic, on top of the job policies of v5: staff see and
-- change only rows of the clinics they belong to (`staff_clinics`), and with a clinic
-- chosen only that clinic's (plus chain-wide closures). Members of the group role
-- caredesk_chain_manager (managers everywhere) belong to every clinic and alone may
-- write chain-wide closures. The clinic policies are RESTRICTIVE: they narrow what the
-- job policies allow and never widen it.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'caredesk_chain_manager') THEN
        BEGIN
            CREATE ROLE caredesk_chain_manager NOLOGIN;
        EXCEPTION WHEN OTHERS THEN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'caredesk_chain_manager') THEN
                RAISE;
            END IF;
        END;
    END IF;
    IF NOT pg_has_role('caredesk_chain_manager', 'caredesk_manager', 'MEMBER') THEN
        BEGIN
            GRANT caredesk_manager TO caredesk_chain_manager;
        EXCEPTION WHEN OTHERS THEN
            IF NOT pg_has_role('caredesk_chain_manager', 'caredesk_manager', 'MEMBER') THEN
                RAISE;
            END IF;
        END;
    END IF;
END $$;

CREATE TABLE clinics (
    id bigserial PRIMARY KEY,
    key text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9][a-z0-9_.-]{0,62}$'),
    name text NOT NULL CHECK (btrim(name) <> ''),
    timezone text NOT NULL,
    slot_step_minutes integer NOT NULL DEFAULT 30 CHECK (slot_step_minutes BETWEEN 5 AND 240),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO clinics (id, key, name, timezone, slot_step_minutes, updated_at)
SELECT 1, 'main', name, timezone, slot_step_minutes, updated_at FROM clinic_settings;
SELECT setval('clinics_id_seq', (SELECT max(id) FROM clinics));

CREATE TRIGGER clinics_zone BEFORE INSERT OR UPDATE ON clinics
    FOR EACH ROW EXECUTE FUNCTION clinic_settings_check_zone();
CREATE TRIGGER clinics_notify AFTER INSERT OR UPDATE OR DELETE ON clinics
    FOR EACH STATEMENT EXECUTE FUNCTION notify_setup_change();
CREATE TRIGGER clinics_audit AFTER INSERT OR UPDATE OR DELETE ON clinics
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();

-- Which clinics each staff member works at; everyone so far works at clinic 1.
CREATE TABLE staff_clinics (
    staff_id bigint NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    clinic_id bigint NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
    PRIMARY KEY (staff_id, clinic_id)
);
INSERT INTO staff_clinics (staff_id, clinic_id) SELECT id, 1 FROM staff;

CREATE FUNCTION caredesk_is_chain_manager() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT pg_has_role(session_user, 'caredesk_chain_manager', 'MEMBER')
            OR pg_has_role(session_user, 'caredesk_owner', 'MEMBER')
    $$;

-- The clinics the signed-in person belongs to (every clinic for chain managers and
-- owner/admin connections), in id order.
CREATE FUNCTION caredesk_my_clinic_ids() RETURNS bigint[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
        SELECT coalesce(array_agg(c.id ORDER BY c.id), '{}') FROM clinics c
        WHERE caredesk_is_chain_manager()
           OR EXISTS (SELECT 1 FROM staff_clinics sc JOIN staff s ON s.id = sc.staff_id
                      WHERE sc.clinic_id = c.id AND s.login = session_user::text AND s.active)
    $$;

-- The clinic this session works in (a clinic named that is not one of the person's own
-- does not count: nothing is filed under a clinic by naming it).
CREATE FUNCTION caredesk_current_clinic() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
        SELECT coalesce(
            (SELECT id FROM unnest(caredesk_my_clinic_ids()) AS id
             WHERE id::text = nullif(current_setting('caredesk.clinic', true), '')),
            (caredesk_my_clinic_ids())[1],
            (SELECT min(id) FROM clinics))
    $$;

-- The clinics whose rows this session sees: its clinics, narrowed to the chosen one.
CREATE FUNCTION caredesk_visible_clinic_ids() RETURNS bigint[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
        SELECT coalesce(array_agg(id ORDER BY id), '{}') FROM unnest(caredesk_my_clinic_ids()) AS id
        WHERE nullif(current_setting('caredesk.clinic', true), '') IS NULL
           OR id::text = current_setting('caredesk.clinic', true)
    $$;

-- The clinic's row: what the client reads as "the clinic's settings".
DROP TABLE clinic_settings;
CREATE VIEW clinic_settings WITH (security_invoker = true) AS
    SELECT id AS clinic_id, key AS clinic_key, name, timezone, slot_step_minutes, updated_at
    FROM clinics WHERE id = caredesk_current_clinic();

-- Every clinic-owned row names its clinic. Rows of a practitioner take the
-- practitioner's clinic (set by a trigger, so no client can file them elsewhere);
-- the others default to the session's clinic.
ALTER TABLE practitioners ADD COLUMN clinic_id bigint NOT NULL DEFAULT 1 REFERENCES clinics (id);
ALTER TABLE practitioners ALTER COLUMN clinic_id SET DEFAULT caredesk_current_clinic();
ALTER TABLE working_hours ADD COLUMN clinic_id bigint NOT NULL DEFAULT 1 REFERENCES clinics (id);
ALTER TABLE appointments ADD COLUMN clinic_id bigint NOT NULL DEFAULT 1 REFERENCES clinics (id);
ALTER TABLE appointment_series ADD COLUMN clinic_id bigint NOT NULL DEFAULT 1 REFERENCES clinics (id);
ALTER TABLE waitlist_entries ADD COLUMN clinic_id bigint NOT NULL DEFAULT 1 REFERENCES clinics (id);
ALTER TABLE availability_exceptions ADD COLUMN clinic_id bigint DEFAULT 1 REFERENCES clinics (id);
ALTER TABLE holiday_feeds ADD COLUMN clinic_id bigint NOT NULL DEFAULT 1 REFERENCES clinics (id);
ALTER TABLE hours_templates ADD COLUMN clinic_id bigint NOT NULL DEFAULT 1 REFERENCES clinics (id);
ALTER TABLE bulk_operations ADD COLUMN clinic_id bigint NOT NULL DEFAULT 1 REFERENCES clinics (id);
-- (A default fills the existing rows without an UPDATE, which the audit log refuses.)
ALTER TABLE audit_log ADD COLUMN clinic_id bigint DEFAULT 1 REFERENCES clinics (id);
ALTER TABLE audit_log ALTER COLUMN clinic_id DROP DEFAULT;
ALTER TABLE working_hours ALTER COLUMN clinic_id SET DEFAULT caredesk_current_clinic();
ALTER TABLE appointments ALTER COLUMN clinic_id SET DEFAULT caredesk_current_clinic();
ALTER TABLE appointment_series ALTER COLUMN clinic_id SET DEFAULT caredesk_current_clinic();
ALTER TABLE waitlist_entries ALTER COLUMN clinic_id SET DEFAULT caredesk_current_clinic();
ALTER TABLE availability_exceptions ALTER COLUMN clinic_id SET DEFAULT caredesk_current_clinic();
ALTER TABLE holiday_feeds ALTER COLUMN clinic_id SET DEFAULT caredesk_current_clinic();
ALTER TABLE hours_templates ALTER COLUMN clinic_id SET DEFAULT caredesk_current_clinic();
ALTER TABLE bulk_operations ALTER COLUMN clinic_id SET DEFAULT caredesk_current_clinic();
ALTER TABLE availability_exceptions ADD CONSTRAINT exceptions_chain_wide_is_a_closure
    CHECK (clinic_id IS NOT NULL OR practitioner_id IS NULL);

CREATE INDEX practitioners_clinic ON practitioners (clinic_id);
CREATE INDEX appointments_clinic_starts_at ON appointments (clinic_id, starts_at) WHERE status <> 'cancelled';

CREATE FUNCTION caredesk_row_clinic() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
BEGIN
    IF NEW.practitioner_id IS NOT NULL THEN
        NEW.clinic_id := (SELECT clinic_id FROM practitioners WHERE id = NEW.practitioner_id);
    END IF;
    RETURN NEW;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['working_hours', 'appointments', 'appointment_series', 'waitlist_entries',
                             'availability_exceptions'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OF practitioner_id, clinic_id ON %I'
                       ' FOR EACH ROW EXECUTE FUNCTION caredesk_row_clinic()', t || '_clinic', t);
    END LOOP;
END $$;

-- A practitioner stays at their clinic: their appointments and hours are filed there.
CREATE FUNCTION practitioners_keep_clinic() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.clinic_id <> OLD.clinic_id THEN
        RAISE EXCEPTION 'a practitioner cannot move to another clinic' USING ERRCODE = '22023';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER practitioners_clinic BEFORE UPDATE OF clinic_id ON practitioners
    FOR EACH ROW EXECUTE FUNCTION practitioners_keep_clinic();

-- An audit row belongs to the clinic of the row it records (a clinic's own row: that
-- clinic), else to the session's clinic.
CREATE FUNCTION audit_log_clinic() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    r jsonb := coalesce(NEW.new_row, NEW.old_row);
BEGIN
    IF NEW.clinic_id IS NULL THEN
        NEW.clinic_id := coalesce(
            CASE WHEN NEW.table_name = 'clinics' THEN (r ->> 'id')::bigint ELSE (r ->> 'clinic_id')::bigint END,
            caredesk_current_clinic());
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_log_clinic BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_clinic();

-- A new staff member works at the clinic they were added in.
CREATE FUNCTION staff_join_clinic() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
BEGIN
    INSERT INTO staff_clinics (staff_id, clinic_id) VALUES (NEW.id, caredesk_current_clinic())
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER staff_clinic AFTER INSERT ON staff
    FOR EACH ROW EXECUTE FUNCTION staff_join_clinic();

-- Names and imported holidays are unique per clinic now.
ALTER TABLE holiday_feeds DROP CONSTRAINT holiday_feeds_url_key;
ALTER TABLE holiday_feeds ADD CONSTRAINT holiday_feeds_clinic_url UNIQUE (clinic_id, url);
ALTER TABLE hours_templates DROP CONSTRAINT hours_templates_name_key;
ALTER TABLE hours_templates ADD CONSTRAINT hours_templates_clinic_name UNIQUE (clinic_id, name);
DROP INDEX exceptions_source_key;
CREATE UNIQUE INDEX exceptions_source_key ON availability_exceptions (coalesce(clinic_id, 0), source_uid, start_date)
    WHERE source_uid IS NOT NULL;

-- The scope locks of v2, per clinic: a closure locks its clinic's row (a chain-wide one
-- every clinic's), a booking shares its practitioner's clinic row.
CREATE OR REPLACE FUNCTION lock_availability_scope() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
DECLARE
    ids bigint[];
    closure_clinics bigint[];
    whole_chain boolean := false;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        ids := array_append(ids, OLD.practitioner_id);
        IF OLD.practitioner_id IS NULL THEN
            whole_chain := whole_chain OR OLD.clinic_id IS NULL;
            closure_clinics := array_append(closure_clinics, OLD.clinic_id);
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        ids := array_append(ids, NEW.practitioner_id);
        IF NEW.practitioner_id IS NULL THEN
            whole_chain := whole_chain OR NEW.clinic_id IS NULL;
            closure_clinics := array_append(closure_clinics, NEW.clinic_id);
        END IF;
    END IF;
    IF closure_clinics IS NOT NULL THEN
        PERFORM 1 FROM clinics WHERE whole_chain OR id = ANY (closure_clinics) ORDER BY id FOR UPDATE;
    END IF;
    PERFORM 1 FROM practitioners WHERE id = ANY (ids) ORDER BY id FOR UPDATE;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION caredesk_lock_practitioner(practitioner_key text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
DECLARE
    found bigint;
BEGIN
    SELECT id INTO found FROM practitioners
        WHERE key = practitioner_key AND clinic_id = ANY (caredesk_visible_clinic_ids()) FOR UPDATE;
    RETURN found;
END $$;

CREATE OR REPLACE FUNCTION caredesk_lock_booking_scope(practitioner_key text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
BEGIN
    PERFORM 1 FROM clinics c JOIN practitioners p ON p.clinic_id = c.id
        WHERE p.key = practitioner_key AND c.id = ANY (caredesk_visible_clinic_ids()) FOR SHARE OF c;
    RETURN caredesk_lock_practitioner(practitioner_key);
END $$;

-- A bulk change is its clinic's: only there can its entries be read and it be undone,
-- and "the last one still standing" is the clinic's last.
CREATE OR REPLACE FUNCTION caredesk_bulk_entries(target bigint) RETURNS SETOF audit_log
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
        SELECT l.* FROM audit_log l JOIN bulk_operations b ON b.id = l.bulk_id
        WHERE l.bulk_id = target AND b.clinic_id = ANY (caredesk_visible_clinic_ids())
          AND (b.actor = caredesk_actor() OR pg_has_role(session_user, 'caredesk_manager', 'MEMBER')
               OR pg_has_role(session_user, 'caredesk_owner', 'MEMBER'))
    $$;

CREATE OR REPLACE FUNCTION caredesk_begin_undo(target bigint, undo_summary text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
DECLARE
    op bulk_operations;
    latest bigint;
    undo_id bigint;
BEGIN
    SELECT * INTO op FROM bulk_operations
        WHERE id = target AND clinic_id = ANY (caredesk_visible_clinic_ids()) FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'bulk change % does not exist', target USING ERRCODE = '22023';
    END IF;
    IF op.actor <> caredesk_actor() AND NOT pg_has_role(session_user, 'caredesk_manager', 'MEMBER')
       AND NOT pg_has_role(session_user, 'caredesk_owner', 'MEMBER') THEN
        RAISE EXCEPTION 'only % or a manager can undo this bulk change', op.actor USING ERRCODE = '42501';
    END IF;
    IF op.undone_by IS NOT NULL OR op.kind = 'undo' THEN
        RAISE EXCEPTION 'bulk change % was already undone', target USING ERRCODE = '22023';
    END IF;
    IF caredesk_current_bulk() IS NOT NULL THEN
        RAISE EXCEPTION 'this transaction is already making a bulk change' USING ERRCODE = '22023';
    END IF;
    SELECT max(id) INTO latest FROM bulk_operations
        WHERE kind <> 'undo' AND undone_by IS NULL AND clinic_id = op.clinic_id;
    IF latest <> target THEN
        RAISE EXCEPTION 'only the last bulk change can be undone' USING ERRCODE = '22023';
    END IF;
    INSERT INTO bulk_operations (kind, summary, undoes, clinic_id) VALUES ('undo', undo_summary, target, op.clinic_id)
        RETURNING id INTO undo_id;
    UPDATE bulk_operations SET undone_by = undo_id WHERE id = target;
    PERFORM set_config('caredesk.bulk_id', undo_id::text, true);
    RETURN undo_id;
END $$;

-- Staff a manager may change: a chain manager anyone; a clinic manager someone who
-- works only at clinics of theirs, and never a chain manager.
CREATE FUNCTION caredesk_is_staff_of_mine(staff_login text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
        SELECT caredesk_is_chain_manager()
            OR (NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = staff_login
                            AND pg_has_role(rolname, 'caredesk_chain_manager', 'MEMBER'))
                AND NOT EXISTS (SELECT 1 FROM staff s JOIN staff_clinics sc ON sc.staff_id = s.id
                                WHERE s.login = staff_login
                                  AND NOT sc.clinic_id = ANY (caredesk_my_clinic_ids())))
    $$;

-- The same for a staff row changed any way (caredesk_add_staff taking over an existing
-- row, disabling) and for linking a practitioner to a login.
CREATE FUNCTION staff_fence() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
BEGIN
    IF NOT caredesk_is_staff_of_mine(OLD.login) THEN
        RAISE EXCEPTION 'the login "%" is not one of this clinic''s staff logins', OLD.login
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER staff_fence BEFORE UPDATE ON staff FOR EACH ROW EXECUTE FUNCTION staff_fence();

CREATE FUNCTION practitioners_fence() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
BEGIN
    IF NOT NEW.clinic_id = ANY (caredesk_my_clinic_ids()) THEN
        RAISE EXCEPTION 'practitioner "%" is not one of this clinic''s', NEW.key USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER practitioners_fence BEFORE UPDATE OF staff_id ON practitioners
    FOR EACH ROW EXECUTE FUNCTION practitioners_fence();

-- A manager changes only staff of their own clinics (a chain manager anyone's).
CREATE OR REPLACE FUNCTION caredesk_require_own_staff_login(staff_login text) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
DECLARE
    r record;
BEGIN
    IF NOT caredesk_is_staff_of_mine(staff_login) THEN
        RAISE EXCEPTION 'the login "%" is not one of this clinic''s staff logins', staff_login
            USING ERRCODE = '42501';
    END IF;
    SELECT rolsuper, rolcreaterole INTO r FROM pg_roles WHERE rolname = staff_login;
    IF NOT FOUND THEN
        RETURN; -- no login (yet): only the staff row changes
    END IF;
    IF r.rolsuper OR r.rolcreaterole OR pg_has_role(staff_login, 'caredesk_owner', 'MEMBER')
       OR NOT has_database_privilege(staff_login, current_database(), 'CONNECT') THEN
        RAISE EXCEPTION 'the login "%" is not one of this clinic''s staff logins', staff_login
            USING ERRCODE = '42501';
    END IF;
END $$;

-- Ownership, like everything else (v5).
ALTER TABLE clinics OWNER TO caredesk_owner;
ALTER TABLE staff_clinics OWNER TO caredesk_owner;
ALTER VIEW clinic_settings OWNER TO caredesk_owner;
DO $$
DECLARE
    f record;
BEGIN
    FOR f IN SELECT p.oid::regprocedure AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public' AND p.proname IN ('caredesk_is_chain_manager', 'caredesk_my_clinic_ids',
                   'caredesk_current_clinic', 'caredesk_visible_clinic_ids', 'caredesk_row_clinic',
                   'practitioners_keep_clinic', 'audit_log_clinic', 'staff_join_clinic',
                   'lock_availability_scope', 'caredesk_lock_booking_scope',
                   'caredesk_require_own_staff_login', 'caredesk_is_staff_of_mine', 'staff_fence',
                   'practitioners_fence', 'caredesk_lock_practitioner', 'caredesk_bulk_entries',
                   'caredesk_begin_undo') LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO caredesk_owner', f.f);
    END LOOP;
END $$;
REVOKE ALL ON FUNCTION caredesk_row_clinic(), practitioners_keep_clinic(), audit_log_clinic(),
    staff_join_clinic(), caredesk_require_own_staff_login(text), staff_fence(), practitioners_fence()
    FROM PUBLIC;

-- Grants: everyone reads their clinics and the chosen clinic's settings; managers
-- change their clinic's settings; chain managers open clinics and say who works where.
GRANT SELECT ON clinics, staff_clinics, clinic_settings TO caredesk_staff;
GRANT UPDATE (name, timezone, slot_step_minutes, updated_at) ON clinics TO caredesk_manager;
GRANT UPDATE (name, timezone, slot_step_minutes, updated_at) ON clinic_settings TO caredesk_manager;
GRANT INSERT, DELETE ON staff_clinics TO caredesk_chain_manager;
GRANT INSERT ON clinics TO caredesk_chain_manager;
GRANT USAGE ON SEQUENCE clinics_id_seq TO caredesk_chain_manager;

ALTER TABLE clinics ENABLE ROW LEVEL SECURITY;
ALTER TABLE staff_clinics ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_read ON clinics FOR SELECT TO caredesk_staff
    USING (id = ANY ((SELECT caredesk_my_clinic_ids())::bigint[]));
CREATE POLICY manager_write ON clinics FOR UPDATE TO caredesk_manager
    USING (id = ANY ((SELECT caredesk_visible_clinic_ids())::bigint[]))
    WITH CHECK (id = ANY ((SELECT caredesk_visible_clinic_ids())::bigint[]));
CREATE POLICY chain_open ON clinics FOR INSERT TO caredesk_chain_manager WITH CHECK (true);
CREATE POLICY staff_read ON staff_clinics FOR SELECT TO caredesk_staff
    USING (clinic_id = ANY ((SELECT caredesk_my_clinic_ids())::bigint[]));
CREATE POLICY chain_all ON staff_clinics FOR ALL TO caredesk_chain_manager USING (true) WITH CHECK (true);

-- The clinic fence on every clinic-owned table, for every staff role. Reading: rows of
-- the visible clinics, and chain-wide ones. Writing: rows of the visible clinics;
-- chain-wide rows only for chain managers.
DO $$
DECLARE
    t text;
    readable constant text := 'clinic_id IS NULL OR clinic_id = ANY ((SELECT caredesk_visible_clinic_ids())::bigint[])';
    writable constant text := 'CASE WHEN clinic_id IS NULL THEN (SELECT caredesk_is_chain_manager())'
                              ' ELSE clinic_id = ANY ((SELECT caredesk_visible_clinic_ids())::bigint[]) END';
BEGIN
    FOREACH t IN ARRAY ARRAY['practitioners', 'working_hours', 'appointments', 'appointment_series',
                             'waitlist_entries', 'availability_exceptions', 'holiday_feeds',
                             'hours_templates', 'bulk_operations', 'audit_log'] LOOP
        EXECUTE format('CREATE POLICY clinic_read ON %I AS RESTRICTIVE FOR SELECT TO caredesk_staff USING (%s)',
                       t, readable);
        EXECUTE format('CREATE POLICY clinic_insert ON %I AS RESTRICTIVE FOR INSERT TO caredesk_staff'
                       ' WITH CHECK (%s)', t, writable);
        EXECUTE format('CREATE POLICY clinic_update ON %I AS RESTRICTIVE FOR UPDATE TO caredesk_staff'
                       ' USING (%s) WITH CHECK (%s)', t, writable, writable);
        EXECUTE format('CREATE POLICY clinic_delete ON %I AS RESTRICTIVE FOR DELETE TO caredesk_staff USING (%s)',
                       t, writable);
    END LOOP;
END $$;
-- Declined feed holidays follow their feed.
CREATE POLICY clinic_fence ON holiday_feed_declined AS RESTRICTIVE FOR ALL TO caredesk_staff
    USING (feed_id IN (SELECT id FROM holiday_feeds)) WITH CHECK (feed_id IN (SELECT id FROM holiday_feeds));
