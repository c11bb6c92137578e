-- CareDesk schema v4: clinic closures imported from iCalendar files and feeds.
-- An imported closure remembers the event it came from (its UID) and, for a
-- subscribed feed, the feed: re-importing matches by UID and first date, so it
-- never creates a closure twice, and a feed re-check can tell new, changed and
-- removed holidays apart. Imported closures are otherwise ordinary clinic-wide
-- closures (audited and notified by the triggers they already have).

CREATE TABLE holiday_feeds (
    id bigserial PRIMARY KEY,
    url text NOT NULL UNIQUE CHECK (url ~ '^https?://[^[:space:]]+$' AND length(url) <= 2048),
    name text NOT NULL DEFAULT '' CHECK (length(name) <= 200),
    created_by text NOT NULL DEFAULT caredesk_actor(),
    created_at timestamptz NOT NULL DEFAULT now(),
    last_checked_at timestamptz,
    last_result text NOT NULL DEFAULT ''
);

ALTER TABLE availability_exceptions
    ADD COLUMN source_uid text CHECK (source_uid IS NULL OR (btrim(source_uid) <> '' AND length(source_uid) <= 1000)),
    ADD COLUMN source_feed_id bigint REFERENCES holiday_feeds (id) ON DELETE SET NULL,
    ADD CONSTRAINT exceptions_source_clinic_wide CHECK (source_uid IS NULL OR practitioner_id IS NULL),
    ADD CONSTRAINT exceptions_feed_has_uid CHECK (source_feed_id IS NULL OR source_uid IS NOT NULL);

-- The match key: one closure per event UID and first date.
CREATE UNIQUE INDEX exceptions_source_key ON availability_exceptions (source_uid, start_date)
    WHERE source_uid IS NOT NULL;
CREATE INDEX exceptions_source_feed ON availability_exceptions (source_feed_id)
    WHERE source_feed_id IS NOT NULL;

-- Holidays a manager chose not to import from a feed: later checks do not offer
-- them again.
CREATE TABLE holiday_feed_declined (
    feed_id bigint NOT NULL REFERENCES holiday_feeds (id) ON DELETE CASCADE,
    source_uid text NOT NULL,
    occurrence_date date NOT NULL,
    declined_by text NOT NULL DEFAULT caredesk_actor(),
    declined_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (feed_id, source_uid, occurrence_date)
);

CREATE TRIGGER holiday_feeds_notify AFTER INSERT OR UPDATE OR DELETE ON holiday_feeds
    FOR EACH STATEMENT EXECUTE FUNCTION notify_setup_change();
CREATE TRIGGER holiday_feeds_audit AFTER INSERT OR DELETE OR UPDATE OF url, name ON holiday_feeds
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
