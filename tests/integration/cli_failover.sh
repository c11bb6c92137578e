#!/usr/bin/env bash
# `caredesk-cli load --clients 30` through a failover, the way docs/deployment.md tells a
# clinic to set one up: a primary, a standby made with the scripts/lib helpers
# (pg_standby, pg_synchronous), the primary stopped hard and the standby promoted
# (pg_promote) while the load runs. Every booking the load reports as made must be on the
# new primary exactly once, none unknown, no write refused as read-only.
# Usage: cli_failover.sh SOURCE_DIR CAREDESK_CLI
set -euo pipefail
source "$1/scripts/lib/common.sh"
cli="$2"

tmp=$(mktemp -d /tmp/caredesk-failover.XXXXXX)
chmod 755 "$tmp"
cleanup() {
    as_pg "$(pg_bindir)/pg_ctl" -D "$tmp/primary" -m immediate -w stop >/dev/null 2>&1 || true
    as_pg "$(pg_bindir)/pg_ctl" -D "$tmp/standby" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT

fail() { printf 'cli_failover: %s\n' "$*" >&2; exit 1; }

pport=$(free_port 31432)
pg_init "$tmp/primary"
# pg_start turns synchronous_commit off for speed; a failover test needs it on
# (pg_synchronous below checks that it is).
pg_start "$tmp/primary" "$tmp/psock" "$pport" "" -c synchronous_commit=on
sport=$(free_port $((pport + 1)))
pg_standby "$tmp/psock" "$pport" "$tmp/standby" "$tmp/ssock" "$sport" ""
pg_synchronous "$tmp/psock" "$pport"

primary="host=$tmp/psock port=$pport user=postgres dbname=postgres"
promoted="host=$tmp/ssock port=$sport user=postgres dbname=postgres"
both="host=$tmp/psock,$tmp/ssock port=$pport,$sport user=postgres dbname=postgres"
now="2026-12-21T08:00:00+11:00"
"$cli" --db "$primary" migrate >/dev/null
"$cli" --db "$primary" --now "$now" demo >/dev/null

[ "$("$(pg_bindir)/psql" -h "$tmp/ssock" -p "$sport" -U postgres -d postgres -Atqc "SELECT pg_is_in_recovery()")" = t ] \
    || fail "the standby is not in recovery"
"$cli" --db "$both" status >"$tmp/status.json" || fail "status on the pair failed"
grep -q '"role": "primary"' "$tmp/status.json" || fail "status does not show the primary: $(cat "$tmp/status.json")"

set +e
"$cli" --db "$both" --now "$now" load --clients 30 --seconds 8 >"$tmp/report.json" 2>"$tmp/load.log" &
load=$!
sleep 2.5
as_pg "$(pg_bindir)/pg_ctl" -D "$tmp/primary" -m immediate -w stop >/dev/null
pg_promote "$tmp/standby"
wait "$load"
rc=$?
set -e
cat "$tmp/report.json"
[ "$rc" -eq 0 ] || fail "load exited with $rc (1 = a reported booking is missing or a failed one exists)"

value() { sed -n "s/^ *\"$1\": *\([0-9.]*\),\{0,1\}$/\1/p" "$tmp/report.json" | head -n 1; }
succeeded=$(value bookings_succeeded)
[ -n "$succeeded" ] && [ "$succeeded" -gt 0 ] || fail "no booking succeeded"
[ "$(value bookings_outcome_unknown)" = 0 ] || fail "bookings with an unknown outcome"
[ "$(value read_only_refusals)" = 0 ] || fail "a write reached a read-only server"
grep -q '"verified": true' "$tmp/report.json" || fail "the report is not verified"

sql() { "$(pg_bindir)/psql" -h "$tmp/ssock" -p "$sport" -U postgres -d postgres -Atqc "$1"; }
[ "$(sql "SELECT pg_is_in_recovery()")" = f ] || fail "the standby was not promoted"
stored=$(sql "SELECT count(*) FROM appointments WHERE patient_name LIKE 'Load patient %'")
[ "$stored" = "$succeeded" ] || fail "$succeeded bookings reported as made, $stored on the new primary"
twice=$(sql "SELECT count(*) FROM (SELECT request_id FROM appointments WHERE request_id IS NOT NULL
             GROUP BY request_id HAVING count(*) > 1) t")
[ "$twice" = 0 ] || fail "$twice bookings are there twice"
"$cli" --db "$promoted" status >"$tmp/status-after.json" || fail "status on the promoted server failed"
grep -q '"role": "primary"' "$tmp/status-after.json" || fail "the promoted server does not say primary"
printf 'cli_failover: %s bookings, all on the promoted standby once; longest stretch with no booking %s ms\n' \
    "$succeeded" "$(value longest_booking_gap_ms)"
