-- CareDesk schema v6: bulk changes and weekly-hours templates.
-- A bulk change (moving or cancelling the appointments a closure strands, a template
-- applied to many practitioners, blocks copied to many) is one transaction and one
-- group of audit entries, so the audit log reads as one action and the last one can be
-- undone exactly.

-- One row per bulk change. `txid` ties the audit entries to the transaction that made
-- the row: nobody can file another change under somebody's bulk change.
CREATE TABLE bulk_operations (
    id bigserial PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('move', 'cancel', 'apply_hours', 'copy_blocks', 'copy_overrides', 'undo')),
    summary text NOT NULL CHECK (btrim(summary) <> '' AND length(summary) <= 1000),
    actor text NOT NULL DEFAULT caredesk_actor(),
    at timestamptz NOT NULL DEFAULT now(),
    txid bigint NOT NULL DEFAULT txid_current(),
    undone_by bigint REFERENCES bulk_operations (id),
    undoes bigint UNIQUE REFERENCES bulk_operations (id),
    CONSTRAINT bulk_undo_names_its_target CHECK ((kind = 'undo') = (undoes IS NOT NULL))
);

ALTER TABLE audit_log ADD COLUMN bulk_id bigint REFERENCES bulk_operations (id);
CREATE INDEX audit_log_bulk ON audit_log (bulk_id) WHERE bulk_id IS NOT NULL;

-- The bulk change this transaction is making, if it made one (caredesk.bulk_id names
-- it; a row made by another transaction does not count).
CREATE FUNCTION caredesk_current_bulk() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
        SELECT b.id FROM bulk_operations b
        WHERE b.id = nullif(current_setting('caredesk.bulk_id', true), '')::bigint
          AND b.txid = txid_current()
    $$;

-- Starts a bulk change in this transaction, recorded as the signed-in person (nobody
-- writes bulk_operations directly: the id, time, actor and transaction are the server's).
CREATE FUNCTION caredesk_begin_bulk(bulk_kind text, bulk_summary text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
DECLARE
    made bigint;
BEGIN
    IF bulk_kind = 'undo' THEN
        RAISE EXCEPTION 'an undo is started by caredesk_undo_bulk' USING ERRCODE = '22023';
    END IF;
    IF caredesk_current_bulk() IS NOT NULL THEN
        RAISE EXCEPTION 'this transaction is already making a bulk change' USING ERRCODE = '22023';
    END IF;
    INSERT INTO bulk_operations (kind, summary) VALUES (bulk_kind, bulk_summary) RETURNING id INTO made;
    PERFORM set_config('caredesk.bulk_id', made::text, true);
    RETURN made;
END $$;

-- Starts undoing bulk change `target`: only its maker or a manager, only the last one
-- still standing, one undo at a time. Records the undo (a bulk change of kind 'undo'),
-- marks the target undone and files what follows in this transaction under the undo;
-- the restoring itself runs with the caller's rights (caredesk_undo_bulk), and a
-- deferred check at commit makes sure an undo really reverted every entry.
CREATE FUNCTION caredesk_begin_undo(target bigint, undo_summary text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
DECLARE
    op bulk_operations;
    latest bigint;
    undo_id bigint;
BEGIN
    SELECT * INTO op FROM bulk_operations WHERE id = target FOR UPDATE;
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
    SELECT max(id) INTO latest FROM bulk_operations WHERE kind <> 'undo' AND undone_by IS NULL;
    IF latest <> target THEN
        RAISE EXCEPTION 'only the last bulk change can be undone' USING ERRCODE = '22023';
    END IF;
    INSERT INTO bulk_operations (kind, summary, undoes) VALUES ('undo', undo_summary, target)
        RETURNING id INTO undo_id;
    UPDATE bulk_operations SET undone_by = undo_id WHERE id = target;
    PERFORM set_config('caredesk.bulk_id', undo_id::text, true);
    RETURN undo_id;
END $$;

-- At commit: an undo reverted as many rows as its target changed.
CREATE FUNCTION bulk_undo_is_complete() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
BEGIN
    IF (SELECT count(*) FROM audit_log WHERE bulk_id = NEW.id)
       < (SELECT count(*) FROM audit_log WHERE bulk_id = NEW.undoes) THEN
        RAISE EXCEPTION 'bulk change % was not undone completely', NEW.undoes USING ERRCODE = '40001';
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER bulk_undo_complete AFTER INSERT ON bulk_operations DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.kind = 'undo') EXECUTE FUNCTION bulk_undo_is_complete();

-- Audit entries keep their times in UTC, so an undo compares rows the same way whatever
-- time zone either session had.
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
            caredesk_current_bulk());
    RETURN NULL;
END $$;

-- A bulk change's audit entries, for undoing it (the audit log itself is the managers'
-- to read): only for the person who made it, or a manager.
CREATE FUNCTION caredesk_bulk_entries(target bigint) RETURNS SETOF audit_log
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
        SELECT l.* FROM audit_log l JOIN bulk_operations b ON b.id = l.bulk_id
        WHERE l.bulk_id = target
          AND (b.actor = caredesk_actor() OR pg_has_role(session_user, 'caredesk_manager', 'MEMBER')
               OR pg_has_role(session_user, 'caredesk_owner', 'MEMBER'))
    $$;

-- Undoes a bulk change: its audit entries in reverse, each row put back as it was
-- before (an inserted row deleted, a deleted one inserted again with its id, an updated
-- one given its old values). Runs with the caller's rights, so row security decides as
-- for any change. Refused when a row was changed again since, or when it is not the
-- last bulk change still standing. The undo is itself a bulk change (kind 'undo').
CREATE FUNCTION caredesk_undo_bulk(target bigint, summary text) RETURNS bigint
    LANGUAGE plpgsql SET search_path = public, pg_temp SET TimeZone = 'UTC'
    AS $$
DECLARE
    undo_id bigint;
    e record;
    cols text;
    n integer;
BEGIN
    undo_id := caredesk_begin_undo(target, summary);
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
                           ' AND to_jsonb(t) - ''{version,updated_at}''::text[] = $2 - ''{version,updated_at}''::text[]',
                           e.table_name)
                USING e.row_id, e.new_row;
        ELSIF e.operation = 'DELETE' THEN
            EXECUTE format('INSERT INTO %I (id, %s) SELECT id, %s FROM jsonb_populate_record(NULL::%I, $1)',
                           e.table_name, cols, cols, e.table_name)
                USING e.old_row;
        ELSE
            EXECUTE format('UPDATE %I t SET (%s) = (SELECT %s FROM jsonb_populate_record(NULL::%I, $1))'
                           ' WHERE t.id = $2'
                           ' AND to_jsonb(t) - ''{version,updated_at}''::text[] = $3 - ''{version,updated_at}''::text[]',
                           e.table_name, cols, cols, e.table_name)
                USING e.old_row, e.row_id, e.new_row;
        END IF;
        GET DIAGNOSTICS n = ROW_COUNT;
        IF n <> 1 THEN
            RAISE EXCEPTION 'a % row (id %) was changed after the bulk change; it cannot be undone',
                e.table_name, e.row_id USING ERRCODE = '40001';
        END IF;
    END LOOP;
    RETURN undo_id;
END $$;

-- Named weekly hours, applied to many practitioners at once.
CREATE TABLE hours_templates (
    id bigserial PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (btrim(name) <> '' AND length(name) <= 100),
    -- [{"weekday": 1, "start": 540, "end": 1020}, ...]
    intervals jsonb NOT NULL CHECK (jsonb_typeof(intervals) = 'array'),
    created_by text NOT NULL DEFAULT caredesk_actor(),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Template changes are in the audit log too (who saved which hours, when).
CREATE TRIGGER hours_templates_audit AFTER INSERT OR UPDATE OR DELETE ON hours_templates
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();

-- Owned by the owner, like everything else (v5).
ALTER TABLE bulk_operations OWNER TO caredesk_owner;
ALTER TABLE hours_templates OWNER TO caredesk_owner;
ALTER FUNCTION caredesk_current_bulk() OWNER TO caredesk_owner;
ALTER FUNCTION audit_row_change() OWNER TO caredesk_owner;
ALTER FUNCTION caredesk_undo_bulk(bigint, text) OWNER TO caredesk_owner;
ALTER FUNCTION caredesk_bulk_entries(bigint) OWNER TO caredesk_owner;
ALTER FUNCTION caredesk_begin_bulk(text, text) OWNER TO caredesk_owner;
ALTER FUNCTION caredesk_begin_undo(bigint, text) OWNER TO caredesk_owner;
ALTER FUNCTION bulk_undo_is_complete() OWNER TO caredesk_owner;
REVOKE ALL ON FUNCTION caredesk_current_bulk(), audit_row_change(), caredesk_undo_bulk(bigint, text),
    caredesk_bulk_entries(bigint), caredesk_begin_bulk(text, text), caredesk_begin_undo(bigint, text),
    bulk_undo_is_complete() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION caredesk_undo_bulk(bigint, text), caredesk_bulk_entries(bigint),
    caredesk_begin_bulk(text, text), caredesk_begin_undo(bigint, text) TO caredesk_staff;

-- Who may: everybody reads bulk changes and templates; bulk changes are written only
-- through the functions above (as the signed-in person); managers keep the templates.
GRANT SELECT ON bulk_operations TO caredesk_staff;
GRANT SELECT ON hours_templates TO caredesk_staff;
GRANT INSERT, UPDATE, DELETE ON hours_templates TO caredesk_manager;
GRANT USAGE ON SEQUENCE hours_templates_id_seq TO caredesk_manager;

ALTER TABLE bulk_operations ENABLE ROW LEVEL SECURITY;
ALTER TABLE hours_templates ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_read ON bulk_operations FOR SELECT TO caredesk_staff USING (true);
CREATE POLICY staff_read ON hours_templates FOR SELECT TO caredesk_staff USING (true);
CREATE POLICY manager_write ON hours_templates FOR ALL TO caredesk_manager USING (true) WITH CHECK (true);
