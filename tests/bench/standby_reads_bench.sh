#!/usr/bin/env bash
# Reads from a standby against all on the primary, in one run: a primary and a streaming
# standby on this machine, the demo clinic, then `caredesk-cli load --clients N` for S
# seconds alternately without and with --read-db (ROUNDS times each, interleaved, so a
# noisy neighbour hits both alike). Prints each run's figures and the medians side by side.
#   tests/bench/standby_reads_bench.sh CAREDESK_CLI [CLIENTS] [SECONDS] [ROUNDS]
set -euo pipefail
cli="$1" clients="${2:-30}" seconds="${3:-10}" rounds="${4:-3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$root/scripts/lib/common.sh"

tmp=$(mktemp -d /tmp/caredesk-standby-bench.XXXXXX)
chmod 755 "$tmp"
cleanup() { pg_stop "$tmp/standby"; pg_stop "$tmp/primary"; rm -rf "$tmp"; }
trap cleanup EXIT
pport=$(free_port 28432)
pg_init "$tmp/primary"
pg_start "$tmp/primary" "$tmp/psock" "$pport" "" -c max_connections=200
sport=$(free_port $((pport + 1)))
pg_standby "$tmp/psock" "$pport" "$tmp/standby" "$tmp/ssock" "$sport" "" -c max_connections=200
primary="host=$tmp/psock port=$pport dbname=postgres user=postgres"
standby="host=$tmp/ssock port=$sport dbname=postgres user=postgres"
now=2026-03-02T08:00
"$cli" --db "$primary" migrate >/dev/null
"$cli" --db "$primary" --now "$now" demo --practitioners 20 --days 60 >/dev/null

# One figure out of load's JSON: a top-level number, or pool.<name>, or latency_ms.<p>;
# an object of counts (operations per kind) gives their sum, a fraction two decimals.
field() { python3 -c 'import json,sys
d=json.load(open(sys.argv[1])); v=d
for k in sys.argv[2].split("."): v=v[k]
v = sum(v.values()) if isinstance(v, dict) else v
print(round(v, 1) if isinstance(v, float) else v)' "$1" "$2"; }

printf '%-8s %-6s %10s %8s %8s %8s %9s %9s %8s\n' mode round operations ops/s p50_ms p95_ms standby fallback verified
declare -A ops p95
for ((r = 1; r <= rounds; r++)); do
    for mode in primary standby; do
        args=(--db "$primary")
        [ "$mode" = standby ] && args+=(--read-db "$standby")
        out="$tmp/$mode-$r.json"
        "$cli" "${args[@]}" --now "$now" load --clients "$clients" --seconds "$seconds" >"$out"
        o=$(field "$out" operations)
        ops[$mode]+="$o "
        p95[$mode]+="$(field "$out" latency_ms.p95) "
        printf '%-8s %-6s %10s %8.0f %8s %8s %9s %9s %8s\n' "$mode" "$r" "$o" "$(echo "$o / $seconds" | bc -l)" \
            "$(field "$out" latency_ms.p50)" "$(field "$out" latency_ms.p95)" \
            "$(field "$out" pool.standby_reads)" "$(field "$out" pool.standby_fallbacks)" "$(field "$out" verified)"
    done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mp=$(echo "${ops[primary]}" | median) ms=$(echo "${ops[standby]}" | median)
printf 'median operations: all on primary %s, reads on standby %s, ratio %.2f\n' "$mp" "$ms" "$(echo "$ms / $mp" | bc -l)"
printf 'median p95 ms: all on primary %s, reads on standby %s\n' "$(echo "${p95[primary]}" | median)" \
    "$(echo "${p95[standby]}" | median)"
