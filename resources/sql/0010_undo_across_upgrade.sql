-- CareDesk schema v10: a bulk change made before an upgrade can still be undone, and
-- a row's change notification names its clinic.
--
-- The audit log keeps each row as it was when it was written. A row recorded before
-- v9 has no `clinic_id`; the row today has one, so comparing the two whole said
-- "changed after the bulk change" although nothing had changed. The undo now compares
-- only the columns the audit row recorded (less the bookkeeping that moves forward),
-- and a row it puts back takes the bulk change's clinic where the audit row names none
-- (a practitioner's row takes the practitioner's clinic anyway, by trigger).

-- `current` (a row as it is now) cut down to the columns `audited` (the same row as
-- the audit log recorded it) has, without the version and update time.
CREATE FUNCTION caredesk_as_audited(current jsonb, audited jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT coalesce(jsonb_object_agg(c.key, c.value), '{}'::jsonb)
        FROM jsonb_each(current) AS c
        WHERE audited ? c.key AND c.key NOT IN ('version', 'updated_at')
    $$;

CREATE OR REPLACE FUNCTION caredesk_undo_bulk(target bigint, summary text) RETURNS bigint
    LANGUAGE plpgsql SET search_path = public, pg_temp SET TimeZone = 'UTC'
    AS $$
DECLARE
    undo_id bigint;
    op_clinic bigint;
    e record;
    cols text;
    n integer;
BEGIN
    undo_id := caredesk_begin_undo(target, summary);
    SELECT clinic_id INTO op_clinic FROM bulk_operations WHERE id = target;
    FOR e IN SELECT * FROM caredesk_bulk_entries(target) ORDER BY id DESC LOOP
        IF e.table_name NOT IN ('working_hours', 'availability_exceptions', 'appointments') THEN
            RAISE EXCEPTION 'bulk change % touched %, which cannot be undone', target, e.table_name
                USING ERRCODE = '22023';
        END IF;
        -- Every column but generated ones, and the bookkeeping that moves forward (an
        -- appointment's version and update time: optimistic edits rely on them).
        SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO cols
        FROM pg_attribute a
        WHERE a.attrelid = e.table_name::regclass AND a.attnum > 0 AND NOT a.attisdropped
          AND a.attgenerated = '' AND a.attname NOT IN ('id', 'version', 'updated_at');
        IF e.operation = 'INSERT' THEN
            EXECUTE format('DELETE FROM %I t WHERE t.id = $1'
                           ' AND caredesk_as_audited(to_jsonb(t), $2) = $2 - ''{version,updated_at}''::text[]',
                           e.table_name)
                USING e.row_id, e.new_row;
        ELSIF e.operation = 'DELETE' THEN
            EXECUTE format('INSERT INTO %I (id, %s) SELECT id, %s FROM jsonb_populate_record(NULL::%I, $1)',
                           e.table_name, cols, cols, e.table_name)
                USING jsonb_build_object('clinic_id', op_clinic) || e.old_row;
        ELSE
            EXECUTE format('UPDATE %I t SET (%s) = (SELECT %s FROM jsonb_populate_record(NULL::%I, $1))'
                           ' WHERE t.id = $2'
                           ' AND caredesk_as_audited(to_jsonb(t), $3) = $3 - ''{version,updated_at}''::text[]',
                           e.table_name, cols, cols, e.table_name)
                USING jsonb_build_object('clinic_id', op_clinic) || e.old_row, e.row_id, e.new_row;
        END IF;
        GET DIAGNOSTICS n = ROW_COUNT;
        IF n <> 1 THEN
            RAISE EXCEPTION 'a % row (id %) was changed after the bulk change; it cannot be undone',
                e.table_name, e.row_id USING ERRCODE = '40001';
        END IF;
    END LOOP;
    RETURN undo_id;
END $$;

ALTER FUNCTION caredesk_as_audited(jsonb, jsonb) OWNER TO caredesk_owner;

-- A change of hours, a block or closure, or an appointment names its clinic (null: a
-- closure of the whole chain), so the clients of other clinics of a chain need not
-- reload for it. {"table", "op", "id", "practitioner_id", "clinic_id"}.
CREATE OR REPLACE FUNCTION notify_row_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
    PERFORM pg_notify('caredesk_changes', json_build_object(
        'table', TG_TABLE_NAME, 'op', TG_OP, 'id', r.id,
        'practitioner_id', r.practitioner_id, 'clinic_id', r.clinic_id)::text);
    RETURN NULL;
END $$;

-- The practitioner locks (booking, weekly hours) find a practitioner only in the clinic
-- the session works in, as every lookup of the engine does: with no clinic named,
-- that is the person's first, not any of theirs.
CREATE OR REPLACE FUNCTION caredesk_lock_practitioner(practitioner_key text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
DECLARE
    found bigint;
BEGIN
    SELECT id INTO found FROM practitioners
        WHERE key = practitioner_key AND clinic_id = caredesk_current_clinic() FOR UPDATE;
    RETURN found;
END $$;

CREATE OR REPLACE FUNCTION caredesk_lock_booking_scope(practitioner_key text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
BEGIN
    PERFORM 1 FROM clinics c JOIN practitioners p ON p.clinic_id = c.id
        WHERE p.key = practitioner_key AND c.id = caredesk_current_clinic() FOR SHARE OF c;
    RETURN caredesk_lock_practitioner(practitioner_key);
END $$;
