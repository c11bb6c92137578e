-- CareDesk schema v5: the database decides who may change what.
-- A desktop client that talks to PostgreSQL directly is no security boundary: anyone
-- with a staff member's credentials can type SQL. So every staff member signs in as
-- their own LOGIN role (SCRAM password), a member of the group roles for their jobs,
-- and grants plus row-level security enforce the rules whatever client is used:
--   caredesk_staff         read what scheduling needs (every staff group is a member)
--   caredesk_front_desk    book, reschedule, cancel appointments
--   caredesk_practitioner  their OWN weekly hours, blocks and closure-day overrides
--   caredesk_manager       all of that for anyone, closures, setup, feeds, staff,
--                          and reading the audit log
-- The tables belong to caredesk_owner, which nobody signs in as; migrations run on an
-- owner/admin connection (superuser, or CREATEROLE and a member of caredesk_owner).
-- Nobody can change or delete audit rows. Roles are cluster-wide: every CareDesk
-- database in a cluster shares the group roles; staff logins are unique per cluster.

-- Group roles, created once per cluster. Roles live in shared catalogs: another
-- database's migration may be creating or changing the same ones right now, so each
-- change is made only when still needed, and an error is forgiven once the wanted
-- state is there (the other migration made it).
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['caredesk_owner', 'caredesk_staff', 'caredesk_front_desk',
                             'caredesk_practitioner', 'caredesk_manager'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN OTHERS THEN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
                    RAISE;
                END IF;
            END;
        END IF;
    END LOOP;
    -- The owner creates staff logins (through the functions below only).
    IF NOT (SELECT rolcreaterole FROM pg_roles WHERE rolname = 'caredesk_owner') THEN
        BEGIN
            ALTER ROLE caredesk_owner CREATEROLE;
        EXCEPTION WHEN OTHERS THEN
            IF NOT (SELECT rolcreaterole FROM pg_roles WHERE rolname = 'caredesk_owner') THEN
                RAISE;
            END IF;
        END;
    END IF;
    FOREACH r IN ARRAY ARRAY['caredesk_front_desk', 'caredesk_practitioner', 'caredesk_manager'] LOOP
        IF NOT pg_has_role(r, 'caredesk_staff', 'MEMBER') THEN
            BEGIN
                EXECUTE format('GRANT caredesk_staff TO %I', r);
            EXCEPTION WHEN OTHERS THEN
                IF NOT pg_has_role(r, 'caredesk_staff', 'MEMBER') THEN
                    RAISE;
                END IF;
            END;
        END IF;
    END LOOP;
END $$;

-- The staff member signed in: their own login role, whatever caredesk.actor says. Only
-- owner/admin connections (superusers and members of caredesk_owner: migrations,
-- caredesk-cli import or demo) may name someone else with caredesk.actor. A direct
-- member of a staff group is a staff login.
CREATE FUNCTION caredesk_is_staff_login(login name) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT EXISTS (
            SELECT 1 FROM pg_auth_members m
            JOIN pg_roles g ON g.oid = m.roleid
            JOIN pg_roles u ON u.oid = m.member
            WHERE u.rolname = login
              AND g.rolname IN ('caredesk_front_desk', 'caredesk_practitioner', 'caredesk_manager'))
    $$;

CREATE OR REPLACE FUNCTION caredesk_actor() RETURNS text
    LANGUAGE sql STABLE
    AS $$
        SELECT CASE WHEN pg_has_role(session_user, 'caredesk_owner', 'MEMBER')
                    THEN coalesce(nullif(current_setting('caredesk.actor', true), ''), session_user::text)
                    ELSE session_user::text END
    $$;

-- The practitioner rows the signed-in staff member is (for "their own" policies).
CREATE FUNCTION caredesk_my_practitioner_ids() RETURNS SETOF bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
        SELECT p.id FROM practitioners p JOIN staff s ON s.id = p.staff_id
        WHERE s.login = session_user::text AND s.active
    $$;

-- Triggers that write where the signed-in role may not (the audit log; the scope locks
-- on practitioners and clinic settings) run as the owner.
ALTER FUNCTION audit_row_change() SECURITY DEFINER SET search_path = public, pg_temp;
ALTER FUNCTION lock_availability_scope() SECURITY DEFINER SET search_path = public, pg_temp;

-- The audit log is append-only, for everyone (superusers could still disable triggers).
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log cannot be changed or deleted' USING ERRCODE = '42501';
END $$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- Booking and replacing weekly hours lock their scope's rows (see schema v2) without
-- needing UPDATE on practitioners or clinic settings.
CREATE FUNCTION caredesk_lock_booking_scope(practitioner_key text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
DECLARE
    found bigint;
BEGIN
    PERFORM 1 FROM clinic_settings FOR SHARE;
    SELECT id INTO found FROM practitioners WHERE key = practitioner_key FOR UPDATE;
    RETURN found;
END $$;

CREATE FUNCTION caredesk_lock_practitioner(practitioner_key text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
DECLARE
    found bigint;
BEGIN
    SELECT id INTO found FROM practitioners WHERE key = practitioner_key FOR UPDATE;
    RETURN found;
END $$;

-- Staff management: a manager (or the owner/admin) adds logins, changes their roles,
-- disables them and resets passwords. Passwords arrive as SCRAM-SHA-256 verifiers made
-- by the client (libpq's PQencryptPasswordConn), so no plain password is ever sent
-- to or logged by the server.
CREATE FUNCTION caredesk_require_manager() RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF NOT (pg_has_role(session_user, 'caredesk_manager', 'MEMBER')
            OR pg_has_role(session_user, 'caredesk_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'only a clinic manager can manage staff' USING ERRCODE = '42501';
    END IF;
END $$;

CREATE FUNCTION caredesk_check_staff_input(login text, roles text[], verifier text) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    AS $$
BEGIN
    IF login IS NULL OR login !~ '^[a-z][a-z0-9_.-]{0,62}$' OR login LIKE 'pg\_%' OR login LIKE 'caredesk\_%' THEN
        RAISE EXCEPTION 'a login is 1 to 63 lower-case letters, digits, ".", "_" or "-", starting with a letter (not pg_ or caredesk_)'
            USING ERRCODE = '22023';
    END IF;
    IF roles IS NOT NULL AND (cardinality(roles) = 0
        OR NOT roles <@ ARRAY['front_desk', 'practitioner', 'manager']) THEN
        RAISE EXCEPTION 'roles are front_desk, practitioner and manager' USING ERRCODE = '22023';
    END IF;
    IF verifier IS NOT NULL AND verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/]{22,}={0,2}\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$' THEN
        RAISE EXCEPTION 'a password must arrive as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
END $$;

-- A login this database's managers may change: a staff login of THIS database (it was
-- granted CONNECT here by caredesk_add_staff), never a superuser, a role creator or an
-- owner. Roles are cluster-wide; without this a manager of another CareDesk database in
-- the cluster could take over a login by giving a staff row the same name.
CREATE FUNCTION caredesk_require_own_staff_login(staff_login text) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    r record;
BEGIN
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

CREATE FUNCTION caredesk_set_staff_roles(staff_login text, roles text[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
DECLARE
    sid bigint;
    r text;
BEGIN
    PERFORM caredesk_require_manager();
    PERFORM caredesk_check_staff_input(staff_login, roles, NULL);
    IF roles IS NULL THEN
        RAISE EXCEPTION 'give at least one role' USING ERRCODE = '22023';
    END IF;
    PERFORM caredesk_require_own_staff_login(staff_login);
    SELECT id INTO sid FROM staff WHERE login = staff_login;
    IF sid IS NULL THEN
        RAISE EXCEPTION 'there is no staff member "%"', staff_login USING ERRCODE = '22023';
    END IF;
    DELETE FROM staff_roles WHERE staff_id = sid;
    INSERT INTO staff_roles (staff_id, role) SELECT sid, unnest(roles);
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = staff_login) THEN
        FOREACH r IN ARRAY ARRAY['front_desk', 'practitioner', 'manager'] LOOP
            IF r = ANY (roles) THEN
                EXECUTE format('GRANT %I TO %I', 'caredesk_' || r, staff_login);
            ELSE
                EXECUTE format('REVOKE %I FROM %I', 'caredesk_' || r, staff_login);
            END IF;
        END LOOP;
    END IF;
END $$;

CREATE FUNCTION caredesk_add_staff(staff_login text, display_name text, roles text[],
                                   practitioner_key text, password_verifier text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
DECLARE
    sid bigint;
BEGIN
    PERFORM caredesk_require_manager();
    PERFORM caredesk_check_staff_input(staff_login, roles, password_verifier);
    IF roles IS NULL THEN
        RAISE EXCEPTION 'a new staff member needs at least one role' USING ERRCODE = '22023';
    END IF;
    IF password_verifier IS NULL THEN
        RAISE EXCEPTION 'a new staff member needs a password' USING ERRCODE = '22023';
    END IF;
    IF display_name IS NULL OR btrim(display_name) = '' OR length(display_name) > 200 THEN
        RAISE EXCEPTION 'a staff member needs a name of up to 200 characters' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = staff_login) THEN
        RAISE EXCEPTION 'a database role "%" exists already; choose another login', staff_login
            USING ERRCODE = '42710';
    END IF;
    INSERT INTO staff (login, display_name) VALUES (staff_login, btrim(display_name))
        ON CONFLICT (login) DO UPDATE SET display_name = EXCLUDED.display_name, active = true
        RETURNING id INTO sid;
    IF practitioner_key IS NOT NULL THEN
        UPDATE practitioners SET staff_id = sid WHERE key = practitioner_key;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'there is no practitioner "%"', practitioner_key USING ERRCODE = '22023';
        END IF;
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', staff_login, password_verifier);
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), staff_login);
    PERFORM caredesk_set_staff_roles(staff_login, roles);
    RETURN sid;
END $$;

CREATE FUNCTION caredesk_disable_staff(staff_login text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
BEGIN
    PERFORM caredesk_require_manager();
    PERFORM caredesk_check_staff_input(staff_login, NULL, NULL);
    PERFORM caredesk_require_own_staff_login(staff_login);
    UPDATE staff SET active = false WHERE login = staff_login;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no staff member "%"', staff_login USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = staff_login) THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', staff_login);
    END IF;
END $$;

CREATE FUNCTION caredesk_reset_staff_password(staff_login text, password_verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
BEGIN
    PERFORM caredesk_require_manager();
    PERFORM caredesk_check_staff_input(staff_login, NULL, password_verifier);
    PERFORM caredesk_require_own_staff_login(staff_login);
    IF password_verifier IS NULL OR NOT EXISTS (SELECT FROM staff WHERE login = staff_login)
       OR NOT EXISTS (SELECT FROM pg_roles WHERE rolname = staff_login) THEN
        RAISE EXCEPTION 'there is no staff login "%"', staff_login USING ERRCODE = '22023';
    END IF;
    UPDATE staff SET active = true WHERE login = staff_login;
    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', staff_login, password_verifier);
END $$;

-- Ownership: everything belongs to caredesk_owner.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S') LOOP
        IF t.relkind = 'r' THEN
            EXECUTE format('ALTER TABLE %I OWNER TO caredesk_owner', t.relname);
        END IF;
    END LOOP;
    FOR t IN SELECT p.oid::regprocedure AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public' AND p.proname LIKE ANY (ARRAY['caredesk\_%', 'audit\_%', 'notify\_%',
                   'lock\_%', 'appointments\_%', 'clinic\_settings\_%']) LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO caredesk_owner', t.f);
    END LOOP;
END $$;

-- Only staff logins granted here connect to this database (so a staff login of another
-- CareDesk database in the cluster cannot), and nobody but the owner makes temporary
-- tables (a temporary table with a trigger calling an owner's function was a way to write
-- the audit log). Trigger functions run for the statement's user without EXECUTE rights.
DO $$
BEGIN
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO caredesk_owner WITH GRANT OPTION',
                   current_database());
END $$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON FUNCTION audit_row_change(), lock_availability_scope(), notify_row_change(),
    notify_setup_change(), audit_log_is_append_only(), clinic_settings_check_zone(),
    appointments_bump_version(), caredesk_require_own_staff_login(text) FROM PUBLIC;

-- Nobody but the owner runs staff management or the lock functions unless granted.
REVOKE ALL ON FUNCTION caredesk_add_staff(text, text, text[], text, text),
    caredesk_set_staff_roles(text, text[]), caredesk_disable_staff(text),
    caredesk_reset_staff_password(text, text), caredesk_lock_booking_scope(text),
    caredesk_lock_practitioner(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION caredesk_add_staff(text, text, text[], text, text),
    caredesk_set_staff_roles(text, text[]), caredesk_disable_staff(text),
    caredesk_reset_staff_password(text, text) TO caredesk_manager;
GRANT EXECUTE ON FUNCTION caredesk_lock_booking_scope(text) TO caredesk_front_desk, caredesk_manager;
GRANT EXECUTE ON FUNCTION caredesk_lock_practitioner(text) TO caredesk_practitioner, caredesk_manager;

-- Grants: reading for every staff member, writing by job.
GRANT USAGE ON SCHEMA public TO caredesk_staff;
GRANT SELECT ON clinic_settings, staff, staff_roles, practitioners, working_hours,
    availability_exceptions, appointment_types, appointments, holiday_feeds,
    schema_migrations TO caredesk_staff;
GRANT INSERT, UPDATE ON appointments TO caredesk_front_desk, caredesk_manager;
GRANT USAGE ON SEQUENCE appointments_id_seq TO caredesk_front_desk, caredesk_manager;
GRANT INSERT, UPDATE, DELETE ON working_hours, availability_exceptions
    TO caredesk_practitioner, caredesk_manager;
GRANT USAGE ON SEQUENCE working_hours_id_seq, availability_exceptions_id_seq
    TO caredesk_practitioner, caredesk_manager;
GRANT UPDATE ON clinic_settings TO caredesk_manager;
GRANT INSERT, UPDATE ON practitioners, appointment_types TO caredesk_manager;
GRANT USAGE ON SEQUENCE practitioners_id_seq, appointment_types_id_seq TO caredesk_manager;
GRANT INSERT, UPDATE, DELETE ON holiday_feeds, holiday_feed_declined TO caredesk_manager;
GRANT SELECT ON holiday_feed_declined TO caredesk_manager;
GRANT USAGE ON SEQUENCE holiday_feeds_id_seq TO caredesk_manager;
GRANT SELECT ON audit_log TO caredesk_manager;

-- Row-level security on every table. Policies name who sees and changes which rows;
-- a statement no policy allows sees no rows (or fails its WITH CHECK).
ALTER TABLE clinic_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE staff ENABLE ROW LEVEL SECURITY;
ALTER TABLE staff_roles ENABLE ROW LEVEL SECURITY;
ALTER TABLE practitioners ENABLE ROW LEVEL SECURITY;
ALTER TABLE working_hours ENABLE ROW LEVEL SECURITY;
ALTER TABLE availability_exceptions ENABLE ROW LEVEL SECURITY;
ALTER TABLE appointment_types ENABLE ROW LEVEL SECURITY;
ALTER TABLE appointments ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE holiday_feeds ENABLE ROW LEVEL SECURITY;
ALTER TABLE holiday_feed_declined ENABLE ROW LEVEL SECURITY;
ALTER TABLE schema_migrations ENABLE ROW LEVEL SECURITY;

CREATE POLICY staff_read ON clinic_settings FOR SELECT TO caredesk_staff USING (true);
CREATE POLICY manager_write ON clinic_settings FOR UPDATE TO caredesk_manager USING (true) WITH CHECK (true);
CREATE POLICY staff_read ON staff FOR SELECT TO caredesk_staff USING (true);
CREATE POLICY staff_read ON staff_roles FOR SELECT TO caredesk_staff USING (true);
CREATE POLICY staff_read ON practitioners FOR SELECT TO caredesk_staff USING (true);
CREATE POLICY manager_write ON practitioners FOR ALL TO caredesk_manager USING (true) WITH CHECK (true);
CREATE POLICY staff_read ON appointment_types FOR SELECT TO caredesk_staff USING (true);
CREATE POLICY manager_write ON appointment_types FOR ALL TO caredesk_manager USING (true) WITH CHECK (true);
CREATE POLICY staff_read ON schema_migrations FOR SELECT TO caredesk_staff USING (true);
CREATE POLICY staff_read ON holiday_feeds FOR SELECT TO caredesk_staff USING (true);
CREATE POLICY manager_write ON holiday_feeds FOR ALL TO caredesk_manager USING (true) WITH CHECK (true);
CREATE POLICY manager_all ON holiday_feed_declined FOR ALL TO caredesk_manager USING (true) WITH CHECK (true);
CREATE POLICY manager_read ON audit_log FOR SELECT TO caredesk_manager USING (true);

CREATE POLICY staff_read ON appointments FOR SELECT TO caredesk_staff USING (true);
CREATE POLICY desk_book ON appointments FOR INSERT TO caredesk_front_desk, caredesk_manager WITH CHECK (true);
CREATE POLICY desk_change ON appointments FOR UPDATE TO caredesk_front_desk, caredesk_manager
    USING (true) WITH CHECK (true);

CREATE POLICY staff_read ON working_hours FOR SELECT TO caredesk_staff USING (true);
CREATE POLICY manager_all ON working_hours FOR ALL TO caredesk_manager USING (true) WITH CHECK (true);
CREATE POLICY practitioner_own ON working_hours FOR ALL TO caredesk_practitioner
    USING (practitioner_id IN (SELECT caredesk_my_practitioner_ids()))
    WITH CHECK (practitioner_id IN (SELECT caredesk_my_practitioner_ids()));

CREATE POLICY staff_read ON availability_exceptions FOR SELECT TO caredesk_staff USING (true);
CREATE POLICY manager_all ON availability_exceptions FOR ALL TO caredesk_manager USING (true) WITH CHECK (true);
CREATE POLICY practitioner_own ON availability_exceptions FOR ALL TO caredesk_practitioner
    USING (practitioner_id IN (SELECT caredesk_my_practitioner_ids()))
    WITH CHECK (practitioner_id IN (SELECT caredesk_my_practitioner_ids()));
